// /api/v1 against the built app (server.ts over build/), as a government body's system calls it: Playwright's request
// client, no browser. What only the built app has is checked here: SvelteKit's origin check (it guards form posts,
// never a JSON call from another server), the hooks (no session cookie is read under /api/v1; SvelteKit's own 404 and
// 405 keep the API's error shape) and adapter-node's body limit. The fixtures (a token, recommendations adopted and
// sent) are made through the services on the server's database file.
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { openSqlite, type Db } from '../../src/lib/server/db/index';
import { createGovernmentBody } from '../../src/lib/server/government/bodies';
import { issueApiToken, revokeApiToken } from '../../src/lib/server/government/api-tokens';
import { submitRecommendations, withdrawRecommendation } from '../../src/lib/server/recommendations/submissions';
import { askFollowUp } from '../../src/lib/server/recommendations/feedback';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { actor, adoptedRecommendation } from '../helpers';
import { BASE_URL, committeeId, demoEmail, DEMO_PASSWORD, BANGKOK, uniqueName } from './support';

const DAY_MS = 24 * 60 * 60 * 1000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

let db: Db;
let facilitator: SessionUser;
let ministry: string;
let token: string;
let otherToken: string;
let revokedToken: string;

test.beforeAll(async () => {
	db = openSqlite(fs.readFileSync(path.resolve('.test-output/e2e-db-path'), 'utf8').trim());
	await retryBusy(async () => {
		const admin = await actor(db, demoEmail('admin'));
		facilitator = await actor(db, demoEmail('facilitator'));
		// The demo official's ministry, where the demo committees send their recommendations.
		ministry = (await db.selectFrom('officials').innerJoin('users', 'users.id', 'officials.user_id').select('officials.body_id').where('users.email', '=', demoEmail('official')).executeTakeFirstOrThrow()).body_id;
		const otherBody = await createGovernmentBody(db, admin, { name: uniqueName('Ministry'), country: 'TH', acknowledgeWithinDays: 7, respondWithinDays: 30, headContactEmail: null });
		token = (await issueApiToken(db, admin, { bodyId: ministry, label: 'Case system (e2e)' })).token;
		otherToken = (await issueApiToken(db, admin, { bodyId: otherBody, label: 'Another body (e2e)' })).token;
		const revoked = await issueApiToken(db, admin, { bodyId: ministry, label: 'Old system (e2e)' });
		await revokeApiToken(db, admin, revoked.id);
		revokedToken = revoked.token;
	});
});

test.afterAll(async () => {
	await db.destroy();
});

/**
 * The server writes to the same file (its requests, its email worker): a transaction here that read before the
 * server wrote cannot become a writer, and SQLite refuses it at once with SQLITE_BUSY whatever the busy timeout.
 * Each piece of work below is a whole story (or one transaction), so doing it again is safe.
 */
async function retryBusy<T>(work: () => Promise<T>): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await work();
		} catch (error) {
			if (attempt === 5 || !String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error;
			await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
		}
	}
}

function sent(title: string) {
	return retryBusy(async () => {
		const adopted = await adoptedRecommendation(db, { committeeId: committeeId(BANGKOK), bodyId: ministry, facilitator, title });
		await submitRecommendations(db, facilitator, { committeeId: committeeId(BANGKOK), recommendationIds: [adopted.id], note: '' });
		return adopted;
	});
}

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

/** The error shape every refusal has, with its status and code. */
async function refused(response: APIResponse, status: number, code: string): Promise<{ code: string; message: string; field?: string }> {
	expect(response.status(), await response.text()).toBe(status);
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	const body = (await response.json()) as { error: { code: string; message: string; field?: string } };
	expect(body.error).toMatchObject({ code, message: expect.any(String) });
	return body.error;
}

function post(request: APIRequestContext, url: string, data: unknown, headers: Record<string, string> = bearer(token)) {
	return request.post(`/api/v1${url}`, { data, headers });
}

