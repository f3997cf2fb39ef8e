// Positions and ballots through the services: proposing, co-signing, merging, putting to a vote, voting secretly
// and verifiably, closing exactly, and every privileged step tried from the wrong role.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import type { Database } from '../../src/lib/server/db/schema';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/lib/server/clock';
import { toLocalInput } from '../../src/lib/server/time';
import { subscribe, type DomainEvents } from '../../src/lib/server/events';
import { listConcerns } from '../../src/lib/server/safeguarding/concerns';
import { liftSanction, restrictMember } from '../../src/lib/server/safeguarding/sanctions';
import { commentOnPosition, cosignPosition, getPosition, listPositions, mergePositions, moderatePositionText, proposePosition } from '../../src/lib/server/voting/positions';
import { ballotResults, castVote, closeBallotNow, createBallot, listBallots, myVote, openBallotNow, recountBallot, requireBallot, type NewBallot } from '../../src/lib/server/voting/ballots';
import type { RawVote } from '../../src/lib/server/voting/choice';
import { actor, BASE_URL, committeeId, demoDb, demoEmail, fail, joinAsMember, openConsultation } from '../helpers';

let db: Db;
let bangkok: string;
const tz = 'Asia/Bangkok';
let facilitator: SessionUser;
let admin: SessionUser;
let lead: SessionUser;

beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	facilitator = await actor(db, demoEmail('facilitator'));
	admin = await actor(db, demoEmail('admin'));
	lead = await actor(db, demoEmail('lead'));
});

const vote = (over: Partial<RawVote> = {}): RawVote => ({ picks: {}, approved: [], ranks: {}, abstain: false, ...over });

async function proposed(who: SessionUser, consultationId: string, statement: string, sectionId: string | null = null): Promise<string> {
	const result = await proposePosition(db, who, { consultationId, sectionId, statement }, Date.now(), BASE_URL);
	if (!result.id || result.held) throw new Error(`not published: ${statement}`);
	return result.id;
}

function ballotInput(consultationId: string, positionIds: string[], over: Partial<NewBallot> = {}, now = Date.now()): NewBallot {
	return {
		consultationId,
		positionIds,
		method: 'single',
		options: [],
		lastIsAbstain: true,
		opensAt: toLocalInput(now - MINUTE_MS, tz),
		closesAt: toLocalInput(now + DAY_MS, tz),
		quorumPercent: 50,
		threshold: 'majority',
		secret: true,
		liveResults: false,
		...over
	};
}

/** A consultation with `members` fresh members (joined before it), two proposed positions and an open ballot on them. */
async function openBallot(members: number, over: Partial<NewBallot> = {}) {
	const { id: consultationId } = await openConsultation(db, bangkok);
	const voters: SessionUser[] = [];
	for (let i = 0; i < members; i++) voters.push(await joinAsMember(db, bangkok, Date.now() - HOUR_MS));
	const p1 = await proposed(voters[0] ?? (await actor(db, demoEmail('riverkite'))), consultationId, 'We support Section 4 if the age limit is 16, not 18.');
	const p2 = await proposed(facilitator, consultationId, 'We oppose Section 7 unless young people choose the panel.');
	const ballotId = await createBallot(db, facilitator, ballotInput(consultationId, [p1, p2], over));
	return { consultationId, ballotId, p1, p2, voters };
}

