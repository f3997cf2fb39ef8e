// Ballots on positions: a facilitator puts positions to a vote; the committee's youth members who were members when
// it opened vote once each, and may change their vote until the close; the result is counted from the stored votes
// (count.ts), sealed once after the close and checked again by `npm run ballot:recount`.
//
// Secrecy (DESIGN.md rule 8, docs/voting.md): votes.voter_id is read only to find the actor's own vote and to keep
// one vote per member. Nothing here returns, logs or publishes a voter together with a choice; results of a secret
// ballot exist only after the close, with the breakdown withheld under five voters; the published receipts list is
// sorted by code. Whether a ballot is upcoming, open or closed follows from its dates, so nothing runs at those times.
import type { Db } from '../db/index';
import type { Ballot, BallotMethod, BallotThreshold } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { hasRoleAtLeast, requireCanWrite, roleAtLeast, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { publish } from '../events';
import { fromLocalInput } from '../time';
import { screenText } from '../safeguarding/screen/index';
import { suspensionsAt } from '../safeguarding/sanctions';
import { requireConsultation, type ConsultationAccess } from '../consultations/consultations';
import { choiceFrom, type RawVote } from './choice';
import { countBallot, DEFAULT_OPTIONS, type BallotOption, type BallotResult, type Choice } from './count';
import { canonicalChoice, newNonce, parseChoice, receiptFor } from './receipts';

export type BallotState = 'upcoming' | 'open' | 'closed';

export function ballotState(b: Pick<Ballot, 'opens_at' | 'closes_at' | 'closed_at'>, now = Date.now()): BallotState {
	if (b.closed_at !== null || now >= b.closes_at) return 'closed';
	return now < b.opens_at ? 'upcoming' : 'open';
}

/** When voting ended: the facilitator's early close, or the closing time. */
export function closedAt(b: Pick<Ballot, 'closes_at' | 'closed_at'>): number {
	return b.closed_at ?? b.closes_at;
}

export const MAX_OPTIONS = 8;
export const OPTION_MAX = 60;

export interface NewBallot {
	consultationId: string;
	positionIds: string[];
	method: BallotMethod;
	/** Single choice: labels, one per line; empty for the default support / oppose / abstain. */
	options: string[];
	/** Single choice with custom options: whether the last one is an abstention. */
	lastIsAbstain: boolean;
	/** As typed in datetime-local fields, in the committee's time zone. */
	opensAt: string;
	closesAt: string;
	quorumPercent: number;
	threshold: BallotThreshold;
	secret: boolean;
	liveResults: boolean;
}

/** Custom options: the first counts for the position, the last is an abstention when so marked, the rest against. */
export function optionsFrom(labels: string[], lastIsAbstain: boolean): BallotOption[] {
	const clean = labels.map((l) => l.trim()).filter(Boolean);
	if (clean.length === 0) return DEFAULT_OPTIONS;
	if (clean.length < 2) throw new DomainError('invalid', 'error_ballot_options_count', { max: MAX_OPTIONS }, 'options');
	if (clean.length > MAX_OPTIONS) throw new DomainError('invalid', 'error_ballot_options_count', { max: MAX_OPTIONS }, 'options');
	if (new Set(clean.map((l) => l.toLowerCase())).size !== clean.length) throw new DomainError('invalid', 'error_ballot_options_repeat', {}, 'options');
	for (const label of clean) {
		if (label.length > OPTION_MAX) throw new DomainError('invalid', 'error_text_too_long', { max: OPTION_MAX }, 'options');
		if (screenText(label).verdict !== 'allow') throw new DomainError('invalid', 'error_ballot_option_screened', {}, 'options');
	}
	const forAndAgainst = lastIsAbstain ? clean.length - 1 : clean.length;
	if (forAndAgainst < 2) throw new DomainError('invalid', 'error_ballot_options_count', { max: MAX_OPTIONS }, 'options');
	return clean.map((label, i) => ({ key: `o${i + 1}`, label, role: i === 0 ? 'for' : lastIsAbstain && i === clean.length - 1 ? 'abstain' : 'against' }));
}

/** A facilitator puts one or more proposed positions to a vote. The ballot opens at opensAt (now, or later). */
export async function createBallot(db: Db, actor: Actor, input: NewBallot, now = Date.now()): Promise<string> {
	const access = await requireConsultation(db, actor, input.consultationId, 'facilitator', now);
	if (access.state !== 'open' && access.state !== 'closed') throw new DomainError('conflict', 'error_positions_not_now');
	const positionIds = [...new Set(input.positionIds)];
	if (positionIds.length === 0) throw new DomainError('invalid', 'error_ballot_no_positions', {}, 'positionIds');
	if (input.method !== 'single' && positionIds.length < 2) throw new DomainError('invalid', 'error_ballot_alternatives', {}, 'positionIds');
	if (!Number.isInteger(input.quorumPercent) || input.quorumPercent < 1 || input.quorumPercent > 100) throw new DomainError('invalid', 'error_ballot_quorum', {}, 'quorumPercent');
	if (input.liveResults && input.secret) throw new DomainError('invalid', 'error_ballot_live_secret', {}, 'liveResults');
	const opensAt = fromLocalInput(input.opensAt, access.committee.timezone, 'opensAt');
	const closesAt = fromLocalInput(input.closesAt, access.committee.timezone, 'closesAt');
	if (closesAt <= opensAt) throw new DomainError('invalid', 'error_closes_before_opens', {}, 'closesAt');
	if (closesAt <= now) throw new DomainError('invalid', 'error_ballot_closes_in_past', {}, 'closesAt');
	const options = input.method === 'single' ? optionsFrom(input.options, input.lastIsAbstain) : [];
	const positions = await db.selectFrom('positions').select(['id', 'state']).where('consultation_id', '=', input.consultationId).where('id', 'in', positionIds).execute();
	if (positions.length !== positionIds.length) throw new DomainError('invalid', 'error_position_not_found', {}, 'positionIds');
	if (positions.some((p) => p.state !== 'proposed')) throw new DomainError('conflict', 'error_position_not_proposed', {}, 'positionIds');

	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('ballots')
			.values({
				id,
				consultation_id: input.consultationId,
				committee_id: access.committee.id,
				method: input.method,
				options: JSON.stringify(options),
				// A ballot set to open in the past opens now: eligibility counts from the moment it really opened.
				opens_at: Math.max(opensAt, now),
				closes_at: closesAt,
				closed_at: null,
				quorum_percent: input.quorumPercent,
				threshold: input.threshold,
				secret: input.secret ? 1 : 0,
				live_results: input.liveResults ? 1 : 0,
				created_by: access.user.id,
				created_at: now,
				snapshot_at: null,
				eligible_count: null,
				result: null,
				sealed_at: null
			})
			.execute();
		await trx.insertInto('ballot_positions').values(positionIds.map((positionId, ord) => ({ ballot_id: id, position_id: positionId, ord }))).execute();
		// Only proposed positions move; one changed by someone else meanwhile stops the whole ballot.
		const moved = await trx.updateTable('positions').set({ state: 'in_ballot', updated_at: now }).where('id', 'in', positionIds).where('state', '=', 'proposed').executeTakeFirst();
		if (Number(moved.numUpdatedRows) !== positionIds.length) throw new DomainError('conflict', 'error_position_not_proposed', {}, 'positionIds');
		await recordAudit(
			trx,
			{
				actorId: access.user.id,
				action: 'ballot.created',
				committeeId: access.committee.id,
				subjectType: 'ballot',
				subjectId: id,
				data: { positions: positionIds, method: input.method, opensAt, closesAt, quorumPercent: input.quorumPercent, threshold: input.threshold, secret: input.secret, liveResults: input.liveResults }
			},
			now
		);
	});
	const ballot = await db.selectFrom('ballots').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
	await ensureSnapshot(db, ballot, now);
	publish('position.changed', { consultationId: input.consultationId });
	return id;
}

