// Phrases over words, for contact requests, disclosures and self-harm, written in a small notation:
//   "my (uncle|stepdad|teacher) ~2 (hurts|touches|touched) me"
// Words are separated by spaces; "(a|b)" is a choice; a word ending in "*" matches any word it begins; "~N" lets up to
// N other words stand between; "[word]" may be left out. Each choice is read with the same tokenizer as the text,
// so a Thai choice the segmenter splits in two still matches. No regular expressions: matching walks the words, so
// its cost stays linear in the text whatever is typed.
import { formsOf, type Words } from './tokens';
import { FormFacts, formOf } from './forms';
import { compileProgram, firstChoices, matchFromFirst, matchProgram, nextWordFilter, passes, type Compiled } from './phrase-program';

type Alt = { words: string[]; prefix: boolean };
type Slot = { kind: 'words'; alts: Alt[]; optional: boolean } | { kind: 'gap'; max: number };

export interface Phrase {
	source: string;
	/** What a match means to the caller ("contact", "disclosure"…): one index can hold every kind. */
	tag: string;
	slots: Slot[];
	/** The slots with words as numbers, for matching (see phrase-program.ts). */
	compiled: Compiled;
}

function parseSlot(part: string): Slot {
	const gap = /^~(\d)$/.exec(part);
	if (gap) return { kind: 'gap', max: Number(gap[1]) };
	const optional = part.startsWith('[') && part.endsWith(']');
	const inner = optional ? part.slice(1, -1) : part.startsWith('(') && part.endsWith(')') ? part.slice(1, -1) : part;
	const alts = inner.split('|').map((alt): Alt => {
		const prefix = alt.endsWith('*');
		const words = formsOf(prefix ? alt.slice(0, -1) : alt);
		if (!words.length) throw new Error(`phrase word without letters: "${alt}"`);
		return { words, prefix };
	});
	return { kind: 'words', alts, optional };
}

export function compilePhrase(source: string, tag = ''): Phrase {
	const parts = source.trim().split(/\s+/);
	// Keep "(a b|c)" together: spaces inside parentheses belong to the choice.
	const merged: string[] = [];
	for (const part of parts) {
		const last = merged[merged.length - 1];
		if (last !== undefined && open(last)) merged[merged.length - 1] = `${last} ${part}`;
		else merged.push(part);
	}
	const slots = merged.map(parseSlot);
	if (slots[0]?.kind !== 'words' || slots[0].optional) throw new Error(`a phrase starts with a word: "${source}"`);
	const compiled = compileProgram(slots.map((slot) => (slot.kind === 'gap' ? { gap: slot.max } : { optional: slot.optional, choices: slot.alts.map((a) => ({ ids: a.words.map(idOf), prefix: a.prefix, last: a.words[a.words.length - 1] })) })));
	return { source, tag, slots, compiled };
}

function open(part: string): boolean {
	let depth = 0;
	for (const ch of part) depth += ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0;
	return depth > 0;
}

/**
 * Phrase words as numbers: every word a phrase is written with gets one, and a text's word is read as its number once
 * per form (kept by form number), so a slot's choices are found by one table read (phrase-program.ts). Words no
 * phrase has are 0. Numbers are never taken back; when words are added (a committee's list), the numbers learnt per
 * form are forgotten, since a form that was no phrase word may be one now.
 */
const wordIds = new Map<string, number>();
const phraseWordOfForm = new FormFacts();

function idOf(word: string): number {
	let id = wordIds.get(word);
	if (id === undefined) {
		id = wordIds.size + 1;
		wordIds.set(word, id);
		phraseWordOfForm.forget();
	}
	return id;
}

/** The phrase number of each word of a text (0 for a word no phrase has). */
function idsOf(words: Words): Int32Array {
	const ids = new Int32Array(words.count);
	const forms = words.forms;
	for (let i = 0; i < words.count; i++) {
		let id = phraseWordOfForm.get(forms[i]);
		if (id < 0) {
			id = wordIds.get(formOf(forms[i])) ?? 0;
			phraseWordOfForm.set(forms[i], id);
		}
		ids[i] = id;
	}
	return ids;
}

