// Phrases over words, for contact requests, disclosures and self-harm, written in a small notation:
//   "my (uncle|stepdad|teacher) ~2 (hurts|touches|touched) me"
// Words are separated by spaces; "(a|b)" is a choice; a word ending in "*" matches any word it begins; "~N" lets up to
// N other words stand between; "[word]" may be left out. Each choice is read with the same tokenizer as the text,
// so a Thai choice the segmenter splits in two still matches. No regular expressions: matching walks the words, so
// its cost stays linear in the text whatever is typed.
import { formsOf, type Token } from './tokens';

type Alt = { words: string[]; prefix: boolean };
type Slot = { kind: 'words'; alts: Alt[]; optional: boolean } | { kind: 'gap'; max: number };

export interface Phrase {
	source: string;
	/** What a match means to the caller ("contact", "disclosure"…): one index can hold every kind. */
	tag: string;
	slots: Slot[];
	/** The slots with words as numbers, for matching. */
	compiled: CSlot[];
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
	return { source, tag, slots, compiled: compileSlots(slots) };
}

function open(part: string): boolean {
	let depth = 0;
	for (const ch of part) depth += ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0;
	return depth > 0;
}

/**
 * Phrase words as numbers: every word a phrase is written with gets one, and a text's word is read as its number once
 * (kept in its form's memo), so a choice of forty words is one Set read instead of forty string comparisons. Words no
 * phrase has are 0. Numbers are never taken back; `generation` changes when words are added (a committee's list), so
 * a memo read before knows to look again.
 */
const wordIds = new Map<string, number>();
let generation = 0;

function idOf(word: string): number {
	let id = wordIds.get(word);
	if (id === undefined) {
		id = wordIds.size + 1;
		wordIds.set(word, id);
		generation++;
	}
	return id;
}

/** The phrase number of each word of a text (0 for a word no phrase has). */
function idsOf(words: Token[]): Int32Array {
	const ids = new Int32Array(words.length);
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		const memo = w.memo;
		if (!memo) ids[i] = wordIds.get(w.form) ?? 0;
		else {
			if (memo.generation !== generation) {
				memo.phraseWord = wordIds.get(w.form) ?? 0;
				memo.generation = generation;
			}
			ids[i] = memo.phraseWord!;
		}
	}
	return ids;
}

/** A choice in numbers: `ids` of its words; a prefix choice compares its last word as a string. */
interface CAlt {
	ids: number[];
	prefix: boolean;
	last: string;
}

/**
 * A slot compiled: its choices by their first word's number, each list in the order written (with the prefix choices
 * of one word, which may begin any word, merged in), and `rest` for a word no choice begins with. A slot of forty
 * relatives was forty comparisons at every try; now it is one Map read, and the order of choices, which decides which
 * match is found first, is kept.
 */
interface CSlot {
	gap: number;
	optional: boolean;
	byFirst: Map<number, CAlt[]>;
	rest: CAlt[];
}

function compileSlots(slots: Slot[]): CSlot[] {
	return slots.map((slot): CSlot => {
		if (slot.kind === 'gap') return { gap: slot.max, optional: false, byFirst: new Map(), rest: [] };
		const alts = slot.alts.map((a): CAlt => ({ ids: a.words.map(idOf), prefix: a.prefix, last: a.words[a.words.length - 1] }));
		const anyWord = (a: CAlt) => a.prefix && a.ids.length === 1;
		const byFirst = new Map<number, CAlt[]>();
		for (const first of new Set(alts.filter((a) => !anyWord(a)).map((a) => a.ids[0]))) byFirst.set(first, alts.filter((a) => anyWord(a) || a.ids[0] === first));
		return { gap: -1, optional: slot.optional, byFirst, rest: alts.filter(anyWord) };
	});
}

/** How many words from `at` an alternative covers, or -1. */
function altLength(words: Token[], ids: Int32Array, at: number, alt: CAlt): number {
	const n = alt.ids.length;
	if (at + n > ids.length) return -1;
	for (let k = 0; k < n - 1; k++) if (ids[at + k] !== alt.ids[k]) return -1;
	if (alt.prefix ? !words[at + n - 1].form.startsWith(alt.last) : ids[at + n - 1] !== alt.ids[n - 1]) return -1;
	return n;
}

/**
 * The end (exclusive word index) of a match of slots[s..] starting at word `at`, or -1: the first found, trying fewer
 * skipped words first in a gap, the choices in the order written, and a word before leaving an optional one out.
 */
function matchFrom(words: Token[], ids: Int32Array, slots: CSlot[], s: number, at: number): number {
	if (s === slots.length) return at;
	const slot = slots[s];
	if (slot.gap >= 0) {
		for (let skip = 0; skip <= slot.gap && at + skip <= ids.length; skip++) {
			const end = matchFrom(words, ids, slots, s + 1, at + skip);
			if (end >= 0) return end;
		}
		return -1;
	}
	if (at < ids.length) {
		for (const alt of slot.byFirst.get(ids[at]) ?? slot.rest) {
			const n = altLength(words, ids, at, alt);
			if (n > 0) {
				const end = matchFrom(words, ids, slots, s + 1, at + n);
				if (end >= 0) return end;
			}
		}
	}
	return slot.optional ? matchFrom(words, ids, slots, s + 1, at) : -1;
}

/** A phrase in an index, with its tag as the index's small number for it. */
interface Entry {
	phrase: Phrase;
	tag: number;
}

export interface PhraseIndex {
	/** Phrases by the number of the first word of their first slot's choices (exact words), in the order given. */
	byFirst: (Entry[] | undefined)[];
	/** Phrases whose first word is a prefix choice: tried everywhere. */
	always: Entry[];
	/** How many tags. */
	tags: number;
}

export function indexPhrases(phrases: Phrase[]): PhraseIndex {
	const index: PhraseIndex = { byFirst: [], always: [], tags: 0 };
	const tags = new Map<string, number>();
	for (const phrase of phrases) {
		let tag = tags.get(phrase.tag);
		if (tag === undefined) tags.set(phrase.tag, (tag = tags.size));
		const first = phrase.compiled[0];
		if (first.rest.length) {
			index.always.push({ phrase, tag });
			continue;
		}
		for (const key of first.byFirst.keys()) (index.byFirst[key] ??= []).push({ phrase, tag });
	}
	index.tags = tags.size;
	return index;
}

export interface PhraseMatch {
	phrase: Phrase;
	start: number;
	end: number;
}

/** Every place a phrase matches, as [start, end) in the prepared text: at each word, the first match of each tag. */
export function findPhrases(words: Token[], index: PhraseIndex): PhraseMatch[] {
	const found: PhraseMatch[] = [];
	if (words.length === 0) return found;
	const ids = idsOf(words);
	// The word each tag last matched at: a tag matches once per word.
	const matchedAt = new Int32Array(index.tags).fill(-1);
	for (let i = 0; i < words.length; i++) {
		const candidates = ids[i] === 0 ? undefined : index.byFirst[ids[i]];
		if (candidates) tryPhrases(words, ids, i, candidates, matchedAt, found);
		if (index.always.length) tryPhrases(words, ids, i, index.always, matchedAt, found);
	}
	return found;
}

function tryPhrases(words: Token[], ids: Int32Array, i: number, entries: Entry[], matchedAt: Int32Array, found: PhraseMatch[]) {
	for (const { phrase, tag } of entries) {
		if (matchedAt[tag] === i) continue;
		const end = matchFrom(words, ids, phrase.compiled, 0, i);
		if (end > i) {
			found.push({ phrase, start: words[i].start, end: words[end - 1].end });
			matchedAt[tag] = i;
		}
	}
}
