// Consultations on a draft law: facilitators create one from a pasted or uploaded draft, adjust the split into
// sections, publish it, and close it early if needed. Whether a published consultation is upcoming, open or closed
// follows from its dates, so nothing has to run at the opening or closing time.
import type { Db } from '../db/index';
import type { Consultation, Section } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { hasRoleAtLeast, requireCommitteeRole, type Actor, type CommitteeAccess } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { publish } from '../events';
import { fromLocalInput } from '../time';
import { splitDraft, type DraftSection, type SplitFailure } from './split-draft';

export type ConsultationState = 'draft' | 'upcoming' | 'open' | 'closed' | 'archived';

export function consultationState(c: Pick<Consultation, 'status' | 'opens_at' | 'closes_at' | 'closed_at'>, now = Date.now()): ConsultationState {
	if (c.status === 'draft') return 'draft';
	if (c.status === 'archived') return 'archived';
	if (c.closed_at !== null || now >= c.closes_at) return 'closed';
	return now < c.opens_at ? 'upcoming' : 'open';
}

/** A consultation's row without the draft as pasted (up to 400,000 characters), which only the edit page needs. */
export type ConsultationRow = Omit<Consultation, 'source_text'>;

const summaryColumns = [
	'id',
	'committee_id',
	'title',
	'summary',
	'body_id',
	'guiding_questions',
	'status',
	'opens_at',
	'closes_at',
	'closed_at',
	'created_by',
	'created_at',
	'updated_at',
	'discussion_version'
] as const satisfies readonly (keyof ConsultationRow)[];

export interface ConsultationAccess extends CommitteeAccess {
	consultation: ConsultationRow;
	state: ConsultationState;
}

/** A consultation the actor may see: members see it once published; drafts are for facilitators only. */
export async function requireConsultation(
	db: Db,
	actor: Actor,
	consultationId: string,
	min: 'member' | 'facilitator' = 'member',
	now = Date.now()
): Promise<ConsultationAccess> {
	const consultation = await db.selectFrom('consultations').select(summaryColumns).where('id', '=', consultationId).executeTakeFirst();
	if (!consultation) throw new DomainError('not_found', 'error_consultation_not_found');
	const { user, committee, role, restriction } = await requireCommitteeRole(db, actor, consultation.committee_id, 'member').catch((e: unknown) => {
		throw e instanceof DomainError && e.code === 'not_found' ? new DomainError('not_found', 'error_consultation_not_found') : e;
	});
	const state = consultationState(consultation, now);
	const facilitating = hasRoleAtLeast(role, 'facilitator');
	if (state === 'draft' && !facilitating) throw new DomainError('not_found', 'error_consultation_not_found');
	if (min === 'facilitator' && !facilitating) throw new DomainError('forbidden', 'error_role_required');
	return { user, committee, role, restriction, consultation, state };
}

/** The draft as the facilitator pasted it, for the edit page (facilitators only). */
export async function getSourceText(db: Db, actor: Actor, consultationId: string): Promise<string> {
	await requireConsultation(db, actor, consultationId, 'facilitator');
	const row = await db.selectFrom('consultations').select('source_text').where('id', '=', consultationId).executeTakeFirstOrThrow();
	return row.source_text;
}

const splitErrors: Record<SplitFailure, DomainError> = {
	empty: new DomainError('invalid', 'error_draft_empty', {}, 'draft'),
	too_long: new DomainError('too_large', 'error_draft_too_long', {}, 'draft'),
	no_sections: new DomainError('invalid', 'error_draft_no_sections', {}, 'draft'),
	too_many_sections: new DomainError('invalid', 'error_draft_too_many_sections', {}, 'draft')
};

function split(draft: string): DraftSection[] {
	const result = splitDraft(draft);
	if (!result.ok) throw splitErrors[result.reason];
	return result.sections;
}

export interface ConsultationDetails {
	title: string;
	summary: string;
	bodyId: string | null;
	guidingQuestions: string;
	/** As typed in a datetime-local field, in the committee's time zone: "2026-12-01T09:00". */
	opensAt: string;
	closesAt: string;
}

async function checkDetails(db: Db, input: ConsultationDetails, timeZone: string): Promise<{ opensAt: number; closesAt: number }> {
	const opensAt = fromLocalInput(input.opensAt, timeZone, 'opensAt');
	const closesAt = fromLocalInput(input.closesAt, timeZone, 'closesAt');
	if (closesAt <= opensAt) throw new DomainError('invalid', 'error_closes_before_opens', {}, 'closesAt');
	if (input.bodyId) {
		const body = await db.selectFrom('government_bodies').select('id').where('id', '=', input.bodyId).executeTakeFirst();
		if (!body) throw new DomainError('invalid', 'error_body_required', {}, 'bodyId');
	}
	return { opensAt, closesAt };
}

