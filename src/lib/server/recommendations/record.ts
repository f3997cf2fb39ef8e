// The record of a recommendation as anyone outside the committee may read it once it was sent: its text, the
// evidence it rests on, the deadlines, the body's acknowledgement, answers, actions and updates, the committee's
// feedback as counts and its follow-up questions with the replies. It names the committee, never a member
// (DESIGN.md rule 2): the same record serves the committee's page, the official's page, the public page and the API.
import type { Db } from '../db/index';
import type { ActionStatus, Decision, Recommendation, RecommendationStatus } from '../db/schema';
import { DomainError } from '../errors';
import { closedBallotResult } from '../voting/ballots';
import { evidenceLine } from '../voting/count';
import { deadlines, type Deadlines } from './deadlines';

export interface EvidenceItem {
	positionId: string;
	statement: string;
	sectionNumber: string | null;
	/** "adopted 14–3, 2 abstentions, turnout 86%" from the last closed ballot on it, or null when none was held. */
	result: string | null;
	ballotId: string | null;
}

export interface ResponseEntry {
	id: string;
	decision: Decision;
	rationale: string;
	newDueAt: number | null;
	createdAt: number;
}

export interface ActionEntry {
	id: string;
	description: string;
	targetDate: string;
	status: ActionStatus;
}

export interface UpdateEntry {
	id: string;
	body: string;
	actionId: string | null;
	actionStatus: ActionStatus | null;
	createdAt: number;
}

export interface QuestionEntry {
	id: string;
	body: string;
	createdAt: number;
	reply: string | null;
	repliedAt: number | null;
}

export interface FeedbackSummary {
	responses: number;
	understood: number;
	yes: number;
	partly: number;
	no: number;
}

export interface RecommendationRecord {
	id: string;
	title: string;
	body: string;
	rationale: string;
	status: RecommendationStatus;
	committeeId: string;
	committeeName: string;
	country: string;
	/** The committee's time zone: deadlines and typed dates are days there. */
	timezone: string;
	consultationId: string;
	consultationTitle: string;
	bodyId: string;
	bodyName: string;
	adoptedAt: number | null;
	adoptionEvidence: string | null;
	adoptionBallotId: string | null;
	submittedAt: number | null;
	acknowledgedAt: number | null;
	responsibleOfficial: string | null;
	answeredAt: number | null;
	decision: Decision | null;
	extensions: number;
	withdrawnAt: number | null;
	withdrawnReason: string | null;
	deadlines: Deadlines;
	evidence: EvidenceItem[];
	responses: ResponseEntry[];
	actions: ActionEntry[];
	updates: UpdateEntry[];
	questions: QuestionEntry[];
	feedback: FeedbackSummary;
	/** An extension request waiting for an admin. */
	extensionPending: boolean;
}

export async function evidenceFor(db: Db, recommendationId: string, now: number): Promise<EvidenceItem[]> {
	const rows = await db
		.selectFrom('recommendation_positions as rp')
		.innerJoin('positions as p', 'p.id', 'rp.position_id')
		.leftJoin('sections as s', 's.id', 'p.section_id')
		.select(['p.id', 'p.statement', 's.number'])
		.select((eb) =>
			eb
				.selectFrom('ballot_positions as bp')
				.innerJoin('ballots as b', 'b.id', 'bp.ballot_id')
				.whereRef('bp.position_id', '=', 'p.id')
				.where((w) => w.or([w('b.closed_at', 'is not', null), w('b.closes_at', '<=', now)]))
				.select('b.id')
				.orderBy('b.closes_at', 'desc')
				.limit(1)
				.as('ballot_id')
		)
		.where('rp.recommendation_id', '=', recommendationId)
		.orderBy('rp.ord')
		.execute();
	const items: EvidenceItem[] = [];
	for (const r of rows) {
		const result = r.ballot_id ? await closedBallotResult(db, r.ballot_id, now) : null;
		items.push({ positionId: r.id, statement: r.statement, sectionNumber: r.number ?? null, result: result ? evidenceLine(result, r.id) : null, ballotId: r.ballot_id ?? null });
	}
	return items;
}

