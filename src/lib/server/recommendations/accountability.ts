// The public accountability record (DESIGN.md: "an accountability record that shows every government body's response
// times"): for every submitted recommendation, whether the body acknowledged and answered it on time, with figures for
// the platform and per body. No sign-in; it names committees and bodies, never a member, and of officials only the
// "responsible official" a body published itself. Definitions: docs/accountability.md. One query reads the rows;
// everything else is computed from them with deadlines.ts, so the figures agree with every other page at `now`.
import type { Db } from '../db/index';
import type { Decision } from '../db/schema';
import { DomainError } from '../errors';
import { deadlines, daysBetween, median, type StepStatus } from './deadlines';
import type {
	AccountabilityBody,
	AccountabilityFigures,
	AccountabilityFilter,
	AccountabilityItem,
	AccountabilityReport,
	BodyAccountabilityReport,
	DeadlineShare
} from './accountability-schemas';

interface Row {
	item: AccountabilityItem;
	body: AccountabilityBody;
}

/** Submitted recommendations matching the filter, with their committee's and body's names, in one query. */
async function sentRecommendations(db: Db, filter: AccountabilityFilter, now: number): Promise<Row[]> {
	let q = db
		.selectFrom('recommendations as r')
		.innerJoin('committees as c', 'c.id', 'r.committee_id')
		.innerJoin('government_bodies as b', 'b.id', 'r.body_id')
		.select([
			'r.id',
			'r.title',
			'r.status',
			'r.committee_id',
			'r.body_id',
			'r.submitted_at',
			'r.acknowledge_due_at',
			'r.answer_due_at',
			'r.acknowledged_at',
			'r.answered_at',
			'r.withdrawn_at',
			'r.decision',
			'r.extensions',
			'r.responsible_official',
			'c.name as committee_name',
			'b.name as body_name',
			'b.country',
			'b.acknowledge_within_days',
			'b.respond_within_days'
		])
		.where('r.submitted_at', 'is not', null);
	if (filter.country) q = q.where('b.country', '=', filter.country);
	if (filter.body) q = q.where('r.body_id', '=', filter.body);
	if (filter.committee) q = q.where('r.committee_id', '=', filter.committee);
	if (filter.year !== null) q = q.where('r.submitted_at', '>=', Date.UTC(filter.year, 0, 1)).where('r.submitted_at', '<', Date.UTC(filter.year + 1, 0, 1));
	// "overdue" follows from the clock (below); only a recommendation still waiting for the body can be overdue.
	if (filter.status === 'overdue') q = q.where('r.status', 'in', ['submitted', 'acknowledged']);
	else if (filter.status) q = q.where('r.status', '=', filter.status);
	const rows = await q.execute();

	const result: Row[] = [];
	for (const r of rows) {
		// Submitted rows always have both due dates (submissions.ts sets them with submitted_at).
		if (r.status !== 'submitted' && r.status !== 'acknowledged' && r.status !== 'answered' && r.status !== 'withdrawn') continue;
		const d = deadlines(r, now);
		const overdue = r.status !== 'withdrawn' && d.overdue;
		if (filter.status === 'overdue' && !overdue) continue;
		result.push({
			item: {
				id: r.id,
				title: r.title,
				committeeId: r.committee_id,
				committeeName: r.committee_name,
				bodyId: r.body_id,
				bodyName: r.body_name,
				country: r.country,
				status: r.status,
				overdue,
				submittedAt: r.submitted_at!,
				acknowledgeDueAt: r.acknowledge_due_at!,
				acknowledgedAt: r.acknowledged_at,
				acknowledge: d.acknowledge,
				acknowledgedOnTime: onTime(d.acknowledge),
				answerDueAt: r.answer_due_at!,
				answeredAt: r.answered_at,
				answer: d.answer,
				answeredOnTime: onTime(d.answer),
				decision: r.decision,
				extensions: r.extensions,
				responsibleOfficial: r.responsible_official,
				withdrawnAt: r.withdrawn_at
			},
			body: { id: r.body_id, name: r.body_name, country: r.country, acknowledgeWithinDays: r.acknowledge_within_days, respondWithinDays: r.respond_within_days }
		});
	}
	// Overdue first, then the newest submission first.
	result.sort((a, b) => Number(b.item.overdue) - Number(a.item.overdue) || b.item.submittedAt - a.item.submittedAt || a.item.id.localeCompare(b.item.id));
	return result;
}

function onTime(step: StepStatus): boolean | null {
	return step === 'on_time' ? true : step === 'late' || step === 'overdue' ? false : null;
}

/** A deadline's record: of the recommendations whose deadline has passed or that were done, the share done on time. */
export function deadlineShare(steps: StepStatus[]): DeadlineShare {
	const n = (status: StepStatus) => steps.filter((s) => s === status).length;
	const onTime = n('on_time');
	const late = n('late');
	const overdue = n('overdue');
	const counted = onTime + late + overdue;
	return { onTime, late, overdue, pending: n('pending'), counted, percent: counted === 0 ? null : Math.round((100 * onTime) / counted) };
}

