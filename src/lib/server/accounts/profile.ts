// What a signed-in person can change about themselves.
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { requireSignedIn, type Actor } from '../auth/guards';
import { isLocale } from '../../paraglide/runtime.js';

export async function setLocale(db: Db, actor: Actor, locale: string | null, now = Date.now()): Promise<void> {
	const me = requireSignedIn(actor);
	if (locale !== null && !isLocale(locale)) throw new DomainError('invalid', 'error_unknown_language', {}, 'locale');
	await db.updateTable('users').set({ locale, updated_at: now }).where('id', '=', me.id).execute();
}
