// Drafting a recommendation (DESIGN.md: recommendations): a member or facilitator starts one from a consultation —
// title, the recommendation, its rationale, the positions it rests on and the body it is addressed to — and the
// committee's members co-edit it. Every saved edit is a revision that passes the screen like a comment:
//   published → it becomes the draft's text (the version grows by one);
//   held      → kept for a facilitator, seen by its author and the facilitators; the draft keeps its last text;
//   concern   → never stored; a confidential concern for the safeguarding leads, the caring message for the author.
// An edit names the version it started from; when someone else saved in between, it is refused with both texts
// shown, so nobody's words are overwritten unseen (and the author's text is given back, not lost).
import type { Db } from '../db/index';
import type { RecommendationRevisionsTable } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { requireCanWrite, requireNotRestricted, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { reviewInCommittee, storedHoldReasons, type HoldReason } from '../safeguarding/intake';
import { raiseConcern } from '../safeguarding/concerns';
import { publicBaseUrl } from '../notifications/email-outbox';
import { requireConsultation, type ConsultationAccess } from '../consultations/consultations';
import { requireRecommendation } from './access';
import { publishStatus } from './adoption';

export const TITLE_MAX = 160;
export const TEXT_MAX = 5000;
export const RATIONALE_MAX = 5000;
export const MAX_POSITIONS = 20;

export interface DraftInput {
	title: string;
	body: string;
	rationale: string;
	bodyId: string;
	positionIds: string[];
}

export type DraftResult = { id: string; held: boolean; concern: null } | { id: string | null; held: false; concern: { id: string } };

function clean(text: string, max: number, field: string): string {
	const value = text.replace(/\r\n?/g, '\n').trim();
	if (!value) throw new DomainError('invalid', 'error_required', {}, field);
	if (value.length > max) throw new DomainError('invalid', 'error_text_too_long', { max }, field);
	return value;
}

function cleanDraft(input: DraftInput): DraftInput {
	return {
		title: clean(input.title, TITLE_MAX, 'title'),
		body: clean(input.body, TEXT_MAX, 'body'),
		rationale: clean(input.rationale, RATIONALE_MAX, 'rationale'),
		bodyId: input.bodyId,
		positionIds: [...new Set(input.positionIds)]
	};
}

/** Recommendations are drafted while a consultation is open or after it closed. */
function requireWorking(access: ConsultationAccess): void {
	if (access.state !== 'open' && access.state !== 'closed') throw new DomainError('conflict', 'error_recommendations_not_now');
}

async function checkReferences(db: Db, consultationId: string, input: DraftInput): Promise<void> {
	const body = await db.selectFrom('government_bodies').select('id').where('id', '=', input.bodyId).executeTakeFirst();
	if (!body) throw new DomainError('invalid', 'error_body_not_found', {}, 'bodyId');
	if (input.positionIds.length > MAX_POSITIONS) throw new DomainError('invalid', 'error_too_many_positions', { max: MAX_POSITIONS }, 'positionIds');
	if (input.positionIds.length === 0) return;
	const found = await db
		.selectFrom('positions')
		.select('id')
		.where('consultation_id', '=', consultationId)
		.where('id', 'in', input.positionIds)
		.where('state', 'in', ['proposed', 'in_ballot'])
		.where('recommendation_id', 'is', null)
		.execute();
	if (found.length !== input.positionIds.length) throw new DomainError('invalid', 'error_position_not_found', {}, 'positionIds');
}

/** Screens the whole text at once, as one reader would meet it. */
async function review(db: Db, access: ConsultationAccess, d: DraftInput) {
	return reviewInCommittee(db, access, `${d.title}\n\n${d.body}\n\n${d.rationale}`);
}

async function linkPositions(db: Db, recommendationId: string, positionIds: string[]): Promise<void> {
	await db.deleteFrom('recommendation_positions').where('recommendation_id', '=', recommendationId).execute();
	if (positionIds.length) await db.insertInto('recommendation_positions').values(positionIds.map((positionId, ord) => ({ recommendation_id: recommendationId, position_id: positionId, ord }))).execute();
}

function revision(recommendationId: string, authorId: string, d: DraftInput, state: RecommendationRevisionsTable['state'], reasons: HoldReason[] | null, baseVersion: number, now: number) {
	return {
		id: newId(),
		recommendation_id: recommendationId,
		author_id: authorId,
		title: d.title,
		body: d.body,
		rationale: d.rationale,
		state,
		screen_reasons: reasons ? JSON.stringify(reasons) : null,
		base_version: baseVersion,
		created_at: now,
		decided_by: null,
		decided_at: null
	};
}

export async function createDraft(db: Db, actor: Actor, consultationId: string, input: DraftInput, now = Date.now(), baseUrl = publicBaseUrl()): Promise<DraftResult> {
	requireCanWrite(actor);
	const access = await requireConsultation(db, actor, consultationId, 'member', now);
	if (access.role === 'admin') throw new DomainError('forbidden', 'error_admins_do_not_comment');
	requireNotRestricted(access);
	requireWorking(access);
	const d = cleanDraft(input);
	await checkReferences(db, consultationId, d);
	const verdict = await review(db, access, d);
	if (verdict.state === 'concern') {
		const id = await raiseConcern(db, { committeeId: access.committee.id, authorId: access.user.id, consultationId, source: 'recommendation', text: `${d.title}\n\n${d.body}\n\n${d.rationale}`, reasons: verdict.reasons }, baseUrl, now);
		return { id: null, held: false, concern: { id } };
	}
	const held = verdict.state === 'held';
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('recommendations')
			.values({
				id,
				committee_id: access.committee.id,
				consultation_id: consultationId,
				body_id: d.bodyId,
				// A held first text is not the draft's text yet: version 0 means nothing is published.
				title: held ? '' : d.title,
				body: held ? '' : d.body,
				rationale: held ? '' : d.rationale,
				status: 'draft',
				version: held ? 0 : 1,
				created_by: access.user.id,
				created_at: now,
				updated_at: now,
				adoption_ballot_id: null,
				adopted_at: null,
				adoption_evidence: null,
				submission_id: null,
				submitted_at: null,
				acknowledge_due_at: null,
				answer_due_at: null,
				acknowledged_at: null,
				acknowledged_by: null,
				responsible_official: null,
				answered_at: null,
				decision: null,
				withdrawn_at: null,
				withdrawn_reason: null
			})
			.execute();
		await trx.insertInto('recommendation_revisions').values(revision(id, access.user.id, d, held ? 'held' : 'published', held ? verdict.reasons : null, 0, now)).execute();
		await linkPositions(trx, id, d.positionIds);
	});
	if (!held) publishStatus({ id, committee_id: access.committee.id, consultation_id: consultationId, body_id: d.bodyId, status: 'draft' });
	return { id, held, concern: null };
}