test('a body’s system runs a recommendation’s life over HTTP: inbox, acknowledge, answer, update, reply', async ({ request }) => {
	const { id, members } = await sent(uniqueName('Lifecycle'));

	const inbox = await request.get('/api/v1/recommendations?status=submitted', { headers: bearer(token) });
	expect(inbox.status()).toBe(200);
	expect(inbox.headers()['cache-control']).toBe('no-store');
	const listed = ((await inbox.json()) as { recommendations: { id: string; submittedAt: string }[] }).recommendations.find((r) => r.id === id);
	expect(listed?.submittedAt).toMatch(/Z$/);

	await refused(await post(request, `/recommendations/${id}/answer`, { decision: 'not_accepted', rationale: 'No.' }), 409, 'conflict');
	const ack = await post(request, `/recommendations/${id}/acknowledge`, { responsibleOfficial: 'Director, Child Protection Division' });
	expect(ack.status()).toBe(200);
	expect((await ack.json()).recommendation).toMatchObject({ status: 'acknowledged', responsibleOfficial: 'Director, Child Protection Division' });

	expect((await refused(await post(request, `/recommendations/${id}/answer`, { decision: 'perhaps', rationale: 'Hmm.' }), 422, 'invalid')).field).toBe('decision');
	expect((await refused(await post(request, `/recommendations/${id}/answer`, { decision: 'more_time', rationale: 'Later.', newDueDate: dateIn(-1) }), 422, 'invalid')).field).toBe('newDueDate');

	const answer = await post(request, `/recommendations/${id}/answer`, { decision: 'partially_accepted', rationale: 'We agree on the panel, not on the age.', actions: [{ description: 'Hold a youth panel', targetDate: dateIn(30) }] });
	expect(answer.status()).toBe(201);
	const answered = (await answer.json()) as { recommendation: { status: string; actions: { id: string }[] } };
	expect(answered.recommendation.status).toBe('answered');

	const update = await post(request, `/recommendations/${id}/updates`, { body: 'The panel is booked.', actionId: answered.recommendation.actions[0]!.id, actionStatus: 'in_progress' });
	expect(update.status()).toBe(201);
	expect((await update.json()).recommendation.actions[0].status).toBe('in_progress');

	const question = await retryBusy(() => askFollowUp(db, members[0]!, { recommendationId: id, body: 'Who will be on the panel?' }, Date.now(), BASE_URL));
	const reply = await post(request, `/recommendations/${id}/questions/${question.id}/reply`, { reply: 'Ten members of youth committees.' });
	expect(reply.status()).toBe(200);
	const record = (await reply.json()).recommendation;
	expect(record.questions[0]).toMatchObject({ body: 'Who will be on the panel?', reply: 'Ten members of youth committees.' });
	for (const m of members) expect(JSON.stringify(record)).not.toContain(m.display_name);
});

test('refuses the wrong tokens, broken JSON and what the rules do not allow, each with its 4xx', async ({ request }) => {
	const { id } = await sent(uniqueName('Refusals'));

	const none = await request.get(`/api/v1/recommendations/${id}`);
	await refused(none, 401, 'unauthenticated');
	expect(none.headers()['www-authenticate']).toBe('Bearer realm="Youth Voice API"');
	const revoked = await request.get(`/api/v1/recommendations/${id}`, { headers: bearer(revokedToken) });
	await refused(revoked, 401, 'unauthenticated');
	expect(revoked.headers()['www-authenticate']).toContain('error="invalid_token"');
	await refused(await request.get(`/api/v1/recommendations/${id}`, { headers: bearer(otherToken) }), 404, 'not_found');
	await refused(await post(request, `/recommendations/${id}/acknowledge`, { responsibleOfficial: 'Someone' }, bearer(otherToken)), 404, 'not_found');

	await refused(await request.post(`/api/v1/recommendations/${id}/acknowledge`, { headers: { ...bearer(token), 'content-type': 'application/json' }, data: Buffer.from('{"responsibleOfficial": "Som') }), 400, 'bad_request');
	await refused(await request.post(`/api/v1/recommendations/${id}/acknowledge`, { headers: { ...bearer(token), 'content-type': 'application/xml' }, data: Buffer.from('<ack/>') }), 415, 'unsupported_media_type');
	await refused(await post(request, `/recommendations/${id}/acknowledge`, { responsibleOfficial: 12 }), 422, 'invalid');
	await refused(await post(request, `/recommendations/${id}/answer`, { decision: 'accepted', rationale: 'Yes.', actions: [{ description: 'Do it', targetDate: dateIn(10) }] }), 409, 'conflict');

	// Past adapter-node's 2 MB limit, and past the API's own 256 KB.
	await refused(await post(request, `/recommendations/${id}/acknowledge`, { responsibleOfficial: 'x'.repeat(3 * 1024 * 1024) }), 413, 'too_large');
	await refused(await post(request, `/recommendations/${id}/acknowledge`, { responsibleOfficial: 'x'.repeat(300 * 1024) }), 413, 'too_large');

	// Withdrawn by the committee: no answer any more.
	await retryBusy(() => withdrawRecommendation(db, facilitator, { recommendationId: id, reason: 'Sent too early.' }));
	expect((await refused(await post(request, `/recommendations/${id}/answer`, { decision: 'not_accepted', rationale: 'No.' }), 409, 'conflict')).message).toBe('The committee withdrew this recommendation.');
	await refused(await post(request, `/recommendations/${id}/acknowledge`, { responsibleOfficial: 'Someone' }), 409, 'conflict');
});