describe('positions', () => {
	it('lets a member propose, others co-sign and discuss, and the proposer not co-sign their own', async () => {
		const { id } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		const mango = await actor(db, demoEmail('mangostar'));
		const p = await proposed(river, id, 'We support Section 4.');
		await cosignPosition(db, mango, { positionId: p, on: true });
		await cosignPosition(db, mango, { positionId: p, on: true }); // a replayed post changes nothing
		expect((await fail(cosignPosition(db, river, { positionId: p, on: true }))).messageKey).toBe('error_cosign_own');
		expect((await fail(cosignPosition(db, facilitator, { positionId: p, on: true }))).code).toBe('forbidden');
		const comment = await commentOnPosition(db, mango, { positionId: p, body: 'Yes, 16 is fairer.' }, Date.now(), BASE_URL);
		expect(comment.held).toBe(false);
		const seen = await getPosition(db, await actor(db, demoEmail('noodlefox')), p);
		expect(seen.position).toMatchObject({ statement: 'We support Section 4.', proposerName: 'RiverKite', cosigns: 1, comments: 1 });
		expect(seen.discussion.map((c) => c.body)).toEqual(['Yes, 16 is fairer.']);
		expect((await fail(proposePosition(db, river, { consultationId: id, sectionId: null, statement: '   ' }))).field).toBe('statement');
	});

	it('holds a statement with a phone number for the proposer and facilitators only, until a facilitator approves it (logged)', async () => {
		const { id } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		const noodle = await actor(db, demoEmail('noodlefox'));
		const result = await proposePosition(db, river, { consultationId: id, sectionId: null, statement: 'We support this, call me on 081 234 5678' }, Date.now(), BASE_URL);
		expect(result.held).toBe(true);
		expect((await listPositions(db, noodle, id)).positions.map((p) => p.id)).not.toContain(result.id);
		expect((await listPositions(db, river, id)).positions.find((p) => p.id === result.id)?.state).toBe('held');
		expect((await listPositions(db, facilitator, id)).positions.find((p) => p.id === result.id)?.holdReasons.map((r) => r.kind)).toContain('personal_info');
		expect((await fail(moderatePositionText(db, noodle, { kind: 'position', id: result.id!, action: 'approve', reason: '' }))).code).toBe('forbidden');
		await moderatePositionText(db, facilitator, { kind: 'position', id: result.id!, action: 'approve', reason: '' });
		expect((await listPositions(db, noodle, id)).positions.find((p) => p.id === result.id)?.state).toBe('proposed');
		const log = await db.selectFrom('audit_log').select(['action', 'actor_id']).where('subject_id', '=', result.id).execute();
		expect(log).toEqual([{ action: 'position.approved', actor_id: facilitator.id }]);
	});

	it('never publishes a disclosure written as a position: it goes to the safeguarding lead', async () => {
		const { id } = await openConsultation(db, bangkok);
		const mango = await actor(db, demoEmail('mangostar'));
		const words = `my uncle hurts me when mum is out ${Math.random().toString(36).slice(2, 7)}`;
		const result = await proposePosition(db, mango, { consultationId: id, sectionId: null, statement: words }, Date.now(), BASE_URL);
		expect(result).toMatchObject({ id: null, concern: { id: expect.any(String) } });
		expect(await db.selectFrom('positions').select('id').where('statement', '=', words).execute()).toEqual([]);
		expect((await listConcerns(db, lead, bangkok)).find((c) => c.id === result.concern!.id)).toMatchObject({ source: 'position', text: words });
	});

	it('lets a facilitator merge a duplicate, moving its names to the position it joins; members cannot', async () => {
		const { id } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		const mango = await actor(db, demoEmail('mangostar'));
		const noodle = await actor(db, demoEmail('noodlefox'));
		const keep = await proposed(river, id, 'Raise the age in Section 3 to 16.');
		const duplicate = await proposed(mango, id, 'Section 3 should say 16, not 13.');
		await cosignPosition(db, noodle, { positionId: duplicate, on: true });
		expect((await fail(mergePositions(db, mango, { fromId: duplicate, intoId: keep }))).code).toBe('forbidden');
		expect((await fail(mergePositions(db, facilitator, { fromId: keep, intoId: keep }))).code).toBe('invalid');
		await mergePositions(db, facilitator, { fromId: duplicate, intoId: keep });
		const { positions } = await listPositions(db, river, id);
		expect(positions.find((p) => p.id === duplicate)).toMatchObject({ state: 'merged', mergedInto: keep });
		expect(positions.find((p) => p.id === keep)?.cosigns).toBe(2);
		expect((await fail(cosignPosition(db, noodle, { positionId: duplicate, on: false }))).messageKey).toBe('error_position_not_proposed');
		expect(await db.selectFrom('audit_log').select('action').where('subject_id', '=', duplicate).execute()).toEqual([{ action: 'position.merged' }]);
	});
});

