// Signing in and out. Failures say the same thing for an unknown email and a wrong password, take the same time,
// and are throttled per account and per address.
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { dummyPasswordHash, verifyPassword } from '../auth/password';
import { createSession, invalidateSession } from '../auth/session';
import { assertSignInAllowed, recordFailedSignIn, recordSuccessfulSignIn } from '../auth/throttle';
import { normalizeEmail } from './users';

export async function signIn(db: Db, input: { email: string; password: string; ip: string }, now = Date.now()) {
	const email = normalizeEmail(input.email);
	await assertSignInAllowed(email, input.ip);
	const user = await db.selectFrom('users').select(['id', 'password_hash', 'status']).where('email', '=', email).executeTakeFirst();
	const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
	if (!user || !ok || user.status === 'erased') {
		await recordFailedSignIn(email, input.ip);
		throw new DomainError('invalid', 'error_wrong_email_or_password');
	}
	if (user.status === 'suspended') throw new DomainError('forbidden', 'error_account_suspended');
	await recordSuccessfulSignIn(email);
	return { userId: user.id, ...(await createSession(db, user.id, now)) };
}

export async function signOut(db: Db, sessionId: string): Promise<void> {
	await invalidateSession(db, sessionId);
}
