// The operations of /api/v1 and the OpenAPI 3.1 document built from them. Each route serves one operation here
// through endpoint(), parsing with the very schemas the document shows (z.toJSONSchema), so the two agree by
// construction; tests/integration/api.test.ts walks src/routes/api/v1 to hold the list of routes to this one.
import { z } from 'zod';
import { DAY_MS } from '../clock';
import { BODY_LIMIT, operation } from './endpoint';
import { accountabilityQuery, accountabilityReport, bodyAccountabilityQuery, bodyAccountabilityReport } from '../recommendations/accountability-schemas';
import {
	acknowledgeBody,
	answerBody,
	answerResult,
	apiError,
	inboxQuery,
	openApiResult,
	questionId,
	recommendationId,
	recommendationList,
	recommendationResult,
	replyBody,
	requestSchemas,
	responseSchemas,
	updateBody,
	updateResult
} from './schemas';

const GOVERNMENT = 'Government bodies';

const inDays = (now: number, days: number) => new Date(now + days * DAY_MS).toISOString().slice(0, 10);

/** A government body's id, as in /api/v1/accountability/{bodyId}. */
const bodyIdParameter = z.string().describe('The government body’s id (16 characters).');

export const operations = {
	listRecommendations: operation({
		operationId: 'listRecommendations',
		method: 'GET',
		path: '/recommendations',
		auth: 'token',
		tag: GOVERNMENT,
		summary: 'The body’s inbox',
		description: 'The recommendations sent to the token’s body, the most urgent first. Withdrawn ones stay, marked withdrawn.',
		query: inboxQuery,
		response: { status: 200, schema: recommendationList, description: 'A page of the inbox.' },
		refusals: []
	}),
	getRecommendation: operation({
		operationId: 'getRecommendation',
		method: 'GET',
		path: '/recommendations/{id}',
		auth: 'token',
		tag: GOVERNMENT,
		summary: 'One recommendation',
		description: 'Its text, the evidence it rests on, the deadlines, and every answer, action, update and follow-up question so far.',
		response: { status: 200, schema: recommendationResult, description: 'The recommendation.' },
		refusals: [404]
	}),
	acknowledgeRecommendation: operation({
		operationId: 'acknowledgeRecommendation',
		method: 'POST',
		path: '/recommendations/{id}/acknowledge',
		auth: 'token',
		tag: GOVERNMENT,
		summary: 'Acknowledge a recommendation',
		description: 'The first step, once: the body says it has the recommendation and who is responsible for the answer. 409 if it was acknowledged already or withdrawn.',
		body: acknowledgeBody,
		example: () => ({ responsibleOfficial: 'Director, Child Protection Division' }),
		response: { status: 200, schema: recommendationResult, description: 'Acknowledged.' },
		refusals: [404, 409]
	}),
	answerRecommendation: operation({
		operationId: 'answerRecommendation',
		method: 'POST',
		path: '/recommendations/{id}/answer',
		auth: 'token',
		tag: GOVERNMENT,
		summary: 'Answer a recommendation, or ask for more time',
		description:
			'After the acknowledgement, once: accepted or partially_accepted with the actions the body commits to, or not_accepted, each with the reasons. Or more_time with a new date: granted at once the first time; a second request waits for an admin (pendingApproval). 409 before the acknowledgement, after an answer, while a request for more time waits, or once withdrawn.',
		body: answerBody,
		example: (now) => ({
			decision: 'accepted',
			rationale: 'We will set the age limit at 16 after hearing a youth panel, as the committee asks.',
			actions: [{ description: 'Hold a youth panel on the age limit', targetDate: inDays(now, 60) }]
		}),
		response: { status: 201, schema: answerResult, description: 'The answer (or the request for more time) is stored.' },
		refusals: [404, 409]
	}),
	postProgressUpdate: operation({
		operationId: 'postProgressUpdate',
		method: 'POST',
		path: '/recommendations/{id}/updates',
		auth: 'token',
		tag: GOVERNMENT,
		summary: 'Post a progress update',
		description: '“You said, we did”: after the answer, as often as there is news, optionally moving one committed action to a new status. 409 before the answer or once withdrawn.',
		body: updateBody,
		example: () => ({ body: 'The youth panel met on 3 March; its report is on our website.' }),
		response: { status: 201, schema: updateResult, description: 'The update is published.' },
		refusals: [404, 409]
	}),
	replyToQuestion: operation({
		operationId: 'replyToQuestion',
		method: 'POST',
		path: '/recommendations/{id}/questions/{qid}/reply',
		auth: 'token',
		tag: GOVERNMENT,
		summary: 'Reply to a follow-up question',
		description: 'The committee’s members may ask one follow-up question each about an answer; the body replies once to each. 409 if it has a reply already.',
		body: replyBody,
		example: () => ({ reply: 'Ten members of youth committees, chosen by the committees themselves.' }),
		response: { status: 200, schema: recommendationResult, description: 'The reply is published.' },
		refusals: [404, 409]
	}),
	openApiDocument: operation({
		operationId: 'getOpenApiDocument',
		method: 'GET',
		path: '/openapi.json',
		auth: 'public',
		tag: 'About the API',
		summary: 'This document',
		description: 'The OpenAPI 3.1 description of /api/v1, built from the schemas the endpoints parse with.',
		response: { status: 200, schema: openApiResult, description: 'The document.' },
		refusals: []
	}),
	accountability: operation({
		operationId: 'getAccountability',
		method: 'GET',
		path: '/accountability',
		auth: 'public',
		tag: 'Accountability',
		summary: 'The public accountability record',
		description: 'Recommendations sent to government bodies, whether each body acknowledged and answered them on time, median days, decisions, and the list with overdue items first (docs/accountability.md). No token; any site may read it.',
		query: accountabilityQuery,
		response: { status: 200, schema: accountabilityReport, description: 'The figures and the list.' },
		refusals: []
	}),
	bodyAccountability: operation({
		operationId: 'getBodyAccountability',
		method: 'GET',
		path: '/accountability/{bodyId}',
		auth: 'public',
		tag: 'Accountability',
		summary: 'One government body’s accountability record',
		description: 'The same record for one body, with its deadlines. No token.',
		query: bodyAccountabilityQuery,
		response: { status: 200, schema: bodyAccountabilityReport, description: 'The body’s figures and list.' },
		refusals: [404]
	})

};