describe('putting positions to a vote', () => {
	it('refuses bad settings with a message for the field', async () => {
		const { id } = await openConsultation(db, bangkok);
		const p = await proposed(facilitator, id, 'We support Section 4.');
		const q = await proposed(facilitator, id, 'We support Section 5.');
		const now = Date.now();
		const bad = async (over: Partial<NewBallot>) => fail(createBallot(db, facilitator, ballotInput(id, [p], over)));
		expect(await bad({ quorumPercent: 0 })).toMatchObject({ messageKey: 'error_ballot_quorum', field: 'quorumPercent' });
		expect(await bad({ quorumPercent: 150 })).toMatchObject({ messageKey: 'error_ballot_quorum' });
		expect(await bad({ opensAt: toLocalInput(now + 2 * DAY_MS, tz), closesAt: toLocalInput(now + DAY_MS, tz) })).toMatchObject({ messageKey: 'error_closes_before_opens', field: 'closesAt' });
		expect(await bad({ liveResults: true })).toMatchObject({ messageKey: 'error_ballot_live_secret' });
		expect(await bad({ positionIds: [] })).toMatchObject({ messageKey: 'error_ballot_no_positions' });
		expect(await bad({ method: 'ranked' })).toMatchObject({ messageKey: 'error_ballot_alternatives' });
		expect(await bad({ options: ['Yes'] })).toMatchObject({ messageKey: 'error_ballot_options_count' });
		expect(await bad({ options: ['Yes', 'yes', 'No'] })).toMatchObject({ messageKey: 'error_ballot_options_repeat' });
		expect(await bad({ opensAt: 'soon' })).toMatchObject({ field: 'opensAt' });
		expect((await fail(createBallot(db, await actor(db, demoEmail('riverkite')), ballotInput(id, [p, q])))).code).toBe('forbidden');
		// Nothing was half-made: both positions are still open for a ballot.
		expect((await listPositions(db, facilitator, id)).positions.map((x) => x.state)).toEqual(['proposed', 'proposed']);
	});

	it('logs who put which positions to a vote, and takes the eligible voters when the ballot opens', async () => {
		const { ballotId, p1, p2, consultationId } = await openBallot(2);
		const entry = await db.selectFrom('audit_log').select(['action', 'actor_id', 'data']).where('subject_id', '=', ballotId).executeTakeFirstOrThrow();
		expect(entry).toMatchObject({ action: 'ballot.created', actor_id: facilitator.id });
		expect(JSON.parse(entry.data).positions).toEqual([p1, p2]);
		const { ballot } = await requireBallot(db, facilitator, ballotId);
		const active = await db
			.selectFrom('memberships')
			.innerJoin('users', 'users.id', 'memberships.user_id')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('committee_id', '=', bangkok)
			.where('role', '=', 'member')
			.where('users.status', '=', 'active')
			.executeTakeFirstOrThrow();
		expect(ballot.eligible_count).toBe(Number(active.n));
		expect((await listBallots(db, await actor(db, demoEmail('riverkite')), consultationId))[0]).toMatchObject({ id: ballotId, state: 'open', positions: 2, voted: 0 });
		expect((await listPositions(db, facilitator, consultationId)).positions.map((p) => p.state)).toEqual(['in_ballot', 'in_ballot']);
	});

	it('opens a scheduled ballot when a facilitator says so, counting only members who had joined by then', async () => {
		const { id } = await openConsultation(db, bangkok);
		const p = await proposed(facilitator, id, 'We support the whole bill.');
		const now = Date.now();
		const ballotId = await createBallot(db, facilitator, ballotInput(id, [p], { opensAt: toLocalInput(now + DAY_MS, tz), closesAt: toLocalInput(now + 2 * DAY_MS, tz) }));
		const river = await actor(db, demoEmail('riverkite'));
		expect((await fail(castVote(db, river, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p]: 'support' } }) }))).messageKey).toBe('error_ballot_not_open_yet');
		expect((await fail(openBallotNow(db, river, ballotId))).code).toBe('forbidden');
		await openBallotNow(db, facilitator, ballotId, now + MINUTE_MS);
		const late = await joinAsMember(db, bangkok, now + 2 * MINUTE_MS);
		expect((await fail(castVote(db, late, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p]: 'support' } }) }, now + 3 * MINUTE_MS))).messageKey).toBe('error_not_eligible');
		await castVote(db, river, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p]: 'support' } }) }, now + 3 * MINUTE_MS);
		expect(await db.selectFrom('audit_log').select('action').where('subject_id', '=', ballotId).orderBy('seq').execute()).toEqual([{ action: 'ballot.created' }, { action: 'ballot.opened' }]);
	});
});

