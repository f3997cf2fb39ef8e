// The facilitators' review queue: comments the screen or pre-moderation held, with what was found where, and the
// decisions on them. Every decision is logged with its reason and announced in the moderation:<committeeId> room.
//   approve  held or hidden → published
//   hide     published → hidden (out of sight, kept for moderators; can be approved back)
//   remove   → removed for good (the words stay for moderators and the log)
//   redact   held or published → published with the personal information masked; the original kept as an edit
//   escalate → removed, and a confidential concern for the safeguarding leads
import type { Db } from '../db/index';
import type { CommentState } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { requireCommitteeRole, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { publish } from '../events';
import { renderMarkdown } from '../consultations/markdown';
import { commentView } from '../consultations/comments';
import { requireConsultation } from '../consultations/consultations';
import { raiseConcern } from './concerns';
import { screenText, type Reason } from './screen/index';

export type ModerationAction = 'approve' | 'hide' | 'remove' | 'redact' | 'escalate';

const FROM: Record<ModerationAction, CommentState[]> = {
	approve: ['held', 'hidden'],
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

export async function moderateComment(db: Db, actor: Actor, input: Decision, now = Date.now(), baseUrl = process.env.ORIGIN ?? 'http://localhost:3000'): Promise<void> {
	const row = await db.selectFrom('comments').selectAll().where('id', '=', input.commentId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_comment_not_found');
	const access = await requireConsultation(db, actor, row.consultation_id, 'facilitator', now);
	const reason = input.reason.trim();
	if (input.action !== 'approve' && !reason) throw new DomainError('invalid', 'error_moderation_reason_required', {}, 'reason');
	if (!FROM[input.action].includes(row.state)) throw new DomainError('conflict', 'error_already_decided');

	const state = TO[input.action];
	const redacted = input.action === 'redact' ? redactedText(row.body, row.screen_reasons) : null;
	if (redacted && redacted.body === row.body) throw new DomainError('conflict', 'error_nothing_to_redact');
	await db.transaction().execute(async (trx) => {
		// A second moderator deciding at the same moment: only the first decision lands.
		const changed = { state, ...(redacted ? { ...redacted, edited_at: now } : {}) };
		if (input.action === 'redact') await trx.insertInto('comment_edits').values({ id: newId(), comment_id: row.id, previous_body: row.body, edited_at: now }).execute();
		const result = await trx.updateTable('comments').set(changed).where('id', '=', row.id).where('state', '=', row.state).executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_already_decided');
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
	if (state === 'published') {
		const view = await commentView(db, row.id);
		publish(row.state === 'published' ? 'comment.updated' : 'comment.created', { consultationId: row.consultation_id, comment: view });
	} else if (row.state === 'published') publish('comment.removed', { consultationId: row.consultation_id, commentId: row.id });
	publish('moderation.changed', { committeeId: access.committee.id });
}

function redactedText(body: string, stored: string | null): { body: string; body_html: string; screen_reasons: null } {
	const reasons = stored ? (JSON.parse(stored) as (Reason | { kind: string })[]).filter((r): r is Reason => 'start' in r) : undefined;
	// Stored spans were found in this very text; if there are none (pre-moderation), the screen looks again.
	const text = redact(body, reasons?.length ? reasons : undefined);
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
	authorName: string;
	/** The text in pieces, each marked with the kind the screen found there, for highlighting without HTML. */
	pieces: { text: string; kind: string | null }[];
	kinds: string[];
	createdAt: number;
}

/** The committee's held comments, oldest first: for its facilitators (and leads and admins). */
export async function listQueue(db: Db, actor: Actor, committeeId: string): Promise<QueueItem[]> {
	await requireCommitteeRole(db, actor, committeeId, 'facilitator');
	const rows = await db
		.selectFrom('comments')
		.innerJoin('consultations', 'consultations.id', 'comments.consultation_id')
		.innerJoin('users', 'users.id', 'comments.author_id')
		.select(['comments.id', 'comments.body', 'comments.screen_reasons', 'comments.created_at', 'consultations.id as consultation_id', 'consultations.title', 'users.display_name'])
		.where('consultations.committee_id', '=', committeeId)
		.where('comments.state', '=', 'held')
		.orderBy('comments.created_at')
		.execute();
	return rows.map((r) => {
		const reasons = r.screen_reasons ? (JSON.parse(r.screen_reasons) as (Reason | { kind: string })[]) : [{ kind: 'pre_moderation' }];
		return {
			commentId: r.id,
			consultationId: r.consultation_id,
			consultationTitle: r.title,
			authorName: r.display_name,
			pieces: pieces(r.body, reasons.filter((x): x is Reason => 'start' in x)),
			kinds: [...new Set(reasons.map((x) => x.kind))].sort(),
			createdAt: r.created_at
		};
	});
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
