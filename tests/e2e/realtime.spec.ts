// socket.io on the same server: the handshake needs our own origin and a session cookie; every `join` is checked
// against the member's committees; a sign-up through an invitation is announced live in the committee's room.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { BANGKOK, BASE_URL, DEMO_PASSWORD, MANILA, committeeId, demoEmail, invitationFromFacilitator, newMember, openCommittee, signIn, signUpThroughLink } from './support';

type JoinAck = { ok: true } | { ok: false; error: { code: string; message: string } };

const sockets: Socket[] = [];

test.afterEach(() => {
	for (const socket of sockets.splice(0)) socket.close();
});

/** Opens a socket the way a browser on `origin` would; resolves once it is connected or refused. */
function connect(headers: Record<string, string>): Promise<{ socket: Socket; error?: string }> {
	const socket = io(BASE_URL, { extraHeaders: { origin: BASE_URL, ...headers }, reconnection: false, forceNew: true, timeout: 5000 });
	sockets.push(socket);
	return new Promise((resolve) => {
		socket.on('connect', () => resolve({ socket }));
		socket.on('connect_error', (error) => resolve({ socket, error: error.message }));
	});
}

const join = (socket: Socket, room: string) => socket.timeout(5000).emitWithAck('join', { room }) as Promise<JoinAck>;

/** Signs in through the sign-in form's HTTP endpoint and returns the session cookie, as `name=value`. */
async function sessionCookie(request: APIRequestContext, email: string): Promise<string> {
	const response = await request.post('/signin', { form: { email, password: DEMO_PASSWORD }, headers: { origin: BASE_URL } });
	expect(response.ok(), `signing in as ${email}`).toBe(true);
	const cookie = (await request.storageState()).cookies.find((c) => c.name === 'yv_session');
	expect(cookie, `a session cookie for ${email}`).toBeDefined();
	return `yv_session=${cookie!.value}`;
}

test('a socket without a session is refused as unauthenticated', async () => {
	const { socket, error } = await connect({});
	expect(error).toBe('unauthenticated');
	expect(socket.connected).toBe(false);

	const forged = await connect({ cookie: 'yv_session=aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' });
	expect(forged.error).toBe('unauthenticated');
});

test('a signed-in youth member joins their own committee’s room, but not another committee’s', async ({ playwright }) => {
	const request = await playwright.request.newContext({ baseURL: BASE_URL });
	const cookie = await sessionCookie(request, demoEmail('riverkite'));
	const { socket, error } = await connect({ cookie });
	expect(error).toBeUndefined();
	expect(socket.connected).toBe(true);

	expect(await join(socket, `committee:${committeeId(BANGKOK)}`)).toEqual({ ok: true });

	const manila = await join(socket, `committee:${committeeId(MANILA)}`);
	expect(manila.ok).toBe(false);
	expect(!manila.ok && manila.error.code).toBe('not_found');
	expect(!manila.ok && manila.error.message).toMatch(/couldn't find that committee/);

	const unknownRoom = await join(socket, 'user:someone-else');
	expect(unknownRoom.ok).toBe(false);
	expect(!unknownRoom.ok && unknownRoom.error.code).toBe('not_found');
	const malformed = (await socket.timeout(5000).emitWithAck('join', 'committee')) as JoinAck;
	expect(!malformed.ok && malformed.error.code).toBe('invalid');

	// After signing out, the same cookie no longer opens a socket.
	const signedOut = await request.post('/signout', { form: {}, headers: { origin: BASE_URL, accept: 'text/html' }, maxRedirects: 0 });
	expect(signedOut.status()).toBe(303);
	const afterSignOut = await connect({ cookie });
	expect(afterSignOut.error).toBe('unauthenticated');
	await request.dispose();
});

test('a socket opened from another site is refused, even with a valid session', async ({ playwright }) => {
	const request = await playwright.request.newContext({ baseURL: BASE_URL });
	const cookie = await sessionCookie(request, demoEmail('riverkite'));
	const { socket, error } = await connect({ cookie, origin: 'https://evil.example' });
	expect(error).toBeTruthy();
	expect(socket.connected).toBe(false);
	await request.dispose();
});

test('when a young person signs up, their committee’s room hears it at once, and no other committee’s room does', async ({ browser, playwright }) => {
	const link = await invitationFromFacilitator(browser);

	// A Bangkok member's socket listens in the Bangkok room; a Manila member's socket in the Manila room.
	const request = await playwright.request.newContext({ baseURL: BASE_URL });
	const bangkok = (await connect({ cookie: await sessionCookie(request, demoEmail('riverkite')) })).socket;
	expect(await join(bangkok, `committee:${committeeId(BANGKOK)}`)).toEqual({ ok: true });
	const otherRequest = await playwright.request.newContext({ baseURL: BASE_URL });
	const manila = (await connect({ cookie: await sessionCookie(otherRequest, demoEmail('sampaguita')) })).socket;
	expect(await join(manila, `committee:${committeeId(MANILA)}`)).toEqual({ ok: true });
	const heardInManila: unknown[] = [];
	manila.on('member:joined', (payload) => heardInManila.push(payload));

	const member = newMember(14);
	const heard = new Promise<{ displayName: string }>((resolve) => bangkok.on('member:joined', resolve));
	const { context } = await signUpThroughLink(browser, link, member);
	expect(await heard).toEqual({ displayName: member.displayName });
	expect(heardInManila).toEqual([]);

	await context.close();
	await request.dispose();
	await otherRequest.dispose();
});

/** Returns a function that tells whether the page's socket has had a `join` acknowledged, over either transport. */
function watchRoomJoin(page: Page): () => boolean {
	let joined = false;
	const check = (text: string) => {
		if (text.includes('{"ok":true}')) joined = true;
	};
	page.on('websocket', (ws) => ws.on('framereceived', (frame) => check(String(frame.payload))));
	page.on('response', (response) => {
		if (response.url().includes('/socket.io/')) response.text().then(check, () => {});
	});
	return () => joined;
}

// The browser's socket starts with HTTP long-polling, whose same-origin GETs carry no Origin header (only
// Sec-Fetch-Site: same-origin): this story is what shows the handshake accepts them.
test('a facilitator with the committee page open sees a new member join without reloading', async ({ browser, page }) => {
	const link = await invitationFromFacilitator(browser);
	const pageJoined = watchRoomJoin(page);
	await signIn(page, demoEmail('facilitator'));
	await openCommittee(page, BANGKOK);
	await expect.poll(pageJoined, { message: 'the committee page joins its socket.io room', timeout: 10_000 }).toBe(true);
	await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

	const member = newMember(14);
	const { context } = await signUpThroughLink(browser, link, member);
	await expect(page.getByText(`${member.displayName} just joined the committee.`).first()).toBeVisible();
	// The member list is refreshed too, and the page was not reloaded.
	await expect(page.getByRole('heading', { name: new RegExp(member.displayName) })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
	await context.close();
});
