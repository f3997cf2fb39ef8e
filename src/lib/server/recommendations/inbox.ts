// What a government body's officials (and its systems, through /api/v1) read: the recommendations sent to the
// body, the most urgent first, each with the evidence it rests on — never a youth identity (record.ts).
import type { Db } from '../db/index';
import type { RecommendationStatus } from '../db/schema';
import { DomainError } from '../errors';
import { requireSignedIn, type Actor } from '../auth/guards';
import { deadlines, type Deadlines } from './deadlines';
import { recordOf, type RecommendationRecord } from './record';
import { requireBodyAccess, requireSentRecommendation, SENT_STATUSES, type GovActor, type OfficialContext } from './answers';

export interface InboxItem {
	id: string;
	title: string;
	status: RecommendationStatus;
	committeeName: string;
	/** The committee's time zone, for showing its dates. */
	timezone: string;
	submittedAt: number;
	updatedAt: number;
	deadlines: Deadlines;
	/** Follow-up questions still waiting for a reply. */
	openQuestions: number;
}

export interface InboxFilter {
	status?: RecommendationStatus | null;
	/** Only those changed at or after this moment (epoch ms). */
	since?: number | null;
}

export async function listInbox(db: Db, actor: GovActor, bodyId: string, filter: InboxFilter = {}, now = Date.now()): Promise<{ ctx: OfficialContext; items: InboxItem[] }> {
	const ctx = await requireBodyAccess(db, actor, bodyId);
	if (filter.status && !(SENT_STATUSES as readonly string[]).includes(filter.status)) throw new DomainError('invalid', 'error_invalid_value', {}, 'status');
	let q = db
		.selectFrom('recommendations as r')
		.innerJoin('committees as c', 'c.id', 'r.committee_id')
		.selectAll('r')
		.select(['c.name as committee_name', 'c.timezone'])
		.select((eb) =>
			eb
				.selectFrom('follow_up_questions as f')
				.whereRef('f.recommendation_id', '=', 'r.id')
				.where('f.state', '=', 'published')
				.where('f.replied_at', 'is', null)
				.select(eb.fn.countAll<number>().as('n'))
				.as('open_questions')
		)
		.where('r.body_id', '=', bodyId)
		.where('r.submitted_at', 'is not', null);
	if (filter.status) q = q.where('r.status', '=', filter.status);
	if (filter.since !== null && filter.since !== undefined) q = q.where('r.updated_at', '>=', filter.since);
	const rows = await q.execute();
	const items = rows.map((r) => ({
		id: r.id,
		title: r.title,
		status: r.status,
		committeeName: r.committee_name,
		timezone: r.timezone,
		submittedAt: r.submitted_at!,
		updatedAt: r.updated_at,
		deadlines: deadlines(r, now),
		openQuestions: Number(r.open_questions ?? 0)
	}));
	// Most urgent first: what is due soonest (overdue first), then what waits for nothing, newest first.
	items.sort((a, b) => (a.deadlines.nextDueAt ?? Infinity) - (b.deadlines.nextDueAt ?? Infinity) || b.submittedAt - a.submittedAt);
	return { ctx, items };
}

export async function getSentRecommendation(db: Db, actor: GovActor, recommendationId: string, now = Date.now()): Promise<{ ctx: OfficialContext; record: RecommendationRecord }> {
	const { rec, ctx } = await requireSentRecommendation(db, actor, recommendationId);
	return { ctx, record: await recordOf(db, rec, now) };
}

export interface InboxBody {
	id: string;
	name: string;
	country: string;
	acknowledgeWithinDays: number;
	respondWithinDays: number;
	/** Sent and waiting for the body: to acknowledge or to answer. */
	open: number;
	/** Of those, past a deadline now. */
	overdue: number;
	/** Follow-up questions waiting for a reply. */
	openQuestions: number;
}

/** The bodies whose inbox the actor reads — an official's own, every body for an admin — with what waits in each. */
export async function listInboxBodies(db: Db, actor: Actor, now = Date.now()): Promise<InboxBody[]> {
	const user = requireSignedIn(actor);
	let q = db.selectFrom('government_bodies as b').selectAll('b').orderBy('b.name');
	if (!user.isAdmin) q = q.innerJoin('officials as o', 'o.body_id', 'b.id').where('o.user_id', '=', user.id);
	const bodies = await q.execute();
	if (bodies.length === 0) return [];
	const ids = bodies.map((b) => b.id);
	const [open, questions] = await Promise.all([
		db.selectFrom('recommendations').selectAll().where('body_id', 'in', ids).where('status', 'in', ['submitted', 'acknowledged']).execute(),
		db
			.selectFrom('follow_up_questions as f')
			.innerJoin('recommendations as r', 'r.id', 'f.recommendation_id')
			.select(['r.body_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('r.body_id', 'in', ids)
			.where('f.state', '=', 'published')
			.where('f.replied_at', 'is', null)
			.groupBy('r.body_id')
			.execute()
	]);
	return bodies.map((b) => {
		const mine = open.filter((r) => r.body_id === b.id);
		return {
			id: b.id,
			name: b.name,
			country: b.country,
			acknowledgeWithinDays: b.acknowledge_within_days,
			respondWithinDays: b.respond_within_days,
			open: mine.length,
			overdue: mine.filter((r) => deadlines(r, now).overdue).length,
			openQuestions: Number(questions.find((x) => x.body_id === b.id)?.n ?? 0)
		};
	});
}