async function insertSections(db: Db, consultationId: string, sections: DraftSection[]): Promise<void> {
	const rows = sections.map((s, position) => ({
		id: newId(),
		consultation_id: consultationId,
		position,
		number: s.number,
		heading: s.heading,
		body: s.body,
		explanation: null
	}));
	for (let i = 0; i < rows.length; i += 100) await db.insertInto('sections').values(rows.slice(i, i + 100)).execute();
}

export async function createConsultation(
	db: Db,
	actor: Actor,
	input: ConsultationDetails & { committeeId: string; draft: string },
	now = Date.now()
): Promise<string> {
	const { user, committee } = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	const { opensAt, closesAt } = await checkDetails(db, input, committee.timezone);
	const sections = split(input.draft);
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('consultations')
			.values({
				id,
				committee_id: input.committeeId,
				title: input.title,
				summary: input.summary,
				body_id: input.bodyId,
				guiding_questions: input.guidingQuestions,
				status: 'draft',
				opens_at: opensAt,
				closes_at: closesAt,
				closed_at: null,
				source_text: input.draft,
				created_by: user.id,
				created_at: now,
				updated_at: now
			})
			.execute();
		await insertSections(trx, id, sections);
		await recordAudit(trx, { actorId: user.id, action: 'consultation.created', committeeId: input.committeeId, subjectType: 'consultation', subjectId: id }, now);
	});
	return id;
}

export async function updateConsultationDetails(db: Db, actor: Actor, consultationId: string, input: ConsultationDetails, now = Date.now()): Promise<void> {
	const { user, consultation, state, committee } = await requireConsultation(db, actor, consultationId, 'facilitator', now);
	if (state === 'archived') throw new DomainError('conflict', 'error_consultation_archived');
	const { opensAt, closesAt } = await checkDetails(db, input, committee.timezone);
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('consultations')
			.set({ title: input.title, summary: input.summary, body_id: input.bodyId, guiding_questions: input.guidingQuestions, opens_at: opensAt, closes_at: closesAt, updated_at: now })
			.where('id', '=', consultationId)
			.execute();
		await recordAudit(trx, { actorId: user.id, action: 'consultation.updated', committeeId: consultation.committee_id, subjectType: 'consultation', subjectId: consultationId }, now);
	});
	publish('consultation.changed', { consultationId, committeeId: consultation.committee_id });
}

/** Replaces every section by a new split of the draft; only before publishing, when no one has commented. */
export async function resplitDraft(db: Db, actor: Actor, consultationId: string, draft: string, now = Date.now()): Promise<void> {
	const { user, consultation, state } = await requireConsultation(db, actor, consultationId, 'facilitator', now);
	if (state !== 'draft') throw new DomainError('conflict', 'error_only_in_draft');
	const sections = split(draft);
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('sections').where('consultation_id', '=', consultationId).execute();
		await insertSections(trx, consultationId, sections);
		await trx.updateTable('consultations').set({ source_text: draft, updated_at: now }).where('id', '=', consultationId).execute();
		await recordAudit(trx, { actorId: user.id, action: 'consultation.resplit', committeeId: consultation.committee_id, subjectType: 'consultation', subjectId: consultationId }, now);
	});
}

export interface SectionInput {
	sectionId: string;
	number: string | null;
	heading: string;
	body: string;
	explanation: string | null;
}

async function sectionOf(db: Db, consultationId: string, sectionId: string): Promise<Section> {
	const section = await db.selectFrom('sections').selectAll().where('id', '=', sectionId).where('consultation_id', '=', consultationId).executeTakeFirst();
	if (!section) throw new DomainError('not_found', 'error_section_not_found');
	return section;
}

/** Headings and explanations can be improved at any time; the law's text only before publishing. */
export async function updateSection(db: Db, actor: Actor, consultationId: string, input: SectionInput, now = Date.now()): Promise<void> {
	const { user, consultation, state } = await requireConsultation(db, actor, consultationId, 'facilitator', now);
	const section = await sectionOf(db, consultationId, input.sectionId);
	if (state !== 'draft' && input.body !== section.body) throw new DomainError('conflict', 'error_text_fixed_after_publish', {}, 'body');
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('sections')
			.set({ number: input.number, heading: input.heading, body: input.body, explanation: input.explanation })
			.where('id', '=', section.id)
			.execute();
		if (state !== 'draft') {
			await recordAudit(trx, { actorId: user.id, action: 'section.updated', committeeId: consultation.committee_id, subjectType: 'section', subjectId: section.id }, now);
		}
	});
	if (state !== 'draft') publish('consultation.changed', { consultationId, committeeId: consultation.committee_id });
}

