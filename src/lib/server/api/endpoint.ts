// The one way an /api/v1 route runs: authenticate the bearer token, read the query and the JSON body with the
// operation's schemas, call the service, answer JSON. Every refusal is { error: { code, message } } with a 4xx, and a
// session cookie is never read: the API speaks only for the government body a token was issued to.
import { json, type RequestEvent, type RequestHandler } from '@sveltejs/kit';
import type { z } from 'zod';
import { getDb, type Db } from '../db/index';
import { DomainError, httpStatus } from '../errors';
import { errorMessage, m, translate } from '../i18n';
import { authenticateApiToken } from '../government/api-tokens';
import type { ApiTokenActor } from '../recommendations/answers';
import type { ApiErrorCode } from './schemas';

export const API_PREFIX = '/api/v1';

/**
 * The largest body an endpoint reads. The longest answer the services take (8,000 characters of rationale and 20
 * actions of 1,000) is under 100 KB as UTF-8 Thai; adapter-node's own limit (BODY_SIZE_LIMIT, 2 MB) is for forms.
 */
export const BODY_LIMIT = 256 * 1024;

/** Statuses an endpoint can refuse with besides the ones every endpoint has (401 with a token, 400/413/415/422 with a body). */
export type Refusal = 404 | 409;

export interface Operation<B extends z.ZodType | undefined = undefined, Q extends z.ZodObject | undefined = undefined, R extends z.ZodType = z.ZodType, P extends string = string, A extends 'token' | 'public' = 'token' | 'public'> {
	operationId: string;
	method: 'GET' | 'POST';
	/** Under /api/v1, with {name} where the route folder has [name=id]. */
	path: P;
	/** token: a government body's bearer token; public: anyone. */
	auth: A;
	tag: string;
	summary: string;
	description: string;
	query?: Q;
	body?: B;
	/** A request the endpoint accepts, as of `now` (dates in the future): shown in the document, sent by the tests. */
	example?: B extends z.ZodType ? (now: number) => z.input<B> : never;
	response: { status: 200 | 201; schema: R; description: string };
	refusals: Refusal[];
}

/** Keeps an operation's literal types (its schemas, its path's parameters) for the route that serves it. */
export function operation<B extends z.ZodType | undefined = undefined, Q extends z.ZodObject | undefined = undefined, R extends z.ZodType = z.ZodType, const P extends string = string, const A extends 'token' | 'public' = 'token'>(
	op: Operation<B, Q, R, P, A>
): Operation<B, Q, R, P, A> {
	return op;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type PathParams<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? Record<N, string> & PathParams<Rest> : Record<never, string>;

export interface Call<B, Q, P extends string, A> {
	db: Db;
	actor: A extends 'token' ? ApiTokenActor : null;
	query: Parsed<Q>;
	body: Parsed<B>;
	params: PathParams<P>;
}

/** "/api/v1/recommendations/[id=id]/acknowledge" → "/api/v1/recommendations/{id}/acknowledge" */
export function pathOfRoute(routeId: string): string {
	return routeId.replace(/\[(\w+)(?:=\w+)?\]/g, '{$1}');
}

class Refused extends Error {
	constructor(
		readonly status: number,
		readonly code: ApiErrorCode,
		message: string,
		readonly field?: string,
		readonly headers: Record<string, string> = {}
	) {
		super(message);
	}
}

function errorResponse(status: number, code: ApiErrorCode, message: string, field?: string, headers: Record<string, string> = {}): Response {
	return json({ error: field ? { code, message, field } : { code, message } }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

const REALM = 'Bearer realm="Youth Voice API"';

/** A DomainError or a refusal as the API's error; anything else is a bug and is rethrown. */
function refusalOf(error: unknown): Refused {
	if (error instanceof Refused) return error;
	if (!(error instanceof DomainError)) throw error;
	const message = errorMessage(error);
	if (error.code === 'unauthenticated') {
		// RFC 6750: no credentials get the challenge alone; bad ones say invalid_token.
		const challenge = error.messageKey === 'error_api_token_invalid' ? `${REALM}, error="invalid_token"` : REALM;
		return new Refused(401, 'unauthenticated', message, undefined, { 'www-authenticate': challenge });
	}
	// Well-formed JSON that the rules refuse (a date in the past, no actions for "accepted") is 422, like a schema's refusal.
	const status = error.code === 'invalid' ? 422 : httpStatus[error.code];
	return new Refused(status, error.code, error.field ? `${error.field}: ${message}` : message, error.field);
}

/** actions[0].targetDate, or the unknown key's name. */
function fieldOf(issue: z.core.$ZodIssue): string | undefined {
	const path = issue.code === 'unrecognized_keys' && issue.keys.length ? [...issue.path, issue.keys[0]!] : issue.path;
	return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '') || undefined;
}

/** Shared schemas carry message names (src/lib/server/schemas.ts); zod's own messages are already words. */
function wordsOf(issue: z.core.$ZodIssue): string {
	const words = issue.message in m ? translate(issue.message) : issue.message;
	const field = fieldOf(issue);
	return field ? `${field}: ${words}` : words;
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, status: 400 | 422): z.output<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issues = result.error.issues;
	throw new Refused(status, 'invalid', issues.slice(0, 5).map(wordsOf).join('; '), fieldOf(issues[0]!));
}

function contentType(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * The body's bytes, or null when there are more than BODY_LIMIT. A body over the limit is still read to its end (and
 * dropped): a server that answers before the client has sent everything resets a kept-alive connection, and the
 * client loses the answer. adapter-node stops any body at BODY_SIZE_LIMIT (2 MB) with a 413 error on the stream.
 */
async function readLimited(request: Request): Promise<Uint8Array | null> {
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (let read = await reader.read(); !read.done; read = await reader.read()) {
		size += read.value.byteLength;
		if (size <= BODY_LIMIT) chunks.push(read.value);
	}
	return size > BODY_LIMIT ? null : Buffer.concat(chunks);
}

/** Reads what is left of a refused request's body and drops it, for the same reason. */
async function drain(request: Request): Promise<void> {
	if (!request.body || request.bodyUsed) return;
	const reader = request.body.getReader();
	try {
		while (!(await reader.read()).done);
	} catch {
		// stopped at BODY_SIZE_LIMIT
	}
}

async function readJson(request: Request): Promise<unknown> {
	if (contentType(request) !== 'application/json') throw new Refused(415, 'unsupported_media_type', translate('error_api_not_json'));
	const tooLarge = new Refused(413, 'too_large', translate('error_request_too_large'));
	let bytes: Uint8Array | null;
	try {
		bytes = await readLimited(request);
	} catch (error) {
		if (typeof error === 'object' && error !== null && (error as { status?: number }).status === 413) throw tooLarge;
		throw new Refused(400, 'bad_request', translate('error_bad_request'));
	}
	if (bytes === null) throw tooLarge;
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw new Refused(400, 'bad_request', translate('error_api_malformed_json'));
	}
}

