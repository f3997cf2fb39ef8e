// Confidential safeguarding concerns: what the screen read as a young person telling of harm or of wanting to hurt
// themselves. Never published; seen by the committee's safeguarding leads and admins only; the words are kept
// verbatim and never deleted. Leads get a live alert and an email that says a concern is waiting, never what it says.
import type { Db } from '../db/index';
import type { ConcernStatus, SafeguardingConcern } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { requireCommitteeRole, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { enqueueEmail } from '../notifications/email-outbox';
import { publish } from '../events';
import type { Reason } from './screen/index';

export interface NewConcern {
	committeeId: string;
	authorId: string;
	consultationId: string | null;
	/** Where the words were written: a comment, a position or a comment on one, or a member's request to review a restriction. */
	source: 'comment' | 'position' | 'position_comment' | 'review_request' | 'recommendation' | 'follow_up';
	text: string;
	reasons: Reason[];
}

export async function raiseConcern(db: Db, input: NewConcern, baseUrl: string, now = Date.now()): Promise<string> {
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('safeguarding_concerns')
			.values({
				id,
				committee_id: input.committeeId,
				author_id: input.authorId,
				consultation_id: input.consultationId,
				source: input.source,
				text: input.text,
				reasons: JSON.stringify(input.reasons),
				status: 'new',
				created_at: now,
				updated_at: now
			})
			.execute();
		// The log says that a concern was raised and why in kinds, never what the young person wrote.
		await recordAudit(trx, { actorId: input.authorId, action: 'concern.raised', committeeId: input.committeeId, subjectType: 'concern', subjectId: id, data: { kinds: [...new Set(input.reasons.map((r) => r.kind))].sort() } }, now);
		const leads = await trx
			.selectFrom('memberships')
			.innerJoin('users', 'users.id', 'memberships.user_id')
			.innerJoin('committees', 'committees.id', 'memberships.committee_id')
			.select(['users.email', 'users.display_name', 'committees.name'])
			.where('memberships.committee_id', '=', input.committeeId)
			.where('memberships.role', '=', 'safeguarding_lead')
			.execute();
		for (const lead of leads) {
			await enqueueEmail(
				trx,
				{
					to: lead.email,
					subject: `Youth Voice: a safeguarding concern in ${lead.name}`,
					text: `Hello ${lead.display_name},\n\nA young person in ${lead.name} wrote something that may mean they are at risk. It was not published.\n\nRead it and act on it here: ${baseUrl}/committees/${input.committeeId}/safeguarding/${id}\n\nFor the young person's privacy this email does not contain what they wrote.`,
					dedupeKey: `concern:${id}:${lead.email}`
				},
				now
			);
		}
	});
	publish('concern.raised', { committeeId: input.committeeId, concernId: id });
	return id;
}

export interface ConcernView {
	id: string;
	committeeId: string;
	authorName: string;
	consultationTitle: string | null;
	source: string;
	text: string;
	kinds: string[];
	status: SafeguardingConcern['status'];
	createdAt: number;
}

function toView(row: SafeguardingConcern & { author_name: string; consultation_title: string | null }): ConcernView {
	const reasons = JSON.parse(row.reasons) as Reason[];
	return {
		id: row.id,
		committeeId: row.committee_id,
		authorName: row.author_name,
		consultationTitle: row.consultation_title,
		source: row.source,
		text: row.text,
		kinds: [...new Set(reasons.map((r) => r.kind))].sort(),
		status: row.status,
		createdAt: row.created_at
	};
}

function concernQuery(db: Db) {
	return db
		.selectFrom('safeguarding_concerns')
		.innerJoin('users', 'users.id', 'safeguarding_concerns.author_id')
		.leftJoin('consultations', 'consultations.id', 'safeguarding_concerns.consultation_id')
		.selectAll('safeguarding_concerns')
		.select(['users.display_name as author_name', 'consultations.title as consultation_title']);
}

/** The committee's concerns, newest first: safeguarding leads of that committee and admins only. */
export async function listConcerns(db: Db, actor: Actor, committeeId: string): Promise<ConcernView[]> {
	await requireCommitteeRole(db, actor, committeeId, 'safeguarding_lead');
	const rows = await concernQuery(db).where('safeguarding_concerns.committee_id', '=', committeeId).orderBy('safeguarding_concerns.created_at', 'desc').execute();
	return rows.map(toView);
}

export interface ConcernNote {
	authorName: string;
	body: string;
	statusFrom: ConcernStatus;
	statusTo: ConcernStatus;
	createdAt: number;
}

export async function getConcern(db: Db, actor: Actor, committeeId: string, concernId: string): Promise<ConcernView & { notes: ConcernNote[] }> {
	await requireCommitteeRole(db, actor, committeeId, 'safeguarding_lead');
	const row = await concernQuery(db).where('safeguarding_concerns.id', '=', concernId).where('safeguarding_concerns.committee_id', '=', committeeId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_concern_not_found');
	const notes = await db
		.selectFrom('safeguarding_concern_notes')
		.innerJoin('users', 'users.id', 'safeguarding_concern_notes.author_id')
		.select(['users.display_name', 'safeguarding_concern_notes.body', 'safeguarding_concern_notes.status_from', 'safeguarding_concern_notes.status_to', 'safeguarding_concern_notes.created_at'])
		.where('safeguarding_concern_notes.concern_id', '=', concernId)
		.orderBy('safeguarding_concern_notes.created_at')
		.execute();
	return {
		...toView(row),
		notes: notes.map((n) => ({ authorName: n.display_name, body: n.body, statusFrom: n.status_from, statusTo: n.status_to, createdAt: n.created_at }))
	};
}

export const CONCERN_STATUSES: ConcernStatus[] = ['new', 'in_progress', 'referred', 'closed'];

/** A lead records what they did and where the concern stands now. The note stays with the concern, never in the log. */
export async function addConcernNote(db: Db, actor: Actor, input: { committeeId: string; concernId: string; status: ConcernStatus; note: string }, now = Date.now()): Promise<void> {
	const { user } = await requireCommitteeRole(db, actor, input.committeeId, 'safeguarding_lead');
	const note = input.note.trim();
	if (!note) throw new DomainError('invalid', 'error_concern_note_required', {}, 'note');
	const row = await db.selectFrom('safeguarding_concerns').select(['id', 'status']).where('id', '=', input.concernId).where('committee_id', '=', input.committeeId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_concern_not_found');
	await db.transaction().execute(async (trx) => {
		await trx.insertInto('safeguarding_concern_notes').values({ id: newId(), concern_id: row.id, author_id: user.id, body: note, status_from: row.status, status_to: input.status, created_at: now }).execute();
		await trx.updateTable('safeguarding_concerns').set({ status: input.status, updated_at: now }).where('id', '=', row.id).execute();
		await recordAudit(trx, { actorId: user.id, action: 'concern.noted', committeeId: input.committeeId, subjectType: 'concern', subjectId: row.id, data: { from: row.status, to: input.status } }, now);
	});
}
