// /api/v1 over real HTTP: the route modules under src/routes/api/v1 behind a node http server that finds them the way
// SvelteKit's router does (folders, [name=matcher] parameters), on a migrated, seeded database. A government system
// runs a recommendation's whole life; every other body, token, body shape and state is refused with a 4xx in the one
// error shape; and the OpenAPI document lists exactly these routes and accepts and refuses what they do. What only the
// built app does (SvelteKit's origin check, the hooks) is in tests/e2e/api.spec.ts.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent, RequestHandler } from '@sveltejs/kit';
import { getRequest, setResponse } from '@sveltejs/kit/node';
import type { z } from 'zod';
import { closeDb, getDb, type Db } from '../../src/lib/server/db/index';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { seedDemo } from '../../scripts/demo-seed';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { createSession } from '../../src/lib/server/auth/session';
import { DAY_MS } from '../../src/lib/server/clock';
import { createGovernmentBody } from '../../src/lib/server/government/bodies';
import { issueApiToken, revokeApiToken } from '../../src/lib/server/government/api-tokens';
import { submitRecommendations, withdrawRecommendation } from '../../src/lib/server/recommendations/submissions';
import { askFollowUp } from '../../src/lib/server/recommendations/feedback';
import { API_PREFIX, BODY_LIMIT, pathOfRoute } from '../../src/lib/server/api/endpoint';
import { openApiDocument, operations } from '../../src/lib/server/api/openapi';
import { answerResult, apiError, recommendationList, recommendationResult, updateResult } from '../../src/lib/server/api/schemas';
import { match as isId } from '../../src/params/id';
import { actor, adoptedRecommendation, BASE_URL, committeeId, demoEmail } from '../helpers';

// ------------------------------------------------------------------------------------------ routes and the server

const ROUTES = path.resolve('src/routes');
const API_ROUTES = path.join(ROUTES, 'api/v1');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const matchers: Record<string, (param: string) => boolean> = { id: isId };

function serverFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? serverFiles(path.join(dir, e.name)) : e.name === '+server.ts' ? [path.join(dir, e.name)] : []));
}

interface Route {
	id: string;
	pattern: RegExp;
	params: { name: string; matcher?: string }[];
	module: Record<string, unknown>;
}

async function loadRoutes(): Promise<Route[]> {
	const routes: Route[] = [];
	for (const file of serverFiles(API_ROUTES)) {
		const id = '/' + path.relative(ROUTES, path.dirname(file)).split(path.sep).join('/');
		const params: Route['params'] = [];
		const source = id.split('/').map((segment) => {
			const param = /^\[(\w+)(?:=(\w+))?\]$/.exec(segment);
			if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			params.push({ name: param[1]!, matcher: param[2] });
			return '([^/]+)';
		});
		routes.push({ id, pattern: new RegExp(`^${source.join('/')}$`), params, module: (await import(file)) as Record<string, unknown> });
	}
	return routes;
}

function find(routes: Route[], pathname: string): { route: Route; params: Record<string, string> } | null {
	for (const route of routes) {
		const found = route.pattern.exec(pathname);
		if (!found) continue;
		const params: Record<string, string> = {};
		route.params.forEach((p, i) => (params[p.name] = decodeURIComponent(found[i + 1]!)));
		if (route.params.every((p) => !p.matcher || matchers[p.matcher]!(params[p.name]!))) return { route, params };
	}
	return null;
}

let db: Db;
let server: http.Server;
let origin: string;
let routes: Route[];

let admin: SessionUser;
let facilitator: SessionUser;
let bangkok: string;
let ministry: string;
let otherBody: string;
let token: string;
let otherToken: string;
let revokedToken: string;