/** The route's handler: the operation's checks around `run`, which calls the service. */
export function endpoint<B extends z.ZodType | undefined, Q extends z.ZodObject | undefined, R extends z.ZodType, P extends string, A extends 'token' | 'public'>(
	op: Operation<B, Q, R, P, A>,
	run: (call: Call<B, Q, P, A>) => Promise<z.output<R>>
): RequestHandler {
	return async (event: RequestEvent) => {
		// The document is built from the operations: a route must serve the operation it says it serves.
		if (event.route.id === null || pathOfRoute(event.route.id) !== API_PREFIX + op.path || event.request.method !== op.method) {
			throw new Error(`${event.request.method} ${event.route.id} is wired to the operation ${op.method} ${op.path}`);
		}
		try {
			const db = getDb();
			const actor = op.auth === 'token' ? await authenticateApiToken(db, event.request.headers.get('authorization')) : null;
			const query = op.query ? parseWith(op.query, Object.fromEntries(event.url.searchParams), 400) : undefined;
			const body = op.body ? parseWith(op.body, await readJson(event.request), 422) : undefined;
			const call = { db, actor, query, body, params: event.params } as Call<B, Q, P, A>;
			const result = await run(call);
			// Public answers carry no cookie-bound data: any site may read them.
			return json(result, { status: op.response.status, headers: op.auth === 'token' ? { 'cache-control': 'no-store' } : { 'access-control-allow-origin': '*' } });
		} catch (error) {
			const refused = refusalOf(error);
			await drain(event.request);
			return errorResponse(refused.status, refused.code, refused.message, refused.field, refused.headers);
		}
	};
}

const codeOfStatus: Record<number, ApiErrorCode> = { 400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 409: 'conflict', 413: 'too_large', 415: 'unsupported_media_type', 422: 'invalid', 429: 'rate_limited' };

export function isApiPath(pathname: string): boolean {
	return pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`);
}

/**
 * For the handle hook: what SvelteKit answers by itself under /api/v1 (no such path, a method the route does not
 * take, an unexpected crash) in the API's error shape, keeping its status and headers (Allow on a 405).
 */
export async function inApiShape(response: Response): Promise<Response> {
	if (response.status < 400) return response;
	if ((response.headers.get('content-type') ?? '').startsWith('application/json')) {
		const body: unknown = await response.clone().json().catch(() => null);
		if (typeof body === 'object' && body !== null && 'error' in body) return response;
	}
	const code = response.status >= 500 ? 'internal' : (codeOfStatus[response.status] ?? 'bad_request');
	const message = translate(code === 'not_found' ? 'error_api_no_such_endpoint' : code === 'method_not_allowed' ? 'error_api_method_not_allowed' : code === 'internal' ? 'error_internal' : 'error_bad_request');
	const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'content-type' && name !== 'content-length'));
	return errorResponse(response.status, code, message, undefined, headers);
}
