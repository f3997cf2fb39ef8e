// The public accountability figures, checked by hand on a small record built through the services with a moved clock:
// one body (acknowledge within 7 days, answer within 30) got six recommendations — acknowledged on time and answered
// late (A), never acknowledged (B, overdue), withdrawn after its acknowledgement fell due (C), sent two days ago (D,
// within its deadlines), acknowledged and answered on time (E), acknowledged late and given more time (F) — and a
// body in the Philippines got one from Manila the year before (G), answered on time. Every definition in
// docs/accountability.md changes at least one figure below if it is changed.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { KyselyPlugin } from 'kysely';
import type { Db } from '../../src/lib/server/db/index';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { DAY_MS, HOUR_MS } from '../../src/lib/server/clock';
import { createGovernmentBody } from '../../src/lib/server/government/bodies';
import { submitRecommendations, withdrawRecommendation } from '../../src/lib/server/recommendations/submissions';
import { acknowledgeRecommendation, answerRecommendation } from '../../src/lib/server/recommendations/answers';
import { accountabilityChoices, bodyAccountability, platformAccountability } from '../../src/lib/server/recommendations/accountability';
import { accountabilityCsv } from '../../src/lib/server/recommendations/accountability-csv';
import { accountabilityQuery, accountabilityReport, bodyAccountabilityQuery, bodyAccountabilityReport, type AccountabilityFilter } from '../../src/lib/server/recommendations/accountability-schemas';
import { csvCell, csvDocument } from '../../src/lib/server/csv';
import { actor, committeeId, demoDb, demoEmail, fail } from '../helpers';
import { adoptRecommendations } from '../fixtures/recommendations';

let db: Db;
let admin: SessionUser;
let facilitator: SessionUser;
let bangkok: string;
let manila: string;
let ministry: string;
let council: string;
const ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', string> = { A: '', B: '', C: '', D: '', E: '', F: '', G: '' };

/** 3 March 2025, 10:00 in Bangkok: the record's day 0. */
const T = Date.UTC(2025, 2, 3, 3, 0);
const NOW = T + 40 * DAY_MS;
const day = (n: number) => T + n * DAY_MS;
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const none: AccountabilityFilter = { country: null, body: null, committee: null, status: null, year: null };
const TITLES = { A: 'Ask a youth panel first', B: 'Fund school counsellors', C: 'Lower the fee', D: 'Publish the data', E: 'Keep the parks open', F: 'Add a "report" button, in every app', G: 'Free bus passes' };

beforeAll(async () => {
	db = await demoDb();
	// The figures below are worked by hand over this file's recommendations alone: the demo's own story goes.
	await db.updateTable('positions').set({ recommendation_id: null }).execute();
	await db.deleteFrom('recommendations').execute();
	admin = await actor(db, demoEmail('admin'));
	facilitator = await actor(db, demoEmail('facilitator'));
	bangkok = await committeeId(db, 'Bangkok');
	manila = await committeeId(db, 'Manila');
	ministry = await createGovernmentBody(db, admin, { name: 'Ministry of Test Deadlines', country: 'TH', acknowledgeWithinDays: 7, respondWithinDays: 30 }, T - 200 * DAY_MS);
	council = await createGovernmentBody(db, admin, { name: 'Council for the Welfare of Children', country: 'PH', acknowledgeWithinDays: 14, respondWithinDays: 60 }, T - 200 * DAY_MS);

	const letters = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
	const adopted = await adoptRecommendations(db, { committeeId: bangkok, bodyId: ministry, titles: letters.map((l) => TITLES[l]), at: T - HOUR_MS });
	letters.forEach((l, i) => (ids[l] = adopted.ids[i]!));
	const submit = (id: string, at: number, committee = bangkok) => submitRecommendations(db, facilitator, { committeeId: committee, recommendationIds: [id], note: '' }, at);
	const ack = (id: string, at: number) => acknowledgeRecommendation(db, admin, { recommendationId: id, responsibleOfficial: 'Director, Youth Affairs Division' }, at);
	await submit(ids.E, T);
	await submit(ids.A, T + HOUR_MS);
	await submit(ids.B, T + 2 * HOUR_MS);
	await submit(ids.C, T + 3 * HOUR_MS);
	await submit(ids.F, T + 4 * HOUR_MS);
	await submit(ids.D, day(38));

	await ack(ids.E, day(1));
	await ack(ids.A, day(2));
	await ack(ids.F, day(9)); // due day 7 + 4 h: late
	await withdrawRecommendation(db, facilitator, { recommendationId: ids.C, reason: 'Sent to the wrong ministry.' }, day(10)); // its acknowledgement was overdue
	await answerRecommendation(db, admin, { recommendationId: ids.E, decision: 'not_accepted', rationale: 'The parks close for repairs.' }, day(20));
	await answerRecommendation(db, admin, { recommendationId: ids.F, decision: 'more_time', rationale: 'We are asking app makers.', newDueDate: date(day(60)) }, day(25));
	await answerRecommendation(db, admin, { recommendationId: ids.A, decision: 'accepted', rationale: 'We will.', actions: [{ description: 'Hold a youth panel', targetDate: date(day(70)) }] }, day(35)); // due day 30 + 1 h: late

	const g = await adoptRecommendations(db, { committeeId: manila, bodyId: council, titles: [TITLES.G], at: day(-100) - HOUR_MS });
	ids.G = g.ids[0]!;
	await submit(ids.G, day(-100), manila);
	await ack(ids.G, day(-95));
	await answerRecommendation(db, admin, { recommendationId: ids.G, decision: 'partially_accepted', rationale: 'For students only.', actions: [{ description: 'Passes for students', targetDate: date(day(0)) }] }, day(-50));
}, 120_000);