beforeAll(async () => {
	// The route modules reach the database through getDb(), so the test's database is the process's one.
	process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yv-api-')), 'api.db');
	db = getDb();
	await migrateToLatest(db);
	await seedDemo(db, BASE_URL);
	admin = await actor(db, demoEmail('admin'));
	facilitator = await actor(db, demoEmail('facilitator'));
	bangkok = await committeeId(db, 'Bangkok');
	ministry = (await db.selectFrom('government_bodies').select('id').executeTakeFirstOrThrow()).id;
	otherBody = await createGovernmentBody(db, admin, { name: 'Ministry of Education', country: 'TH', acknowledgeWithinDays: 7, respondWithinDays: 30, headContactEmail: null });
	token = (await issueApiToken(db, admin, { bodyId: ministry, label: 'Case system' })).token;
	otherToken = (await issueApiToken(db, admin, { bodyId: otherBody, label: 'Education case system' })).token;
	const revoked = await issueApiToken(db, admin, { bodyId: ministry, label: 'Old system' });
	await revokeApiToken(db, admin, revoked.id);
	revokedToken = revoked.token;

	routes = await loadRoutes();
	server = http.createServer(async (req, res) => {
		// adapter-node's reading of a request, with server.ts's BODY_SIZE_LIMIT of 2 MB.
		const request = await getRequest({ base: origin, request: req, bodySizeLimit: 2 * 1024 * 1024 });
		const url = new URL(request.url);
		const found = find(routes, url.pathname);
		const handler = found?.route.module[request.method] as RequestHandler | undefined;
		let response: Response;
		try {
			response = handler ? await handler({ request, url, params: found!.params, route: { id: found!.route.id } } as unknown as RequestEvent) : new Response('no route', { status: found ? 405 : 404 });
		} catch (error) {
			response = new Response(String(error), { status: 500 });
		}
		await setResponse(res, response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	await closeDb();
});

// ------------------------------------------------------------------------------------------------------ the client

interface Sent {
	token?: string | null;
	/** JSON to send (as application/json). */
	json?: unknown;
	/** Bytes or text to send as they are, with `type` as the content type (none when null). */
	raw?: string | Uint8Array | ReadableStream<Uint8Array>;
	type?: string | null;
	headers?: Record<string, string>;
}

interface Answer {
	status: number;
	headers: Headers;
	body: unknown;
}

async function call(method: string, pathname: string, sent: Sent = {}): Promise<Answer> {
	const headers: Record<string, string> = { ...sent.headers };
	if (sent.token !== null) headers.authorization = `Bearer ${sent.token ?? token}`;
	let body: BodyInit | undefined;
	if (sent.json !== undefined) {
		body = JSON.stringify(sent.json);
		headers['content-type'] = 'application/json';
	} else if (sent.raw !== undefined) {
		body = sent.raw as BodyInit;
		if (sent.type) headers['content-type'] = sent.type;
	}
	const init: RequestInit & { duplex?: 'half' } = { method, headers, body };
	if (sent.raw instanceof ReadableStream) init.duplex = 'half';
	const response = await fetch(origin + API_PREFIX + pathname, init);
	const text = await response.text();
	let parsed: unknown = text;
	try {
		parsed = JSON.parse(text);
	} catch {
		// not JSON: the test that reads it fails on the shape
	}
	return { status: response.status, headers: response.headers, body: parsed };
}

/** A JSON body of `size` bytes sent in chunks (no Content-Length), read up to the response whatever happens to the upload. */
function chunkedUpload(pathname: string, size: number): Promise<{ status: number; body: unknown }> {
	return new Promise((resolve, reject) => {
		const request = http.request(origin + API_PREFIX + pathname, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
		request.on('response', (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
			response.on('error', reject);
		});
		request.on('error', () => {}); // the server stops reading the upload once it has answered
		const chunk = 'y'.repeat(64 * 1024);
		request.write('"');
		const write = (sent: number): void => {
			if (sent >= size) return void request.end('"');
			if (request.write(chunk)) write(sent + chunk.length);
			else request.once('drain', () => write(sent + chunk.length));
		};
		write(0);
	});
}

/** The answer, checked against its documented schema: nothing missing, nothing more (no field slips into the API unseen). */
function as<S extends z.ZodType>(schema: S, answer: Answer, status: number): z.output<S> {
	expect(answer.status, JSON.stringify(answer.body)).toBe(status);
	const parsed = schema.parse(answer.body);
	expect(parsed).toEqual(answer.body);
	return parsed;
}

/** A refusal: the status, the one error shape, and the code. */
function refused(answer: Answer, status: number, code: string): { code: string; message: string; field?: string } {
	expect(answer.status, JSON.stringify(answer.body)).toBe(status);
	const { error } = apiError.parse(answer.body);
	expect(error.code).toBe(code);
	return error;
}

/** A recommendation adopted in Bangkok and sent to `bodyId` (the ministry unless given). */
async function submitted(bodyId = ministry, title?: string) {
	const adopted = await adoptedRecommendation(db, { committeeId: bangkok, bodyId, facilitator, title });
	await submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [adopted.id], note: '' });
	return adopted;
}

const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const statusOf = async (id: string) => (await db.selectFrom('recommendations').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

// --------------------------------------------------------------------------------------------------------- stories

describe('a government system with its body’s token', () => {
	it('runs a recommendation’s life: inbox, acknowledge, more time, answer, progress, a reply — never seeing a member', async () => {
		const { id, members } = await submitted(ministry, 'Ask young people before setting the age limit (API)');

		const inbox = as(recommendationList, await call('GET', '/recommendations'), 200);
		const item = inbox.recommendations.find((r) => r.id === id)!;
		expect(item).toMatchObject({ status: 'submitted', committeeName: 'Bangkok Youth Advisory Committee', openQuestions: 0, deadlines: { acknowledge: 'pending' } });
		expect(item.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		expect(Date.parse(item.deadlines.acknowledgeDueAt!) - Date.parse(item.submittedAt)).toBe(14 * DAY_MS);

		const first = as(recommendationResult, await call('GET', `/recommendations/${id}`), 200).recommendation;
		expect(first).toMatchObject({ id, status: 'submitted', bodyId: ministry, committeeName: 'Bangkok Youth Advisory Committee', evidence: [{ statement: 'We support Section 4 if the age limit is 16.' }] });
		expect(first.adoptionEvidence).toMatch(/^adopted 4–1/);

		// Acknowledge first; once.
		expect(refused(await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'not_accepted', rationale: 'No.' } }), 409, 'conflict').message).toMatch(/acknowledge this recommendation before/);
		const acknowledged = as(recommendationResult, await call('POST', `/recommendations/${id}/acknowledge`, { json: { responsibleOfficial: '  Director, Child Protection Division ' } }), 200).recommendation;
		expect(acknowledged).toMatchObject({ status: 'acknowledged', responsibleOfficial: 'Director, Child Protection Division', deadlines: { acknowledge: 'on_time' } });
		refused(await call('POST', `/recommendations/${id}/acknowledge`, { json: { responsibleOfficial: 'Again' } }), 409, 'conflict');

		// A decision that is not one of the four, a date in the past: 422, naming the field.
		const bad = refused(await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'maybe', rationale: 'Hmm.' } }), 422, 'invalid');
		expect(bad.field).toBe('decision');
		expect(bad.message).toMatch(/^decision: /);
		const past = refused(await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'more_time', rationale: 'Consulting.', newDueDate: dateIn(-2) } }), 422, 'invalid');
		expect(past).toMatchObject({ field: 'newDueDate', message: 'newDueDate: Please choose a date that has not passed yet.' });
		expect(refused(await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'accepted', rationale: 'Yes.' } }), 422, 'invalid').field).toBe('actions');

		// More time, once freely.
		const extended = as(answerResult, await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'more_time', rationale: 'We are consulting other ministries.', newDueDate: dateIn(80) } }), 201);
		expect(extended.pendingApproval).toBe(false);
		expect(extended.recommendation).toMatchObject({ status: 'acknowledged', decision: 'more_time', extensions: 1, responses: [{ id: extended.responseId, decision: 'more_time' }] });
		expect(extended.recommendation.deadlines.answerDueAt!.slice(0, 10)).toBe(dateIn(80));

		// The answer; updates only after it.
		refused(await call('POST', `/recommendations/${id}/updates`, { json: { body: 'Early news.' } }), 409, 'conflict');
		const answered = as(answerResult, await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'accepted', rationale: 'We will set the age at 16 after a youth panel.', actions: [{ description: 'Hold a youth panel on the age limit', targetDate: dateIn(30) }] } }), 201);
		expect(answered.recommendation).toMatchObject({ status: 'answered', decision: 'accepted', actions: [{ description: 'Hold a youth panel on the age limit', targetDate: dateIn(30), status: 'committed' }] });
		refused(await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'not_accepted', rationale: 'Changed our mind.' } }), 409, 'conflict');
		const actionId = answered.recommendation.actions[0]!.id;
		expect(refused(await call('POST', `/recommendations/${id}/updates`, { json: { body: 'Moving.', actionStatus: 'done' } }), 422, 'invalid').field).toBe('actionId');
		const update = as(updateResult, await call('POST', `/recommendations/${id}/updates`, { json: { body: 'The panel is booked for 3 March.', actionId, actionStatus: 'in_progress' } }), 201);
		expect(update.recommendation.updates).toEqual([expect.objectContaining({ id: update.updateId, body: 'The panel is booked for 3 March.', actionId, actionStatus: 'in_progress' })]);
		expect(update.recommendation.actions[0]!.status).toBe('in_progress');

		// A member's follow-up question, and the body's one reply.
		const question = await askFollowUp(db, members[2]!, { recommendationId: id, body: 'Who will sit on the youth panel?' }, Date.now(), BASE_URL);
		expect(as(recommendationList, await call('GET', '/recommendations?status=answered'), 200).recommendations.find((r) => r.id === id)!.openQuestions).toBe(1);
		refused(await call('POST', `/recommendations/${id}/questions/${'a'.repeat(16)}/reply`, { json: { reply: 'Ten members.' } }), 404, 'not_found');
		const replied = as(recommendationResult, await call('POST', `/recommendations/${id}/questions/${question.id}/reply`, { json: { reply: 'Ten members of youth committees.' } }), 200).recommendation;
		expect(replied.questions).toEqual([expect.objectContaining({ id: question.id, body: 'Who will sit on the youth panel?', reply: 'Ten members of youth committees.' })]);
		refused(await call('POST', `/recommendations/${id}/questions/${question.id}/reply`, { json: { reply: 'Again.' } }), 409, 'conflict');

		// Nothing anywhere names a member: not their display names, real names or emails.
		const everything = JSON.stringify([await call('GET', `/recommendations/${id}`), await call('GET', '/recommendations')].map((a) => a.body));
		for (const m of members) {
			expect(everything).not.toContain(m.display_name);
			expect(everything).not.toContain(m.email);
		}
		expect(everything).not.toMatch(/Test Member|@/);

		// Every write is in the audit log under the token.
		const log = await db.selectFrom('audit_log').select(['action', 'data']).where('subject_id', '=', id).where('action', 'in', ['recommendation.acknowledged', 'recommendation.answered', 'recommendation.progress_update', 'follow_up.replied']).execute();
		expect(log).toHaveLength(5);
		for (const entry of log) expect(JSON.parse(entry.data)).toHaveProperty('apiToken');
	});

	it('filters the inbox by status and last change, and pages through it', async () => {
		const before = new Date(Date.now() - 1000).toISOString();
		await submitted(ministry, 'A second recommendation for paging');
		await submitted(ministry, 'A third recommendation for paging');
		const all = as(recommendationList, await call('GET', '/recommendations?limit=100'), 200);
		expect(all.page).toMatchObject({ offset: 0, limit: 100, nextOffset: null });
		expect(all.page.total).toBe(all.recommendations.length);

		const pages: string[] = [];
		for (let offset: number | null = 0; offset !== null; ) {
			const page: z.output<typeof recommendationList> = as(recommendationList, await call('GET', `/recommendations?limit=2&offset=${offset}`), 200);
			expect(page.recommendations.length).toBeLessThanOrEqual(2);
			pages.push(...page.recommendations.map((r) => r.id));
			offset = page.page.nextOffset;
		}
		expect(pages).toEqual(all.recommendations.map((r) => r.id));

		const recent = as(recommendationList, await call('GET', `/recommendations?since=${encodeURIComponent(before)}&status=submitted`), 200);
		expect(recent.recommendations.map((r) => r.id)).toHaveLength(2);
		// The same moment written in Bangkok's offset.
		const bangkokTime = new Date(Date.parse(before) + 7 * 60 * 60 * 1000).toISOString().replace('Z', '+07:00');
		expect(as(recommendationList, await call('GET', `/recommendations?since=${encodeURIComponent(bangkokTime)}&status=submitted`), 200).recommendations).toHaveLength(2);
		expect(as(recommendationList, await call('GET', `/recommendations?since=${encodeURIComponent(new Date(Date.now() + DAY_MS).toISOString())}`), 200).recommendations).toEqual([]);
	});

	it('refuses a query it cannot read with 400, naming the parameter', async () => {
		for (const [query, field] of [
			['status=draft', 'status'],
			['status=bogus', 'status'],
			['since=yesterday', 'since'],
			['since=2026-01-01', 'since'],
			['since=2026-01-01T10:00:00', 'since'],
			['limit=0', 'limit'],
			[`limit=101`, 'limit'],
			['limit=ten', 'limit'],
			['offset=-1', 'offset'],
			['offset=1.5', 'offset']
		] as const) {
			const error = refused(await call('GET', `/recommendations?${query}`), 400, 'invalid');
			expect(error.field, query).toBe(field);
			expect(error.message).toMatch(new RegExp(`^${field}: `));
		}
	});
});

