// Changing and resetting passwords. Either way every existing session ends: a changed password locks out
// whoever else might have been signed in.
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { newId, newToken, sha256Hex } from '../ids';
import { HOUR_MS } from '../clock';
import { hashPassword, verifyPassword } from '../auth/password';
import { createSession, invalidateUserSessions } from '../auth/session';
import { requireSignedIn, type Actor } from '../auth/guards';
import { enqueueEmail } from '../notifications/email-outbox';
import { localeOr, m } from '../i18n';
import { normalizeEmail } from './users';

export const RESET_LINK_TTL_MS = 2 * HOUR_MS;
/** A "set your password" link for a new staff account lives longer than a reset link. */
export const WELCOME_LINK_TTL_MS = 7 * 24 * HOUR_MS;

export async function changePassword(
	db: Db,
	actor: Actor,
	input: { currentPassword: string; newPassword: string },
	now = Date.now()
): Promise<{ token: string; expiresAt: number }> {
	const me = requireSignedIn(actor);
	const user = await db.selectFrom('users').select('password_hash').where('id', '=', me.id).executeTakeFirstOrThrow();
	if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
		throw new DomainError('invalid', 'error_current_password_wrong', {}, 'currentPassword');
	}
	const passwordHash = await hashPassword(input.newPassword);
	const { token, session } = await db.transaction().execute(async (trx) => {
		await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', me.id).execute();
		await invalidateUserSessions(trx, me.id);
		return createSession(trx, me.id, now);
	});
	return { token, expiresAt: session.expiresAt };
}

/** Creates a one-time link and queues the email. Returns nothing either way, so the form cannot reveal accounts. */
export async function requestPasswordReset(
	db: Db,
	input: { email: string; baseUrl: string; welcome?: boolean },
	now = Date.now()
): Promise<void> {
	const user = await db
		.selectFrom('users')
		.select(['id', 'email', 'locale', 'status', 'display_name'])
		.where('email', '=', normalizeEmail(input.email))
		.executeTakeFirst();
	if (!user || user.status === 'erased' || user.status === 'suspended') return;
	const token = newToken();
	const link = `${input.baseUrl}/reset-password/${token}`;
	const locale = localeOr(user.locale);
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('password_resets')
			.values({
				id: newId(),
				user_id: user.id,
				token_hash: sha256Hex(token),
				created_at: now,
				expires_at: now + (input.welcome ? WELCOME_LINK_TTL_MS : RESET_LINK_TTL_MS)
			})
			.execute();
		await enqueueEmail(
			trx,
			input.welcome
				? { to: user.email, subject: m.email_welcome_subject({}, { locale }), text: m.email_welcome_body({ name: user.display_name, link }, { locale }) }
				: { to: user.email, subject: m.email_reset_subject({}, { locale }), text: m.email_reset_body({ link }, { locale }) },
			now
		);
	});
}

async function findReset(db: Db, token: string, now: number) {
	const row = await db.selectFrom('password_resets').selectAll().where('token_hash', '=', sha256Hex(token)).executeTakeFirst();
	if (!row || row.used_at !== null) throw new DomainError('not_found', 'error_reset_link_invalid');
	if (row.expires_at <= now) throw new DomainError('invalid', 'error_reset_link_expired');
	return row;
}

/** For the reset page: says whether the link can still be used, before the person types a new password. */
export async function checkPasswordResetToken(db: Db, token: string, now = Date.now()): Promise<void> {
	await findReset(db, token, now);
}

export async function resetPassword(db: Db, input: { token: string; newPassword: string }, now = Date.now()): Promise<void> {
	const reset = await findReset(db, input.token, now);
	const passwordHash = await hashPassword(input.newPassword);
	await db.transaction().execute(async (trx) => {
		const used = await trx
			.updateTable('password_resets')
			.set({ used_at: now })
			.where('id', '=', reset.id)
			.where('used_at', 'is', null)
			.executeTakeFirst();
		if (Number(used.numUpdatedRows) !== 1) throw new DomainError('not_found', 'error_reset_link_invalid');
		await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', reset.user_id).execute();
		await invalidateUserSessions(trx, reset.user_id);
	});
}