const titlesOf = (items: { title: string }[]) => items.map((i) => i.title);

describe('one body’s record', () => {
	it('counts received, withdrawn and overdue, and the shares on time of those whose deadline passed or that were done', async () => {
		const report = await bodyAccountability(db, ministry, none, NOW);
		expect(report.body).toEqual({ id: ministry, name: 'Ministry of Test Deadlines', country: 'TH', acknowledgeWithinDays: 7, respondWithinDays: 30 });
		expect(report.figures).toEqual({
			received: 6,
			withdrawn: 1,
			overdue: 1,
			// A and E on time, F late, B overdue; D is within its deadline; C is withdrawn.
			acknowledgement: { onTime: 2, late: 1, overdue: 1, pending: 1, counted: 4, percent: 50 },
			// E on time, A late, B overdue; D and F (given more time, to day 60) are within their deadlines.
			answer: { onTime: 1, late: 1, overdue: 1, pending: 2, counted: 3, percent: 33 },
			// A 1.96 → 2.0, E 1.0, F 8.83 → 8.8 days; A 34.96 → 35.0 and E 20.0 days.
			medianDaysToAcknowledge: 2,
			medianDaysToAnswer: 27.5,
			decisions: { accepted: 1, partially_accepted: 0, not_accepted: 1, more_time: 1 }
		});
	});

	it('lists the overdue recommendation first, then the newest submission first, with its dates and flags', async () => {
		const { items } = await bodyAccountability(db, ministry, none, NOW);
		expect(titlesOf(items)).toEqual([TITLES.B, TITLES.D, TITLES.F, TITLES.C, TITLES.A, TITLES.E]);
		expect(items[0]).toMatchObject({ id: ids.B, status: 'submitted', overdue: true, acknowledge: 'overdue', acknowledgedOnTime: false, answer: 'overdue', answeredOnTime: false, acknowledgeDueAt: T + 2 * HOUR_MS + 7 * DAY_MS, committeeName: 'Bangkok Youth Advisory Committee', bodyName: 'Ministry of Test Deadlines' });
		expect(items[1]).toMatchObject({ id: ids.D, overdue: false, acknowledge: 'pending', acknowledgedOnTime: null, answer: 'pending', answeredOnTime: null });
		expect(items[2]).toMatchObject({ id: ids.F, status: 'acknowledged', acknowledge: 'late', acknowledgedOnTime: false, answer: 'pending', decision: 'more_time', extensions: 1, responsibleOfficial: 'Director, Youth Affairs Division' });
		expect(items[2]!.answerDueAt).toBeGreaterThan(day(59));
		expect(items[3]).toMatchObject({ id: ids.C, status: 'withdrawn', overdue: false, withdrawnAt: day(10) });
		expect(items[4]).toMatchObject({ id: ids.A, status: 'answered', acknowledge: 'on_time', acknowledgedOnTime: true, answer: 'late', answeredOnTime: false, decision: 'accepted', answeredAt: day(35) });
		expect(items[5]).toMatchObject({ id: ids.E, acknowledgedOnTime: true, answeredOnTime: true, decision: 'not_accepted' });
	});

	it('follows the clock: what was within its deadline becomes overdue, and nothing is overdue before its date', async () => {
		const later = await bodyAccountability(db, ministry, none, day(50)); // D's acknowledgement fell due on day 45
		expect(titlesOf(later.items).slice(0, 2)).toEqual([TITLES.D, TITLES.B]);
		expect(later.figures.overdue).toBe(2);
		expect(later.figures.acknowledgement).toMatchObject({ onTime: 2, late: 1, overdue: 2, pending: 0, counted: 5, percent: 40 });
		const early = await bodyAccountability(db, ministry, { ...none, status: 'overdue' }, day(5));
		expect(early.items).toEqual([]);
	});

	it('is not_found for an unknown body', async () => {
		expect((await fail(bodyAccountability(db, 'aaaaaaaaaaaaaaaa', none, NOW))).code).toBe('not_found');
	});
});

