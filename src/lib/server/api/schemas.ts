// The /api/v1 contract in zod: what each endpoint accepts (bodies, query) and what it answers (the representations
// and the error). Routes parse with these, and openapi.ts turns the same schemas into the published document.
import { z } from 'zod';
import { accountabilityReport, bodyAccountabilityReport } from '../recommendations/accountability-schemas';
import type { ActionStatus, Decision } from '../db/schema';
import type { StepStatus } from '../recommendations/deadlines';
import { ACTION_MAX, ANSWER_MAX, MAX_ACTIONS, RESPONSIBLE_MAX, SENT_STATUSES, UPDATE_MAX } from '../recommendations/answers';
import { id } from '../schemas';

/** Every member of a string union as a tuple for z.enum; the compiler refuses a list that misses one. */
const every =
	<T extends string>() =>
	<const L extends readonly [T, ...T[]]>(list: L & ([T] extends [L[number]] ? unknown : never)): L =>
		list;

const decisions = every<Decision>()(['accepted', 'partially_accepted', 'not_accepted', 'more_time']);
const actionStatuses = every<ActionStatus>()(['committed', 'in_progress', 'done', 'dropped']);
const stepStatuses = every<StepStatus>()(['not_started', 'pending', 'on_time', 'late', 'overdue']);

/** Named schemas for the document's components: requests as they are sent, representations as they are answered. */
export const requestSchemas = z.registry<{ id: string; description: string }>();
export const responseSchemas = z.registry<{ id: string; description: string }>();

// The limits are the services' own, so a body the schema accepts is never refused for its length by the service.
const text = (max: number, description: string) => z.string().trim().min(1).max(max).describe(description);
const calendarDate = (description: string) => z.iso.date().describe(`${description} A calendar date, YYYY-MM-DD.`);

export const recommendationId = id.describe('A recommendation sent to your body.');
export const questionId = id.describe('A follow-up question on the recommendation.');

// ----------------------------------------------------------------------------------------------------- requests

export const acknowledgeBody = z
	.strictObject({
		responsibleOfficial: text(RESPONSIBLE_MAX, 'Who at the body is responsible for the answer: a role, a name or both. The committee sees it.')
	})
	.register(requestSchemas, { id: 'AcknowledgeRequest', description: 'The acknowledgement: the first step, required before an answer.' });

const actionInput = z
	.strictObject({
		description: text(ACTION_MAX, 'What the body will do.'),
		targetDate: calendarDate('When it will be done by; today or later.')
	})
	.register(requestSchemas, { id: 'CommittedAction', description: 'An action the body commits to in its answer.' });

export const answerBody = z
	.strictObject({
		decision: z
			.enum(decisions)
			.describe('accepted and partially_accepted need at least one action; not_accepted takes none; more_time needs newDueDate and is granted at once only the first time (after that it waits for an admin).'),
		rationale: text(ANSWER_MAX, 'The reasons, in words the committee’s young members can follow. Published with the answer.'),
		newDueDate: calendarDate('For more_time only: the new date for the answer, later than the current one and at most a year away. Due at the end of that day in the committee’s time zone.').optional(),
		actions: z.array(actionInput).max(MAX_ACTIONS).optional().describe('For accepted and partially_accepted: the actions the body commits to.')
	})
	.register(requestSchemas, { id: 'AnswerRequest', description: 'The body’s answer to an acknowledged recommendation, or its request for more time.' });

export const updateBody = z
	.strictObject({
		body: text(UPDATE_MAX, 'What has happened since the answer. Published on the recommendation.'),
		actionId: id.describe('The committed action this update is about (from the recommendation’s actions).').optional(),
		actionStatus: z.enum(actionStatuses).describe('The action’s new status; needs actionId.').optional()
	})
	.register(requestSchemas, { id: 'ProgressUpdateRequest', description: 'A progress update on an answered recommendation, optionally moving one action on.' });

export const replyBody = z
	.strictObject({
		reply: text(UPDATE_MAX, 'The reply to the committee’s follow-up question. Published with the question; a question gets one reply.')
	})
	.register(requestSchemas, { id: 'ReplyRequest', description: 'A reply to a follow-up question.' });

export const PAGE_MAX = 100;

export const inboxQuery = z.object({
	status: z.enum(SENT_STATUSES).optional().describe('Only recommendations in this status.'),
	since: z.iso.datetime({ offset: true }).optional().describe('Only recommendations changed at or after this moment (ISO 8601 date-time with Z or an offset). Pass the latest updatedAt you have seen to fetch what changed.'),
	limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(50).describe('Page size.'),
	offset: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0).describe('How many to skip; the previous page’s page.nextOffset.')
});

// ------------------------------------------------------------------------------------------------ representations

const moment = (description?: string) => z.iso.datetime().describe(description ? `${description} ISO 8601, UTC.` : 'ISO 8601, UTC.');

const deadlines = z
	.object({
		acknowledge: z.enum(stepStatuses).describe('pending: not due yet; on_time / late: done before or after its date; overdue: not done and the date has passed.'),
		answer: z.enum(stepStatuses),
		acknowledgeDueAt: moment('When the acknowledgement is due.').nullable(),
		answerDueAt: moment('When the answer is due (moved by a granted request for more time).').nullable(),
		overdue: z.boolean().describe('Either step is overdue now.'),
		nextDueAt: moment('The next date the body must meet; null when nothing is due.').nullable()
	})
	.register(responseSchemas, { id: 'Deadlines', description: 'The deadlines as of the moment of the request.' });

const sentStatus = z.enum(SENT_STATUSES);