/**
 * The eligible voters, taken once the ballot has opened: the committee's active youth members who joined before it
 * opened and were not suspended there at that moment. Taken by whichever request first needs it, so a ballot
 * scheduled for later needs no timer; membership and suspensions are judged at the opening, so who may vote does not
 * depend on when that first request came.
 */
async function ensureSnapshot(db: Db, ballot: Ballot, now: number): Promise<Ballot> {
	if (ballot.snapshot_at !== null || now < ballot.opens_at) return ballot;
	const taken = await db.transaction().execute(async (trx) => {
		const first = await trx.updateTable('ballots').set({ snapshot_at: now }).where('id', '=', ballot.id).where('snapshot_at', 'is', null).executeTakeFirst();
		if (Number(first.numUpdatedRows) !== 1) return undefined;
		await trx
			.insertInto('ballot_voters')
			.columns(['ballot_id', 'user_id'])
			.expression((eb) =>
				eb
					.selectFrom('memberships')
					.innerJoin('users', 'users.id', 'memberships.user_id')
					.select([eb.val(ballot.id).as('ballot_id'), 'memberships.user_id'])
					.where('memberships.committee_id', '=', ballot.committee_id)
					.where('memberships.role', '=', 'member')
					.where('memberships.created_at', '<=', ballot.opens_at)
					.where('users.status', '=', 'active')
					.where('memberships.user_id', 'not in', suspensionsAt(trx, ballot.opens_at).where('committee_id', '=', ballot.committee_id).select('user_id'))
			)
			.execute();
		return trx
			.updateTable('ballots')
			.set((eb) => ({ eligible_count: eb.selectFrom('ballot_voters').select(eb.fn.countAll<number>().as('n')).where('ballot_id', '=', ballot.id) }))
			.where('id', '=', ballot.id)
			.returningAll()
			.executeTakeFirstOrThrow();
	});
	// Another request took it a moment ago: read what it wrote.
	return taken ?? db.selectFrom('ballots').selectAll().where('id', '=', ballot.id).executeTakeFirstOrThrow();
}

