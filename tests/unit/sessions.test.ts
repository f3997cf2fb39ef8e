import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import {
	ACTIVITY_CHECK_MS,
	INACTIVITY_MS,
	LIFETIME_MS,
	createSession,
	invalidateSession,
	invalidateUserSessions,
	sessionTokenFromCookieHeader,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { DAY_MS } from '../../src/lib/server/clock';
import { demoDb, demoEmail } from '../helpers';

let db: Db;
let userId: string;
beforeAll(async () => {
	db = await demoDb();
	userId = (await db.selectFrom('users').select('id').where('email', '=', demoEmail('riverkite')).executeTakeFirstOrThrow()).id;
});

describe('sessions', () => {
	it('stores only the hash of the secret and accepts the token it issued', async () => {
		const { token, session } = await createSession(db, userId);
		const row = await db.selectFrom('sessions').selectAll().where('id', '=', session.id).executeTakeFirstOrThrow();
		expect(token.startsWith(session.id + '.')).toBe(true);
		expect(row.secret_hash).not.toContain(token.split('.')[1]);
		const result = await validateSessionToken(db, token);
		expect(result.user?.display_name).toBe('RiverKite');
	});

	it('refuses a token with the right id but a forged secret', async () => {
		const { token } = await createSession(db, userId);
		const forged = token.split('.')[0] + '.' + 'a'.repeat(32);
		expect((await validateSessionToken(db, forged)).user).toBeNull();
	});

	it('refuses malformed tokens without touching the database', async () => {
		for (const bad of ['', 'abc', 'a.b.c', '../../etc', 'A'.repeat(16) + '.' + 'b'.repeat(32)]) {
			expect((await validateSessionToken(db, bad)).session).toBeNull();
		}
	});

	it('ends a session after a week without use', async () => {
		const t0 = Date.now();
		const { token } = await createSession(db, userId, t0);
		expect((await validateSessionToken(db, token, t0 + INACTIVITY_MS - 1)).user).not.toBeNull();
		const { token: idle } = await createSession(db, userId, t0);
		expect((await validateSessionToken(db, idle, t0 + INACTIVITY_MS)).user).toBeNull();
	});

	it('slides while in use but never past the absolute lifetime', async () => {
		const t0 = Date.now();
		const { token } = await createSession(db, userId, t0);
		let t = t0;
		while (t + 6 * DAY_MS < t0 + LIFETIME_MS) {
			t += 6 * DAY_MS;
			const { session } = await validateSessionToken(db, token, t);
			expect(session).not.toBeNull();
			expect(session!.expiresAt).toBe(Math.min(t0 + LIFETIME_MS, t + INACTIVITY_MS));
		}
		expect((await validateSessionToken(db, token, t0 + LIFETIME_MS)).user).toBeNull();
	});

	it('writes last-seen at most once an hour', async () => {
		const t0 = Date.now();
		const { token, session } = await createSession(db, userId, t0);
		await validateSessionToken(db, token, t0 + ACTIVITY_CHECK_MS - 1);
		let row = await db.selectFrom('sessions').select('last_seen_at').where('id', '=', session.id).executeTakeFirstOrThrow();
		expect(row.last_seen_at).toBe(t0);
		await validateSessionToken(db, token, t0 + ACTIVITY_CHECK_MS);
		row = await db.selectFrom('sessions').select('last_seen_at').where('id', '=', session.id).executeTakeFirstOrThrow();
		expect(row.last_seen_at).toBe(t0 + ACTIVITY_CHECK_MS);
	});

	it('signs out one session, or all but one', async () => {
		const a = await createSession(db, userId);
		const b = await createSession(db, userId);
		const c = await createSession(db, userId);
		await invalidateSession(db, a.session.id);
		expect((await validateSessionToken(db, a.token)).user).toBeNull();
		await invalidateUserSessions(db, userId, c.session.id);
		expect((await validateSessionToken(db, b.token)).user).toBeNull();
		expect((await validateSessionToken(db, c.token)).user).not.toBeNull();
	});

	it('refuses sessions of suspended accounts', async () => {
		const { token } = await createSession(db, userId);
		await db.updateTable('users').set({ status: 'suspended' }).where('id', '=', userId).execute();
		expect((await validateSessionToken(db, token)).user).toBeNull();
		await db.updateTable('users').set({ status: 'active' }).where('id', '=', userId).execute();
	});

	it('reads the session cookie from a Cookie header', () => {
		expect(sessionTokenFromCookieHeader('a=1; yv_session=abc.def; b=2')).toBe('abc.def');
		expect(sessionTokenFromCookieHeader('a=1')).toBeNull();
		expect(sessionTokenFromCookieHeader(undefined)).toBeNull();
	});
});