describe('tokens', () => {
	it('refuses no token, a malformed one, an unknown one and a revoked one with 401 and a Bearer challenge', async () => {
		const none = await call('GET', '/recommendations', { token: null });
		refused(none, 401, 'unauthenticated');
		expect(none.headers.get('www-authenticate')).toBe('Bearer realm="Youth Voice API"');
		refused(await call('GET', '/recommendations', { token: null, headers: { authorization: `Basic ${btoa('official:password')}` } }), 401, 'unauthenticated');
		for (const bad of ['yv_unknowntoken', `${token}x`, revokedToken]) {
			const answer = await call('GET', '/recommendations', { token: bad });
			expect(refused(answer, 401, 'unauthenticated').message).toMatch(/unknown or was revoked/);
			expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="Youth Voice API", error="invalid_token"');
		}
	});

	it('refuses a request without a valid token before looking at its body', async () => {
		const { id } = await submitted();
		refused(await call('POST', `/recommendations/${id}/acknowledge`, { token: null, raw: '{nope', type: 'application/json' }), 401, 'unauthenticated');
		refused(await call('POST', `/recommendations/${id}/acknowledge`, { token: null, raw: '"' + 'z'.repeat(1024 * 1024) + '"', type: 'application/json' }), 401, 'unauthenticated');
		refused(await call('POST', `/recommendations/${id}/acknowledge`, { token: null, raw: 'a=b'.repeat(300_000), type: 'text/plain' }), 401, 'unauthenticated');
		refused(await call('POST', `/recommendations/${id}/acknowledge`, { token: revokedToken, json: { responsibleOfficial: 'Someone' } }), 401, 'unauthenticated');
		expect(await statusOf(id)).toBe('submitted');
	});

	it('does not take a signed-in official’s session cookie instead of a token', async () => {
		const { id } = await submitted();
		const official = await db.selectFrom('users').select('id').where('email', '=', demoEmail('official')).executeTakeFirstOrThrow();
		const cookie = `yv_session=${(await createSession(db, official.id)).token}`;
		refused(await call('GET', '/recommendations', { token: null, headers: { cookie } }), 401, 'unauthenticated');
		refused(await call('POST', `/recommendations/${id}/acknowledge`, { token: null, headers: { cookie }, json: { responsibleOfficial: 'Someone' } }), 401, 'unauthenticated');
		expect(await statusOf(id)).toBe('submitted');
	});

	it('treats another body’s recommendations as not there: 404 to read or write, absent from its inbox', async () => {
		const { id } = await submitted();
		expect(as(recommendationList, await call('GET', '/recommendations', { token: otherToken }), 200).recommendations.map((r) => r.id)).not.toContain(id);
		refused(await call('GET', `/recommendations/${id}`, { token: otherToken }), 404, 'not_found');
		refused(await call('POST', `/recommendations/${id}/acknowledge`, { token: otherToken, json: { responsibleOfficial: 'Someone' } }), 404, 'not_found');
		refused(await call('POST', `/recommendations/${id}/answer`, { token: otherToken, json: { decision: 'not_accepted', rationale: 'No.' } }), 404, 'not_found');
		refused(await call('POST', `/recommendations/${id}/updates`, { token: otherToken, json: { body: 'News.' } }), 404, 'not_found');
		refused(await call('POST', `/recommendations/${id}/questions/${'b'.repeat(16)}/reply`, { token: otherToken, json: { reply: 'Hi.' } }), 404, 'not_found');
		// …the same answer as for a recommendation that does not exist, or one not sent yet.
		const draft = await adoptedRecommendation(db, { committeeId: bangkok, bodyId: ministry, facilitator });
		refused(await call('GET', `/recommendations/${'c'.repeat(16)}`), 404, 'not_found');
		refused(await call('GET', `/recommendations/${draft.id}`), 404, 'not_found');
		expect(await statusOf(id)).toBe('submitted');
	});
});