export interface BallotAccess {
	access: ConsultationAccess;
	ballot: Ballot;
	state: BallotState;
	facilitating: boolean;
}

export async function requireBallot(db: Db, actor: Actor, ballotId: string, min: 'member' | 'facilitator' = 'member', now = Date.now()): Promise<BallotAccess> {
	const row = await db.selectFrom('ballots').selectAll().where('id', '=', ballotId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_ballot_not_found');
	const access = await requireConsultation(db, actor, row.consultation_id, min, now).catch((e: unknown) => {
		throw e instanceof DomainError && e.code === 'not_found' ? new DomainError('not_found', 'error_ballot_not_found') : e;
	});
	const ballot = await ensureSnapshot(db, row, now);
	return { access, ballot, state: ballotState(ballot, now), facilitating: hasRoleAtLeast(access.role, 'facilitator') };
}

export interface BallotPosition {
	id: string;
	statement: string;
	sectionId: string | null;
}

export async function ballotPositions(db: Db, ballotId: string): Promise<BallotPosition[]> {
	const rows = await db
		.selectFrom('ballot_positions')
		.innerJoin('positions', 'positions.id', 'ballot_positions.position_id')
		.select(['positions.id', 'positions.statement', 'positions.section_id'])
		.where('ballot_positions.ballot_id', '=', ballotId)
		.orderBy('ballot_positions.ord')
		.execute();
	return rows.map((r) => ({ id: r.id, statement: r.statement, sectionId: r.section_id }));
}

export interface Turnout {
	voted: number;
	eligible: number;
}

export async function turnout(db: Db, ballot: Pick<Ballot, 'id' | 'eligible_count'>): Promise<Turnout> {
	const row = await db.selectFrom('votes').select((eb) => eb.fn.countAll<number>().as('n')).where('ballot_id', '=', ballot.id).executeTakeFirstOrThrow();
	return { voted: Number(row.n), eligible: ballot.eligible_count ?? 0 };
}

export interface MyVote {
	choice: Choice;
	receipt: string;
	version: number;
	castAt: number;
}

/** The actor's own vote, for their eyes only: "you voted", their receipt, and what they chose so they can change it. */
export async function myVote(db: Db, actor: Actor, ballotId: string): Promise<MyVote | null> {
	if (!actor) return null;
	const row = await db.selectFrom('votes').select(['choice', 'receipt', 'version', 'cast_at']).where('ballot_id', '=', ballotId).where('voter_id', '=', actor.id).executeTakeFirst();
	return row ? { choice: parseChoice(row.choice), receipt: row.receipt, version: row.version, castAt: row.cast_at } : null;
}

export async function isEligible(db: Db, ballotId: string, userId: string): Promise<boolean> {
	const row = await db.selectFrom('ballot_voters').select('user_id').where('ballot_id', '=', ballotId).where('user_id', '=', userId).executeTakeFirst();
	return row !== undefined;
}

function ballotOptions(ballot: Ballot): BallotOption[] {
	return JSON.parse(ballot.options) as BallotOption[];
}

export interface CastVote {
	ballotId: string;
	/** The version of the vote the member saw: 0 for a first vote. */
	expectedVersion: number;
	vote: RawVote;
}

/**
 * What castVote needs to know before it writes, in one statement (every vote asks it: `npm run bench`,
 * vote_cast_rps): the ballot, its consultation's status, the actor's membership, whether a suspension of theirs is in
 * force at `now`, whether they are on the eligible list, and the ballot's positions in order (one row each).
 */
async function voteContext(db: Db, userId: string, ballotId: string, now: number) {
	const rows = await db
		.selectFrom('ballots as b')
		.innerJoin('consultations as c', 'c.id', 'b.consultation_id')
		.leftJoin('memberships as m', (join) => join.onRef('m.committee_id', '=', 'b.committee_id').on('m.user_id', '=', userId))
		.innerJoin('ballot_positions as bp', 'bp.ballot_id', 'b.id')
		.selectAll('b')
		.select((eb) => [
			'c.status as consultation_status',
			'm.role as member_role',
			'bp.position_id',
			eb.exists(suspensionsAt(db, now).select('id').where('committee_id', '=', eb.ref('b.committee_id')).where('user_id', '=', userId)).as('suspended'),
			eb.exists(eb.selectFrom('ballot_voters as v').select('v.user_id').where('v.ballot_id', '=', ballotId).where('v.user_id', '=', userId)).as('eligible')
		])
		.where('b.id', '=', ballotId)
		.orderBy('bp.ord')
		.execute();
	if (rows.length === 0) return null;
	const [{ consultation_status, member_role, suspended, eligible, position_id, ...ballot }, ...more] = rows;
	return {
		ballot,
		consultationStatus: consultation_status,
		memberRole: member_role,
		suspended: Boolean(suspended),
		eligible: Boolean(eligible),
		positions: [position_id, ...more.map((r) => r.position_id)]
	};
}

/** The ballot, as a query, when it is open at `now`: a vote is written only through this, so the close is exact. */
function whileOpen(db: Db, ballotId: string, now: number) {
	return db.selectFrom('ballots').where('id', '=', ballotId).where('closed_at', 'is', null).where('opens_at', '<=', now).where('closes_at', '>', now);
}

/**
 * Casts or changes the actor's vote. One row per member (a unique constraint), written by one statement that checks
 * both that the ballot is still open and the version the member's form was made from: two tabs sending at once, or a
 * form post replayed, change nothing the member did not see, and are told so. A vote arriving at or after the closing
 * time (or the facilitator's early close) is refused. A member suspended in the committee may not vote while it lasts,
 * eligible or not; the vote they cast before stays counted.
 */
export async function castVote(db: Db, actor: Actor, input: CastVote, now = Date.now()): Promise<{ receipt: string; version: number }> {
	const me = requireCanWrite(actor);
	const context = await voteContext(db, me.id, input.ballotId, now);
	if (!context) throw new DomainError('not_found', 'error_ballot_not_found');
	// The refusals requireBallot would give, in its order, from the row already read.
	const role = roleAtLeast(me, context.memberRole, 'member', 'error_ballot_not_found');
	if (context.suspended) throw new DomainError('forbidden', 'error_suspended_here');
	if (context.consultationStatus === 'draft' && !hasRoleAtLeast(role, 'facilitator')) throw new DomainError('not_found', 'error_ballot_not_found');
	if (role !== 'member') throw new DomainError('forbidden', 'error_only_members_vote');
	const state = ballotState(context.ballot, now);
	if (state === 'upcoming') throw new DomainError('conflict', 'error_ballot_not_open_yet');
	if (state === 'closed') throw new DomainError('conflict', 'error_ballot_closed');
	let { ballot, eligible } = context;
	if (ballot.snapshot_at === null) {
		// The first request since the opening: take the eligible list now.
		ballot = await ensureSnapshot(db, ballot, now);
		eligible = await isEligible(db, ballot.id, me.id);
	}
	if (!eligible) throw new DomainError('forbidden', 'error_not_eligible');
	const choice = canonicalChoice(choiceFrom(ballot.method, context.positions, ballotOptions(ballot), input.vote));
	const nonce = newNonce();
	const receipt = receiptFor(ballot.id, choice, nonce);
	const version = input.expectedVersion + 1;
	// One statement, so atomic: the close and the version are checked by the write itself.
	const written =
		input.expectedVersion === 0
			? await db
					.insertInto('votes')
					.columns(['id', 'ballot_id', 'voter_id', 'choice', 'nonce', 'receipt', 'version', 'cast_at'])
					.expression((eb) =>
						whileOpen(db, ballot.id, now).select([
							eb.val(newId()).as('id'),
							'id as ballot_id',
							eb.val(me.id).as('voter_id'),
							eb.val(choice).as('choice'),
							eb.val(nonce).as('nonce'),
							eb.val(receipt).as('receipt'),
							eb.val(version).as('version'),
							eb.val(now).as('cast_at')
						])
					)
					// The unique constraint (ballot, voter): a vote is already there, from another tab or a replayed post.
					.onConflict((oc) => oc.columns(['ballot_id', 'voter_id']).doNothing())
					.executeTakeFirst()
					.then((r) => Number(r.numInsertedOrUpdatedRows ?? 0))
			: await db
					.updateTable('votes')
					.set({ choice, nonce, receipt, version, cast_at: now })
					.where('ballot_id', '=', ballot.id)
					.where('voter_id', '=', me.id)
					.where('version', '=', input.expectedVersion)
					.where((eb) => eb.exists(whileOpen(db, ballot.id, now).select('id')))
					.executeTakeFirst()
					.then((r) => Number(r.numUpdatedRows));
	if (written !== 1) {
		// Nothing written: the ballot closed a moment ago, or the vote is not the one the form was made from.
		const fresh = await db.selectFrom('ballots').select(['opens_at', 'closes_at', 'closed_at']).where('id', '=', ballot.id).executeTakeFirstOrThrow();
		throw new DomainError('conflict', ballotState(fresh, now) === 'open' ? 'error_vote_changed_elsewhere' : 'error_ballot_closed');
	}
	await announce(db, ballot, now);
	return { receipt, version };
}

/** Turnout for everyone in the consultation's room; the tally too when the ballot's results are live. */
async function announce(db: Db, ballot: Ballot, now: number): Promise<void> {
	const t = await turnout(db, ballot);
	publish('ballot.turnout', { ballotId: ballot.id, consultationId: ballot.consultation_id, ...t });
	if (liveVisible(ballot, now)) publish('ballot.tally', { ballotId: ballot.id, consultationId: ballot.consultation_id, result: await tally(db, ballot) });
}

function liveVisible(ballot: Ballot, now: number): boolean {
	return ballot.secret === 0 && ballot.live_results === 1 && ballotState(ballot, now) === 'open';
}

/** Counts a ballot from its stored votes: one compact query, one pass in memory. */
export async function tally(db: Db, ballot: Ballot): Promise<BallotResult> {
	const [positions, votes] = await Promise.all([
		db.selectFrom('ballot_positions').select('position_id').where('ballot_id', '=', ballot.id).orderBy('ord').execute(),
		db.selectFrom('votes').select('choice').where('ballot_id', '=', ballot.id).execute()
	]);
	return countBallot({
		ballotId: ballot.id,
		method: ballot.method,
		positions: positions.map((p) => p.position_id),
		options: ballotOptions(ballot),
		eligible: ballot.eligible_count ?? 0,
		quorumPercent: ballot.quorum_percent,
		threshold: ballot.threshold,
		secret: ballot.secret === 1,
		choices: votes.map((v) => parseChoice(v.choice))
	});
}

/** The result of a closed ballot, counted and sealed by the first request after the close, then read as sealed. */
async function sealedResult(db: Db, ballot: Ballot, now: number): Promise<BallotResult> {
	if (ballot.result) return JSON.parse(ballot.result) as BallotResult;
	const result = await tally(db, ballot);
	await db.updateTable('ballots').set({ result: JSON.stringify(result), sealed_at: now }).where('id', '=', ballot.id).where('result', 'is', null).execute();
	const row = await db.selectFrom('ballots').select('result').where('id', '=', ballot.id).executeTakeFirstOrThrow();
	return JSON.parse(row.result!) as BallotResult;
}

export interface CountedReceipt {
	receipt: string;
	choice: Choice;
}

export interface BallotResults {
	result: BallotResult;
	/** false while live (an open ballot whose results are shown as they come). */
	final: boolean;
	/** Every counted vote's receipt and choice, sorted by receipt, never with a voter; empty when the breakdown is withheld. */
	receipts: CountedReceipt[];
}

/**
 * What the committee may see of the count: after the close, or during it for a non-secret ballot with live results.
 * Anything else is refused, to facilitators and admins as much as to members.
 */
export async function ballotResults(db: Db, actor: Actor, ballotId: string, now = Date.now()): Promise<BallotResults> {
	const { ballot, state } = await requireBallot(db, actor, ballotId, 'member', now);
	if (state !== 'closed') {
		if (!liveVisible(ballot, now)) throw new DomainError('forbidden', 'error_results_after_close');
		return { result: await tally(db, ballot), final: false, receipts: [] };
	}
	const result = await sealedResult(db, ballot, now);
	return { result, final: true, receipts: result.withheld ? [] : await countedReceipts(db, ballot.id) };
}

async function countedReceipts(db: Db, ballotId: string): Promise<CountedReceipt[]> {
	const rows = await db.selectFrom('votes').select(['receipt', 'choice']).where('ballot_id', '=', ballotId).orderBy('receipt').execute();
	return rows.map((r) => ({ receipt: r.receipt, choice: parseChoice(r.choice) }));
}

async function facilitatorAction(db: Db, actor: Actor, ballotId: string, action: 'opened' | 'closed', now: number, change: (b: Ballot, state: BallotState) => Partial<Ballot>) {
	const { ballot, state, access } = await requireBallot(db, actor, ballotId, 'facilitator', now);
	const set = change(ballot, state);
	await db.transaction().execute(async (trx) => {
		const done = await trx.updateTable('ballots').set(set).where('id', '=', ballot.id).where('closed_at', 'is', null).executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_ballot_closed');
		await recordAudit(trx, { actorId: access.user.id, action: `ballot.${action}`, committeeId: access.committee.id, subjectType: 'ballot', subjectId: ballot.id }, now);
	});
	return requireBallot(db, actor, ballotId, 'facilitator', now);
}

/** A facilitator opens a scheduled ballot now: eligibility is taken at this moment. */
export async function openBallotNow(db: Db, actor: Actor, ballotId: string, now = Date.now()): Promise<void> {
	const { ballot } = await facilitatorAction(db, actor, ballotId, 'opened', now, (_b, state) => {
		if (state !== 'upcoming') throw new DomainError('conflict', state === 'open' ? 'error_ballot_already_open' : 'error_ballot_closed');
		return { opens_at: now };
	});
	publish('ballot.changed', { ballotId, consultationId: ballot.consultation_id });
}

/** A facilitator closes a ballot before its closing time; votes after this moment are refused. */
export async function closeBallotNow(db: Db, actor: Actor, ballotId: string, now = Date.now()): Promise<void> {
	const { ballot } = await facilitatorAction(db, actor, ballotId, 'closed', now, (_b, state) => {
		if (state === 'closed') throw new DomainError('conflict', 'error_ballot_closed');
		return { closed_at: now };
	});
	await sealedResult(db, ballot, now);
	publish('ballot.changed', { ballotId, consultationId: ballot.consultation_id });
}

export interface BallotSummary {
	id: string;
	method: BallotMethod;
	state: BallotState;
	secret: boolean;
	opensAt: number;
	closesAt: number;
	positions: number;
	voted: number;
	eligible: number;
}

export async function listBallots(db: Db, actor: Actor, consultationId: string, now = Date.now()): Promise<BallotSummary[]> {
	await requireConsultation(db, actor, consultationId, 'member', now);
	const rows = await db
		.selectFrom('ballots')
		.selectAll()
		.select((eb) => [
			eb.selectFrom('ballot_positions').whereRef('ballot_positions.ballot_id', '=', 'ballots.id').select(eb.fn.countAll<number>().as('n')).as('positions'),
			eb.selectFrom('votes').whereRef('votes.ballot_id', '=', 'ballots.id').select(eb.fn.countAll<number>().as('n')).as('voted')
		])
		.where('consultation_id', '=', consultationId)
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		method: r.method,
		state: ballotState(r, now),
		secret: r.secret === 1,
		opensAt: r.opens_at,
		closesAt: closedAt(r),
		positions: Number(r.positions ?? 0),
		voted: Number(r.voted ?? 0),
		eligible: r.eligible_count ?? 0
	}));
}

