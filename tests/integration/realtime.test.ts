// socket.io wiring against a real http server: the handshake's origin and session checks, and `join` per committee.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Server } from 'socket.io';
import type { Db } from '../../src/lib/server/db/index';
import { attachRealtime, originAllowed } from '../../src/lib/server/realtime/socket-server';
import { postComment } from '../../src/lib/server/consultations/comments';
import { notify } from '../../src/lib/server/notifications/notify';
import { markRead } from '../../src/lib/server/notifications/inbox';
import { createSession } from '../../src/lib/server/auth/session';
import { createInvitation, signUpWithInvitation } from '../../src/lib/server/committees/invitations';
import { actor, BASE_URL, committeeId, demoDb, demoEmail, openConsultation, posted } from '../helpers';

let db: Db;
let server: http.Server;
let io: Server;
let url: string;
let bangkok: string;
let manila: string;
const sockets: Socket[] = [];

beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	manila = await committeeId(db, 'Manila');
	server = http.createServer((_req, res) => res.end('ok'));
	io = attachRealtime(server, db);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	for (const s of sockets) s.close();
	io.close();
	await new Promise((resolve) => server.close(resolve));
});

async function cookieFor(email: string): Promise<string> {
	const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
	return `yv_session=${(await createSession(db, row.id)).token}`;
}

function open(headers: Record<string, string>): Promise<{ socket: Socket; error?: string }> {
	const socket = connect(url, { transports: ['websocket'], extraHeaders: { origin: url, ...headers }, reconnection: false, forceNew: true });
	sockets.push(socket);
	return new Promise((resolve) => {
		socket.on('connect', () => resolve({ socket }));
		socket.on('connect_error', (e) => resolve({ socket, error: e.message }));
	});
}

const join = (socket: Socket, payload: unknown) =>
	socket.timeout(2000).emitWithAck('join', payload) as Promise<{ ok: boolean; error?: { code: string; message: string } }>;

describe('socket.io handshake', () => {
	it('refuses a socket without a session cookie', async () => {
		expect((await open({})).error).toBe('unauthenticated');
	});

	it('refuses a forged session cookie', async () => {
		expect((await open({ cookie: 'yv_session=aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' })).error).toBe('unauthenticated');
	});

	it('refuses a socket opened from another site, even with a valid cookie', async () => {
		const { error } = await open({ cookie: await cookieFor(demoEmail('riverkite')), origin: 'https://evil.example' });
		expect(error).toBeTruthy();
		const host = 'localhost:3000';
		expect(originAllowed({ origin: 'http://localhost:3000', host }, '')).toBe(true);
		expect(originAllowed({ origin: 'http://localhost:3000', host }, 'https://youthvoice.example')).toBe(false);
		expect(originAllowed({ origin: 'https://youthvoice.example', host }, 'https://youthvoice.example/')).toBe(true);
		// A same-origin polling request from the page itself carries no Origin, but says where it came from.
		expect(originAllowed({ host, 'sec-fetch-site': 'same-origin' }, '')).toBe(true);
		expect(originAllowed({ host, 'sec-fetch-site': 'cross-site' }, '')).toBe(false);
		expect(originAllowed({ host, 'sec-fetch-site': 'same-site' }, '')).toBe(false);
	});
});