describe('the platform', () => {
	it('adds up every body, and gives each body its own figures, by name', async () => {
		const report = await platformAccountability(db, none, NOW);
		expect(report.figures).toMatchObject({
			received: 7,
			withdrawn: 1,
			overdue: 1,
			acknowledgement: { onTime: 3, late: 1, overdue: 1, pending: 1, counted: 5, percent: 60 },
			answer: { onTime: 2, late: 1, overdue: 1, pending: 2, counted: 4, percent: 50 },
			medianDaysToAcknowledge: 3.5,
			medianDaysToAnswer: 35,
			decisions: { accepted: 1, partially_accepted: 1, not_accepted: 1, more_time: 1 }
		});
		expect(report.bodies.map((b) => [b.body.name, b.figures.received, b.figures.answer.percent])).toEqual([
			['Council for the Welfare of Children', 1, 100],
			['Ministry of Test Deadlines', 6, 33]
		]);
		expect(titlesOf(report.items)).toEqual([TITLES.B, TITLES.D, TITLES.F, TITLES.C, TITLES.A, TITLES.E, TITLES.G]);
		// The same figures the body's own page gives.
		expect(report.bodies[1]!.figures).toEqual((await bodyAccountability(db, ministry, none, NOW)).figures);
	});

	it('filters by status (overdue from the clock), country, body, committee and year of submission', async () => {
		const titles = async (filter: Partial<AccountabilityFilter>) => titlesOf((await platformAccountability(db, { ...none, ...filter }, NOW)).items);
		expect(await titles({ status: 'overdue' })).toEqual([TITLES.B]);
		expect(await titles({ status: 'submitted' })).toEqual([TITLES.B, TITLES.D]);
		expect(await titles({ status: 'acknowledged' })).toEqual([TITLES.F]);
		expect(await titles({ status: 'answered' })).toEqual([TITLES.A, TITLES.E, TITLES.G]);
		expect(await titles({ status: 'withdrawn' })).toEqual([TITLES.C]);
		expect(await titles({ country: 'PH' })).toEqual([TITLES.G]);
		expect(await titles({ body: council })).toEqual([TITLES.G]);
		expect(await titles({ committee: manila })).toEqual([TITLES.G]);
		expect(await titles({ year: 2024 })).toEqual([TITLES.G]);
		expect((await titles({ year: 2025 })).length).toBe(6);
		expect(await titles({ year: 2023 })).toEqual([]);
		expect(await titles({ country: 'TH', status: 'answered' })).toEqual([TITLES.A, TITLES.E]);

		const withdrawn = await platformAccountability(db, { ...none, status: 'withdrawn' }, NOW);
		expect(withdrawn.figures).toMatchObject({ received: 1, withdrawn: 1, overdue: 0, acknowledgement: { counted: 0, percent: null }, answer: { counted: 0, percent: null }, medianDaysToAcknowledge: null, medianDaysToAnswer: null });
		const one = await bodyAccountability(db, ministry, { country: null, committee: null, status: 'overdue', year: null }, NOW);
		expect(one.figures).toMatchObject({ received: 1, overdue: 1, acknowledgement: { overdue: 1, percent: 0 } });
	});

	it('offers the filter form every body, the committees that submitted something and the years', async () => {
		const choices = await accountabilityChoices(db);
		expect(choices.bodies.map((b) => b.name)).toEqual(expect.arrayContaining(['Council for the Welfare of Children', 'Ministry of Test Deadlines', 'Ministry of Social Development and Human Security']));
		expect(choices.committees.map((c) => c.name)).toEqual(["Bangkok Youth Advisory Committee", "Manila Children's Committee"]);
		expect(choices.years).toEqual([2025, 2024]);
	});

	it('names committees and bodies, never a member or an official other than the published responsible official', async () => {
		const text = JSON.stringify(await platformAccountability(db, none, NOW));
		const people = await db.selectFrom('users').select(['display_name', 'real_name', 'email']).execute();
		for (const p of people) for (const value of [p.display_name, p.real_name, p.email]) expect(text).not.toContain(value);
		expect(text).toContain('Director, Youth Affairs Division');
	});

	it('reads the record in at most two queries, however many recommendations there are', async () => {
		let queries = 0;
		const counting: KyselyPlugin = { transformQuery: (args) => (queries++, args.node), transformResult: async (args) => args.result };
		await platformAccountability(db.withPlugin(counting), none, NOW);
		expect(queries).toBe(1);
		queries = 0;
		await bodyAccountability(db.withPlugin(counting), ministry, none, NOW);
		expect(queries).toBe(2);
	});
});

