// The read side of the government pages: which bodies' inboxes a person reads (with what waits in each, overdue
// counted from the clock), the committee's time zone carried for showing dates, and the answer form's rows read back
// in order with nothing typed lost.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { DAY_MS } from '../../src/lib/server/clock';
import { createGovernmentBody } from '../../src/lib/server/government/bodies';
import { acknowledgeRecommendation, answerRecommendation } from '../../src/lib/server/recommendations/answers';
import { askFollowUp } from '../../src/lib/server/recommendations/feedback';
import { getSentRecommendation, listInbox, listInboxBodies } from '../../src/lib/server/recommendations/inbox';
import { answerSchema } from '../../src/lib/server/recommendations/schemas';
import { actionRowCount } from '../../src/lib/answer-form';
import { actor, BASE_URL, committeeId, demoDb, demoEmail, sentRecommendation } from '../helpers';

let db: Db;
let bangkok: string;
let ministry: string;
let education: string;
let official: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	official = await actor(db, demoEmail('official'));
	admin = await actor(db, demoEmail('admin'));
	ministry = (await db.selectFrom('government_bodies').select('id').executeTakeFirstOrThrow()).id;
	education = await createGovernmentBody(db, admin, { name: 'Ministry of Education', country: 'TH', acknowledgeWithinDays: 7, respondWithinDays: 30, headContactEmail: null });
});

describe('the bodies whose inbox a person reads', () => {
	it('counts what waits for an official’s body, what is overdue and the open follow-up questions', async () => {
		const now = Date.now();
		const before = (await listInboxBodies(db, official, now)).find((b) => b.id === ministry)!;
		// One sent 20 days ago (its 14 days to acknowledge have passed), one sent now, one answered with a question.
		await sentRecommendation(db, bangkok, ministry, { title: 'An overdue one', at: now - 20 * DAY_MS });
		await sentRecommendation(db, bangkok, ministry, { title: 'A fresh one', at: now });
		const answered = await sentRecommendation(db, bangkok, ministry, { title: 'An answered one', at: now - DAY_MS });
		await acknowledgeRecommendation(db, official, { recommendationId: answered.id, responsibleOfficial: 'Director' }, now - DAY_MS / 2);
		await answerRecommendation(db, official, { recommendationId: answered.id, decision: 'not_accepted', rationale: 'Not this year.' }, now - DAY_MS / 4);
		await askFollowUp(db, answered.voters[0]!, { recommendationId: answered.id, body: 'Why not this year?' }, now, BASE_URL);

		const bodies = await listInboxBodies(db, official, now);
		expect(bodies.map((b) => b.id)).toEqual([ministry]);
		expect(bodies[0]).toMatchObject({
			name: 'Ministry of Social Development and Human Security',
			acknowledgeWithinDays: 14,
			respondWithinDays: 60,
			open: before.open + 2,
			overdue: before.overdue + 1,
			openQuestions: before.openQuestions + 1
		});
	});

	it('shows an admin every body, and a member none', async () => {
		expect((await listInboxBodies(db, admin)).map((b) => b.id).sort()).toEqual([ministry, education].sort());
		expect(await listInboxBodies(db, await actor(db, demoEmail('riverkite')))).toEqual([]);
		await expect(listInboxBodies(db, null)).rejects.toMatchObject({ code: 'unauthenticated' });
	});
});

describe('what the official’s pages show', () => {
	it('puts the overdue first in the inbox, and carries the committee’s time zone for its dates', async () => {
		const { items } = await listInbox(db, official, ministry);
		expect(items[0]!.deadlines.overdue).toBe(true);
		expect(items.every((i) => i.timezone === 'Asia/Bangkok')).toBe(true);
		// The demo's own overdue recommendation is older; this file's overdue one comes before anything not overdue.
		const mine = items.findIndex((i) => i.title === 'An overdue one');
		expect(items[mine]!.deadlines.overdue).toBe(true);
		expect(mine).toBeLessThan(items.findIndex((i) => !i.deadlines.overdue));
		const { record } = await getSentRecommendation(db, official, items[mine]!.id);
		expect(record).toMatchObject({ timezone: 'Asia/Bangkok', committeeName: 'Bangkok Youth Advisory Committee' });
		expect(record.evidence.map((e) => [e.sectionNumber, e.result])).toEqual([
			['1', null],
			[null, null]
		]);
	});
});

describe('the answer form', () => {
	it('reads the action rows back in order, keeping empty rows for the service to skip', () => {
		const parsed = answerSchema.parse({
			decision: 'accepted',
			rationale: 'Yes.',
			'action-10-description': 'Eleventh',
			'action-10-date': '2099-01-11',
			'action-0-description': 'First',
			'action-0-date': '2099-01-01',
			'action-1-description': '',
			'action-1-date': '',
			intent: 'answer'
		});
		expect(parsed).toEqual({
			decision: 'accepted',
			rationale: 'Yes.',
			newDueDate: null,
			actions: [
				{ description: 'First', targetDate: '2099-01-01' },
				{ description: '', targetDate: '' },
				{ description: 'Eleventh', targetDate: '2099-01-11' }
			]
		});
	});

	it('shows as many rows as were sent, and at least three', () => {
		expect(actionRowCount({})).toBe(3);
		expect(actionRowCount({ 'action-0-description': 'x' })).toBe(3);
		expect(actionRowCount({ 'action-4-date': '', rationale: 'why' })).toBe(5);
	});
});
