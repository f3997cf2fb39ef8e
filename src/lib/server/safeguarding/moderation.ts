// The facilitators' review queue: comments the screen or pre-moderation held, with what was found where, and the
// decisions on them. Every decision is logged with its reason and announced in the moderation:<committeeId> room.
//   approve  held or hidden → published
//   hide     published → hidden (out of sight, kept for moderators; can be approved back)
//   remove   → removed for good (the words stay for moderators and the log)
//   redact   held or published → published with the personal information masked; the original kept as an edit
//   escalate → removed, and a confidential concern for the safeguarding leads
import type { Db } from '../db/index';
import type { CommentState, ReportReason } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { requireCanWrite, requireCommitteeRole, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { publish } from '../events';
import { renderMarkdown } from '../consultations/markdown';
import { commentView } from '../consultations/comments';
import { requireConsultation } from '../consultations/consultations';
import { raiseConcern } from './concerns';
import { publicBaseUrl } from '../notifications/email-outbox';
import { spanReasons, storedHoldReasons } from './intake';
import { screenText, type Reason } from './screen/index';

export type ModerationAction = 'approve' | 'hide' | 'remove' | 'redact' | 'escalate';

const FROM: Record<ModerationAction, CommentState[]> = {
	// Approving a published comment keeps it and closes the reports against it.
	approve: ['held', 'hidden', 'published'],
	hide: ['published'],
	remove: ['held', 'published', 'hidden'],
	redact: ['held', 'published'],
	escalate: ['held', 'published', 'hidden']
};

/** What the comment becomes. */
const TO: Record<ModerationAction, CommentState> = { approve: 'published', hide: 'hidden', remove: 'removed', redact: 'published', escalate: 'removed' };

export const REDACTED = '[removed to keep you safe]';

/** Masks every personal-information span the screen finds; the rest of the text stays as written. */
export function redact(text: string, reasons: Reason[] = screenText(text).reasons): string {
	const spans = reasons.filter((r) => r.kind === 'personal_info' || r.kind === 'contact_request').sort((a, b) => a.start - b.start);
	let out = '';
	let at = 0;
	for (const s of spans) {
		if (s.start < at) continue;
		out += text.slice(at, s.start) + REDACTED;
		at = s.end;
	}
	return out + text.slice(at);
}

export interface Decision {
	commentId: string;
	action: ModerationAction;
	/** Why: required for every action but approving. */
	reason: string;
}

export async function moderateComment(db: Db, actor: Actor, input: Decision, now = Date.now(), baseUrl = publicBaseUrl()): Promise<void> {
	const row = await db.selectFrom('comments').selectAll().where('id', '=', input.commentId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_comment_not_found');
	const access = await requireConsultation(db, actor, row.consultation_id, 'facilitator', now);
	const reason = input.reason.trim();
	if (input.action !== 'approve' && !reason) throw new DomainError('invalid', 'error_moderation_reason_required', {}, 'reason');
	if (!FROM[input.action].includes(row.state)) throw new DomainError('conflict', 'error_already_decided');
	const openReports = await db.selectFrom('comment_reports').select('id').where('comment_id', '=', row.id).where('handled_at', 'is', null).execute();
	if (input.action === 'approve' && row.state === 'published' && openReports.length === 0) throw new DomainError('conflict', 'error_already_decided');

	const state = TO[input.action];
	const redacted = input.action === 'redact' ? redactedText(row.body, row.screen_reasons, row.state) : null;
	if (redacted && redacted.body === row.body) throw new DomainError('conflict', 'error_nothing_to_redact');
	await db.transaction().execute(async (trx) => {
		// A second moderator deciding at the same moment: only the first decision lands.
		const changed = { state, ...(redacted ? { ...redacted, edited_at: now } : {}) };
		if (input.action === 'redact') await trx.insertInto('comment_edits').values({ id: newId(), comment_id: row.id, previous_body: row.body, edited_at: now }).execute();
		const result = await trx.updateTable('comments').set(changed).where('id', '=', row.id).where('state', '=', row.state).executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_decided');
		// Whoever reported it will see that a facilitator looked.
		await trx.updateTable('comment_reports').set({ handled_at: now }).where('comment_id', '=', row.id).where('handled_at', 'is', null).execute();
		await recordAudit(
			trx,
			{ actorId: access.user.id, action: `comment.${input.action}`, committeeId: access.committee.id, subjectType: 'comment', subjectId: row.id, reason: reason || null, data: { from: row.state, to: state } },
			now
		);
	});
	if (input.action === 'escalate') {
		await raiseConcern(db, { committeeId: access.committee.id, authorId: row.author_id, consultationId: row.consultation_id, source: 'comment', text: row.body, reasons: screenText(row.body).reasons }, baseUrl, now);
	}
	// What the room sees changes only if the comment was, or now is, public.
	if (state === 'published' && (row.state !== 'published' || input.action === 'redact')) {
		const view = await commentView(db, row.id);
		publish(row.state === 'published' ? 'comment.updated' : 'comment.created', { consultationId: row.consultation_id, comment: view });
	} else if (row.state === 'published') publish('comment.removed', { consultationId: row.consultation_id, commentId: row.id });
	publish('moderation.changed', { committeeId: access.committee.id });
}

function redactedText(body: string, stored: string | null, state: CommentState): { body: string; body_html: string; screen_reasons: null } {
	const reasons = spanReasons(storedHoldReasons(stored, state));
	// Stored spans were found in this very text; if there are none (pre-moderation), the screen looks again.
	const text = redact(body, reasons.length ? reasons : undefined);
	return { body: text, body_html: renderMarkdown(text), screen_reasons: null };
}

/** A shorthand for the commonest decision, used by the consultation page's "Approve" button. */
export function approveComment(db: Db, actor: Actor, commentId: string, now = Date.now()): Promise<void> {
	return moderateComment(db, actor, { commentId, action: 'approve', reason: '' }, now);
}

export interface QueueItem {
	commentId: string;
	consultationId: string;
	consultationTitle: string;
	authorId: string;
	authorName: string;
	/** Only youth members can be muted or suspended from the desk. */
	authorIsMember: boolean;
	state: CommentState;
	/** The text in pieces, each marked with the kind the screen found there, for highlighting without HTML. */
	pieces: { text: string; kind: string | null }[];
	kinds: string[];
	/** Open reports by members, per reason. */
	reports: Partial<Record<ReportReason, number>>;
	createdAt: number;
}

/** The committee's comments waiting for a decision: held, hidden, or published with open reports. */
function queued(db: Db, committeeId: string) {
	return db
		.selectFrom('comments')
		.innerJoin('consultations', 'consultations.id', 'comments.consultation_id')
		.where('consultations.committee_id', '=', committeeId)
		.where((eb) =>
			eb.or([
				eb('comments.state', 'in', ['held', 'hidden']),
				eb.and([eb('comments.state', '=', 'published'), eb.exists(eb.selectFrom('comment_reports').select('comment_reports.id').whereRef('comment_reports.comment_id', '=', 'comments.id').where('comment_reports.handled_at', 'is', null))])
			])
		);
}

/** How many comments wait in the committee's queue, for the link to it. */
export async function queueSize(db: Db, actor: Actor, committeeId: string): Promise<number> {
	await requireCommitteeRole(db, actor, committeeId, 'facilitator');
	const row = await queued(db, committeeId).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}

/** The committee's held, hidden and reported comments, oldest first: for its facilitators (and leads and admins). */
export async function listQueue(db: Db, actor: Actor, committeeId: string): Promise<QueueItem[]> {
	await requireCommitteeRole(db, actor, committeeId, 'facilitator');
	const rows = await queued(db, committeeId)
		.innerJoin('users', 'users.id', 'comments.author_id')
		.leftJoin('memberships', (join) => join.onRef('memberships.user_id', '=', 'comments.author_id').onRef('memberships.committee_id', '=', 'consultations.committee_id'))
		.select([
			'comments.id',
			'comments.body',
			'comments.state',
			'comments.screen_reasons',
			'comments.created_at',
			'comments.author_id',
			'consultations.id as consultation_id',
			'consultations.title',
			'users.display_name',
			'memberships.role'
		])
		.orderBy('comments.created_at')
		.execute();
	const reports = rows.length
		? await db
				.selectFrom('comment_reports')
				.select(['comment_id', 'reason', (eb) => eb.fn.countAll<number>().as('n')])
				.where(
					'comment_id',
					'in',
					rows.map((r) => r.id)
				)
				.where('handled_at', 'is', null)
				.groupBy(['comment_id', 'reason'])
				.execute()
		: [];
	return rows.map((r) => {
		const reasons = storedHoldReasons(r.screen_reasons, r.state);
		const own: QueueItem['reports'] = {};
		for (const x of reports) if (x.comment_id === r.id) own[x.reason] = Number(x.n);
		return {
			commentId: r.id,
			consultationId: r.consultation_id,
			consultationTitle: r.title,
			authorId: r.author_id,
			authorName: r.display_name,
			authorIsMember: r.role === 'member',
			state: r.state,
			pieces: pieces(r.body, spanReasons(reasons)),
			kinds: [...new Set(reasons.map((x) => x.kind))].sort(),
			reports: own,
			createdAt: r.created_at
		};
	});
}

/**
 * A member reports a comment they can see. One report per member per comment; when the committee's threshold of
 * distinct members is reached, the comment is hidden until a facilitator decides.
 */
export async function reportComment(db: Db, actor: Actor, input: { commentId: string; reason: ReportReason }, now = Date.now()): Promise<{ hidden: boolean }> {
	const me = requireCanWrite(actor);
	const row = await db.selectFrom('comments').select(['id', 'author_id', 'state', 'consultation_id']).where('id', '=', input.commentId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_comment_not_found');
	const access = await requireConsultation(db, actor, row.consultation_id, 'member', now);
	if (row.state !== 'published') throw new DomainError('not_found', 'error_comment_not_found');
	if (row.author_id === me.id) throw new DomainError('invalid', 'error_report_own_comment');
	const hidden = await db.transaction().execute(async (trx) => {
		const already = await trx.selectFrom('comment_reports').select('id').where('comment_id', '=', row.id).where('reporter_id', '=', me.id).executeTakeFirst();
		if (already) throw new DomainError('conflict', 'error_already_reported');
		await trx.insertInto('comment_reports').values({ id: newId(), comment_id: row.id, reporter_id: me.id, reason: input.reason, created_at: now, handled_at: null }).execute();
		const open = await trx.selectFrom('comment_reports').select((eb) => eb.fn.countAll<number>().as('n')).where('comment_id', '=', row.id).where('handled_at', 'is', null).executeTakeFirstOrThrow();
		if (Number(open.n) < access.committee.report_threshold) return false;
		await trx.updateTable('comments').set({ state: 'hidden' }).where('id', '=', row.id).where('state', '=', 'published').execute();
		await recordAudit(trx, { actorId: null, action: 'comment.hidden_by_reports', committeeId: access.committee.id, subjectType: 'comment', subjectId: row.id, data: { reports: Number(open.n) } }, now);
		return true;
	});
	if (hidden) publish('comment.removed', { consultationId: row.consultation_id, commentId: row.id });
	publish('moderation.changed', { committeeId: access.committee.id });
	return { hidden };
}

/** What became of the reports a member made in one consultation: comment id → 'open' or 'handled'. */
export async function myReports(db: Db, userId: string, consultationId: string): Promise<Record<string, 'open' | 'handled'>> {
	const rows = await db
		.selectFrom('comment_reports')
		.innerJoin('comments', 'comments.id', 'comment_reports.comment_id')
		.select(['comment_reports.comment_id', 'comment_reports.handled_at'])
		.where('comment_reports.reporter_id', '=', userId)
		.where('comments.consultation_id', '=', consultationId)
		.execute();
	return Object.fromEntries(rows.map((r) => [r.comment_id, r.handled_at === null ? 'open' : 'handled']));
}

function pieces(text: string, spans: Reason[]): QueueItem['pieces'] {
	const out: QueueItem['pieces'] = [];
	let at = 0;
	for (const s of [...spans].sort((a, b) => a.start - b.start)) {
		if (s.start < at) continue;
		if (s.start > at) out.push({ text: text.slice(at, s.start), kind: null });
		out.push({ text: text.slice(s.start, s.end), kind: s.kind });
		at = s.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), kind: null });
	return out;
}