/** The figures over some recommendations. Withdrawn ones are counted as received and withdrawn, and nowhere else. */
export function accountabilityFigures(items: AccountabilityItem[]): AccountabilityFigures {
	const live = items.filter((i) => i.status !== 'withdrawn');
	const decided = (decision: Decision, status: AccountabilityItem['status']) => live.filter((i) => i.decision === decision && i.status === status).length;
	return {
		received: items.length,
		withdrawn: items.length - live.length,
		overdue: live.filter((i) => i.overdue).length,
		acknowledgement: deadlineShare(live.map((i) => i.acknowledge)),
		answer: deadlineShare(live.map((i) => i.answer)),
		medianDaysToAcknowledge: median(live.flatMap((i) => (i.acknowledgedAt === null ? [] : [daysBetween(i.submittedAt, i.acknowledgedAt)]))),
		medianDaysToAnswer: median(live.flatMap((i) => (i.answeredAt === null ? [] : [daysBetween(i.submittedAt, i.answeredAt)]))),
		decisions: {
			accepted: decided('accepted', 'answered'),
			partially_accepted: decided('partially_accepted', 'answered'),
			not_accepted: decided('not_accepted', 'answered'),
			more_time: decided('more_time', 'acknowledged')
		}
	};
}

/** The whole platform: figures, figures per body (those with a matching recommendation, by name), and the list. */
export async function platformAccountability(db: Db, filter: AccountabilityFilter, now = Date.now()): Promise<AccountabilityReport> {
	const rows = await sentRecommendations(db, filter, now);
	const byBody = new Map<string, { body: AccountabilityBody; items: AccountabilityItem[] }>();
	for (const row of rows) {
		const entry = byBody.get(row.body.id) ?? { body: row.body, items: [] };
		entry.items.push(row.item);
		byBody.set(row.body.id, entry);
	}
	const items = rows.map((r) => r.item);
	return {
		now,
		filters: { country: filter.country, body: filter.body, committee: filter.committee, status: filter.status, year: filter.year },
		figures: accountabilityFigures(items),
		bodies: [...byBody.values()].sort((a, b) => a.body.name.localeCompare(b.body.name) || a.body.id.localeCompare(b.body.id)).map((e) => ({ body: e.body, figures: accountabilityFigures(e.items) })),
		items
	};
}

/** One government body's record, with its deadlines; an unknown body is not_found. */
export async function bodyAccountability(db: Db, bodyId: string, filter: Omit<AccountabilityFilter, 'body'>, now = Date.now()): Promise<BodyAccountabilityReport> {
	const body = await db.selectFrom('government_bodies').select(['id', 'name', 'country', 'acknowledge_within_days', 'respond_within_days']).where('id', '=', bodyId).executeTakeFirst();
	if (!body) throw new DomainError('not_found', 'error_body_not_found');
	const items = (await sentRecommendations(db, { ...filter, body: bodyId }, now)).map((r) => r.item);
	return {
		now,
		filters: { country: filter.country, committee: filter.committee, status: filter.status, year: filter.year },
		body: { id: body.id, name: body.name, country: body.country, acknowledgeWithinDays: body.acknowledge_within_days, respondWithinDays: body.respond_within_days },
		figures: accountabilityFigures(items),
		items
	};
}

export interface AccountabilityChoices {
	bodies: { id: string; name: string; country: string }[];
	committees: { id: string; name: string }[];
	/** Years in which something was submitted, newest first (UTC). */
	years: number[];
}

/** What the filter form offers: every body, the committees that submitted something, and the years of submission. */
export async function accountabilityChoices(db: Db): Promise<AccountabilityChoices> {
	const [bodies, committees, span] = await Promise.all([
		db.selectFrom('government_bodies').select(['id', 'name', 'country']).orderBy('name').execute(),
		db
			.selectFrom('committees as c')
			.select(['c.id', 'c.name'])
			.where((eb) => eb.exists(eb.selectFrom('recommendations as r').select('r.id').whereRef('r.committee_id', '=', 'c.id').where('r.submitted_at', 'is not', null)))
			.orderBy('c.name')
			.execute(),
		db
			.selectFrom('recommendations')
			.select((eb) => [eb.fn.min('submitted_at').as('first'), eb.fn.max('submitted_at').as('last')])
			.where('submitted_at', 'is not', null)
			.executeTakeFirst()
	]);
	const years: number[] = [];
	if (span?.first != null && span.last != null) {
		for (let y = new Date(Number(span.last)).getUTCFullYear(); y >= new Date(Number(span.first)).getUTCFullYear(); y--) years.push(y);
	}
	return { bodies, committees, years };
}
