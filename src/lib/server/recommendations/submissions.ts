// A facilitator sends adopted recommendations to the government body they are addressed to — one, or several
// together as a submission. From that moment the body's clocks run (deadlines.ts): acknowledge within its N days,
// answer within its M days. The body's officials are notified (and emailed, by default); the committee hears it live.
import type { Db } from '../db/index';
import type { Recommendation } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { notify } from '../notifications/notify';
import { requireCommitteeRole } from '../auth/guards';
import { dueDates } from './deadlines';
import { publishStatus } from './adoption';
import { requireRecommendation } from './access';

export const NOTE_MAX = 2000;

/** Adopted recommendations of a committee, addressed to one body, sent together. Returns the submission's id. */
export async function submitRecommendations(db: Db, actor: Actor, input: { committeeId: string; recommendationIds: string[]; note: string }, now = Date.now()): Promise<string> {
	const access = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	const ids = [...new Set(input.recommendationIds)];
	if (ids.length === 0) throw new DomainError('invalid', 'error_submit_none', {}, 'recommendationIds');
	const note = input.note.replace(/\r\n?/g, '\n').trim();
	if (note.length > NOTE_MAX) throw new DomainError('invalid', 'error_text_too_long', { max: NOTE_MAX }, 'note');
	// Settle any adoption ballot that has closed, so a recommendation adopted a moment ago can be sent.
	const recs: Recommendation[] = [];
	for (const id of ids) {
		const { rec } = await requireRecommendation(db, actor, id, 'facilitator', now);
		if (rec.committee_id !== input.committeeId) throw new DomainError('not_found', 'error_recommendation_not_found', {}, 'recommendationIds');
		recs.push(rec);
	}
	if (recs.some((r) => r.status !== 'adopted')) throw new DomainError('conflict', 'error_submit_not_adopted', {}, 'recommendationIds');
	const bodyIds = new Set(recs.map((r) => r.body_id));
	if (bodyIds.size !== 1) throw new DomainError('invalid', 'error_submit_one_body', {}, 'recommendationIds');
	const bodyId = recs[0]!.body_id;
	const body = await db.selectFrom('government_bodies').selectAll().where('id', '=', bodyId).executeTakeFirstOrThrow();
	const { acknowledgeDueAt, answerDueAt } = dueDates(now, body);
	const submissionId = newId();
	await db.transaction().execute(async (trx) => {
		await trx.insertInto('submissions').values({ id: submissionId, committee_id: input.committeeId, body_id: bodyId, note: note || null, submitted_by: access.user.id, submitted_at: now }).execute();
		const moved = await trx
			.updateTable('recommendations')
			.set({ status: 'submitted', submission_id: submissionId, submitted_at: now, acknowledge_due_at: acknowledgeDueAt, answer_due_at: answerDueAt, updated_at: now })
			.where('id', 'in', ids)
			.where('status', '=', 'adopted')
			.executeTakeFirst();
		if (Number(moved.numUpdatedRows) !== ids.length) throw new DomainError('conflict', 'error_submit_not_adopted', {}, 'recommendationIds');
		for (const rec of recs) {
			await recordAudit(trx, { actorId: access.user.id, action: 'recommendation.submitted', committeeId: input.committeeId, subjectType: 'recommendation', subjectId: rec.id, data: { submissionId, bodyId } }, now);
		}
		const officials = await trx.selectFrom('officials').select('user_id').where('body_id', '=', bodyId).execute();
		const titles = recs.map((r) => `• ${r.title}`).join('\n');
		for (const o of officials) {
			await notify(
				trx,
				{
					userId: o.user_id,
					kind: 'recommendation_inbox',
					title: `${recs.length === 1 ? 'A recommendation' : `${recs.length} recommendations`} from ${access.committee.name}`,
					body: `${access.committee.name} sent ${body.name}:\n${titles}\nPlease acknowledge within ${body.acknowledge_within_days} days and answer within ${body.respond_within_days} days.`,
					url: `/government/${bodyId}`,
					dedupeKey: `submitted:${submissionId}:${o.user_id}`
				},
				now
			);
		}
		await notifyCommittee(trx, input.committeeId, recs, 'submitted', `sent to ${body.name}`, now);
	});
	for (const rec of recs) publishStatus({ ...rec, status: 'submitted' });
	return submissionId;
}

/** Tells the committee's members and facilitators that their recommendation moved. */
export async function notifyCommittee(db: Db, committeeId: string, recs: Pick<Recommendation, 'id' | 'title'>[], step: string, what: string, now: number): Promise<void> {
	const people = await db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select('memberships.user_id')
		.where('memberships.committee_id', '=', committeeId)
		.where('users.status', '=', 'active')
		.execute();
	for (const rec of recs) {
		for (const p of people) {
			await notify(db, { userId: p.user_id, kind: 'recommendation_status', title: `“${rec.title}”: ${what}`, body: `Your committee's recommendation “${rec.title}” was ${what}.`, url: `/recommendations/${rec.id}`, dedupeKey: `rec:${rec.id}:${step}:${p.user_id}` }, now);
		}
	}
}

/**
 * A facilitator withdraws a recommendation that has not been answered yet (a draft, or one sent in error), with a
 * reason that stays on its public record when it had been submitted. Its clocks stop.
 */
export async function withdrawRecommendation(db: Db, actor: Actor, input: { recommendationId: string; reason: string }, now = Date.now()): Promise<void> {
	const { rec, access, facilitating } = await requireRecommendation(db, actor, input.recommendationId, 'facilitator', now);
	if (!facilitating) throw new DomainError('forbidden', 'error_role_required');
	const reason = input.reason.replace(/\r\n?/g, '\n').trim();
	if (!reason) throw new DomainError('invalid', 'error_required', {}, 'reason');
	if (reason.length > 1000) throw new DomainError('invalid', 'error_text_too_long', { max: 1000 }, 'reason');
	if (rec.status === 'voting') throw new DomainError('conflict', 'error_recommendation_in_vote');
	if (rec.status === 'answered' || rec.status === 'withdrawn') throw new DomainError('conflict', 'error_recommendation_cannot_withdraw');
	await db.transaction().execute(async (trx) => {
		const done = await trx
			.updateTable('recommendations')
			.set({ status: 'withdrawn', withdrawn_at: now, withdrawn_reason: reason, updated_at: now })
			.where('id', '=', rec.id)
			.where('status', '=', rec.status)
			.executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_recommendation_cannot_withdraw');
		await recordAudit(trx, { actorId: access.user.id, action: 'recommendation.withdrawn', committeeId: rec.committee_id, subjectType: 'recommendation', subjectId: rec.id, reason }, now);
		if (rec.submitted_at !== null) {
			const officials = await trx.selectFrom('officials').select('user_id').where('body_id', '=', rec.body_id).execute();
			for (const o of officials) {
				await notify(trx, { userId: o.user_id, kind: 'recommendation_inbox', title: `Withdrawn: “${rec.title}”`, body: `The committee withdrew “${rec.title}”: ${reason}`, url: `/government/${rec.body_id}/recommendations/${rec.id}`, dedupeKey: `withdrawn:${rec.id}:${o.user_id}` }, now);
			}
		}
	});
	publishStatus({ ...rec, status: 'withdrawn' });
}