export async function recordOf(db: Db, rec: Recommendation, now = Date.now()): Promise<RecommendationRecord> {
	const [names, evidence, responses, actions, updates, questions, feedback, pending] = await Promise.all([
		db
			.selectFrom('committees as c')
			.innerJoin('government_bodies as b', (j) => j.on('b.id', '=', rec.body_id))
			.innerJoin('consultations as k', (j) => j.on('k.id', '=', rec.consultation_id))
			.select(['c.name as committee', 'c.country', 'c.timezone', 'b.name as body', 'k.title as consultation'])
			.where('c.id', '=', rec.committee_id)
			.executeTakeFirstOrThrow(),
		evidenceFor(db, rec.id, now),
		db.selectFrom('responses').select(['id', 'decision', 'rationale', 'new_due_at', 'created_at']).where('recommendation_id', '=', rec.id).where('state', '=', 'published').orderBy('created_at').execute(),
		db.selectFrom('response_actions').select(['id', 'description', 'target_date', 'status']).where('recommendation_id', '=', rec.id).orderBy('ord').execute(),
		db.selectFrom('progress_updates').select(['id', 'body', 'action_id', 'action_status', 'created_at']).where('recommendation_id', '=', rec.id).orderBy('created_at').execute(),
		db.selectFrom('follow_up_questions').select(['id', 'body', 'created_at', 'reply', 'replied_at']).where('recommendation_id', '=', rec.id).where('state', '=', 'published').orderBy('created_at').execute(),
		db.selectFrom('recommendation_feedback').select(['understood', 'answers_it']).where('recommendation_id', '=', rec.id).execute(),
		db.selectFrom('responses').select('id').where('recommendation_id', '=', rec.id).where('state', '=', 'pending_approval').executeTakeFirst()
	]);
	return {
		id: rec.id,
		title: rec.title,
		body: rec.body,
		rationale: rec.rationale,
		status: rec.status,
		committeeId: rec.committee_id,
		committeeName: names.committee,
		country: names.country,
		timezone: names.timezone,
		consultationId: rec.consultation_id,
		consultationTitle: names.consultation,
		bodyId: rec.body_id,
		bodyName: names.body,
		adoptedAt: rec.adopted_at,
		adoptionEvidence: rec.adoption_evidence,
		adoptionBallotId: rec.adoption_ballot_id,
		submittedAt: rec.submitted_at,
		acknowledgedAt: rec.acknowledged_at,
		responsibleOfficial: rec.responsible_official,
		answeredAt: rec.answered_at,
		decision: rec.decision,
		extensions: rec.extensions,
		withdrawnAt: rec.withdrawn_at,
		withdrawnReason: rec.submitted_at !== null ? rec.withdrawn_reason : null,
		deadlines: deadlines(rec, now),
		evidence,
		responses: responses.map((r) => ({ id: r.id, decision: r.decision, rationale: r.rationale, newDueAt: r.new_due_at, createdAt: r.created_at })),
		actions: actions.map((a) => ({ id: a.id, description: a.description, targetDate: a.target_date, status: a.status })),
		updates: updates.map((u) => ({ id: u.id, body: u.body, actionId: u.action_id, actionStatus: u.action_status, createdAt: u.created_at })),
		questions: questions.map((q) => ({ id: q.id, body: q.body, createdAt: q.created_at, reply: q.reply, repliedAt: q.replied_at })),
		feedback: {
			responses: feedback.length,
			understood: feedback.filter((f) => f.understood === 1).length,
			yes: feedback.filter((f) => f.answers_it === 'yes').length,
			partly: feedback.filter((f) => f.answers_it === 'partly').length,
			no: feedback.filter((f) => f.answers_it === 'no').length
		},
		extensionPending: pending !== undefined
	};
}

/** The public record of a recommendation that was sent to a body (no sign-in): drafts do not exist for the public. */
export async function getPublicRecommendation(db: Db, id: string, now = Date.now()): Promise<RecommendationRecord> {
	const rec = await db.selectFrom('recommendations').selectAll().where('id', '=', id).where('submitted_at', 'is not', null).executeTakeFirst();
	if (!rec) throw new DomainError('not_found', 'error_recommendation_not_found');
	return recordOf(db, rec, now);
}
