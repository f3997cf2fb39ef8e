// Sessions the Lucia way (lucia-auth.com, "Sessions"): the cookie holds `<id>.<secret>`, the database keeps only
// SHA-256(secret), compared in constant time. Sessions end after INACTIVITY_MS without use or LIFETIME_MS in all,
// and are removed on sign-out and on password change.
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/index';
import type { User } from '../db/schema';
import { newId, newToken, sha256Hex } from '../ids';
import { DAY_MS, HOUR_MS } from '../clock';

export const SESSION_COOKIE = 'yv_session';
export const LIFETIME_MS = 30 * DAY_MS;
export const INACTIVITY_MS = 7 * DAY_MS;
/** last_seen_at is written at most this often, so reading a page is not a database write each time. */
export const ACTIVITY_CHECK_MS = HOUR_MS;

export type SessionUser = Pick<User, 'id' | 'email' | 'display_name' | 'status' | 'locale' | 'country'> & {
	isAdmin: boolean;
};

export interface ValidSession {
	id: string;
	createdAt: number;
	lastSeenAt: number;
	/** When the cookie should expire: the earlier of the inactivity and the absolute limit. */
	expiresAt: number;
}

export type SessionValidation = { session: ValidSession; user: SessionUser } | { session: null; user: null };

function expiresAt(createdAt: number, lastSeenAt: number): number {
	return Math.min(createdAt + LIFETIME_MS, lastSeenAt + INACTIVITY_MS);
}

export async function createSession(db: Db, userId: string, now = Date.now()): Promise<{ token: string; session: ValidSession }> {
	const id = newId();
	const secret = newToken();
	await db
		.insertInto('sessions')
		.values({ id, user_id: userId, secret_hash: sha256Hex(secret), created_at: now, last_seen_at: now })
		.execute();
	return { token: `${id}.${secret}`, session: { id, createdAt: now, lastSeenAt: now, expiresAt: expiresAt(now, now) } };
}

function sameHash(a: string, b: string): boolean {
	const x = Buffer.from(a, 'hex');
	const y = Buffer.from(b, 'hex');
	return x.length === y.length && timingSafeEqual(x, y);
}

export async function validateSessionToken(db: Db, token: string, now = Date.now()): Promise<SessionValidation> {
	const none = { session: null, user: null } as const;
	const parts = token.split('.');
	if (parts.length !== 2 || !/^[a-z2-7]{16}$/.test(parts[0]) || !/^[a-z2-7]{32}$/.test(parts[1])) return none;
	const [id, secret] = parts;
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.secret_hash',
			'sessions.created_at',
			'sessions.last_seen_at',
			'users.id as user_id',
			'users.email',
			'users.display_name',
			'users.status',
			'users.locale',
			'users.country',
			'users.is_admin'
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row || !sameHash(row.secret_hash, sha256Hex(secret))) return none;
	if (now >= expiresAt(row.created_at, row.last_seen_at) || row.status === 'erased' || row.status === 'suspended') {
		await invalidateSession(db, id);
		return none;
	}
	let lastSeenAt = row.last_seen_at;
	if (now - lastSeenAt >= ACTIVITY_CHECK_MS) {
		lastSeenAt = now;
		await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
	}
	return {
		session: { id, createdAt: row.created_at, lastSeenAt, expiresAt: expiresAt(row.created_at, lastSeenAt) },
		user: {
			id: row.user_id,
			email: row.email,
			display_name: row.display_name,
			status: row.status,
			locale: row.locale,
			country: row.country,
			isAdmin: row.is_admin === 1
		}
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, or every one but `keep` (the one that changed the password). */
export async function invalidateUserSessions(db: Db, userId: string, keep?: string): Promise<void> {
	let q = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (keep) q = q.where('id', '!=', keep);
	await q.execute();
}

/** Reads the session token from a Cookie header (for the socket.io handshake, which SvelteKit does not see). */
export function sessionTokenFromCookieHeader(header: string | undefined): string | null {
	if (!header) return null;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(eq + 1).trim());
	}
	return null;
}