/** Every SQL statement `work` sends, BEGIN and COMMIT included: a second connection to the test's file, with Kysely's log. */
async function statementsOf(work: (logged: Db) => Promise<unknown>): Promise<string[]> {
	const file = (await sql<{ file: string }>`pragma database_list`.execute(db)).rows[0].file;
	const sqlite = new SQLite(file);
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('foreign_keys = ON');
	const statements: string[] = [];
	const logged = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log: (event) => void statements.push(event.query.sql) });
	try {
		await work(logged);
	} finally {
		await logged.destroy();
	}
	return statements;
}

describe('voting', () => {
	// `npm run bench` (vote_cast_rps) posts 2,000 first votes; each once took 11 statements here (12 with the session).
	it('reads what a vote needs in one statement and writes it in one, then counts the turnout', async () => {
		const { ballotId, p1, p2, voters } = await openBallot(1);
		const [me] = voters;
		const first = await statementsOf((logged) => castVote(logged, me, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: 'support', [p2]: 'oppose' } }) }));
		expect(first.map((q) => q.split(' ').slice(0, 3).join(' '))).toEqual(['select "b".*, "c"."status"', 'insert into "votes"', 'select count(*) as']);
		const change = await statementsOf((logged) => castVote(logged, me, { ballotId, expectedVersion: 1, vote: vote({ picks: { [p1]: 'oppose', [p2]: 'oppose' } }) }));
		expect(change).toHaveLength(3);
		expect((await myVote(db, me, ballotId))?.choice).toEqual({ method: 'single', picks: ['oppose', 'oppose'] });
	});


	it('takes one vote per member, lets them change it with a new receipt, and refuses facilitators, admins and bad votes', async () => {
		const { ballotId, p1, p2, voters } = await openBallot(1);
		const [me] = voters;
		const first = await castVote(db, me, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: 'support', [p2]: 'oppose' } }) });
		expect(first.receipt).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
		expect(await myVote(db, me, ballotId)).toMatchObject({ receipt: first.receipt, version: 1, choice: { method: 'single', picks: ['support', 'oppose'] } });
		const second = await castVote(db, me, { ballotId, expectedVersion: 1, vote: vote({ picks: { [p1]: 'oppose', [p2]: 'oppose' } }) });
		expect(second.receipt).not.toBe(first.receipt);
		// The first form posted again: refused, the changed vote stays.
		expect((await fail(castVote(db, me, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: 'support', [p2]: 'oppose' } }) }))).messageKey).toBe('error_vote_changed_elsewhere');
		expect((await myVote(db, me, ballotId))?.choice).toEqual({ method: 'single', picks: ['oppose', 'oppose'] });
		expect(await db.selectFrom('votes').select('id').where('ballot_id', '=', ballotId).execute()).toHaveLength(1);

		for (const who of [facilitator, admin, lead]) expect((await fail(castVote(db, who, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: 'support', [p2]: 'support' } }) }))).code).toBe('forbidden');
		const manilaMember = await actor(db, demoEmail('sampaguita'));
		expect((await fail(castVote(db, manilaMember, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: 'support', [p2]: 'support' } }) }))).code).toBe('not_found');
		const pending = await actor(db, demoEmail('bluetuk'));
		expect((await fail(castVote(db, pending, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: 'support', [p2]: 'support' } }) }))).code).toBe('forbidden');
		expect((await fail(castVote(db, me, { ballotId, expectedVersion: 2, vote: vote({ picks: { [p1]: 'maybe', [p2]: 'support' } }) }))).messageKey).toBe('error_vote_unknown_option');
		expect((await fail(castVote(db, me, { ballotId, expectedVersion: 2, vote: vote({ picks: { [p1]: 'support' } }) }))).messageKey).toBe('error_vote_pick_each');
		expect((await fail(castVote(db, me, { ballotId: 'aaaaaaaaaaaaaaaa', expectedVersion: 0, vote: vote() }))).code).toBe('not_found');
	});

	it('counts one vote when the same member sends ten at once (two tabs, a replayed post)', async () => {
		const { ballotId, p1, p2, voters } = await openBallot(1);
		const [me] = voters;
		const attempts = await Promise.allSettled(
			Array.from({ length: 10 }, (_, i) => castVote(db, me, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: i % 2 ? 'support' : 'oppose', [p2]: 'abstain' } }) }))
		);
		expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
		for (const a of attempts) if (a.status === 'rejected') expect(a.reason).toMatchObject({ code: 'conflict', messageKey: 'error_vote_changed_elsewhere' });
		const rows = await db.selectFrom('votes').select(['version', 'receipt']).where('ballot_id', '=', ballotId).execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ version: 1, receipt: (attempts.find((a) => a.status === 'fulfilled') as PromiseFulfilledResult<{ receipt: string }>).value.receipt });
	});

	it('closes exactly at the closing time: a vote one millisecond before counts, one at the closing time is refused', async () => {
		const { ballotId, p1, p2, voters } = await openBallot(2);
		const { ballot } = await requireBallot(db, facilitator, ballotId);
		const picks = { [p1]: 'support', [p2]: 'support' };
		await castVote(db, voters[0], { ballotId, expectedVersion: 0, vote: vote({ picks }) }, ballot.closes_at - 1);
		expect((await fail(castVote(db, voters[1], { ballotId, expectedVersion: 0, vote: vote({ picks }) }, ballot.closes_at))).messageKey).toBe('error_ballot_closed');
		expect((await fail(castVote(db, voters[0], { ballotId, expectedVersion: 1, vote: vote({ picks: { [p1]: 'oppose', [p2]: 'oppose' } }) }, ballot.closes_at + 1))).messageKey).toBe('error_ballot_closed');
		const { result } = await ballotResults(db, voters[1], ballotId, ballot.closes_at);
		expect(result.voted).toBe(1);
		expect((await myVote(db, voters[0], ballotId))?.choice).toEqual({ method: 'single', picks: ['support', 'support'] });
	});
});

