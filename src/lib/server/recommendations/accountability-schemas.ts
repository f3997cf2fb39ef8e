// The public accountability record's query and answer as zod schemas, written once: the pages, the CSV downloads
// and /api/v1/accountability parse their filters with `accountabilityQuery`, the service's result types are inferred
// from `accountabilityReport`, and the OpenAPI document takes both through z.toJSONSchema (io: 'input' for queries).
// The figures' definitions are in docs/accountability.md.
import { z } from 'zod';
import { COUNTRIES } from '../../countries';

/** The statuses a reader can filter by: the stored ones a public reader sees, and "overdue", which follows from the clock. */
export const ACCOUNTABILITY_STATUSES = ['submitted', 'acknowledged', 'answered', 'withdrawn', 'overdue'] as const;
export type AccountabilityStatus = (typeof ACCOUNTABILITY_STATUSES)[number];

// An empty value (a GET form's "any" option) means no filter. Errors are message names (kit/forms.ts).
const orBlank = <T extends z.ZodType>(schema: T, error: string) =>
	z
		.union([z.literal(''), schema], { error })
		.optional()
		.transform((v) => (v === '' || v === undefined ? null : v));

const idPattern = /^[a-z2-7]{16}$/;

export const accountabilityQuery = z.object({
	/** The country of the government body (ISO 3166-1 alpha-2). */
	country: orBlank(z.enum(COUNTRIES, { error: 'accountability_invalid_country' }), 'accountability_invalid_country'),
	/** A government body's id. */
	body: orBlank(z.string().regex(idPattern, { error: 'accountability_invalid_id' }), 'accountability_invalid_id'),
	/** A committee's id. */
	committee: orBlank(z.string().regex(idPattern, { error: 'accountability_invalid_id' }), 'accountability_invalid_id'),
	status: orBlank(z.enum(ACCOUNTABILITY_STATUSES, { error: 'accountability_invalid_status' }), 'accountability_invalid_status'),
	/** The year of submission, in UTC. */
	year: orBlank(z.string().regex(/^20\d\d$/, { error: 'accountability_invalid_year' }).transform(Number), 'accountability_invalid_year')
});

/** One body's record: the same filters, the body fixed by the path. */
export const bodyAccountabilityQuery = accountabilityQuery.omit({ body: true });

export type AccountabilityFilter = z.output<typeof accountabilityQuery>;

const count = z.number().int().min(0);
const epochMs = z.number().int().describe('epoch milliseconds');

const stepStatus = z
	.enum(['not_started', 'pending', 'on_time', 'late', 'overdue'])
	.describe('pending: not done and not due yet; on_time / late: done by or after its due date; overdue: not done and the due date has passed');

/** One deadline across many recommendations; `percent` is onTime of (onTime + late + overdue), withdrawn ones left out. */
export const deadlineShare = z.strictObject({
	onTime: count,
	late: count,
	overdue: count,
	/** Not done and still within the deadline: neither on time nor late yet, so not counted. */
	pending: count,
	/** onTime + late + overdue: the recommendations whose deadline has passed or that were done. */
	counted: count,
	/** Whole percent of `counted` done on time; null when nothing is counted. */
	percent: z.number().int().min(0).max(100).nullable()
});

export const decisionCounts = z.strictObject({
	accepted: count,
	partially_accepted: count,
	not_accepted: count,
	/** Acknowledged, and the body said it needs more time: the answer is still to come. */
	more_time: count
});

export const accountabilityFigures = z.strictObject({
	/** Every submitted recommendation that matches the filters, withdrawn ones included. */
	received: count,
	withdrawn: count,
	/** Not withdrawn, and the acknowledgement or the answer is overdue now. */
	overdue: count,
	acknowledgement: deadlineShare,
	answer: deadlineShare,
	/** Median days from submission to acknowledgement, of those acknowledged (not withdrawn); one decimal. */
	medianDaysToAcknowledge: z.number().nullable(),
	/** Median days from submission to the answer, of those answered; one decimal. */
	medianDaysToAnswer: z.number().nullable(),
	decisions: decisionCounts
});

export const accountabilityBody = z.strictObject({
	id: z.string(),
	name: z.string(),
	country: z.string(),
	acknowledgeWithinDays: count,
	respondWithinDays: count
});

export const accountabilityItem = z.strictObject({
	id: z.string(),
	title: z.string(),
	committeeId: z.string(),
	committeeName: z.string(),
	bodyId: z.string(),
	bodyName: z.string(),
	/** The body's country. */
	country: z.string(),
	/** The stored status; `overdue` says whether a deadline has passed undone. */
	status: z.enum(['submitted', 'acknowledged', 'answered', 'withdrawn']),
	overdue: z.boolean(),
	submittedAt: epochMs,
	acknowledgeDueAt: epochMs,
	acknowledgedAt: epochMs.nullable(),
	acknowledge: stepStatus,
	/** true: acknowledged on time; false: late or overdue; null: still within its deadline, or withdrawn before it. */
	acknowledgedOnTime: z.boolean().nullable(),
	/** The answer's due date in force, after any extension granted. */
	answerDueAt: epochMs,
	answeredAt: epochMs.nullable(),
	answer: stepStatus,
	answeredOnTime: z.boolean().nullable(),
	decision: z.enum(['accepted', 'partially_accepted', 'not_accepted', 'more_time']).nullable(),
	/** Times the answer's due date was moved (more time). */
	extensions: count,
	/** Who the body named as responsible for the answer, as the body published it. */
	responsibleOfficial: z.string().nullable(),
	withdrawnAt: epochMs.nullable()
});

const echoedFilters = z.strictObject({
	country: z.string().nullable(),
	body: z.string().nullable(),
	committee: z.string().nullable(),
	status: z.enum(ACCOUNTABILITY_STATUSES).nullable(),
	year: z.number().int().nullable()
});

/** GET /api/v1/accountability: the whole platform. */
export const accountabilityReport = z.strictObject({
	/** The moment the figures were computed at (overdue depends on it). */
	now: epochMs,
	filters: echoedFilters,
	figures: accountabilityFigures,
	/** Per body with at least one matching recommendation, by name. */
	bodies: z.array(z.strictObject({ body: accountabilityBody, figures: accountabilityFigures })),
	/** Overdue first, then newest submission first. */
	items: z.array(accountabilityItem)
});

/** GET /api/v1/accountability/{bodyId}: one body, with its deadlines. */
export const bodyAccountabilityReport = z.strictObject({
	now: epochMs,
	filters: echoedFilters.omit({ body: true }),
	body: accountabilityBody,
	figures: accountabilityFigures,
	items: z.array(accountabilityItem)
});

/** The JSON error body of /api/v1 (400 for a bad filter, 404 for an unknown body). */
export const accountabilityApiError = z.strictObject({
	error: z.strictObject({ code: z.string(), message: z.string() })
});

export type DeadlineShare = z.output<typeof deadlineShare>;
export type DecisionCounts = z.output<typeof decisionCounts>;
export type AccountabilityFigures = z.output<typeof accountabilityFigures>;
export type AccountabilityBody = z.output<typeof accountabilityBody>;
export type AccountabilityItem = z.output<typeof accountabilityItem>;
export type AccountabilityReport = z.output<typeof accountabilityReport>;
export type BodyAccountabilityReport = z.output<typeof bodyAccountabilityReport>;