export const inboxItem = z
	.object({
		id: recommendationId,
		title: z.string(),
		status: sentStatus,
		committeeName: z.string(),
		submittedAt: moment('When the committee sent it.'),
		updatedAt: moment('Its last change.'),
		deadlines,
		openQuestions: z.number().int().min(0).describe('Follow-up questions still waiting for a reply.')
	})
	.register(responseSchemas, { id: 'InboxItem', description: 'A recommendation in the body’s inbox.' });

export const recommendationList = z
	.object({
		recommendations: z.array(inboxItem).describe('The most urgent first: what is due soonest (overdue first), then the newest.'),
		page: z.object({
			offset: z.number().int(),
			limit: z.number().int(),
			total: z.number().int().describe('How many match the filter.'),
			nextOffset: z.number().int().nullable().describe('The offset of the next page; null on the last page.')
		})
	})
	.register(responseSchemas, { id: 'RecommendationList', description: 'A page of the body’s inbox.' });

export const recommendation = z
	.object({
		id: recommendationId,
		title: z.string(),
		body: z.string().describe('What the committee recommends.'),
		rationale: z.string(),
		status: sentStatus,
		committeeId: z.string(),
		committeeName: z.string().describe('The committee speaks as one: no member is ever named.'),
		country: z.string(),
		consultationId: z.string(),
		consultationTitle: z.string(),
		bodyId: z.string(),
		bodyName: z.string(),
		adoptedAt: moment('When the committee adopted it by vote.').nullable(),
		adoptionEvidence: z.string().nullable().describe('The adoption vote, e.g. "adopted 14–3, turnout 86%".'),
		adoptionBallotId: z.string().nullable(),
		submittedAt: moment('When it was sent to the body.').nullable(),
		acknowledgedAt: moment('When the body acknowledged it.').nullable(),
		responsibleOfficial: z.string().nullable(),
		answeredAt: moment('When the body answered it.').nullable(),
		decision: z.enum(decisions).nullable().describe('The latest decision; more_time while an answer is still to come.'),
		extensions: z.number().int().describe('How many times more time was granted.'),
		withdrawnAt: moment('When the committee withdrew it.').nullable(),
		withdrawnReason: z.string().nullable(),
		deadlines,
		evidence: z.array(
			z.object({
				positionId: z.string(),
				statement: z.string(),
				sectionNumber: z.string().nullable(),
				result: z.string().nullable().describe('The last closed ballot on the position, e.g. "adopted 14–3, 2 abstentions, turnout 86%".'),
				ballotId: z.string().nullable()
			})
		),
		responses: z.array(z.object({ id: z.string(), decision: z.enum(decisions), rationale: z.string(), newDueAt: moment('For more_time: the new answer date.').nullable(), createdAt: moment() })),
		actions: z.array(z.object({ id: z.string(), description: z.string(), targetDate: z.iso.date(), status: z.enum(actionStatuses) })),
		updates: z.array(z.object({ id: z.string(), body: z.string(), actionId: z.string().nullable(), actionStatus: z.enum(actionStatuses).nullable(), createdAt: moment() })),
		questions: z.array(z.object({ id: questionId, body: z.string(), createdAt: moment(), reply: z.string().nullable(), repliedAt: moment().nullable() })).describe('The committee’s follow-up questions (no author is named).'),
		feedback: z.object({ responses: z.number().int(), understood: z.number().int(), yes: z.number().int(), partly: z.number().int(), no: z.number().int() }).describe('How the committee’s members rated the answer, as counts.'),
		extensionPending: z.boolean().describe('A second request for more time waits for an admin.')
	})
	.register(responseSchemas, { id: 'Recommendation', description: 'A recommendation as the body sees it: the record the committee and the public see too, naming the committee and never a member.' });

export const recommendationResult = z
	.object({ recommendation })
	.register(responseSchemas, { id: 'RecommendationResult', description: 'The recommendation as it is now.' });

export const answerResult = z
	.object({
		responseId: z.string(),
		pendingApproval: z.boolean().describe('A second (or later) request for more time waits for an admin; the due date moves once approved.'),
		recommendation
	})
	.register(responseSchemas, { id: 'AnswerResult', description: 'The stored answer and the recommendation as it is now.' });

export const updateResult = z
	.object({ updateId: z.string(), recommendation })
	.register(responseSchemas, { id: 'ProgressUpdateResult', description: 'The stored update and the recommendation as it is now.' });

export const openApiResult = z
	.looseObject({ openapi: z.literal('3.1.0') })
	.register(responseSchemas, { id: 'OpenApiDocument', description: 'This document.' });

// -------------------------------------------------------------------------------------------------------- errors

/** The codes an error carries: the services' (errors.ts) and the ones only HTTP has. */
export const errorCodes = ['bad_request', 'invalid', 'unauthenticated', 'forbidden', 'not_found', 'method_not_allowed', 'conflict', 'too_large', 'unsupported_media_type', 'rate_limited', 'internal'] as const;
export type ApiErrorCode = (typeof errorCodes)[number];

export const apiError = z
	.object({
		error: z.object({
			code: z.enum(errorCodes),
			message: z.string().describe('For a person to read; names the field when one is wrong.'),
			field: z.string().optional().describe('The request field at fault (a path such as actions[0].targetDate), when there is one.')
		})
	})
	.register(responseSchemas, { id: 'Error', description: 'Every refusal has this shape.' });

// The public accountability record (recommendations/accountability-schemas.ts, shared with the pages and the CSV):
// registered here so the document names them. Its moments are epoch milliseconds, as the pages use them.
responseSchemas.add(accountabilityReport, { id: 'AccountabilityReport', description: 'The platform’s accountability record: figures, per-body figures and the list, overdue first.' });
responseSchemas.add(bodyAccountabilityReport, { id: 'BodyAccountabilityReport', description: 'One government body’s accountability record, with its deadlines.' });
