// The government side (DESIGN.md: officials): an official of the addressed body — signed in, or the body's own
// system through /api/v1 with a bearer token — acknowledges a recommendation (naming who is responsible), answers it
// (accepted / partially accepted / not accepted, with committed actions where accepted; or "more time", once without
// an admin's approval), posts progress updates on each action and replies to the committee's follow-up questions.
// Officials never see a youth identity: the committee is named, members are "a member of <committee>".
import type { Db } from '../db/index';
import type { ActionStatus, Decision, GovernmentBody, Recommendation } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { requireAdmin, type Actor } from '../auth/guards';
import type { SessionUser } from '../auth/session';
import { recordAudit } from '../audit/audit-log';
import { notify } from '../notifications/notify';
import { requireOfficialOf } from '../government/bodies';
import { fromLocalInput } from '../time';
import { DAY_MS } from '../clock';
import { publishStatus } from './adoption';
import { notifyCommittee } from './submissions';

/** A body's system calling /api/v1 with its bearer token (tokens.ts). */
export interface ApiTokenActor {
	apiToken: { id: string; bodyId: string; label: string };
}

export type GovActor = Actor | ApiTokenActor;

export function isTokenActor(actor: GovActor): actor is ApiTokenActor {
	return actor !== null && 'apiToken' in actor;
}

export interface OfficialContext {
	body: GovernmentBody;
	/** The signed-in official (or admin); null for a token. */
	user: SessionUser | null;
	/** For the audit log: who acted. */
	actorId: string | null;
	via: { tokenId: string; label: string } | null;
}

/** The body, for one of its officials, an admin, or a token of that body; anyone else is told it does not exist. */
export async function requireBodyAccess(db: Db, actor: GovActor, bodyId: string): Promise<OfficialContext> {
	if (isTokenActor(actor)) {
		if (actor.apiToken.bodyId !== bodyId) throw new DomainError('not_found', 'error_body_not_found');
		const body = await db.selectFrom('government_bodies').selectAll().where('id', '=', bodyId).executeTakeFirst();
		if (!body) throw new DomainError('not_found', 'error_body_not_found');
		return { body, user: null, actorId: null, via: { tokenId: actor.apiToken.id, label: actor.apiToken.label } };
	}
	const { user, body } = await requireOfficialOf(db, actor, bodyId);
	return { body, user, actorId: user.id, via: null };
}

/** Statuses an official sees: everything from the moment it was sent (a withdrawn one stays, marked withdrawn). */
export const SENT_STATUSES = ['submitted', 'acknowledged', 'answered', 'withdrawn'] as const;

/** A recommendation sent to the actor's body. Drafts and recommendations of other bodies do not exist for them. */
export async function requireSentRecommendation(db: Db, actor: GovActor, recommendationId: string): Promise<{ rec: Recommendation; ctx: OfficialContext }> {
	const rec = await db.selectFrom('recommendations').selectAll().where('id', '=', recommendationId).where('submitted_at', 'is not', null).executeTakeFirst();
	if (!rec) throw new DomainError('not_found', 'error_recommendation_not_found');
	const ctx = await requireBodyAccess(db, actor, rec.body_id).catch((e: unknown) => {
		throw e instanceof DomainError && e.code === 'not_found' ? new DomainError('not_found', 'error_recommendation_not_found') : e;
	});
	return { rec, ctx };
}

function audit(ctx: OfficialContext, rec: Recommendation, action: string, data: Record<string, unknown> = {}, reason: string | null = null) {
	return { actorId: ctx.actorId, action, committeeId: rec.committee_id, subjectType: 'recommendation', subjectId: rec.id, reason, data: ctx.via ? { ...data, apiToken: ctx.via.tokenId } : data };
}

function text(value: string, max: number, field: string): string {
	const clean = value.replace(/\r\n?/g, '\n').trim();
	if (!clean) throw new DomainError('invalid', 'error_required', {}, field);
	if (clean.length > max) throw new DomainError('invalid', 'error_text_too_long', { max }, field);
	return clean;
}

function requireNotWithdrawn(rec: Recommendation): void {
	if (rec.status === 'withdrawn') throw new DomainError('conflict', 'error_recommendation_withdrawn');
}

export const RESPONSIBLE_MAX = 200;
export const ANSWER_MAX = 8000;
export const ACTION_MAX = 1000;
export const MAX_ACTIONS = 20;
export const UPDATE_MAX = 4000;