describe('the lifecycle rules', () => {
	it('refuses to acknowledge or answer a recommendation the committee withdrew (409)', async () => {
		const { id } = await submitted();
		await withdrawRecommendation(db, facilitator, { recommendationId: id, reason: 'Sent to the wrong ministry.' });
		expect(as(recommendationResult, await call('GET', `/recommendations/${id}`), 200).recommendation).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Sent to the wrong ministry.' });
		expect(refused(await call('POST', `/recommendations/${id}/acknowledge`, { json: { responsibleOfficial: 'Someone' } }), 409, 'conflict').message).toBe('The committee withdrew this recommendation.');
		expect(refused(await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'not_accepted', rationale: 'No.' } }), 409, 'conflict').message).toBe('The committee withdrew this recommendation.');
		refused(await call('POST', `/recommendations/${id}/updates`, { json: { body: 'News.' } }), 409, 'conflict');
	});

	it('grants more time once; a second request waits for an admin', async () => {
		const { id } = await submitted();
		as(recommendationResult, await call('POST', `/recommendations/${id}/acknowledge`, { json: { responsibleOfficial: 'Policy unit' } }), 200);
		expect(as(answerResult, await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'more_time', rationale: 'Consulting.', newDueDate: dateIn(70) } }), 201).pendingApproval).toBe(false);
		const second = as(answerResult, await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'more_time', rationale: 'Still consulting.', newDueDate: dateIn(90) } }), 201);
		expect(second.pendingApproval).toBe(true);
		expect(second.recommendation).toMatchObject({ extensions: 1, extensionPending: true });
		refused(await call('POST', `/recommendations/${id}/answer`, { json: { decision: 'not_accepted', rationale: 'No.' } }), 409, 'conflict');
	});
});