describe('suspended members', () => {
	const suspend = (who: SessionUser, period: 'hour' | 'week' = 'week', now = Date.now()) =>
		restrictMember(db, facilitator, { committeeId: bangkok, userId: who.id, kind: 'suspend', period, reason: 'Shared a classmate’s photo without asking.' }, now);
	const onList = async (ballotId: string) => (await db.selectFrom('ballot_voters').select('user_id').where('ballot_id', '=', ballotId).execute()).map((r) => r.user_id);
	const eligibleCount = async (ballotId: string) => (await requireBallot(db, facilitator, ballotId)).ballot.eligible_count;

	it('leaves a member suspended when the ballot opens off the eligible list, so the quorum is counted without them', async () => {
		const before = await openBallot(2);
		const [suspended, other] = before.voters;
		const sanctionId = await suspend(suspended);
		const after = await openBallot(0);
		expect(await onList(before.ballotId)).toEqual(expect.arrayContaining([suspended.id, other.id]));
		expect(await onList(after.ballotId)).toContain(other.id);
		expect(await onList(after.ballotId)).not.toContain(suspended.id);
		// The same committee a moment apart: one fewer eligible, so one fewer vote meets the quorum.
		expect(await eligibleCount(after.ballotId)).toBe((await eligibleCount(before.ballotId))! - 1);
		expect((await fail(castVote(db, suspended, { ballotId: after.ballotId, expectedVersion: 0, vote: vote({ picks: { [after.p1]: 'support', [after.p2]: 'support' } }) }))).messageKey).toBe('error_suspended_here');
		// Lifting the suspension lets them back into the committee, not onto a list taken without them.
		await liftSanction(db, facilitator, { committeeId: bangkok, sanctionId, reason: 'Talked it through; the photo is deleted.' });
		expect((await fail(castVote(db, suspended, { ballotId: after.ballotId, expectedVersion: 0, vote: vote({ picks: { [after.p1]: 'support', [after.p2]: 'support' } }) }))).messageKey).toBe('error_not_eligible');
		await castVote(db, suspended, { ballotId: before.ballotId, expectedVersion: 0, vote: vote({ picks: { [before.p1]: 'support', [before.p2]: 'support' } }) });
		await closeBallotNow(db, facilitator, after.ballotId);
		expect((await ballotResults(db, other, after.ballotId)).result.eligible).toBe(await eligibleCount(after.ballotId));
	});

	it('keeps a member suspended after the opening on the list, refuses their votes while suspended, and counts the vote they had cast', async () => {
		const { ballotId, p1, p2, voters } = await openBallot(3, { quorumPercent: 1 });
		const [early, waiting, hourLong] = voters;
		const picks = { [p1]: 'support', [p2]: 'oppose' };
		await castVote(db, early, { ballotId, expectedVersion: 0, vote: vote({ picks }) });
		const eligible = await eligibleCount(ballotId);
		const now = Date.now();
		await suspend(early);
		const sanctionId = await suspend(waiting);
		await suspend(hourLong, 'hour', now);
		for (const who of [early, waiting, hourLong]) expect(await onList(ballotId)).toContain(who.id);
		expect(await eligibleCount(ballotId)).toBe(eligible);
		// Neither a change nor a first vote while suspended; the stored vote stays as it was.
		expect((await fail(castVote(db, early, { ballotId, expectedVersion: 1, vote: vote({ picks: { [p1]: 'oppose', [p2]: 'oppose' } }) }))).messageKey).toBe('error_suspended_here');
		expect((await fail(castVote(db, waiting, { ballotId, expectedVersion: 0, vote: vote({ picks }) }))).messageKey).toBe('error_suspended_here');
		expect((await myVote(db, early, ballotId))?.choice).toEqual({ method: 'single', picks: ['support', 'oppose'] });
		// Once lifted, or once it has run its course, they vote again.
		await liftSanction(db, facilitator, { committeeId: bangkok, sanctionId, reason: 'A mistake: it was someone else.' });
		await castVote(db, waiting, { ballotId, expectedVersion: 0, vote: vote({ picks }) });
		expect((await fail(castVote(db, hourLong, { ballotId, expectedVersion: 0, vote: vote({ picks }) }, now + HOUR_MS - 1))).messageKey).toBe('error_suspended_here');
		await castVote(db, hourLong, { ballotId, expectedVersion: 0, vote: vote({ picks }) }, now + HOUR_MS);
		await closeBallotNow(db, facilitator, ballotId, now + HOUR_MS + 1);
		const { result } = await ballotResults(db, waiting, ballotId, now + HOUR_MS + 1);
		expect(result).toMatchObject({ voted: 3, eligible });
	});

	it('judges a scheduled ballot’s list at its opening, however late the first request takes it', async () => {
		const { id } = await openConsultation(db, bangkok);
		const [atOpening, afterOpening, endedBefore] = [await joinAsMember(db, bangkok, Date.now() - HOUR_MS), await joinAsMember(db, bangkok, Date.now() - HOUR_MS), await joinAsMember(db, bangkok, Date.now() - HOUR_MS)];
		const p = await proposed(facilitator, id, 'We support Section 2 as it stands.');
		const now = Date.now();
		const ballotId = await createBallot(db, facilitator, ballotInput(id, [p], { opensAt: toLocalInput(now + 2 * HOUR_MS, tz), closesAt: toLocalInput(now + DAY_MS, tz) }));
		const { ballot } = await requireBallot(db, facilitator, ballotId, 'member', now);
		expect(ballot.snapshot_at).toBeNull();
		await suspend(atOpening, 'week', now);
		await suspend(endedBefore, 'hour', now);
		await suspend(afterOpening, 'week', ballot.opens_at + MINUTE_MS);
		// Nobody looks until an hour after the opening.
		await requireBallot(db, facilitator, ballotId, 'member', ballot.opens_at + HOUR_MS);
		const list = await onList(ballotId);
		expect(list).not.toContain(atOpening.id);
		expect(list).toContain(afterOpening.id);
		expect(list).toContain(endedBefore.id);
	});
});

