// Positions: what the committee says about a consultation or one of its sections ("We support Section 4 if the age
// limit is 16"). A member or facilitator proposes one; members co-sign and discuss it while it is proposed; a
// facilitator merges duplicates and puts positions to a vote (ballots.ts). Every statement and comment passes
// reviewContribution: held ones are seen by their author and the facilitators until one approves them here (the
// review queue knows only consultation comments for now), a concern is never published.
import { sql } from 'kysely';
import type { Db } from '../db/index';
import type { PositionCommentState, PositionState } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { hasRoleAtLeast, requireCanWrite, requireNotRestricted, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { publish } from '../events';
import { reviewInCommittee, storedHoldReasons, type HoldReason } from '../safeguarding/intake';
import { raiseConcern } from '../safeguarding/concerns';
import { publicBaseUrl } from '../notifications/email-outbox';
import { requireConsultation, type ConsultationAccess } from '../consultations/consultations';

export const STATEMENT_MAX = 1000;
export const POSITION_COMMENT_MAX = 2000;

/** Positions are taken while a consultation is open and after it closed, never on a draft or an archived one. */
function requireWorkingConsultation(access: ConsultationAccess): void {
	if (access.state !== 'open' && access.state !== 'closed') throw new DomainError('conflict', 'error_positions_not_now');
}

function cleanText(text: string, max: number, field: string): string {
	const clean = text.replace(/\r\n?/g, '\n').trim();
	if (!clean) throw new DomainError('invalid', 'error_required', {}, field);
	if (clean.length > max) throw new DomainError('invalid', 'error_text_too_long', { max }, field);
	return clean;
}

export type ContributionResult = { id: string; held: boolean; concern: null } | { id: null; held: false; concern: { id: string } };

export interface NewPosition {
	consultationId: string;
	sectionId: string | null;
	statement: string;
}

export async function proposePosition(db: Db, actor: Actor, input: NewPosition, now = Date.now(), baseUrl = publicBaseUrl()): Promise<ContributionResult> {
	requireCanWrite(actor);
	const access = await requireConsultation(db, actor, input.consultationId, 'member', now);
	if (access.role === 'admin') throw new DomainError('forbidden', 'error_admins_do_not_comment');
	requireNotRestricted(access);
	requireWorkingConsultation(access);
	const statement = cleanText(input.statement, STATEMENT_MAX, 'statement');
	if (input.sectionId) {
		const section = await db.selectFrom('sections').select('id').where('id', '=', input.sectionId).where('consultation_id', '=', input.consultationId).executeTakeFirst();
		if (!section) throw new DomainError('not_found', 'error_section_not_found', {}, 'sectionId');
	}
	const { user, committee } = access;
	const verdict = await reviewInCommittee(db, access, statement);
	if (verdict.state === 'concern') {
		const id = await raiseConcern(db, { committeeId: committee.id, authorId: user.id, consultationId: input.consultationId, source: 'position', text: statement, reasons: verdict.reasons }, baseUrl, now);
		return { id: null, held: false, concern: { id } };
	}
	const id = newId();
	await db
		.insertInto('positions')
		.values({
			id,
			consultation_id: input.consultationId,
			section_id: input.sectionId,
			statement,
			proposer_id: user.id,
			state: verdict.state === 'held' ? 'held' : 'proposed',
			merged_into: null,
			screen_reasons: verdict.state === 'held' ? JSON.stringify(verdict.reasons) : null,
			created_at: now,
			updated_at: now
		})
		.execute();
	if (verdict.state === 'published') publish('position.changed', { consultationId: input.consultationId });
	return { id, held: verdict.state === 'held', concern: null };
}

export interface PositionCommentView {
	id: string;
	authorName: string;
	body: string;
	state: PositionCommentState;
	holdReasons: HoldReason[];
	createdAt: number;
	mine: boolean;
}

export interface PositionView {
	id: string;
	sectionId: string | null;
	statement: string;
	proposerName: string;
	mine: boolean;
	state: PositionState;
	holdReasons: HoldReason[];
	mergedInto: string | null;
	cosigns: number;
	cosignedByMe: boolean;
	comments: number;
	createdAt: number;
}

/** Positions the reader may see: all but removed ones; held ones only to their proposer and the facilitators. */
function positionQuery(db: Db, access: ConsultationAccess) {
	const facilitating = hasRoleAtLeast(access.role, 'facilitator');
	return db
		.selectFrom('positions')
		.innerJoin('users', 'users.id', 'positions.proposer_id')
		.select([
			'positions.id',
			'positions.section_id',
			'positions.statement',
			'positions.proposer_id',
			'positions.state',
			'positions.merged_into',
			'positions.screen_reasons',
			'positions.created_at',
			'users.display_name'
		])
		.select((eb) => [
			eb.selectFrom('position_cosigns').whereRef('position_cosigns.position_id', '=', 'positions.id').select(eb.fn.countAll<number>().as('n')).as('cosigns'),
			eb
				.selectFrom('position_cosigns')
				.whereRef('position_cosigns.position_id', '=', 'positions.id')
				.where('position_cosigns.user_id', '=', access.user.id)
				.select(eb.fn.countAll<number>().as('n'))
				.as('mine'),
			eb.selectFrom('position_comments').whereRef('position_comments.position_id', '=', 'positions.id').where('position_comments.state', '=', 'published').select(eb.fn.countAll<number>().as('n')).as('comments')
		])
		.where('positions.consultation_id', '=', access.consultation.id)
		.where('positions.state', '!=', 'removed')
		.where((eb) => (facilitating ? sql<boolean>`1 = 1` : eb.or([eb('positions.state', '!=', 'held'), eb('positions.proposer_id', '=', access.user.id)])));
}

type PositionRow = Awaited<ReturnType<ReturnType<typeof positionQuery>['executeTakeFirstOrThrow']>>;

function toView(row: PositionRow, userId: string): PositionView {
	return {
		id: row.id,
		sectionId: row.section_id,
		statement: row.statement,
		proposerName: row.display_name,
		mine: row.proposer_id === userId,
		state: row.state,
		holdReasons: storedHoldReasons(row.screen_reasons, row.state),
		mergedInto: row.merged_into,
		cosigns: Number(row.cosigns ?? 0),
		cosignedByMe: Number(row.mine ?? 0) > 0,
		comments: Number(row.comments ?? 0),
		createdAt: row.created_at
	};
}

export async function listPositions(db: Db, actor: Actor, consultationId: string, now = Date.now()): Promise<{ access: ConsultationAccess; positions: PositionView[] }> {
	const access = await requireConsultation(db, actor, consultationId, 'member', now);
	// A recommendation's adoption motion is voted on from the recommendation's page, not listed among positions.
	const rows = await positionQuery(db, access).where('positions.recommendation_id', 'is', null).orderBy('positions.created_at').execute();
	return { access, positions: rows.map((r) => toView(r, access.user.id)) };
}

async function positionAccess(db: Db, actor: Actor, positionId: string, min: 'member' | 'facilitator', now: number) {
	const row = await db.selectFrom('positions').selectAll().where('id', '=', positionId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_position_not_found');
	const access = await requireConsultation(db, actor, row.consultation_id, min, now);
	const facilitating = hasRoleAtLeast(access.role, 'facilitator');
	if (row.state === 'removed' || (row.state === 'held' && !facilitating && row.proposer_id !== access.user.id)) throw new DomainError('not_found', 'error_position_not_found');
	return { row, access, facilitating };
}

export async function getPosition(db: Db, actor: Actor, positionId: string, now = Date.now()): Promise<{ access: ConsultationAccess; position: PositionView; discussion: PositionCommentView[] }> {
	const { access, facilitating } = await positionAccess(db, actor, positionId, 'member', now);
	const row = await positionQuery(db, access).where('positions.id', '=', positionId).executeTakeFirstOrThrow();
	const comments = await db
		.selectFrom('position_comments')
		.innerJoin('users', 'users.id', 'position_comments.author_id')
		.select(['position_comments.id', 'position_comments.author_id', 'position_comments.body', 'position_comments.state', 'position_comments.screen_reasons', 'position_comments.created_at', 'users.display_name'])
		.where('position_comments.position_id', '=', positionId)
		.where((eb) =>
			eb.or([
				eb('position_comments.state', '=', 'published'),
				eb.and([eb('position_comments.state', '=', 'held'), facilitating ? sql<boolean>`1 = 1` : eb('position_comments.author_id', '=', access.user.id)])
			])
		)
		.orderBy('position_comments.created_at')
		.execute();
	return {
		access,
		position: toView(row, access.user.id),
		discussion: comments.map((c) => ({
			id: c.id,
			authorName: c.display_name,
			body: c.body,
			state: c.state,
			holdReasons: storedHoldReasons(c.screen_reasons, c.state),
			createdAt: c.created_at,
			mine: c.author_id === access.user.id
		}))
	};
}

/** A youth member adds (or withdraws) their name under someone else's proposed position. */
export async function cosignPosition(db: Db, actor: Actor, input: { positionId: string; on: boolean }, now = Date.now()): Promise<void> {
	const me = requireCanWrite(actor);
	const { row, access } = await positionAccess(db, actor, input.positionId, 'member', now);
	if (access.role !== 'member') throw new DomainError('forbidden', 'error_only_members_cosign');
	if (row.state !== 'proposed') throw new DomainError('conflict', 'error_position_not_proposed');
	if (row.proposer_id === me.id) throw new DomainError('conflict', 'error_cosign_own');
	if (input.on) {
		await db.insertInto('position_cosigns').values({ position_id: row.id, user_id: me.id, created_at: now }).onConflict((oc) => oc.doNothing()).execute();
	} else {
		await db.deleteFrom('position_cosigns').where('position_id', '=', row.id).where('user_id', '=', me.id).execute();
	}
	publish('position.changed', { consultationId: row.consultation_id });
}

export async function commentOnPosition(db: Db, actor: Actor, input: { positionId: string; body: string }, now = Date.now(), baseUrl = publicBaseUrl()): Promise<ContributionResult> {
	const me = requireCanWrite(actor);
	const { row, access } = await positionAccess(db, actor, input.positionId, 'member', now);
	if (access.role === 'admin') throw new DomainError('forbidden', 'error_admins_do_not_comment');
	requireNotRestricted(access);
	if (row.state !== 'proposed') throw new DomainError('conflict', 'error_position_not_proposed');
	const body = cleanText(input.body, POSITION_COMMENT_MAX, 'body');
	const { committee } = access;
	const verdict = await reviewInCommittee(db, access, body);
	if (verdict.state === 'concern') {
		const id = await raiseConcern(db, { committeeId: committee.id, authorId: me.id, consultationId: row.consultation_id, source: 'position_comment', text: body, reasons: verdict.reasons }, baseUrl, now);
		return { id: null, held: false, concern: { id } };
	}
	const id = newId();
	await db
		.insertInto('position_comments')
		.values({ id, position_id: row.id, author_id: me.id, body, state: verdict.state, screen_reasons: verdict.state === 'held' ? JSON.stringify(verdict.reasons) : null, created_at: now })
		.execute();
	if (verdict.state === 'published') publish('position.changed', { consultationId: row.consultation_id });
	return { id, held: verdict.state === 'held', concern: null };
}

export interface PositionDecision {
	/** A position's statement or a comment on a position. */
	kind: 'position' | 'comment';
	id: string;
	action: 'approve' | 'remove';
	reason: string;
}

/** A facilitator approves or removes a held statement or comment (or removes a published one), with a reason in the log. */
export async function moderatePositionText(db: Db, actor: Actor, input: PositionDecision, now = Date.now()): Promise<void> {
	const reason = input.reason.trim();
	if (input.action === 'remove' && !reason) throw new DomainError('invalid', 'error_moderation_reason_required', {}, 'reason');
	let positionId = input.id;
	let current: string;
	if (input.kind === 'comment') {
		const comment = await db.selectFrom('position_comments').select(['position_id', 'state']).where('id', '=', input.id).executeTakeFirst();
		if (!comment) throw new DomainError('not_found', 'error_comment_not_found');
		positionId = comment.position_id;
		current = comment.state;
	} else {
		const position = await db.selectFrom('positions').select('state').where('id', '=', input.id).executeTakeFirst();
		if (!position) throw new DomainError('not_found', 'error_position_not_found');
		current = position.state;
	}
	const { row, access } = await positionAccess(db, actor, positionId, 'facilitator', now);
	const allowed = input.action === 'approve' ? ['held'] : input.kind === 'comment' ? ['held', 'published'] : ['held', 'proposed'];
	if (!allowed.includes(current)) throw new DomainError('conflict', 'error_already_decided');
	await db.transaction().execute(async (trx) => {
		const result =
			input.kind === 'comment'
				? await trx
						.updateTable('position_comments')
						.set({ state: input.action === 'approve' ? 'published' : 'removed' })
						.where('id', '=', input.id)
						.where('state', '=', current as PositionCommentState)
						.executeTakeFirst()
				: await trx
						.updateTable('positions')
						.set({ state: input.action === 'approve' ? 'proposed' : 'removed', updated_at: now })
						.where('id', '=', input.id)
						.where('state', '=', current as PositionState)
						.executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_decided');
		await recordAudit(
			trx,
			{
				actorId: access.user.id,
				action: `${input.kind === 'comment' ? 'position_comment' : 'position'}.${input.action === 'approve' ? 'approved' : 'removed'}`,
				committeeId: access.committee.id,
				subjectType: input.kind === 'comment' ? 'position_comment' : 'position',
				subjectId: input.id,
				reason: reason || null
			},
			now
		);
	});
	publish('position.changed', { consultationId: row.consultation_id });
}

/**
 * A facilitator merges a duplicate into another position: the duplicate stays readable as "merged into …", and its
 * proposer and co-signers become co-signers of the position it joined.
 */
export async function mergePositions(db: Db, actor: Actor, input: { fromId: string; intoId: string }, now = Date.now()): Promise<void> {
	if (input.fromId === input.intoId) throw new DomainError('invalid', 'error_merge_same', {}, 'intoId');
	const { row: from, access } = await positionAccess(db, actor, input.fromId, 'facilitator', now);
	const into = await db.selectFrom('positions').selectAll().where('id', '=', input.intoId).executeTakeFirst();
	if (!into || into.consultation_id !== from.consultation_id) throw new DomainError('not_found', 'error_position_not_found', {}, 'intoId');
	if (from.state !== 'proposed' || into.state !== 'proposed') throw new DomainError('conflict', 'error_position_not_proposed');
	await db.transaction().execute(async (trx) => {
		const changed = await trx.updateTable('positions').set({ state: 'merged', merged_into: into.id, updated_at: now }).where('id', '=', from.id).where('state', '=', 'proposed').executeTakeFirst();
		if (Number(changed.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_position_not_proposed');
		const signers = await trx.selectFrom('position_cosigns').select('user_id').where('position_id', '=', from.id).execute();
		const names = new Set([from.proposer_id, ...signers.map((s) => s.user_id)]);
		names.delete(into.proposer_id);
		for (const userId of names) {
			await trx.insertInto('position_cosigns').values({ position_id: into.id, user_id: userId, created_at: now }).onConflict((oc) => oc.doNothing()).execute();
		}
		await recordAudit(trx, { actorId: access.user.id, action: 'position.merged', committeeId: access.committee.id, subjectType: 'position', subjectId: from.id, data: { into: into.id } }, now);
	});
	publish('position.changed', { consultationId: from.consultation_id });
}
