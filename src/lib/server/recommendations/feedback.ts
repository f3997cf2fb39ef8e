// After an answer arrives, the committee's youth members say whether they understood it and whether it answers
// their recommendation (one view per member, changeable), and each may send one follow-up question, screened like
// every text a member writes. The body sees the counts and the published questions, never who wrote what.
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { hasRoleAtLeast, requireCanWrite, requireNotRestricted, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { reviewInCommittee } from '../safeguarding/intake';
import { raiseConcern } from '../safeguarding/concerns';
import { notify } from '../notifications/notify';
import { publicBaseUrl } from '../notifications/email-outbox';
import { requireRecommendation } from './access';
import { publishStatus } from './adoption';

export const QUESTION_MAX = 1000;
export const ANSWERS_IT = ['yes', 'partly', 'no'] as const;
export type AnswersIt = (typeof ANSWERS_IT)[number];

async function requireAnsweredForMember(db: Db, actor: Actor, recommendationId: string, now: number) {
	requireCanWrite(actor);
	const ra = await requireRecommendation(db, actor, recommendationId, 'member', now);
	if (ra.access.role !== 'member') throw new DomainError('forbidden', 'error_only_members_feedback');
	requireNotRestricted(ra.access);
	if (ra.rec.status !== 'answered') throw new DomainError('conflict', 'error_feedback_before_answer');
	return ra;
}

export async function giveFeedback(db: Db, actor: Actor, input: { recommendationId: string; understood: boolean; answersIt: string }, now = Date.now()): Promise<void> {
	const { rec, access } = await requireAnsweredForMember(db, actor, input.recommendationId, now);
	if (!ANSWERS_IT.includes(input.answersIt as AnswersIt)) throw new DomainError('invalid', 'error_invalid_value', {}, 'answersIt');
	await db
		.insertInto('recommendation_feedback')
		.values({ recommendation_id: rec.id, user_id: access.user.id, understood: input.understood ? 1 : 0, answers_it: input.answersIt as AnswersIt, created_at: now, updated_at: now })
		.onConflict((oc) => oc.columns(['recommendation_id', 'user_id']).doUpdateSet({ understood: input.understood ? 1 : 0, answers_it: input.answersIt as AnswersIt, updated_at: now }))
		.execute();
	publishStatus(rec, 'updated');
}

export type QuestionResult = { id: string; held: boolean; concern: null } | { id: null; held: false; concern: { id: string } };

/** A member's one follow-up question to the body about its answer. */
export async function askFollowUp(db: Db, actor: Actor, input: { recommendationId: string; body: string }, now = Date.now(), baseUrl = publicBaseUrl()): Promise<QuestionResult> {
	const { rec, access } = await requireAnsweredForMember(db, actor, input.recommendationId, now);
	const body = input.body.replace(/\r\n?/g, '\n').trim();
	if (!body) throw new DomainError('invalid', 'error_required', {}, 'body');
	if (body.length > QUESTION_MAX) throw new DomainError('invalid', 'error_text_too_long', { max: QUESTION_MAX }, 'body');
	const existing = await db.selectFrom('follow_up_questions').select('id').where('recommendation_id', '=', rec.id).where('author_id', '=', access.user.id).executeTakeFirst();
	if (existing) throw new DomainError('conflict', 'error_one_question');
	const verdict = await reviewInCommittee(db, access, body);
	if (verdict.state === 'concern') {
		const id = await raiseConcern(db, { committeeId: rec.committee_id, authorId: access.user.id, consultationId: rec.consultation_id, source: 'follow_up', text: body, reasons: verdict.reasons }, baseUrl, now);
		return { id: null, held: false, concern: { id } };
	}
	const held = verdict.state === 'held';
	const id = newId();
	await db.transaction().execute(async (trx) => {
		const inserted = await trx
			.insertInto('follow_up_questions')
			.values({ id, recommendation_id: rec.id, author_id: access.user.id, body, state: held ? 'held' : 'published', screen_reasons: held ? JSON.stringify(verdict.reasons) : null, created_at: now, reply: null, replied_by: null, replied_at: null })
			.onConflict((oc) => oc.columns(['recommendation_id', 'author_id']).doNothing())
			.executeTakeFirst();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new DomainError('conflict', 'error_one_question');
		if (!held) await notifyOfficials(trx, rec.body_id, rec.id, rec.title, id, now);
	});
	publishStatus(rec, 'updated');
	return { id, held, concern: null };
}

async function notifyOfficials(db: Db, bodyId: string, recommendationId: string, title: string, questionId: string, now: number): Promise<void> {
	const officials = await db.selectFrom('officials').select('user_id').where('body_id', '=', bodyId).execute();
	for (const o of officials) {
		await notify(db, { userId: o.user_id, kind: 'recommendation_inbox', title: `A follow-up question about “${title}”`, body: 'A member of the committee asked a follow-up question about your answer.', url: `/government/${bodyId}/recommendations/${recommendationId}`, dedupeKey: `question:${questionId}:${o.user_id}` }, now);
	}
}

/** A facilitator approves or removes a held follow-up question (audited with the reason). */
export async function decideHeldQuestion(db: Db, actor: Actor, input: { recommendationId: string; questionId: string; approve: boolean; reason: string }, now = Date.now()): Promise<void> {
	const { rec, access } = await requireRecommendation(db, actor, input.recommendationId, 'facilitator', now);
	if (!hasRoleAtLeast(access.role, 'facilitator')) throw new DomainError('forbidden', 'error_role_required');
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('invalid', 'error_required', {}, 'reason');
	if (reason.length > 500) throw new DomainError('invalid', 'error_text_too_long', { max: 500 }, 'reason');
	await db.transaction().execute(async (trx) => {
		const done = await trx
			.updateTable('follow_up_questions')
			.set({ state: input.approve ? 'published' : 'removed' })
			.where('id', '=', input.questionId)
			.where('recommendation_id', '=', rec.id)
			.where('state', '=', 'held')
			.executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_decided');
		await recordAudit(trx, { actorId: access.user.id, action: input.approve ? 'follow_up.approved' : 'follow_up.removed', committeeId: rec.committee_id, subjectType: 'follow_up_question', subjectId: input.questionId, reason }, now);
		if (input.approve) await notifyOfficials(trx, rec.body_id, rec.id, rec.title, input.questionId, now);
	});
	publishStatus(rec, 'updated');
}