export interface Recount {
	result: BallotResult;
	/** Receipts that no longer match their stored choice: a vote changed outside the app. */
	badReceipts: number;
	/** Whether the recount equals the result sealed at the close (null when not sealed yet). */
	matchesSealed: boolean | null;
}

/** For `npm run ballot:recount`: counts again from the stored votes and checks every receipt. Run on the server. */
export async function recountBallot(db: Db, ballotId: string): Promise<Recount> {
	const ballot = await db.selectFrom('ballots').selectAll().where('id', '=', ballotId).executeTakeFirst();
	if (!ballot) throw new DomainError('not_found', 'error_ballot_not_found');
	const result = await tally(db, ballot);
	const votes = await db.selectFrom('votes').select(['choice', 'nonce', 'receipt']).where('ballot_id', '=', ballotId).execute();
	const badReceipts = votes.filter((v) => receiptFor(ballotId, v.choice, v.nonce) !== v.receipt).length;
	return { result, badReceipts, matchesSealed: ballot.result === null ? null : ballot.result === JSON.stringify(result) };
}

/**
 * The sealed result of a ballot once it has closed (sealing it if no request has yet), else null: for services that
 * quote a result as evidence (recommendations) without a reader to authorize. Secrecy holds: a result is a count.
 */
export async function closedBallotResult(db: Db, ballotId: string, now = Date.now()): Promise<BallotResult | null> {
	const ballot = await db.selectFrom('ballots').selectAll().where('id', '=', ballotId).executeTakeFirst();
	if (!ballot || ballotState(ballot, now) !== 'closed') return null;
	return sealedResult(db, await ensureSnapshot(db, ballot, now), now);
}
