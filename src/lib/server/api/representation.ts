// What /api/v1 answers: the services' records with their moments as ISO 8601 strings instead of epoch milliseconds.
// The types come from the response schemas, so the compiler holds the answers to the published document.
import type { z } from 'zod';
import type { Db } from '../db/index';
import type { RecommendationStatus } from '../db/schema';
import type { Deadlines } from '../recommendations/deadlines';
import type { InboxItem } from '../recommendations/inbox';
import type { RecommendationRecord } from '../recommendations/record';
import { getSentRecommendation } from '../recommendations/inbox';
import { SENT_STATUSES, type GovActor } from '../recommendations/answers';
import type { inboxItem, recommendation } from './schemas';

export type ApiRecommendation = z.output<typeof recommendation>;
export type ApiInboxItem = z.output<typeof inboxItem>;
type SentStatus = (typeof SENT_STATUSES)[number];

function iso(ms: number): string;
function iso(ms: number | null): string | null;
function iso(ms: number | null): string | null {
	return ms === null ? null : new Date(ms).toISOString();
}

/** Officials only ever reach recommendations that were sent (answers.ts requireSentRecommendation). */
function sent(status: RecommendationStatus): SentStatus {
	if (!(SENT_STATUSES as readonly string[]).includes(status)) throw new Error(`a recommendation in status ${status} reached the API`);
	return status as SentStatus;
}

function deadlinesOf(d: Deadlines): ApiRecommendation['deadlines'] {
	return { acknowledge: d.acknowledge, answer: d.answer, acknowledgeDueAt: iso(d.acknowledgeDueAt), answerDueAt: iso(d.answerDueAt), overdue: d.overdue, nextDueAt: iso(d.nextDueAt) };
}

// Fields are listed one by one, not spread: a field added to a record for another page does not reach the API
// (and perhaps a government system) until it is added to the schema here on purpose.
export function apiInboxItem(i: InboxItem): ApiInboxItem {
	return {
		id: i.id,
		title: i.title,
		status: sent(i.status),
		committeeName: i.committeeName,
		submittedAt: iso(i.submittedAt),
		updatedAt: iso(i.updatedAt),
		deadlines: deadlinesOf(i.deadlines),
		openQuestions: i.openQuestions
	};
}

export function apiRecommendation(r: RecommendationRecord): ApiRecommendation {
	return {
		id: r.id,
		title: r.title,
		body: r.body,
		rationale: r.rationale,
		status: sent(r.status),
		committeeId: r.committeeId,
		committeeName: r.committeeName,
		country: r.country,
		consultationId: r.consultationId,
		consultationTitle: r.consultationTitle,
		bodyId: r.bodyId,
		bodyName: r.bodyName,
		adoptedAt: iso(r.adoptedAt),
		adoptionEvidence: r.adoptionEvidence,
		adoptionBallotId: r.adoptionBallotId,
		submittedAt: iso(r.submittedAt),
		acknowledgedAt: iso(r.acknowledgedAt),
		responsibleOfficial: r.responsibleOfficial,
		answeredAt: iso(r.answeredAt),
		decision: r.decision,
		extensions: r.extensions,
		withdrawnAt: iso(r.withdrawnAt),
		withdrawnReason: r.withdrawnReason,
		deadlines: deadlinesOf(r.deadlines),
		evidence: r.evidence.map((e) => ({ positionId: e.positionId, statement: e.statement, sectionNumber: e.sectionNumber, result: e.result, ballotId: e.ballotId })),
		responses: r.responses.map((x) => ({ id: x.id, decision: x.decision, rationale: x.rationale, newDueAt: iso(x.newDueAt), createdAt: iso(x.createdAt) })),
		actions: r.actions.map((a) => ({ id: a.id, description: a.description, targetDate: a.targetDate, status: a.status })),
		updates: r.updates.map((u) => ({ id: u.id, body: u.body, actionId: u.actionId, actionStatus: u.actionStatus, createdAt: iso(u.createdAt) })),
		questions: r.questions.map((q) => ({ id: q.id, body: q.body, createdAt: iso(q.createdAt), reply: q.reply, repliedAt: iso(q.repliedAt) })),
		feedback: { responses: r.feedback.responses, understood: r.feedback.understood, yes: r.feedback.yes, partly: r.feedback.partly, no: r.feedback.no },
		extensionPending: r.extensionPending
	};
}

/** The recommendation as the actor's body sees it now. */
export async function recommendationFor(db: Db, actor: GovActor, recommendationId: string): Promise<ApiRecommendation> {
	return apiRecommendation((await getSentRecommendation(db, actor, recommendationId)).record);
}