// ---------------------------------------------------------------------------------------------- what is sent

const POSTS = Object.values(operations).filter((op) => op.method === 'POST');
const pathFor = (template: string, id: string) => template.replace('{id}', id).replace('{qid}', 'a'.repeat(16));

describe('bodies that are not what the endpoint reads', () => {
	it('refuses every kind of wrong body to every POST with a 4xx in the error shape, and changes nothing', async () => {
		const { id } = await submitted();
		const big = 'x'.repeat(BODY_LIMIT + 1);
		const chunked = (size: number) =>
			new ReadableStream<Uint8Array>({
				start(controller) {
					const chunk = new TextEncoder().encode('"' + 'y'.repeat(64 * 1024 - 2) + '"');
					for (let sent = 0; sent < size; sent += chunk.length) controller.enqueue(chunk);
					controller.close();
				}
			});
		const cases: [string, () => Sent, number][] = [
			['no content type', () => ({ raw: new TextEncoder().encode('{"responsibleOfficial":"x"}'), type: null }), 415],
			['text/plain', () => ({ raw: '{"responsibleOfficial":"x"}', type: 'text/plain' }), 415],
			['a form', () => ({ raw: 'responsibleOfficial=x', type: 'application/x-www-form-urlencoded' }), 415],
			['multipart', () => ({ raw: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\ny\r\n--b--', type: 'multipart/form-data; boundary=b' }), 415],
			['xml', () => ({ raw: '<responsibleOfficial>x</responsibleOfficial>', type: 'application/xml' }), 415],
			['an empty body', () => ({ raw: '', type: 'application/json' }), 400],
			['a broken object', () => ({ raw: '{"responsibleOfficial": ', type: 'application/json' }), 400],
			['not JSON at all', () => ({ raw: 'hello', type: 'application/json' }), 400],
			['bytes that are not UTF-8', () => ({ raw: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), type: 'application/json' }), 400],
			['a NUL byte', () => ({ raw: '\u0000', type: 'application/json; charset=utf-8' }), 400],
			['null', () => ({ json: null }), 422],
			['true', () => ({ json: true }), 422],
			['a number', () => ({ json: 42 }), 422],
			['a string', () => ({ json: 'acknowledge' }), 422],
			['an array', () => ({ json: [{ responsibleOfficial: 'x', decision: 'accepted', rationale: 'x', body: 'x', reply: 'x' }] }), 422],
			['an empty object', () => ({ json: {} }), 422],
			['every field of the wrong type', () => ({ json: { responsibleOfficial: 5, decision: ['accepted'], rationale: {}, newDueDate: 20300101, actions: 'all of them', body: null, actionId: 7, actionStatus: false, reply: true } }), 422],
			['__proto__', () => ({ raw: '{"__proto__": {"responsibleOfficial": "x", "reply": "x", "body": "x"}}', type: 'application/json' }), 422],
			['deeply nested', () => ({ raw: '['.repeat(50_000) + ']'.repeat(50_000), type: 'application/json' }), 422],
			['text longer than any field takes', () => ({ json: { responsibleOfficial: 'x'.repeat(20_000), rationale: 'x'.repeat(20_000), decision: 'not_accepted', body: 'x'.repeat(20_000), reply: 'x'.repeat(20_000) } }), 422],
			['a body over the limit', () => ({ raw: JSON.stringify({ responsibleOfficial: big }), type: 'application/json' }), 413],
			['a chunked body over the limit', () => ({ raw: chunked(BODY_LIMIT * 2), type: 'application/json' }), 413],
		];
		for (const op of POSTS) {
			for (const [what, sent, status] of cases) {
				const answer = await call('POST', pathFor(op.path, id), sent()).catch((e: unknown) => { throw new Error(`${op.path}: ${what}: ${String(e)}`); });
				expect(answer.status, `${op.path}: ${what}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(status);
				apiError.parse(answer.body);
			}
		}
		// Past adapter-node's BODY_SIZE_LIMIT (2 MB) a chunked body is cut off: the 413 is sent, and the connection is
		// closed while the client still writes (fetch reports that as a failure, so this one is sent with node:http).
		for (const op of POSTS) expect(await chunkedUpload(pathFor(op.path, id), 3 * 1024 * 1024)).toMatchObject({ status: 413, body: { error: { code: 'too_large' } } });
		expect(await statusOf(id)).toBe('submitted');
		expect(await db.selectFrom('responses').select('id').where('recommendation_id', '=', id).execute()).toEqual([]);
	});

	it('answers 4xx in the error shape to a GET with odd paths and queries', async () => {
		refused(await call('GET', `/recommendations?limit=${'9'.repeat(400)}`), 400, 'invalid');
		refused(await call('GET', `/recommendations?since=${'2'.repeat(5000)}`), 400, 'invalid');
		as(recommendationList, await call('GET', '/recommendations?status=submitted&status=answered'), 200);
	});
});

// ---------------------------------------------------------------------------------------- the OpenAPI document

type Json = Record<string, unknown>;
const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json>; responses: Json } };

function resolve(schema: Json): Json {
	const ref = schema.$ref as string | undefined;
	return ref ? doc.components.schemas[ref.replace('#/components/schemas/', '')]! : schema;
}

/** Bodies that break the document's schema in one place each, with the field it names. */
function* invalidVariants(schemaIn: Json, value: unknown, field: string): Generator<{ field: string; value: unknown }> {
	const schema = resolve(schemaIn);
	const at = (key: string) => (field ? `${field}.${key}` : key);
	if (schema.type === 'object') {
		const object = value as Json;
		yield { field: field || '(body)', value: [object] };
		for (const key of (schema.required as string[] | undefined) ?? []) yield { field: at(key), value: Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)) };
		if (schema.additionalProperties === false) yield { field: at('unexpected'), value: { ...object, unexpected: 'field' } };
		for (const [key, sub] of Object.entries(schema.properties as Record<string, Json>)) {
			if (key in object) for (const v of invalidVariants(sub, object[key], at(key))) yield { field: v.field, value: { ...object, [key]: v.value } };
			else yield { field: at(key), value: { ...object, [key]: resolve(sub).type === 'string' ? 12 : 'a string' } };
		}
	} else if (schema.type === 'array') {
		const list = value as unknown[];
		yield { field, value: 'not a list' };
		if (typeof schema.maxItems === 'number') yield { field, value: Array.from({ length: schema.maxItems + 1 }, () => list[0]) };
		if (list.length) for (const v of invalidVariants(schema.items as Json, list[0], `${field}[0]`)) yield { field: v.field, value: [v.value, ...list.slice(1)] };
	} else if (schema.type === 'string') {
		yield { field, value: 12 };
		yield { field, value: null };
		if (schema.enum) yield { field, value: 'none_of_these' };
		if (typeof schema.minLength === 'number') yield { field, value: '' };
		if (typeof schema.maxLength === 'number') yield { field, value: 'x'.repeat(schema.maxLength + 1) };
		if (schema.format === 'date') for (const d of ['31/12/2030', '2030-02-30', '2030-1-5']) yield { field, value: d };
		if (schema.pattern && !schema.format) yield { field, value: 'NOT-AN-ID' };
	}
}

describe('the OpenAPI document', () => {
	it('lists every route under src/routes/api/v1 with its methods, and nothing else', async () => {
		const served = new Set<string>();
		for (const route of await loadRoutes()) {
			for (const method of METHODS) if (typeof route.module[method] === 'function') served.add(`${method} ${pathOfRoute(route.id).slice(API_PREFIX.length)}`);
		}
		const documented = new Set(Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`)));
		expect([...served].sort()).toEqual([...documented].sort());
	});

	it('is served at /api/v1/openapi.json without a token, as OpenAPI 3.1 with the bearer scheme and the error shape', async () => {
		const answer = await call('GET', '/openapi.json', { token: null });
		expect(answer.status).toBe(200);
		const served = answer.body as typeof doc & { openapi: string; components: { securitySchemes: Json } };
		expect(served.openapi).toBe('3.1.0');
		expect(Object.keys(served.paths)).toEqual(Object.keys(doc.paths));
		expect(served.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
		for (const [p, methods] of Object.entries(served.paths)) {
			for (const [method, op] of Object.entries(methods)) {
				const responses = op.responses as Record<string, Json>;
				if (p === '/openapi.json' || p.startsWith('/accountability')) {
					// Public: no token asked for, none refused.
					expect(op.security, `${method} ${p}`).toEqual([]);
					expect(responses['401'], `${method} ${p}`).toBeUndefined();
				} else {
					expect(op.security, `${method} ${p}`).toEqual([{ bearerToken: [] }]);
					expect(responses['401'], `${method} ${p}`).toEqual({ $ref: '#/components/responses/Unauthenticated' });
				}
				if (method === 'post') for (const s of ['400', '413', '415', '422']) expect(responses[s], `${method} ${p} ${s}`).toBeDefined();
			}
		}
		expect(served.components.schemas.Error).toMatchObject({ type: 'object', required: ['error'] });
		expect(JSON.stringify(served)).not.toContain('"$schema"');
	});

	it('takes the example of every POST and refuses each one-place break of its schema with 422, naming the field', async () => {
		const { id, members } = await submitted(ministry, 'The document’s examples');
		const tried: string[] = [];
		let questionId = '';
		for (const op of POSTS) {
			if (op.operationId === 'replyToQuestion') questionId = (await askFollowUp(db, members[0]!, { recommendationId: id, body: 'When will the panel meet?' }, Date.now(), BASE_URL)).id!;
			const url = op.path.replace('{id}', id).replace('{qid}', questionId);
			const documented = doc.paths[op.path]![op.method.toLowerCase()]!;
			const content = (documented.requestBody as { content: Record<string, { schema: Json; example: unknown }> }).content['application/json']!;
			const before = await call('GET', `/recommendations/${id}`);
			for (const variant of invalidVariants(content.schema, content.example, '')) {
				const error = refused(await call('POST', url, { json: variant.value }), 422, 'invalid');
				if (variant.field !== '(body)') expect(error.field, `${op.path} ${JSON.stringify(variant.value).slice(0, 200)}`).toBe(variant.field);
				tried.push(`${op.operationId} ${variant.field}`);
			}
			// Nothing was stored by the refused ones.
			expect((await call('GET', `/recommendations/${id}`)).body).toEqual(before.body);
			const accepted = await call('POST', url, { json: content.example });
			expect(accepted.status, `${op.path}: ${JSON.stringify(accepted.body)}`).toBe(op.response.status);
			expect(op.response.schema.parse(accepted.body)).toEqual(accepted.body);
		}
		expect(tried).toEqual(expect.arrayContaining(['acknowledgeRecommendation responsibleOfficial', 'answerRecommendation decision', 'answerRecommendation actions[0].targetDate', 'answerRecommendation newDueDate', 'postProgressUpdate actionStatus', 'replyToQuestion reply']));
		expect(await statusOf(id)).toBe('answered');
	});
});
