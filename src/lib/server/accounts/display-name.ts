// Display names are how youth appear to everyone (safeguarding rule 2). For now: length, characters and uniqueness
// within a committee; the safeguarding screen checks their content when it arrives.
import type { Db } from '../db/index';
import { DomainError } from '../errors';

/** Two characters allow the shortest names in Chinese, Japanese and Korean. */
export const DISPLAY_NAME_MIN = 2;
export const DISPLAY_NAME_MAX = 24;

/** Letters and digits of any script, combining marks, spaces, and _ - . — no @, + or links. */
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

const allowed = /^[\p{L}\p{M}\p{N} _.-]+$/u;

export function normalizeDisplayName(raw: string): string {
	return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

export function displayNameKey(name: string): string {
	return normalizeDisplayName(name).toLocaleLowerCase('und').replace(/[ _.-]/g, '');
}

/** Returns the normalized name or throws a DomainError for the `displayName` field. */
export function validateDisplayName(raw: string): string {
	const name = normalizeDisplayName(raw);
	// Counted in graphemes, so a Thai or Khmer letter with its vowel marks counts once.
	const length = [...graphemes.segment(name)].length;
	if (length < DISPLAY_NAME_MIN || length > DISPLAY_NAME_MAX) {
		throw new DomainError('invalid', 'error_display_name_length', { min: DISPLAY_NAME_MIN, max: DISPLAY_NAME_MAX }, 'displayName');
	}
	if (!allowed.test(name) || !/\p{L}/u.test(name)) throw new DomainError('invalid', 'error_display_name_characters', {}, 'displayName');
	return name;
}

export async function assertDisplayNameFree(db: Db, committeeId: string, name: string, exceptUserId?: string): Promise<void> {
	let q = db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select('users.id')
		.where('memberships.committee_id', '=', committeeId)
		.where('users.display_name_key', '=', displayNameKey(name));
	if (exceptUserId) q = q.where('users.id', '!=', exceptUserId);
	if (await q.executeTakeFirst()) throw new DomainError('conflict', 'error_display_name_taken', {}, 'displayName');
}
