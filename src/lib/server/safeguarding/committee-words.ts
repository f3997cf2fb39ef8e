// Words and phrases a committee's facilitators add to the screen's abuse list, per language: local slang, a nickname
// used to bully someone, a word the built-in lists miss. Every text written in the committee is screened with them.
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { requireCommitteeRole, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';

export const WORD_MAX = 60;
export const WORDS_PER_COMMITTEE = 500;

export interface CommitteeWord {
	id: string;
	locale: string;
	phrase: string;
	createdAt: number;
}

/**
 * A word or a few words, matched as written (whole words, with the screen's tolerance for spacing, look-alike letters
 * and leetspeak): letters, marks, digits, spaces, apostrophes and hyphens only, so nothing is read as a pattern.
 */
const PHRASE = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}' -]*$/u;

/** The committee's list, with the languages it may be kept in (the committee's own). */
export async function listCommitteeWords(db: Db, actor: Actor, committeeId: string): Promise<{ languages: string[]; words: CommitteeWord[] }> {
	const { committee } = await requireCommitteeRole(db, actor, committeeId, 'facilitator');
	const rows = await db.selectFrom('committee_words').select(['id', 'locale', 'phrase', 'created_at']).where('committee_id', '=', committeeId).orderBy('locale').orderBy('phrase').execute();
	return { languages: JSON.parse(committee.languages) as string[], words: rows.map((r) => ({ id: r.id, locale: r.locale, phrase: r.phrase, createdAt: r.created_at })) };
}

export async function addCommitteeWord(db: Db, actor: Actor, input: { committeeId: string; locale: string; phrase: string }, now = Date.now()): Promise<void> {
	const { user, committee } = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	const phrase = input.phrase.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
	if (!phrase) throw new DomainError('invalid', 'error_word_required', {}, 'phrase');
	if (phrase.length > WORD_MAX) throw new DomainError('invalid', 'error_word_too_long', { max: WORD_MAX }, 'phrase');
	if (!PHRASE.test(phrase)) throw new DomainError('invalid', 'error_word_characters', {}, 'phrase');
	const languages = JSON.parse(committee.languages) as string[];
	if (!languages.includes(input.locale)) throw new DomainError('invalid', 'error_word_language', {}, 'locale');
	await db.transaction().execute(async (trx) => {
		const count = await trx.selectFrom('committee_words').select((eb) => eb.fn.countAll<number>().as('n')).where('committee_id', '=', committee.id).executeTakeFirstOrThrow();
		if (Number(count.n) >= WORDS_PER_COMMITTEE) throw new DomainError('conflict', 'error_too_many_words', { max: WORDS_PER_COMMITTEE });
		const result = await trx
			.insertInto('committee_words')
			.values({ id: newId(), committee_id: committee.id, locale: input.locale, phrase, created_by: user.id, created_at: now })
			.onConflict((oc) => oc.columns(['committee_id', 'locale', 'phrase']).doNothing())
			.executeTakeFirst();
		if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) throw new DomainError('conflict', 'error_word_exists', {}, 'phrase');
		await recordAudit(trx, { actorId: user.id, action: 'screen.word_added', committeeId: committee.id, data: { locale: input.locale, phrase } }, now);
	});
}

export async function removeCommitteeWord(db: Db, actor: Actor, input: { committeeId: string; wordId: string }, now = Date.now()): Promise<void> {
	const { user } = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	await db.transaction().execute(async (trx) => {
		const row = await trx.selectFrom('committee_words').select(['id', 'locale', 'phrase']).where('id', '=', input.wordId).where('committee_id', '=', input.committeeId).executeTakeFirst();
		if (!row) throw new DomainError('not_found', 'error_word_not_found');
		await trx.deleteFrom('committee_words').where('id', '=', row.id).execute();
		await recordAudit(trx, { actorId: user.id, action: 'screen.word_removed', committeeId: input.committeeId, data: { locale: row.locale, phrase: row.phrase } }, now);
	});
}

/** What the screen is given for a text written in this committee (no role check: the writer's own guard ran). */
export async function screenWordsFor(db: Db, committeeId: string): Promise<string[]> {
	const rows = await db.selectFrom('committee_words').select('phrase').where('committee_id', '=', committeeId).orderBy('phrase').execute();
	return rows.map((r) => r.phrase);
}