describe('results and secrecy', () => {
	it('shows no result before the close, to anyone; after it, turnout, quorum, counts and every receipt without a voter', async () => {
		// Earlier tests added members to the committee: a 1% quorum keeps this one about counting.
		const { ballotId, p1, p2, voters } = await openBallot(6, { quorumPercent: 1 });
		for (const who of [facilitator, admin, voters[0]]) expect((await fail(ballotResults(db, who, ballotId))).messageKey).toBe('error_results_after_close');
		const receipts: Record<string, string> = {};
		const choices = ['support', 'support', 'support', 'oppose', 'abstain', 'support'];
		for (const [i, who] of voters.entries()) receipts[who.id] = (await castVote(db, who, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: choices[i], [p2]: 'oppose' } }) })).receipt;
		expect((await fail(closeBallotNow(db, voters[0], ballotId))).code).toBe('forbidden');
		await closeBallotNow(db, facilitator, ballotId);
		expect((await fail(closeBallotNow(db, facilitator, ballotId))).messageKey).toBe('error_ballot_closed');

		const { result, receipts: counted, final } = await ballotResults(db, voters[0], ballotId);
		expect(final).toBe(true);
		expect(result).toMatchObject({ voted: 6, quorumMet: true });
		expect(result.positions[0]).toMatchObject({ positionId: p1, for: 4, against: 1, abstain: 1, passed: true });
		expect(result.positions[1]).toMatchObject({ positionId: p2, for: 0, against: 6, passed: false });
		expect(counted.map((r) => r.receipt)).toEqual(Object.values(receipts).sort());
		// Each member finds their own receipt with the choice they made.
		const mine = counted.find((r) => r.receipt === receipts[voters[3].id]);
		expect(mine?.choice).toEqual({ method: 'single', picks: ['oppose', 'oppose'] });

		const recount = await recountBallot(db, ballotId);
		expect(recount).toMatchObject({ badReceipts: 0, matchesSealed: true });
		expect(recount.result).toEqual(result);

		// `npm run ballot:recount -- <id>` prints the same count; a vote changed behind the app's back makes it fail.
		const file = (await sql<{ file: string }>`pragma database_list`.execute(db)).rows[0].file;
		const recountScript = () => promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/ballot-recount.ts', ballotId], { env: { ...process.env, DATABASE_PATH: file } });
		const { stdout } = await recountScript();
		expect(JSON.parse(stdout.slice(0, stdout.indexOf('\nturnout')))).toEqual(result);
		expect(stdout).toContain('sealed result: identical');
		await db.updateTable('votes').set({ choice: JSON.stringify({ method: 'single', picks: ['support', 'support'] }) }).where('receipt', '=', receipts[voters[3].id]).execute();
		const tampered = await recountScript().then(() => null, (e: { code: number; stdout: string }) => e);
		expect(tampered?.code).toBe(1);
		expect(tampered?.stdout).toContain('receipts: 1 do not match their vote');
	});

	it('withholds the breakdown of a secret ballot with fewer than five voters, and shows turnout', async () => {
		const { ballotId, p1, p2, voters } = await openBallot(3);
		for (const who of voters) await castVote(db, who, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: 'support', [p2]: 'oppose' } }) });
		await closeBallotNow(db, facilitator, ballotId);
		const { result, receipts } = await ballotResults(db, facilitator, ballotId);
		expect(result).toMatchObject({ withheld: true, voted: 3 });
		expect(result.positions.every((p) => p.counts === null && p.for === null)).toBe(true);
		expect(receipts).toEqual([]);
	});

	it('lets nobody find out how a member voted: no result, list, log or event carries a voter with a choice', async () => {
		const events: unknown[] = [];
		const names: (keyof DomainEvents)[] = ['ballot.turnout', 'ballot.tally', 'ballot.changed', 'position.changed'];
		const stops = names.map((n) => subscribe(n, (payload) => events.push(payload)));
		const { ballotId, p1, p2, voters, consultationId } = await openBallot(5);
		for (const [i, who] of voters.entries()) await castVote(db, who, { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: i < 3 ? 'support' : 'oppose', [p2]: 'abstain' } }) });
		await closeBallotNow(db, facilitator, ballotId);
		for (const stop of stops) stop();

		const seenByStaff = [
			await ballotResults(db, facilitator, ballotId),
			await ballotResults(db, admin, ballotId),
			await listBallots(db, facilitator, consultationId),
			(await requireBallot(db, admin, ballotId)).ballot,
			await db.selectFrom('audit_log').selectAll().execute(),
			events
		];
		const text = JSON.stringify(seenByStaff);
		for (const who of voters) {
			expect(text).not.toContain(who.id);
			expect(text).not.toContain(who.display_name);
		}
		expect(events.filter((e) => (e as { ballotId?: string }).ballotId === ballotId).map((e) => Object.keys(e as object).sort().join(','))).toContain('ballotId,consultationId,eligible,voted');
	});

	it('shows an open ballot’s tally live only when it is not secret and the facilitator chose live results', async () => {
		const tallies: DomainEvents['ballot.tally'][] = [];
		const stop = subscribe('ballot.tally', (e) => tallies.push(e));
		const { ballotId, p1, p2, voters } = await openBallot(1, { secret: false, liveResults: true });
		await castVote(db, voters[0], { ballotId, expectedVersion: 0, vote: vote({ picks: { [p1]: 'support', [p2]: 'oppose' } }) });
		stop();
		expect(tallies.find((t) => t.ballotId === ballotId)?.result.positions[0].for).toBe(1);
		expect((await ballotResults(db, voters[0], ballotId)).final).toBe(false);
	});

	it('counts a ranked-choice ballot by instant-runoff, with its rounds', async () => {
		const { id } = await openConsultation(db, bangkok);
		const voters: SessionUser[] = [];
		for (let i = 0; i < 5; i++) voters.push(await joinAsMember(db, bangkok, Date.now() - HOUR_MS));
		const [a, b, c] = [await proposed(facilitator, id, 'Age limit 13.'), await proposed(facilitator, id, 'Age limit 16.'), await proposed(facilitator, id, 'Age limit 18.')];
		const ballotId = await createBallot(db, facilitator, ballotInput(id, [a, b, c], { method: 'ranked', quorumPercent: 1 }));
		const rankings = [{ [b]: '1' }, { [b]: '1', [a]: '2' }, { [a]: '1', [b]: '2' }, { [a]: '1' }, { [c]: '1', [b]: '2' }];
		for (const [i, ranks] of rankings.entries()) await castVote(db, voters[i], { ballotId, expectedVersion: 0, vote: vote({ ranks }) });
		expect((await fail(castVote(db, voters[0], { ballotId, expectedVersion: 1, vote: vote({ ranks: { [a]: '1', [b]: '1' } }) }))).messageKey).toBe('error_vote_rank_duplicate');
		await closeBallotNow(db, facilitator, ballotId);
		const { result } = await ballotResults(db, voters[0], ballotId);
		// Round 1: a 2, b 2, c 1: c out, its ballot goes to b. Round 2: b 3 of 5: b wins.
		expect(result.rounds?.map((r) => r.eliminated)).toEqual([c, null]);
		expect(result.winner).toBe(b);
	});
});
