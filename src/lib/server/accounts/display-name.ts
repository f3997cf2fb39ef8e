// Display names are how youth appear to everyone (safeguarding rule 2): length, characters, uniqueness within a
// committee, and the safeguarding screen (rule 3) — a name carries no contact details and no abuse.
import type { Db } from '../db/index';
import { DomainError, type MessageKey } from '../errors';
import { screenText, type ReasonKind } from '../safeguarding/screen/index';

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

const screenRefusal: Record<ReasonKind, MessageKey> = {
	personal_info: 'error_display_name_personal',
	abuse: 'error_display_name_unkind',
	contact_request: 'error_display_name_other',
	disclosure: 'error_display_name_other',
	self_harm: 'error_display_name_other'
};

/**
 * Returns the normalized name or throws a DomainError for the `displayName` field. A name is not held for review
 * like a comment: it is refused at once, with the reason, and the person chooses another.
 */
export function validateDisplayName(raw: string, country?: string | null): string {
	const name = normalizeDisplayName(raw);
	// Counted in graphemes, so a Thai or Khmer letter with its vowel marks counts once.
	const length = [...graphemes.segment(name)].length;
	if (length < DISPLAY_NAME_MIN || length > DISPLAY_NAME_MAX) {
		throw new DomainError('invalid', 'error_display_name_length', { min: DISPLAY_NAME_MIN, max: DISPLAY_NAME_MAX }, 'displayName');
	}
	if (!allowed.test(name) || !/\p{L}/u.test(name)) throw new DomainError('invalid', 'error_display_name_characters', {}, 'displayName');
	const screen = screenText(name, { country });
	if (screen.verdict !== 'allow') {
		const kinds = new Set(screen.reasons.map((r) => r.kind));
		const kind = (['personal_info', 'abuse'] as const).find((k) => kinds.has(k)) ?? screen.reasons[0].kind;
		throw new DomainError('invalid', screenRefusal[kind], {}, 'displayName');
	}
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