test('SvelteKit’s origin check lets a JSON call from another server through, and the API still wants its token', async ({ request }) => {
	const { id } = await sent(uniqueName('Origin'));
	// A server-to-server call sends no Origin, or one that is not ours: neither is a form post, so neither is blocked.
	await refused(await post(request, `/recommendations/${id}/answer`, { decision: 'not_accepted', rationale: 'No.' }, { ...bearer(token), origin: 'https://case-system.ministry.example' }), 409, 'conflict');
	const ack = await post(request, `/recommendations/${id}/acknowledge`, { responsibleOfficial: 'Policy unit' }, { ...bearer(token), origin: 'https://case-system.ministry.example' });
	expect(ack.status()).toBe(200);
	await refused(await post(request, `/recommendations/${id}/updates`, { body: 'x' }, { origin: 'https://evil.example' }), 401, 'unauthenticated');

	// A form post from another site is stopped by SvelteKit before any route (403, its own shape): the API takes JSON only.
	const form = await request.post(`/api/v1/recommendations/${id}/updates`, { form: { body: 'x' }, headers: { ...bearer(token), origin: 'https://evil.example' } });
	expect(form.status()).toBe(403);
	// The same form from our own origin reaches the API, which wants JSON.
	await refused(await request.post(`/api/v1/recommendations/${id}/updates`, { form: { body: 'x' }, headers: { ...bearer(token), origin: BASE_URL } }), 415, 'unsupported_media_type');
});

test('a signed-in official’s session cookie is not a way into the API', async ({ request }) => {
	const { id } = await sent(uniqueName('Cookie'));
	const signin = await request.post('/signin', { form: { email: demoEmail('official'), password: DEMO_PASSWORD }, headers: { origin: BASE_URL, accept: 'text/html' }, maxRedirects: 0 });
	expect(signin.status()).toBe(303);
	expect((await request.storageState()).cookies.map((c) => c.name)).toContain('yv_session');
	// The cookie works for the site…
	expect((await request.get('/committees', { maxRedirects: 0 })).status()).toBe(200);
	// …and not for the API, to read or to write, same-origin or not.
	await refused(await request.get('/api/v1/recommendations'), 401, 'unauthenticated');
	await refused(await request.post(`/api/v1/recommendations/${id}/acknowledge`, { data: { responsibleOfficial: 'Someone' }, headers: { origin: BASE_URL } }), 401, 'unauthenticated');
	await refused(await request.post(`/api/v1/recommendations/${id}/acknowledge`, { data: { responsibleOfficial: 'Someone' } }), 401, 'unauthenticated');
	const status = await db.selectFrom('recommendations').select('status').where('id', '=', id).executeTakeFirstOrThrow();
	expect(status.status).toBe('submitted');
});

test('what SvelteKit answers by itself under /api/v1 has the API’s error shape', async ({ request }) => {
	await refused(await request.get('/api/v1/no-such-thing', { headers: bearer(token) }), 404, 'not_found');
	await refused(await request.get('/api/v1/recommendations/not-an-id', { headers: bearer(token) }), 404, 'not_found');
	const put = await request.put(`/api/v1/recommendations/${'a'.repeat(16)}/acknowledge`, { data: {}, headers: bearer(token) });
	await refused(put, 405, 'method_not_allowed');
	expect(put.headers()['allow']).toContain('POST');

	const doc = await request.get('/api/v1/openapi.json');
	expect(doc.status()).toBe(200);
	expect(Object.keys((await doc.json()).paths)).toEqual(expect.arrayContaining(['/recommendations', '/recommendations/{id}/answer']));
});
