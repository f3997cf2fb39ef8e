// Phrases over words, for contact requests, disclosures and self-harm, written in a small notation:
//   "my (uncle|stepdad|teacher) ~2 (hurts|touches|touched) me"
// Words are separated by spaces; "(a|b)" is a choice; a word ending in "*" matches any word it begins; "~N" lets up to
// N other words stand between; "[word]" may be left out. Each choice is read with the same tokenizer as the text,
// so a Thai choice the segmenter splits in two still matches. No regular expressions: matching walks the words, so
// its cost stays linear in the text whatever is typed.
import { formsOf } from './tokens';
import type { Words } from './words';
import { FormFacts, formOf } from './forms';
import { ScratchInts } from './scratch';
import { compileProgram, firstChoices, needFurther, tryRecords, type Compiled } from './phrase-program';

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

const idsScratch = new ScratchInts();

/** The phrase number of each word of a text (0 for a word no phrase has), good until the next call. */
function idsOf(words: Words): Int32Array {
	const ids = idsScratch.get(words.count).subarray(0, words.count);
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
	 * Records of RECORD numbers (phrase-program.ts), one per phrase and first word: place in `phrases`, tag as a small number, start of its
	 * program, its first slot's choices for the word (-1: read them when tried), then what it needs further on (lo, hi,
	 * slot number, see needFurther; lo -1 for nothing). One typed array for all, no objects to
	 * chase: an array of records per first word cost a cache miss or two at each word with phrases.
	 */
	entries: Int32Array;
	/** By the number of a first word, where its phrases' records begin in `entries` and end, in the order given. */
	byFirst: Int32Array;
	/** Where the records of phrases whose first word is a prefix choice (tried at every word) begin and end. */
	always: [number, number];
	/** How many tags. */
	tags: number;
}

export function indexPhrases(phrases: Phrase[]): PhraseIndex {
	const tags = new Map<string, number>();
	const byFirst: number[][] = [];
	const always: number[] = [];
	phrases.forEach((phrase, n) => {
		let tag = tags.get(phrase.tag);
		if (tag === undefined) tags.set(phrase.tag, (tag = tags.size));
		if (phrase.compiled.anyFirst) always.push(n, tag, phrase.compiled.start, -1, -1, 0, 0);
		else {
			for (const key of phrase.compiled.firsts) {
				const need = needFurther(phrase.compiled, key) ?? [-1, 0, 0];
				(byFirst[key] ??= []).push(n, tag, phrase.compiled.start, firstChoices(phrase.compiled, key), ...need);
			}
		}
	});
	const entries: number[] = [...always];
	const places = new Int32Array(2 * byFirst.length);
	byFirst.forEach((records, key) => {
		places[2 * key] = entries.length;
		entries.push(...records);
		places[2 * key + 1] = entries.length;
	});
	return { phrases, entries: Int32Array.from(entries), byFirst: places, always: [0, always.length], tags: tags.size };
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
	const { byFirst, entries } = index;
	const [alwaysFrom, alwaysTo] = index.always;
	// (record, end) of each match at the word being read.
	const matches: number[] = [];
	for (let i = 0; i < words.count; i++) {
		const id = ids[i];
		if (id !== 0 && 2 * id < byFirst.length && byFirst[2 * id + 1] > byFirst[2 * id]) tryRecords(entries, byFirst[2 * id], byFirst[2 * id + 1], words.forms, ids, i, matchedAt, matches);
		if (alwaysTo > alwaysFrom) tryRecords(entries, alwaysFrom, alwaysTo, words.forms, ids, i, matchedAt, matches);
		if (matches.length === 0) continue;
		for (let m = 0; m < matches.length; m += 2) {
			const end = matches[m + 1];
			found.push({ phrase: index.phrases[entries[matches[m]]], start: words.starts[i], end: words.ends[end - 1], first: i, last: end - 1 });
		}
		// Emptied only when something matched: setting an array's length is a call into the runtime.
		matches.length = 0;
	}
	return found;
}