export async function addSectionAfter(db: Db, actor: Actor, consultationId: string, afterSectionId: string | null, now = Date.now()): Promise<string> {
	const { state } = await requireConsultation(db, actor, consultationId, 'facilitator', now);
	if (state !== 'draft') throw new DomainError('conflict', 'error_only_in_draft');
	const after = afterSectionId ? await sectionOf(db, consultationId, afterSectionId) : null;
	const position = after ? after.position + 1 : 0;
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('sections').set((eb) => ({ position: eb('position', '+', 1) })).where('consultation_id', '=', consultationId).where('position', '>=', position).execute();
		await trx.insertInto('sections').values({ id, consultation_id: consultationId, position, number: null, heading: '', body: '', explanation: null }).execute();
	});
	return id;
}

export async function deleteSection(db: Db, actor: Actor, consultationId: string, sectionId: string, now = Date.now()): Promise<void> {
	const { state } = await requireConsultation(db, actor, consultationId, 'facilitator', now);
	if (state !== 'draft') throw new DomainError('conflict', 'error_only_in_draft');
	await sectionOf(db, consultationId, sectionId);
	const remaining = await db.selectFrom('sections').select((eb) => eb.fn.countAll<number>().as('n')).where('consultation_id', '=', consultationId).executeTakeFirstOrThrow();
	if (Number(remaining.n) <= 1) throw new DomainError('conflict', 'error_last_section');
	await db.deleteFrom('sections').where('id', '=', sectionId).execute();
}

type Transition = 'publish' | 'close' | 'archive';
const allowedFrom: Record<Transition, ConsultationState[]> = { publish: ['draft'], close: ['upcoming', 'open'], archive: ['closed'] };
const refusal = {
	publish: new DomainError('conflict', 'error_cannot_publish'),
	close: new DomainError('conflict', 'error_cannot_close'),
	archive: new DomainError('conflict', 'error_cannot_archive')
} satisfies Record<Transition, DomainError>;

/** draft → open (or upcoming) → closed → archived, by hand; opening and closing by date need no action. */
export async function changeConsultationState(db: Db, actor: Actor, consultationId: string, transition: Transition, now = Date.now()): Promise<void> {
	const { user, consultation, state } = await requireConsultation(db, actor, consultationId, 'facilitator', now);
	if (!allowedFrom[transition].includes(state)) throw refusal[transition];
	await db.transaction().execute(async (trx) => {
		const set = transition === 'publish' ? { status: 'published' as const } : transition === 'close' ? { closed_at: now } : { status: 'archived' as const };
		await trx.updateTable('consultations').set({ ...set, updated_at: now }).where('id', '=', consultationId).execute();
		await recordAudit(trx, { actorId: user.id, action: `consultation.${transition}`, committeeId: consultation.committee_id, subjectType: 'consultation', subjectId: consultationId }, now);
	});
	publish('consultation.changed', { consultationId, committeeId: consultation.committee_id });
}

export async function setThreadClosed(db: Db, actor: Actor, consultationId: string, sectionId: string, closed: boolean, now = Date.now()): Promise<void> {
	const { user, consultation } = await requireConsultation(db, actor, consultationId, 'facilitator', now);
	await sectionOf(db, consultationId, sectionId);
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('sections').set({ thread_closed: closed ? 1 : 0 }).where('id', '=', sectionId).execute();
		await recordAudit(trx, { actorId: user.id, action: closed ? 'section.thread_closed' : 'section.thread_reopened', committeeId: consultation.committee_id, subjectType: 'section', subjectId: sectionId }, now);
	});
	publish('consultation.changed', { consultationId, committeeId: consultation.committee_id });
}

export interface ConsultationSummary {
	id: string;
	title: string;
	summary: string;
	state: ConsultationState;
	opensAt: number;
	closesAt: number;
	comments: number;
}

/** The committee's consultations the actor may see, open ones first. */
export async function listConsultations(db: Db, actor: Actor, committeeId: string, now = Date.now()): Promise<ConsultationSummary[]> {
	const { role } = await requireCommitteeRole(db, actor, committeeId, 'member');
	const rows = await db
		.selectFrom('consultations')
		.select(['id', 'title', 'summary', 'status', 'opens_at', 'closes_at', 'closed_at'])
		.select((eb) =>
			eb
				.selectFrom('comments')
				.whereRef('comments.consultation_id', '=', 'consultations.id')
				.where('comments.state', '=', 'published')
				.select(eb.fn.countAll<number>().as('n'))
				.as('comments')
		)
		.where('committee_id', '=', committeeId)
		.orderBy('opens_at', 'desc')
		.execute();
	const order: ConsultationState[] = ['open', 'upcoming', 'draft', 'closed', 'archived'];
	return rows
		.map((r) => ({ id: r.id, title: r.title, summary: r.summary, state: consultationState(r, now), opensAt: r.opens_at, closesAt: r.closes_at, comments: Number(r.comments ?? 0) }))
		.filter((c) => c.state !== 'draft' || hasRoleAtLeast(role, 'facilitator'))
		.sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
}

export async function getSections(db: Db, consultationId: string): Promise<Section[]> {
	return db.selectFrom('sections').selectAll().where('consultation_id', '=', consultationId).orderBy('position').execute();
}