/** The required first step: the body says it has the recommendation and who is responsible for the answer. */
export async function acknowledgeRecommendation(db: Db, actor: GovActor, input: { recommendationId: string; responsibleOfficial: string }, now = Date.now()): Promise<void> {
	const { rec, ctx } = await requireSentRecommendation(db, actor, input.recommendationId);
	requireNotWithdrawn(rec);
	const responsible = text(input.responsibleOfficial, RESPONSIBLE_MAX, 'responsibleOfficial');
	if (rec.status !== 'submitted') throw new DomainError('conflict', 'error_already_acknowledged');
	await db.transaction().execute(async (trx) => {
		const done = await trx
			.updateTable('recommendations')
			.set({ status: 'acknowledged', acknowledged_at: now, acknowledged_by: ctx.user?.id ?? null, responsible_official: responsible, updated_at: now })
			.where('id', '=', rec.id)
			.where('status', '=', 'submitted')
			.executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_acknowledged');
		await recordAudit(trx, audit(ctx, rec, 'recommendation.acknowledged', { responsible }), now);
		await notifyCommittee(trx, rec.committee_id, [rec], 'acknowledged', `acknowledged by ${ctx.body.name}`, now);
	});
	publishStatus({ ...rec, status: 'acknowledged' });
}

export const DECISIONS: Decision[] = ['accepted', 'partially_accepted', 'not_accepted', 'more_time'];

export interface ActionInput {
	description: string;
	/** YYYY-MM-DD */
	targetDate: string;
}

export interface AnswerInput {
	recommendationId: string;
	decision: string;
	rationale: string;
	/** more_time: the new date the answer will come by, YYYY-MM-DD. */
	newDueDate?: string | null;
	actions?: ActionInput[];
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date typed by an official, as the end of that day in the committee's time zone. */
async function endOfDay(db: Db, rec: Recommendation, date: string, field: string): Promise<number> {
	// A real date prints back as itself (2026-02-30 would roll over to March).
	const noon = datePattern.test(date) ? new Date(`${date}T12:00:00Z`) : null;
	if (!noon || Number.isNaN(noon.getTime()) || noon.toISOString().slice(0, 10) !== date) throw new DomainError('invalid', 'error_date_invalid', {}, field);
	const committee = await db.selectFrom('committees').select('timezone').where('id', '=', rec.committee_id).executeTakeFirstOrThrow();
	return fromLocalInput(`${date}T23:59`, committee.timezone, field);
}

export async function answerRecommendation(db: Db, actor: GovActor, input: AnswerInput, now = Date.now()): Promise<{ responseId: string; pendingApproval: boolean }> {
	const { rec, ctx } = await requireSentRecommendation(db, actor, input.recommendationId);
	requireNotWithdrawn(rec);
	if (!DECISIONS.includes(input.decision as Decision)) throw new DomainError('invalid', 'error_decision_invalid', {}, 'decision');
	const decision = input.decision as Decision;
	const rationale = text(input.rationale, ANSWER_MAX, 'rationale');
	if (rec.status === 'submitted') throw new DomainError('conflict', 'error_acknowledge_first');
	if (rec.status === 'answered') throw new DomainError('conflict', 'error_already_answered');
	const pending = await db.selectFrom('responses').select('id').where('recommendation_id', '=', rec.id).where('state', '=', 'pending_approval').executeTakeFirst();
	if (pending) throw new DomainError('conflict', 'error_extension_pending');

	let newDueAt: number | null = null;
	const actions: ActionInput[] = [];
	if (decision === 'more_time') {
		if (!input.newDueDate) throw new DomainError('invalid', 'error_required', {}, 'newDueDate');
		newDueAt = await endOfDay(db, rec, input.newDueDate, 'newDueDate');
		if (newDueAt <= now) throw new DomainError('invalid', 'error_date_in_past', {}, 'newDueDate');
		if (rec.answer_due_at !== null && newDueAt <= rec.answer_due_at) throw new DomainError('invalid', 'error_more_time_not_later', {}, 'newDueDate');
		if (newDueAt > now + 365 * DAY_MS) throw new DomainError('invalid', 'error_more_time_too_far', {}, 'newDueDate');
	} else {
		for (const a of input.actions ?? []) {
			if (!a.description.trim() && !a.targetDate.trim()) continue;
			const description = text(a.description, ACTION_MAX, 'actions');
			const at = await endOfDay(db, rec, a.targetDate.trim(), 'actions');
			if (at < now) throw new DomainError('invalid', 'error_date_in_past', {}, 'actions');
			actions.push({ description, targetDate: a.targetDate.trim() });
		}
		if (actions.length > MAX_ACTIONS) throw new DomainError('invalid', 'error_too_many_actions', { max: MAX_ACTIONS }, 'actions');
		if ((decision === 'accepted' || decision === 'partially_accepted') && actions.length === 0) throw new DomainError('invalid', 'error_actions_required', {}, 'actions');
		if (decision === 'not_accepted' && actions.length > 0) throw new DomainError('invalid', 'error_actions_not_accepted', {}, 'actions');
	}
	// A second "more time" waits for an admin; the first is granted at once.
	const pendingApproval = decision === 'more_time' && rec.extensions >= 1;
	const responseId = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('responses')
			.values({ id: responseId, recommendation_id: rec.id, official_id: ctx.user?.id ?? null, decision, rationale, new_due_at: newDueAt, state: pendingApproval ? 'pending_approval' : 'published', decided_by: null, decided_at: null, created_at: now })
			.execute();
		if (!pendingApproval) {
			const set =
				decision === 'more_time'
					? { decision, answer_due_at: newDueAt, extensions: rec.extensions + 1, updated_at: now }
					: { decision, status: 'answered' as const, answered_at: now, updated_at: now };
			const done = await trx.updateTable('recommendations').set(set).where('id', '=', rec.id).where('status', '=', 'acknowledged').executeTakeFirst();
			if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_answered');
		}
		if (actions.length) {
			await trx
				.insertInto('response_actions')
				.values(actions.map((a, ord) => ({ id: newId(), recommendation_id: rec.id, response_id: responseId, description: a.description, target_date: a.targetDate, status: 'committed' as const, ord })))
				.execute();
		}
		await recordAudit(trx, audit(ctx, rec, pendingApproval ? 'recommendation.extension_requested' : 'recommendation.answered', { decision, newDueAt, actions: actions.length }), now);
		if (pendingApproval) {
			const admins = await trx.selectFrom('users').select('id').where('is_admin', '=', 1).where('status', '=', 'active').execute();
			for (const a of admins) {
				await notify(trx, { userId: a.id, kind: 'deadline', title: `${ctx.body.name} asks for more time again`, body: `${ctx.body.name} asks for a second extension for “${rec.title}”. It needs an admin's approval.`, url: '/admin/extensions', dedupeKey: `extension:${responseId}:${a.id}` }, now);
			}
		} else {
			await notifyCommittee(trx, rec.committee_id, [rec], `answer:${responseId}`, decision === 'more_time' ? `given a new answer date by ${ctx.body.name}` : `answered by ${ctx.body.name}`, now);
		}
	});
	publishStatus({ ...rec, status: pendingApproval || decision === 'more_time' ? 'acknowledged' : 'answered' });
	return { responseId, pendingApproval };
}