describe('joining rooms', () => {
	it('lets a member join their committee room but not another committee’s', async () => {
		const { socket, error } = await open({ cookie: await cookieFor(demoEmail('riverkite')) });
		expect(error).toBeUndefined();
		expect(await join(socket, { room: `committee:${bangkok}` })).toEqual({ ok: true });
		const refused = await join(socket, { room: `committee:${manila}` });
		expect(refused.ok).toBe(false);
		expect(refused.error?.code).toBe('not_found');
		expect(refused.error?.message).toMatch(/couldn't find that committee/);
	});

	it('answers malformed payloads and unknown rooms with an error ack, and keeps the socket open', async () => {
		const { socket } = await open({ cookie: await cookieFor(demoEmail('riverkite')) });
		for (const payload of [null, 'committee:x', { room: 42 }, { room: 'x'.repeat(500) }, { room: 'user:someone-else' }, { room: 'moderation:' + bangkok }]) {
			const ack = await join(socket, payload);
			expect(ack.ok, JSON.stringify(payload)).toBe(false);
		}
		expect(socket.connected).toBe(true);
		expect(await join(socket, { room: `committee:${bangkok}` })).toEqual({ ok: true });
	});

	it('offers no way to send anything to one person: what a client emits reaches no one, and no one joins another’s own room', async () => {
		const kite = await actor(db, demoEmail('riverkite'));
		const { socket: sender } = await open({ cookie: await cookieFor(demoEmail('facilitator')) });
		const { socket: child } = await open({ cookie: await cookieFor(demoEmail('riverkite')) });
		const heard: string[] = [];
		child.onAny((event: string) => heard.push(event));
		expect((await join(sender, { room: `user:${kite.id}` })).ok).toBe(false);
		// Whatever a client tries to emit, the server relays nothing: its only client events are `join` and leaving.
		for (const event of ['message', 'private message', 'dm', 'notification', 'comment:created', 'to']) {
			sender.emit(event, { to: kite.id, room: `user:${kite.id}`, text: 'hello, message me privately' });
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(heard).toEqual([]);
		expect(sender.connected).toBe(true);
	});

	it('does not let an official into a committee room', async () => {
		const { socket } = await open({ cookie: await cookieFor(demoEmail('official')) });
		expect((await join(socket, { room: `committee:${bangkok}` })).ok).toBe(false);
	});

	it('tells a committee room, and only that room, when a new member joins', async () => {
		const inRoom = (await open({ cookie: await cookieFor(demoEmail('facilitator')) })).socket;
		const elsewhere = (await open({ cookie: await cookieFor(demoEmail('sampaguita')) })).socket;
		await join(inRoom, { room: `committee:${bangkok}` });
		await join(elsewhere, { room: `committee:${manila}` });
		const heardElsewhere: unknown[] = [];
		elsewhere.on('member:joined', (p) => heardElsewhere.push(p));
		const heard = new Promise((resolve) => inRoom.once('member:joined', resolve));

		const { token } = await createInvitation(db, await actor(db, demoEmail('facilitator')), { committeeId: bangkok });
		await signUpWithInvitation(db, {
			token,
			displayName: 'Lantern',
			realName: 'Someone New',
			email: 'lantern@example.test',
			password: 'a long enough password',
			birthYear: new Date().getUTCFullYear() - 15,
			birthMonth: 1,
			country: 'TH',
			baseUrl: BASE_URL
		});
		expect(await heard).toEqual({ displayName: 'Lantern' });
		await new Promise((r) => setTimeout(r, 100));
		expect(heardElsewhere).toEqual([]);
	});
});

describe('a user’s own room', () => {
	it('hears their own notifications as they arrive and as they are read, and no one else hears them', async () => {
		const kite = await actor(db, demoEmail('riverkite'));
		const mine = (await open({ cookie: await cookieFor(demoEmail('riverkite')) })).socket;
		const theirs = (await open({ cookie: await cookieFor(demoEmail('mangostar')) })).socket;
		const overheard: unknown[] = [];
		theirs.on('notification', (p) => overheard.push(p));

		const arrived = new Promise<{ id: string }>((resolve) => mine.once('notification', resolve));
		await notify(db, { userId: kite.id, kind: 'recommendation_status', title: 'The ministry answered', body: 'Read the answer.', url: '/committees' });
		const notice = await arrived;
		expect(notice).toEqual({ type: 'notice', id: expect.any(String), kind: 'recommendation_status', title: 'The ministry answered', url: '/committees' });

		const read = new Promise((resolve) => mine.once('notification', resolve));
		await markRead(db, kite, notice.id);
		expect(await read).toEqual({ type: 'read' });
		await new Promise((r) => setTimeout(r, 100));
		expect(overheard).toEqual([]);
	});
});

describe('live discussion in a consultation room', () => {
	const consultation = async (publish = true) => (await openConsultation(db, bangkok, { publish })).id;
	const comment = async (email: string, consultationId: string, body: string) =>
		posted(db, await actor(db, email), { consultationId, sectionId: null, parentId: null, body });

	it('delivers a new comment to everyone on the page, with display names only', async () => {
		const id = await consultation();
		const a = (await open({ cookie: await cookieFor(demoEmail('riverkite')) })).socket;
		const b = (await open({ cookie: await cookieFor(demoEmail('mangostar')) })).socket;
		expect(await join(a, { room: `consultation:${id}` })).toEqual({ ok: true });
		expect(await join(b, { room: `consultation:${id}` })).toEqual({ ok: true });
		const received = new Promise<Record<string, unknown>>((resolve) => b.once('comment:created', resolve));
		const { comment: posted } = await comment(demoEmail('riverkite'), id, 'Hello *everyone*');
		const got = await received;
		expect(got).toMatchObject({ id: posted.id, authorName: 'RiverKite', bodyHtml: '<p>Hello <em>everyone</em></p>\n', sectionId: null });
		// The Markdown source stays with its author; the room gets the rendered text only.
		expect(got.body).toBe('');
		expect(JSON.stringify(got)).not.toMatch(/Nicha|@demo/);
	});

	it('counts the people on the page', async () => {
		const id = await consultation();
		const a = (await open({ cookie: await cookieFor(demoEmail('riverkite')) })).socket;
		const b = (await open({ cookie: await cookieFor(demoEmail('noodlefox')) })).socket;
		await join(a, { room: `consultation:${id}` });
		const two = new Promise((resolve) => a.on('presence', (p: { count: number }) => p.count === 2 && resolve(p.count)));
		await join(b, { room: `consultation:${id}` });
		expect(await two).toBe(2);
		const one = new Promise((resolve) => a.on('presence', (p: { count: number }) => p.count === 1 && resolve(p.count)));
		b.close();
		expect(await one).toBe(1);
	});

	it('keeps members of other committees and everyone but facilitators out of a draft', async () => {
		const id = await consultation(false);
		const youth = (await open({ cookie: await cookieFor(demoEmail('riverkite')) })).socket;
		expect((await join(youth, { room: `consultation:${id}` })).error?.code).toBe('not_found');
		const lead = (await open({ cookie: await cookieFor(demoEmail('lead')) })).socket;
		expect(await join(lead, { room: `consultation:${id}` })).toEqual({ ok: true });
		const published = await consultation();
		const outsider = (await open({ cookie: await cookieFor(demoEmail('sampaguita')) })).socket;
		expect((await join(outsider, { room: `consultation:${published}` })).error?.code).toBe('not_found');
	});

	it('gives a client that lost its connection what it missed, when it reconnects', async () => {
		const id = await consultation();
		const cookie = await cookieFor(demoEmail('mangostar'));
		const socket = connect(url, { transports: ['websocket'], extraHeaders: { origin: url, cookie }, reconnectionDelay: 50, reconnectionDelayMax: 100, forceNew: true });
		sockets.push(socket);
		await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
		await join(socket, { room: `consultation:${id}` });
		const seen: string[] = [];
		socket.on('comment:created', (c: { bodyHtml: string }) => seen.push(c.bodyHtml.trim()));
		await comment(demoEmail('riverkite'), id, 'before the drop');
		await new Promise((r) => setTimeout(r, 100));

		// The network drops: the server notices only after the transport closes; the client reconnects by itself.
		socket.io.engine.close();
		await new Promise((r) => setTimeout(r, 20));
		await comment(demoEmail('riverkite'), id, 'while away');
		await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
		expect(socket.recovered).toBe(true);
		await new Promise((r) => setTimeout(r, 200));
		expect(seen).toEqual(['<p>before the drop</p>', '<p>while away</p>']);
	});
});

describe('the safeguarding leads’ room', () => {
	it('lets the committee’s leads in, keeps everyone else out, and says a concern arrived without what it says', async () => {
		const room = `safeguarding:${bangkok}`;
		const lead = (await open({ cookie: await cookieFor(demoEmail('lead')) })).socket;
		expect(await join(lead, { room })).toEqual({ ok: true });
		for (const who of ['facilitator', 'riverkite', 'official', 'sampaguita']) {
			const other = (await open({ cookie: await cookieFor(demoEmail(who)) })).socket;
			expect(['forbidden', 'not_found']).toContain((await join(other, { room })).error?.code);
		}
		const heard = new Promise<Record<string, unknown>>((resolve) => lead.once('concern:raised', resolve));
		const id = (await openConsultation(db, bangkok)).id;
		const result = await postComment(db, await actor(db, demoEmail('noodlefox')), { consultationId: id, sectionId: null, parentId: null, body: 'my stepdad touches me at night' }, Date.now(), BASE_URL);
		expect(await heard).toEqual({ id: result.concern!.id });
	});
});

describe('the review queue’s room', () => {
	it('lets the committee’s facilitators in, keeps members and officials out, and says when something is held', async () => {
		const room = `moderation:${bangkok}`;
		const ben = (await open({ cookie: await cookieFor(demoEmail('facilitator')) })).socket;
		expect(await join(ben, { room })).toEqual({ ok: true });
		for (const who of ['riverkite', 'official', 'sampaguita']) {
			const other = (await open({ cookie: await cookieFor(demoEmail(who)) })).socket;
			expect(['forbidden', 'not_found']).toContain((await join(other, { room })).error?.code);
		}
		const changed = new Promise((resolve) => ben.once('moderation:queue', resolve));
		const id = (await openConsultation(db, bangkok)).id;
		await posted(db, await actor(db, demoEmail('mangostar')), { consultationId: id, sectionId: null, parentId: null, body: 'call me 0812345678' });
		expect(await changed).toEqual({});
	});
});

describe('ballots live', () => {
	it('tells the consultation room how many voted, never who; the tally only for a non-secret ballot with live results', async () => {
		const { proposePosition } = await import('../../src/lib/server/voting/positions');
		const { createBallot, castVote } = await import('../../src/lib/server/voting/ballots');
		const { toLocalInput } = await import('../../src/lib/server/time');
		const { id: consultationId, facilitator } = await openConsultation(db, bangkok);
		const propose = async (statement: string) => (await proposePosition(db, facilitator, { consultationId, sectionId: null, statement }, Date.now(), BASE_URL)).id!;
		const settings = (positionIds: string[], secret: boolean) => ({
			consultationId,
			positionIds,
			method: 'single' as const,
			options: [],
			lastIsAbstain: true,
			opensAt: toLocalInput(Date.now(), 'Asia/Bangkok'),
			closesAt: toLocalInput(Date.now() + 86_400_000, 'Asia/Bangkok'),
			quorumPercent: 50,
			threshold: 'majority' as const,
			secret,
			liveResults: !secret
		});
		const p1 = await propose('We support Section 1.');
		const p2 = await propose('We support Section 2.');
		const secretBallot = await createBallot(db, facilitator, settings([p1], true));
		const liveBallot = await createBallot(db, facilitator, settings([p2], false));

		const { socket } = await open({ cookie: await cookieFor(demoEmail('noodlefox')) });
		expect((await join(socket, { room: `consultation:${consultationId}` })).ok).toBe(true);
		const events: [string, unknown][] = [];
		socket.onAny((event: string, payload: unknown) => events.push([event, payload]));
		const tallied = new Promise((resolve) => socket.on('ballot:tally', resolve));

		const river = await actor(db, demoEmail('riverkite'));
		await castVote(db, river, { ballotId: secretBallot, expectedVersion: 0, vote: { picks: { [p1]: 'support' }, approved: [], ranks: {}, abstain: false } });
		await castVote(db, river, { ballotId: liveBallot, expectedVersion: 0, vote: { picks: { [p2]: 'oppose' }, approved: [], ranks: {}, abstain: false } });
		// Events reach a socket in order: had the secret ballot sent a tally, it would have come before this one.
		expect(await tallied).toMatchObject({ ballotId: liveBallot, result: { voted: 1, positions: [{ positionId: p2, for: 0, against: 1 }] } });
		const forSecret = events.filter(([, p]) => (p as { ballotId?: string }).ballotId === secretBallot);
		expect(forSecret).toEqual([['ballot:turnout', { ballotId: secretBallot, voted: 1, eligible: expect.any(Number) }]]);
		expect(JSON.stringify(events)).not.toContain(river.id);
		expect(JSON.stringify(events)).not.toContain('RiverKite');
	});
});
