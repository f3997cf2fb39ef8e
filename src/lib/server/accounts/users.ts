// Creating users: the one place that inserts into `users`.
import type { Db } from '../db/index';
import type { UserStatus } from '../db/schema';
import { newId } from '../ids';
import { DomainError } from '../errors';
import { hashPassword } from '../auth/password';
import { displayNameKey } from './display-name';

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export interface NewUserInput {
	email: string;
	/** null: the account cannot sign in until its owner sets a password through an emailed link. */
	password: string | null;
	displayName: string;
	realName: string;
	country: string;
	birthYear?: number | null;
	birthMonth?: number | null;
	locale?: string | null;
	status?: UserStatus;
	isAdmin?: boolean;
}

export async function insertUser(db: Db, input: NewUserInput, now = Date.now()): Promise<string> {
	const email = normalizeEmail(input.email);
	const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
	if (taken) throw new DomainError('conflict', 'error_email_taken', {}, 'email');
	const id = newId();
	await db
		.insertInto('users')
		.values({
			id,
			email,
			// An argon2 hash never equals '!', so a null password cannot be guessed.
			password_hash: input.password === null ? '!' : await hashPassword(input.password),
			display_name: input.displayName,
			display_name_key: displayNameKey(input.displayName),
			real_name: input.realName.trim(),
			birth_year: input.birthYear ?? null,
			birth_month: input.birthMonth ?? null,
			country: input.country,
			locale: input.locale ?? null,
			status: input.status ?? 'active',
			is_admin: input.isAdmin ? 1 : 0,
			created_at: now,
			updated_at: now
		})
		.execute();
	return id;
}