export interface PendingExtension {
	responseId: string;
	recommendationId: string;
	title: string;
	bodyName: string;
	committeeName: string;
	rationale: string;
	currentDueAt: number | null;
	newDueAt: number;
	requestedAt: number;
}

/** For admins: second requests for more time, waiting for a decision. */
export async function listPendingExtensions(db: Db, actor: Actor): Promise<PendingExtension[]> {
	requireAdmin(actor);
	const rows = await db
		.selectFrom('responses')
		.innerJoin('recommendations as r', 'r.id', 'responses.recommendation_id')
		.innerJoin('government_bodies as b', 'b.id', 'r.body_id')
		.innerJoin('committees as c', 'c.id', 'r.committee_id')
		.select(['responses.id', 'responses.rationale', 'responses.new_due_at', 'responses.created_at', 'r.id as rid', 'r.title', 'r.answer_due_at', 'b.name as body_name', 'c.name as committee_name'])
		.where('responses.state', '=', 'pending_approval')
		.orderBy('responses.created_at')
		.execute();
	return rows.map((r) => ({ responseId: r.id, recommendationId: r.rid, title: r.title, bodyName: r.body_name, committeeName: r.committee_name, rationale: r.rationale, currentDueAt: r.answer_due_at, newDueAt: r.new_due_at!, requestedAt: r.created_at }));
}