export interface PhraseIndex {
	phrases: Phrase[];
	/**
	 * By the number of a first word, the phrases that may begin with it, in the order given, as records of ENTRY
	 * numbers (place in `phrases`, tag as a small number, start of its program, its first slot's choices for the word,
	 * then the next word's filter: how many words on, or 0 for none, and the filter's low and high bits, see
	 * nextWordFilter): one typed array a word, no objects to chase.
	 */
	byFirst: (Int32Array | undefined)[];
	/** Phrases whose first word is a prefix choice, tried everywhere, as the same records (-1 for the choices). */
	always: Int32Array;
	/** How many tags. */
	tags: number;
}

const ENTRY = 7;

export function indexPhrases(phrases: Phrase[]): PhraseIndex {
	const tags = new Map<string, number>();
	const byFirst: number[][] = [];
	const always: number[] = [];
	phrases.forEach((phrase, n) => {
		let tag = tags.get(phrase.tag);
		if (tag === undefined) tags.set(phrase.tag, (tag = tags.size));
		if (phrase.compiled.anyFirst) always.push(n, tag, phrase.compiled.start, -1, 0, 0, 0);
		else {
			for (const key of phrase.compiled.firsts) {
				const next = nextWordFilter(phrase.compiled, key) ?? [0, 0, 0];
				(byFirst[key] ??= []).push(n, tag, phrase.compiled.start, firstChoices(phrase.compiled, key), ...next);
			}
		}
	});
	const index: PhraseIndex = { phrases, byFirst: [], always: Int32Array.from(always), tags: tags.size };
	byFirst.forEach((pairs, key) => (index.byFirst[key] = Int32Array.from(pairs)));
	return index;
}

export interface PhraseMatch {
	phrase: Phrase;
	/** [start, end) in the prepared text. */
	start: number;
	end: number;
	/** The words matched, [first, last] as indices in the text's words. */
	first: number;
	last: number;
}

/** Every place a phrase matches, as [start, end) in the prepared text: at each word, the first match of each tag. */
export function findPhrases(words: Words, index: PhraseIndex): PhraseMatch[] {
	const found: PhraseMatch[] = [];
	if (words.count === 0) return found;
	const ids = idsOf(words);
	// The word each tag last matched at: a tag matches once per word.
	const matchedAt = new Int32Array(index.tags).fill(-1);
	for (let i = 0; i < words.count; i++) {
		const candidates = ids[i] === 0 ? undefined : index.byFirst[ids[i]];
		if (candidates) tryPhrases(words, ids, i, index.phrases, candidates, matchedAt, found);
		if (index.always.length) tryPhrases(words, ids, i, index.phrases, index.always, matchedAt, found);
	}
	return found;
}

function tryPhrases(words: Words, ids: Int32Array, i: number, phrases: Phrase[], entries: Int32Array, matchedAt: Int32Array, found: PhraseMatch[]) {
	for (let k = 0; k < entries.length; k += ENTRY) {
		const tag = entries[k + 1];
		if (matchedAt[tag] === i) continue;
		const on = entries[k + 4];
		if (on > 0 && (i + on >= ids.length || ids[i + on] === 0 || !passes(ids[i + on], entries[k + 5], entries[k + 6]))) continue;
		const first = entries[k + 3];
		const end = first < 0 ? matchProgram(words.forms, ids, entries[k + 2], i) : matchFromFirst(words.forms, ids, entries[k + 2], i, first);
		if (end > i) {
			found.push({ phrase: phrases[entries[k]], start: words.starts[i], end: words.ends[end - 1], first: i, last: end - 1 });
			matchedAt[tag] = i;
		}
	}
}
