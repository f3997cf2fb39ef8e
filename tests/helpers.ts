// Test fixtures: a real, migrated SQLite database per test file, and the demo network built through the services.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite, type Db } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { createSession, validateSessionToken, type SessionUser } from '../src/lib/server/auth/session';
import { seedDemo } from '../scripts/demo-seed';
import { changeConsultationState, createConsultation } from '../src/lib/server/consultations/consultations';
import { toLocalInput } from '../src/lib/server/time';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../src/lib/server/clock';
import { DomainError } from '../src/lib/server/errors';
import { postComment, type NewComment } from '../src/lib/server/consultations/comments';
import type { CommentView } from '../src/lib/server/consultations/comment-view';
import { proposePosition } from '../src/lib/server/voting/positions';
import { castVote, closeBallotNow } from '../src/lib/server/voting/ballots';
import { createDraft } from '../src/lib/server/recommendations/drafts';
import { putToAdoptionVote } from '../src/lib/server/recommendations/adoption';

export const BASE_URL = 'http://localhost:4999';
export const demoEmail = (name: string) => `${name}@demo.youthvoice.test`;

/** A path for a new SQLite file in a fresh temporary directory. */
export function tempDbPath(): string {
	return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yv-test-')), 'test.db');
}

/** A migrated database; pass the same `file` to openSqlite for a second connection, as another process would have. */
export async function testDb(file = tempDbPath()): Promise<Db> {
	const db = openSqlite(file);
	await migrateToLatest(db);
	return db;
}

export async function demoDb(file?: string): Promise<Db> {
	const db = await testDb(file);
	await seedDemo(db, BASE_URL);
	return db;
}

/** Signs in as a demo (or any) account by email, the way the session cookie would. */
export async function actor(db: Db, email: string): Promise<SessionUser> {
	const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
	const { token } = await createSession(db, row.id);
	const { user } = await validateSessionToken(db, token);
	if (!user) throw new Error('no session for ' + email);
	return user;
}

export async function committeeId(db: Db, namePrefix: string): Promise<string> {
	const row = await db.selectFrom('committees').select('id').where('name', 'like', `${namePrefix}%`).executeTakeFirstOrThrow();
	return row.id;
}

/** The token in the newest outbox email to `to` whose link contains `/segment/`. */
export async function tokenFromOutbox(db: Db, to: string, segment: string): Promise<string> {
	const rows = await db.selectFrom('email_outbox').select('body_text').where('to_address', '=', to).orderBy('created_at', 'desc').execute();
	for (const row of rows) {
		const match = row.body_text.match(new RegExp(`/${segment}/([a-z2-7]+)`));
		if (match) return match[1];
	}
	throw new Error(`no ${segment} link emailed to ${to}`);
}

/** A consultation opened the day before `at` (now, unless given) and closing the day after, made by a facilitator through the services. */
export async function openConsultation(
	db: Db,
	committee: string,
	options: { facilitator?: string; draft?: string; publish?: boolean; title?: string; at?: number } = {}
): Promise<{ id: string; facilitator: SessionUser }> {
	const facilitator = await actor(db, options.facilitator ?? demoEmail('facilitator'));
	const now = options.at ?? Date.now();
	const id = await createConsultation(
		db,
		facilitator,
		{
			committeeId: committee,
			title: options.title ?? 'Test consultation',
			summary: 'About testing.',
			bodyId: null,
			guidingQuestions: 'Q1\nQ2',
			opensAt: toLocalInput(now - DAY_MS, 'Asia/Bangkok'),
			closesAt: toLocalInput(now + DAY_MS, 'Asia/Bangkok'),
			draft: options.draft ?? 'Section 1\nOne.\nSection 2\nTwo.'
		},
		now
	);
	if (options.publish !== false) await changeConsultationState(db, facilitator, id, 'publish', now);
	return { id, facilitator };
}

/** postComment for a text that must be posted (or held): a test fails at once if the screen raised a concern. */
export async function posted(db: Db, who: Parameters<typeof postComment>[1], input: NewComment, now?: number): Promise<{ comment: CommentView; held: boolean }> {
	const result = await postComment(db, who, input, now);
	if (result.concern) throw new Error(`the screen raised a concern instead of posting: ${input.body}`);
	return result;
}