export interface DraftEdit extends DraftInput {
	recommendationId: string;
	/** The version the editor started from. */
	baseVersion: number;
}

/** Any member or facilitator of the committee edits a draft (not while it is being voted on, nor after). */
export async function editDraft(db: Db, actor: Actor, input: DraftEdit, now = Date.now(), baseUrl = publicBaseUrl()): Promise<DraftResult> {
	requireCanWrite(actor);
	const { rec, access } = await requireRecommendation(db, actor, input.recommendationId, 'member', now);
	if (access.role === 'admin') throw new DomainError('forbidden', 'error_admins_do_not_comment');
	requireNotRestricted(access);
	if (rec.status !== 'draft') throw new DomainError('conflict', 'error_recommendation_not_draft');
	if (input.baseVersion !== rec.version) throw new DomainError('conflict', 'error_recommendation_edited_meanwhile');
	const d = cleanDraft(input);
	await checkReferences(db, rec.consultation_id, d);
	const verdict = await review(db, access, d);
	if (verdict.state === 'concern') {
		const id = await raiseConcern(db, { committeeId: rec.committee_id, authorId: access.user.id, consultationId: rec.consultation_id, source: 'recommendation', text: `${d.title}\n\n${d.body}\n\n${d.rationale}`, reasons: verdict.reasons }, baseUrl, now);
		return { id: null, held: false, concern: { id } };
	}
	const held = verdict.state === 'held';
	await db.transaction().execute(async (trx) => {
		if (!held) {
			// The version check again, inside the write: two editors saving at once cannot both win.
			const done = await trx
				.updateTable('recommendations')
				.set({ title: d.title, body: d.body, rationale: d.rationale, body_id: d.bodyId, version: rec.version + 1, updated_at: now })
				.where('id', '=', rec.id)
				.where('version', '=', input.baseVersion)
				.where('status', '=', 'draft')
				.executeTakeFirst();
			if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_recommendation_edited_meanwhile');
			await linkPositions(trx, rec.id, d.positionIds);
		}
		await trx.insertInto('recommendation_revisions').values(revision(rec.id, access.user.id, d, held ? 'held' : 'published', held ? verdict.reasons : null, input.baseVersion, now)).execute();
	});
	if (!held) publishStatus(rec);
	return { id: rec.id, held, concern: null };
}

