// What the committee sees of its recommendations: the list on a consultation and on the committee's page, and one
// recommendation with the tools of the reader's role — co-editing a draft, held edits and questions for facilitators,
// the adoption ballot, submission, and after the answer each member's own feedback and question.
import type { Db } from '../db/index';
import type { RecommendationStatus } from '../db/schema';
import { hasRoleAtLeast, requireCommitteeRole, type Actor } from '../auth/guards';
import { requireConsultation } from '../consultations/consultations';
import { storedHoldReasons, type HoldReason } from '../safeguarding/intake';
import { requireRecommendation, type RecommendationAccess } from './access';
import { settleAdoption } from './adoption';
import { deadlines, type Deadlines } from './deadlines';
import { heldRevisions, publishedHistory, type HeldRevision, type RevisionEntry } from './drafts';
import { recordOf, type RecommendationRecord } from './record';

export interface RecommendationSummary {
	id: string;
	title: string;
	status: RecommendationStatus;
	bodyId: string;
	bodyName: string;
	consultationId: string;
	consultationTitle: string;
	updatedAt: number;
	/** Nothing published yet: the first text is held for a facilitator. */
	held: boolean;
	deadlines: Deadlines;
}

async function summaries(db: Db, where: { committeeId?: string; consultationId?: string }, userId: string, facilitating: boolean, now: number): Promise<RecommendationSummary[]> {
	let q = db
		.selectFrom('recommendations as r')
		.innerJoin('government_bodies as b', 'b.id', 'r.body_id')
		.innerJoin('consultations as k', 'k.id', 'r.consultation_id')
		.selectAll('r')
		.select(['b.name as body_name', 'k.title as consultation_title']);
	if (where.committeeId) q = q.where('r.committee_id', '=', where.committeeId);
	if (where.consultationId) q = q.where('r.consultation_id', '=', where.consultationId);
	if (!facilitating) q = q.where((eb) => eb.or([eb('r.version', '>', 0), eb('r.created_by', '=', userId)]));
	const rows = await q.orderBy('r.updated_at', 'desc').execute();
	const out: RecommendationSummary[] = [];
	for (const row of rows) {
		const { body_name, consultation_title, ...rec } = row;
		const settled = await settleAdoption(db, rec, now);
		out.push({
			id: settled.id,
			title: settled.version === 0 ? '' : settled.title,
			status: settled.status,
			bodyId: settled.body_id,
			bodyName: body_name,
			consultationId: settled.consultation_id,
			consultationTitle: consultation_title,
			updatedAt: settled.updated_at,
			held: settled.version === 0,
			deadlines: deadlines(settled, now)
		});
	}
	return out;
}

export async function listConsultationRecommendations(db: Db, actor: Actor, consultationId: string, now = Date.now()): Promise<RecommendationSummary[]> {
	const access = await requireConsultation(db, actor, consultationId, 'member', now);
	return summaries(db, { consultationId }, access.user.id, hasRoleAtLeast(access.role, 'facilitator'), now);
}

export async function listCommitteeRecommendations(db: Db, actor: Actor, committeeId: string, now = Date.now()): Promise<RecommendationSummary[]> {
	const access = await requireCommitteeRole(db, actor, committeeId, 'member');
	return summaries(db, { committeeId }, access.user.id, hasRoleAtLeast(access.role, 'facilitator'), now);
}

export interface MyQuestion {
	body: string;
	state: 'published' | 'held' | 'removed';
	reasons: HoldReason[];
	reply: string | null;
}

export interface HeldQuestion {
	id: string;
	body: string;
	reasons: HoldReason[];
	createdAt: number;
}

export interface CommitteeRecommendationPage {
	ra: RecommendationAccess;
	record: RecommendationRecord;
	version: number;
	positionIds: string[];
	history: RevisionEntry[];
	held: HeldRevision[];
	myFeedback: { understood: boolean; answersIt: string } | null;
	myQuestion: MyQuestion | null;
	heldQuestions: HeldQuestion[];
}

export async function getCommitteeRecommendation(db: Db, actor: Actor, recommendationId: string, now = Date.now()): Promise<CommitteeRecommendationPage> {
	const ra = await requireRecommendation(db, actor, recommendationId, 'member', now);
	const { rec, access, facilitating } = ra;
	const [record, positions, history, held, feedback, question, heldQuestions] = await Promise.all([
		recordOf(db, rec, now),
		db.selectFrom('recommendation_positions').select('position_id').where('recommendation_id', '=', rec.id).orderBy('ord').execute(),
		publishedHistory(db, rec.id),
		heldRevisions(db, rec.id, access.user.id, facilitating),
		db.selectFrom('recommendation_feedback').select(['understood', 'answers_it']).where('recommendation_id', '=', rec.id).where('user_id', '=', access.user.id).executeTakeFirst(),
		db.selectFrom('follow_up_questions').select(['body', 'state', 'screen_reasons', 'reply']).where('recommendation_id', '=', rec.id).where('author_id', '=', access.user.id).executeTakeFirst(),
		facilitating
			? db.selectFrom('follow_up_questions').select(['id', 'body', 'state', 'screen_reasons', 'created_at']).where('recommendation_id', '=', rec.id).where('state', '=', 'held').orderBy('created_at').execute()
			: Promise.resolve([])
	]);
	return {
		ra,
		record,
		version: rec.version,
		positionIds: positions.map((p) => p.position_id),
		history,
		held,
		myFeedback: feedback ? { understood: feedback.understood === 1, answersIt: feedback.answers_it } : null,
		myQuestion: question ? { body: question.body, state: question.state, reasons: storedHoldReasons(question.screen_reasons, question.state), reply: question.reply } : null,
		heldQuestions: heldQuestions.map((q) => ({ id: q.id, body: q.body, reasons: storedHoldReasons(q.screen_reasons, q.state), createdAt: q.created_at }))
	};
}