describe('the published schemas', () => {
	it('parse the query: blank means any, bad values are refused by name', () => {
		expect(accountabilityQuery.parse({})).toEqual(none);
		expect(accountabilityQuery.parse({ country: '', body: '', committee: '', status: '', year: '' })).toEqual(none);
		expect(accountabilityQuery.parse({ country: 'PH', status: 'overdue', year: '2025', other: 'ignored' })).toEqual({ ...none, country: 'PH', status: 'overdue', year: 2025 });
		const issue = (input: Record<string, string>) => accountabilityQuery.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
		expect(issue({ status: 'late' })).toEqual([['status', 'accountability_invalid_status']]);
		expect(issue({ year: '25' })).toEqual([['year', 'accountability_invalid_year']]);
		expect(issue({ country: 'XX' })).toEqual([['country', 'accountability_invalid_country']]);
		expect(issue({ body: 'no' })).toEqual([['body', 'accountability_invalid_id']]);
		expect(bodyAccountabilityQuery.parse({ body: 'ignored here' })).toEqual({ country: null, committee: null, status: null, year: null });
	});

	it('describe exactly what the service answers, and convert to JSON Schema for the OpenAPI document', async () => {
		expect(accountabilityReport.parse(await platformAccountability(db, none, NOW))).toBeTruthy();
		expect(bodyAccountabilityReport.parse(await bodyAccountability(db, ministry, { country: null, committee: null, status: null, year: null }, NOW))).toBeTruthy();
		expect(z.toJSONSchema(accountabilityQuery, { io: 'input' })).toMatchObject({ type: 'object', properties: { status: expect.any(Object), year: expect.any(Object) } });
		expect(z.toJSONSchema(accountabilityReport)).toMatchObject({ type: 'object' });
		expect(z.toJSONSchema(bodyAccountabilityReport)).toMatchObject({ type: 'object' });
	});
});

describe('CSV', () => {
	it('quotes every cell, doubles quotes, keeps commas and line breaks, and defuses formulas', () => {
		expect(csvCell('plain')).toBe('"plain"');
		expect(csvCell('say "yes", please')).toBe('"say ""yes"", please"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell(null)).toBe('""');
		expect(csvCell(true)).toBe('"yes"');
		expect(csvDocument(['a', 'b'], [[1, 'x']])).toBe('\uFEFF"a","b"\r\n"1","x"\r\n');
	});

	it('has one row per recommendation, in the page’s order, with ISO dates', async () => {
		const { items } = await platformAccountability(db, none, NOW);
		const csv = accountabilityCsv(items, 'https://youthvoice.example');
		const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
		expect(lines).toHaveLength(8);
		expect(lines[0]).toMatch(/^"id","title","committee","government_body","country","status","overdue","submitted_at",/);
		expect(lines[1]).toContain(`"${ids.B}","${TITLES.B}","Bangkok Youth Advisory Committee","Ministry of Test Deadlines","TH","submitted","yes","${new Date(T + 2 * HOUR_MS).toISOString()}"`);
		expect(lines[3]).toContain('"Add a ""report"" button, in every app"');
		expect(lines[1]).toMatch(new RegExp(`"https://youthvoice.example/recommendations/${ids.B}"$`));
	});
});