export interface HeldRevision {
	id: string;
	authorName: string;
	mine: boolean;
	title: string;
	body: string;
	rationale: string;
	reasons: HoldReason[];
	createdAt: number;
}

/** Held edits the reader may see: their own, or all of them for a facilitator. */
export async function heldRevisions(db: Db, recommendationId: string, userId: string, facilitating: boolean): Promise<HeldRevision[]> {
	let q = db
		.selectFrom('recommendation_revisions')
		.innerJoin('users', 'users.id', 'recommendation_revisions.author_id')
		.select(['recommendation_revisions.id', 'recommendation_revisions.author_id', 'recommendation_revisions.title', 'recommendation_revisions.body', 'recommendation_revisions.rationale', 'recommendation_revisions.screen_reasons', 'recommendation_revisions.state', 'recommendation_revisions.created_at', 'users.display_name'])
		.where('recommendation_revisions.recommendation_id', '=', recommendationId)
		.where('recommendation_revisions.state', '=', 'held');
	if (!facilitating) q = q.where('recommendation_revisions.author_id', '=', userId);
	const rows = await q.orderBy('recommendation_revisions.created_at').execute();
	return rows.map((r) => ({
		id: r.id,
		authorName: r.display_name,
		mine: r.author_id === userId,
		title: r.title,
		body: r.body,
		rationale: r.rationale,
		reasons: storedHoldReasons(r.screen_reasons, r.state),
		createdAt: r.created_at
	}));
}

/**
 * A facilitator decides a held edit: approve makes it the draft's text (a new version, whatever was saved in
 * between — the facilitator sees both), reject keeps it out. Audited with the reason.
 */
export async function decideHeldRevision(db: Db, actor: Actor, input: { recommendationId: string; revisionId: string; approve: boolean; reason: string }, now = Date.now()): Promise<void> {
	const { rec, access, facilitating } = await requireRecommendation(db, actor, input.recommendationId, 'facilitator', now);
	if (!facilitating) throw new DomainError('forbidden', 'error_role_required');
	const reason = clean(input.reason, 500, 'reason');
	const rev = await db.selectFrom('recommendation_revisions').selectAll().where('id', '=', input.revisionId).where('recommendation_id', '=', rec.id).executeTakeFirst();
	if (!rev) throw new DomainError('not_found', 'error_revision_not_found');
	if (input.approve && rec.status !== 'draft') throw new DomainError('conflict', 'error_recommendation_not_draft');
	await db.transaction().execute(async (trx) => {
		const done = await trx
			.updateTable('recommendation_revisions')
			.set({ state: input.approve ? 'published' : 'rejected', decided_by: access.user.id, decided_at: now })
			.where('id', '=', rev.id)
			.where('state', '=', 'held')
			.executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_decided');
		if (input.approve) {
			await trx.updateTable('recommendations').set({ title: rev.title, body: rev.body, rationale: rev.rationale, version: rec.version + 1, updated_at: now }).where('id', '=', rec.id).execute();
		}
		await recordAudit(
			trx,
			{ actorId: access.user.id, action: input.approve ? 'recommendation_revision.approved' : 'recommendation_revision.rejected', committeeId: rec.committee_id, subjectType: 'recommendation', subjectId: rec.id, reason, data: { revisionId: rev.id } },
			now
		);
	});
	if (input.approve) publishStatus(rec);
}

export interface RevisionEntry {
	authorName: string;
	createdAt: number;
	version: number;
}

/** Who edited the published text, when: the draft's history as members see it. */
export async function publishedHistory(db: Db, recommendationId: string): Promise<RevisionEntry[]> {
	const rows = await db
		.selectFrom('recommendation_revisions')
		.innerJoin('users', 'users.id', 'recommendation_revisions.author_id')
		.select(['users.display_name', 'recommendation_revisions.created_at'])
		.where('recommendation_revisions.recommendation_id', '=', recommendationId)
		.where('recommendation_revisions.state', '=', 'published')
		.orderBy('recommendation_revisions.created_at')
		.execute();
	return rows.map((r, i) => ({ authorName: r.display_name, createdAt: r.created_at, version: i + 1 }));
}