export type AnyOperation = (typeof operations)[keyof typeof operations];

/** The document's name for a registered schema. */
const ref = (registry: typeof requestSchemas, schema: z.ZodType) => ({ $ref: `#/components/schemas/${registry.get(schema)!.id}` });

/** Components without the per-schema $schema and $id that z.toJSONSchema adds (the document has one dialect). */
function components(registry: typeof requestSchemas, io: 'input' | 'output'): Record<string, object> {
	const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` });
	return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'))]));
}

function inline(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
	const json: Record<string, unknown> = z.toJSONSchema(schema, { io });
	delete json.$schema;
	return json;
}

const pathParameters: Record<string, z.ZodType> = { id: recommendationId, qid: questionId, bodyId: bodyIdParameter };

/** Refusals every operation of a kind can meet, by the name of the response in components.responses. */
const errorResponses = {
	400: { name: 'BadRequest', description: 'The body is not JSON, or a query parameter is wrong (the message names it).' },
	401: { name: 'Unauthenticated', description: 'No token, or an unknown or revoked one. Comes with WWW-Authenticate: Bearer.' },
	404: { name: 'NotFound', description: 'No such recommendation or question for the token’s body: another body’s recommendations do not exist for it.' },
	409: { name: 'Conflict', description: 'The recommendation is not in a state that allows this now (see the lifecycle in docs/api.md).' },
	413: { name: 'TooLarge', description: `The body is larger than ${BODY_LIMIT / 1024} KB.` },
	415: { name: 'UnsupportedMediaType', description: 'The body is not sent as application/json.' },
	422: { name: 'Invalid', description: 'The JSON does not match the request schema, or breaks a rule (a date in the past, no actions for accepted…); the message and `field` name the field.' }
} as const satisfies Record<number, { name: string; description: string }>;

function refusalsOf(op: AnyOperation): (keyof typeof errorResponses)[] {
	const statuses = new Set<keyof typeof errorResponses>(op.refusals);
	if (op.auth === 'token') statuses.add(401);
	if (op.query) statuses.add(400);
	if (op.body) for (const s of [400, 413, 415, 422] as const) statuses.add(s);
	return [...statuses].sort();
}

export function openApiDocument(now = Date.now()) {
	const paths: Record<string, Record<string, object>> = {};
	for (const op of Object.values(operations) as AnyOperation[]) {
		const parameters = [
			...[...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, description: pathParameters[name!]!.description, schema: inline(pathParameters[name!]!, 'input') })),
			...(op.query
				? Object.entries(op.query.shape).map(([name, schema]) => ({ name, in: 'query', required: !(schema as z.ZodType).isOptional(), description: (schema as z.ZodType).description, schema: inline(schema as z.ZodType, 'input') }))
				: [])
		];
		const responses: Record<string, object> = {
			[op.response.status]: { description: op.response.description, content: { 'application/json': { schema: ref(responseSchemas, op.response.schema) } } }
		};
		for (const status of refusalsOf(op)) responses[status] = { $ref: `#/components/responses/${errorResponses[status].name}` };
		paths[op.path] ??= {};
		paths[op.path]![op.method.toLowerCase()] = {
			operationId: op.operationId,
			tags: [op.tag],
			summary: op.summary,
			description: op.description,
			security: op.auth === 'token' ? [{ bearerToken: [] }] : [],
			...(parameters.length ? { parameters } : {}),
			...(op.body
				? { requestBody: { required: true, content: { 'application/json': { schema: ref(requestSchemas, op.body), example: op.example?.(now) } } } }
				: {}),
			responses
		};
	}
	const errorContent = { 'application/json': { schema: ref(responseSchemas, apiError) } };
	return {
		openapi: '3.1.0' as const,
		info: {
			title: 'Youth Voice API',
			version: '1',
			description:
				'For the systems of government bodies that receive recommendations from youth advisory committees: read the inbox, acknowledge, answer, post progress updates and reply to follow-up questions. An admin issues each body its tokens (see docs/api.md). Dates in answers are ISO 8601 in UTC; calendar dates in requests are YYYY-MM-DD in the committee’s time zone. Young people are never named: the committee speaks as one.'
		},
		servers: [{ url: '/api/v1' }],
		tags: [{ name: GOVERNMENT, description: 'A body’s own recommendations, with its bearer token.' }, { name: 'About the API' }],
		paths,
		components: {
			securitySchemes: {
				bearerToken: { type: 'http', scheme: 'bearer', description: 'A token an admin issued to your body (yv_…), sent as Authorization: Bearer <token>. Revoked tokens stop at once.' }
			},
			schemas: { ...components(requestSchemas, 'input'), ...components(responseSchemas, 'output') },
			responses: Object.fromEntries(
				Object.entries(errorResponses).map(([status, { name, description }]) => [
					name,
					status === '401'
						? { description, headers: { 'WWW-Authenticate': { description: 'Bearer realm="Youth Voice API", with error="invalid_token" for an unknown or revoked token.', schema: { type: 'string' } } }, content: errorContent }
						: { description, content: errorContent }
				])
			)
		}
	};
}