/** The DomainError a service call fails with; the test fails if it succeeds or throws anything else. */
export async function fail(work: Promise<unknown>): Promise<DomainError> {
	const e = await work.then(() => null, (x: unknown) => x);
	if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${e === null ? 'success' : String(e)}`);
	return e;
}

let joined = 0;
/**
 * A number in consonants that spell no word: base-36 digits once made a display name the screen refused as rude, and
 * plain digits look like a phone number to it.
 */
function unspellable(n: number): string {
	const letters = 'bdghjmnpqrvw';
	let out = '';
	do {
		out = letters[n % letters.length] + out;
		n = Math.floor(n / letters.length);
	} while (n > 0);
	return out;
}
/** A new youth member of `committee`, signed up through a facilitator's invitation (at `now`, when given). */
export async function joinAsMember(db: Db, committee: string, now = Date.now()): Promise<SessionUser> {
	const { createInvitation, signUpWithInvitation } = await import('../src/lib/server/committees/invitations');
	const { token } = await createInvitation(db, await actor(db, demoEmail('facilitator')), { committeeId: committee }, now);
	const n = `${unspellable(Date.now() % 10_000_000)}-${unspellable(++joined)}`;
	const email = `member-${n}@example.test`;
	await signUpWithInvitation(db, { token, displayName: `Member ${n}`, realName: 'Test Member', email, password: 'a long enough password', birthYear: new Date().getUTCFullYear() - 16, birthMonth: 1, country: 'TH', baseUrl: BASE_URL }, now);
	return actor(db, email);
}

/**
 * A recommendation to `bodyId` adopted 4–1 by five new members of `committee` in a closed secret ballot (through the
 * services, at `now`), ready for a facilitator to submit. The committee's time zone is Bangkok's unless given.
 */
export async function adoptedRecommendation(
	db: Db,
	input: { committeeId: string; bodyId: string; facilitator: SessionUser; title?: string; timezone?: string },
	now = Date.now()
): Promise<{ id: string; consultationId: string; members: SessionUser[]; ballotId: string; positionId: string }> {
	const tz = input.timezone ?? 'Asia/Bangkok';
	const { id: consultationId } = await openConsultation(db, input.committeeId, { facilitator: input.facilitator.email });
	const members: SessionUser[] = [];
	for (let i = 0; i < 5; i++) members.push(await joinAsMember(db, input.committeeId, now - HOUR_MS));
	const position = await proposePosition(db, members[0]!, { consultationId, sectionId: null, statement: 'We support Section 4 if the age limit is 16.' }, now, BASE_URL);
	const draft = {
		title: input.title ?? 'Ask young people before setting the age limit',
		body: 'Section 4 should set the age limit at 16 after asking a youth panel.',
		rationale: 'Young people know what age limit works for them.',
		bodyId: input.bodyId,
		positionIds: [position.id!]
	};
	const id = (await createDraft(db, members[1]!, consultationId, draft, now, BASE_URL)).id!;
	const ballotId = await putToAdoptionVote(db, input.facilitator, { recommendationId: id, opensAt: toLocalInput(now - MINUTE_MS, tz), closesAt: toLocalInput(now + DAY_MS, tz), quorumPercent: 1, threshold: 'majority', secret: true }, now);
	const motion = (await db.selectFrom('ballot_positions').select('position_id').where('ballot_id', '=', ballotId).executeTakeFirstOrThrow()).position_id;
	for (const [i, member] of members.entries()) {
		await castVote(db, member, { ballotId, expectedVersion: 0, vote: { picks: { [motion]: i < 4 ? 'support' : 'oppose' }, approved: [], ranks: {}, abstain: false } }, now);
	}
	await closeBallotNow(db, input.facilitator, ballotId, now);
	return { id, consultationId, members, ballotId, positionId: position.id! };
}

/**
 * A recommendation of `committee` adopted by the committee's vote and sent to `bodyId` at `at` (a moment in the past
 * makes its deadlines pass), all through the services: a consultation, a position on its Section 1 and one not voted
 * on, a draft, the adoption ballot and the submission. Voters are members who joined before the vote opened (one new
 * member when none are given).
 */
export async function sentRecommendation(
	db: Db,
	committee: string,
	bodyId: string,
	options: { title?: string; at?: number; voters?: SessionUser[] } = {}
): Promise<{ id: string; consultationId: string; voters: SessionUser[] }> {
	const { proposePosition } = await import('../src/lib/server/voting/positions');
	const { castVote, closeBallotNow } = await import('../src/lib/server/voting/ballots');
	const { createDraft } = await import('../src/lib/server/recommendations/drafts');
	const { putToAdoptionVote } = await import('../src/lib/server/recommendations/adoption');
	const { submitRecommendations } = await import('../src/lib/server/recommendations/submissions');
	const at = options.at ?? Date.now();
	const title = options.title ?? 'Ask young people before setting the age limit';
	const voters = options.voters ?? [await joinAsMember(db, committee, at - 3 * HOUR_MS)];
	const { id: consultationId, facilitator } = await openConsultation(db, committee, { title: `Consultation for “${title}”`, at: at - 3 * HOUR_MS });
	const section = await db.selectFrom('sections').select('id').where('consultation_id', '=', consultationId).where('number', '=', '1').executeTakeFirstOrThrow();
	const onSection = await proposePosition(db, voters[0]!, { consultationId, sectionId: section.id, statement: 'Section 1 should ask young people first.' }, at - 2 * HOUR_MS, BASE_URL);
	const general = await proposePosition(db, voters[0]!, { consultationId, sectionId: null, statement: 'Every answer should come in plain words.' }, at - 2 * HOUR_MS, BASE_URL);
	const draft = await createDraft(
		db,
		voters[0]!,
		consultationId,
		{
			title,
			body: 'Section 1 should set the age limit at 16.\nAsk a youth panel first.\n\nPublish the panel’s advice.',
			rationale: 'Young people know what age limit works for them.',
			bodyId,
			positionIds: [onSection.id!, general.id!]
		},
		at - 2 * HOUR_MS,
		BASE_URL
	);
	const id = draft.id!;
	const tz = 'Asia/Bangkok';
	const ballotId = await putToAdoptionVote(db, facilitator, { recommendationId: id, opensAt: toLocalInput(at - HOUR_MS, tz), closesAt: toLocalInput(at + DAY_MS, tz), quorumPercent: 1, threshold: 'majority', secret: true }, at - 90 * MINUTE_MS);
	const motion = (await db.selectFrom('ballot_positions').select('position_id').where('ballot_id', '=', ballotId).executeTakeFirstOrThrow()).position_id;
	for (const voter of voters) await castVote(db, voter, { ballotId, expectedVersion: 0, vote: { picks: { [motion]: 'support' }, approved: [], ranks: {}, abstain: false } }, at - HOUR_MS / 2);
	await closeBallotNow(db, facilitator, ballotId, at - MINUTE_MS);
	await submitRecommendations(db, facilitator, { committeeId: committee, recommendationIds: [id], note: '' }, at);
	return { id, consultationId, voters };
}