/** An admin grants or refuses a second (or later) request for more time. */
export async function decideExtension(db: Db, actor: Actor, input: { responseId: string; approve: boolean; reason: string }, now = Date.now()): Promise<void> {
	const admin = requireAdmin(actor);
	const reason = text(input.reason, 1000, 'reason');
	const response = await db.selectFrom('responses').selectAll().where('id', '=', input.responseId).executeTakeFirst();
	if (!response) throw new DomainError('not_found', 'error_extension_not_found');
	const rec = await db.selectFrom('recommendations').selectAll().where('id', '=', response.recommendation_id).executeTakeFirstOrThrow();
	await db.transaction().execute(async (trx) => {
		const done = await trx
			.updateTable('responses')
			.set({ state: input.approve ? 'published' : 'refused', decided_by: admin.id, decided_at: now })
			.where('id', '=', response.id)
			.where('state', '=', 'pending_approval')
			.executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_decided');
		if (input.approve) {
			if (rec.status !== 'acknowledged') throw new DomainError('conflict', 'error_already_answered');
			await trx.updateTable('recommendations').set({ decision: 'more_time', answer_due_at: response.new_due_at, extensions: rec.extensions + 1, updated_at: now }).where('id', '=', rec.id).execute();
			await notifyCommittee(trx, rec.committee_id, [rec], `answer:${response.id}`, 'given a new answer date', now);
		}
		await recordAudit(trx, { actorId: admin.id, action: input.approve ? 'extension.approved' : 'extension.refused', committeeId: rec.committee_id, subjectType: 'recommendation', subjectId: rec.id, reason, data: { responseId: response.id } }, now);
		if (response.official_id) {
			await notify(trx, { userId: response.official_id, kind: 'deadline', title: `More time ${input.approve ? 'granted' : 'refused'}: “${rec.title}”`, body: reason, url: `/government/${rec.body_id}/recommendations/${rec.id}`, dedupeKey: `extension-decided:${response.id}` }, now);
		}
	});
	publishStatus(rec);
}

export const ACTION_STATUSES: ActionStatus[] = ['committed', 'in_progress', 'done', 'dropped'];

/** "You said, we did": an update on the answer, optionally on one committed action and its status. */
export async function postProgressUpdate(db: Db, actor: GovActor, input: { recommendationId: string; actionId?: string | null; body: string; actionStatus?: string | null }, now = Date.now()): Promise<string> {
	const { rec, ctx } = await requireSentRecommendation(db, actor, input.recommendationId);
	requireNotWithdrawn(rec);
	if (rec.status !== 'answered') throw new DomainError('conflict', 'error_update_before_answer');
	const body = text(input.body, UPDATE_MAX, 'body');
	const actionId = input.actionId || null;
	const status = input.actionStatus || null;
	if (status !== null && !ACTION_STATUSES.includes(status as ActionStatus)) throw new DomainError('invalid', 'error_invalid_value', {}, 'actionStatus');
	if (status !== null && actionId === null) throw new DomainError('invalid', 'error_required', {}, 'actionId');
	if (actionId) {
		const action = await db.selectFrom('response_actions').select('id').where('id', '=', actionId).where('recommendation_id', '=', rec.id).executeTakeFirst();
		if (!action) throw new DomainError('invalid', 'error_action_not_found', {}, 'actionId');
	}
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx.insertInto('progress_updates').values({ id, recommendation_id: rec.id, action_id: actionId, official_id: ctx.user?.id ?? null, body, action_status: status as ActionStatus | null, created_at: now }).execute();
		if (actionId && status) await trx.updateTable('response_actions').set({ status: status as ActionStatus }).where('id', '=', actionId).execute();
		await trx.updateTable('recommendations').set({ updated_at: now }).where('id', '=', rec.id).execute();
		await recordAudit(trx, audit(ctx, rec, 'recommendation.progress_update', { updateId: id, actionId, status }), now);
		await notifyCommittee(trx, rec.committee_id, [rec], `update:${id}`, `updated by ${ctx.body.name}`, now);
	});
	publishStatus(rec, 'updated');
	return id;
}

/** The body replies to a member's follow-up question (published ones only; once). */
export async function replyToFollowUp(db: Db, actor: GovActor, input: { recommendationId: string; questionId: string; reply: string }, now = Date.now()): Promise<void> {
	const { rec, ctx } = await requireSentRecommendation(db, actor, input.recommendationId);
	requireNotWithdrawn(rec);
	const reply = text(input.reply, UPDATE_MAX, 'reply');
	const q = await db.selectFrom('follow_up_questions').selectAll().where('id', '=', input.questionId).where('recommendation_id', '=', rec.id).where('state', '=', 'published').executeTakeFirst();
	if (!q) throw new DomainError('not_found', 'error_question_not_found');
	await db.transaction().execute(async (trx) => {
		const done = await trx
			.updateTable('follow_up_questions')
			.set({ reply, replied_by: ctx.user?.id ?? null, replied_at: now })
			.where('id', '=', q.id)
			.where('replied_at', 'is', null)
			.executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_replied');
		await recordAudit(trx, audit(ctx, rec, 'follow_up.replied', { questionId: q.id }), now);
		await notify(trx, { userId: q.author_id, kind: 'recommendation_status', title: `${ctx.body.name} replied to your question`, body: `About “${rec.title}”: ${reply.slice(0, 300)}`, url: `/recommendations/${rec.id}`, dedupeKey: `reply:${q.id}` }, now);
	});
	publishStatus(rec, 'updated');
}
