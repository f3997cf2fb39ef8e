// Phrases (phrases.ts) compiled into one flat program of numbers, and the matcher that walks it over a text's word
// numbers, with the same first match as the notation's backtracking reading. A text's words are read as their
// phrase word numbers (`ids`) and, for prefix choices only, their form numbers (`forms`, see forms.ts).
import { PairTable } from './pair-table';
import { formOf } from './forms';

/*
 * Every phrase of every list shares three Int32Arrays (program, choice lists, choices) and one PairTable. As objects
 * (phrase → slots → Map → choices → words), each try chased a dozen pointers, mostly cache misses once the segmenter
 * and the link finder had run, and phrase matching stayed a quarter of the screen however little it computed.
 */

/**
 * Program records: a gap [GAP, max]; a slot [WORDS, optional, slot number, rest list, filter low, filter high]; the
 * end [END]. The filter has bit (word's number hashed to 0-63) set for each first word of the slot's choices: most
 * words a slot is asked about begin none of its choices, and the filter, read with the record, says so without the
 * table read that was the matcher's main cost (a cache miss each).
 */
const GAP = 0;
const WORDS = 1;
const END = 2;
const WORDS_SIZE = 6;

/** A word number's bit in a slot's filter, 0-63 (Fibonacci hashing: consecutive numbers spread). */
function filterBit(word: number): number {
	return Math.imul(word, 0x9e3779b1) >>> 26;
}

function filterOf(words: number[]): [number, number] {
	let low = 0;
	let high = 0;
	for (const w of words) {
		const bit = filterBit(w);
		if (bit < 32) low |= 1 << bit;
		else high |= 1 << (bit - 32);
	}
	return [low, high];
}

/** A choice written as words: its words' numbers, and whether its last word is a prefix ("kill*"). */
export interface ChoiceSource {
	ids: number[];
	prefix: boolean;
	last: string;
}

export type SlotSource = { gap: number } | { optional: boolean; choices: ChoiceSource[] };

/**
 * Each slot's first words as a 256-bit filter (8 numbers a slot, by slot number), for needFurther's checks: a slot of
 * thirty relatives sets over a third of the program record's 64 bits, and a word that passed cost a table read, a
 * cache miss; this filter passes one word in ten of those, and all of them fit in a few cache lines.
 */
function wideBit(word: number): number {
	return Math.imul(word, 0x9e3779b1) >>> 24;
}

/** A growable Int32Array. */
class Ints {
	data = new Int32Array(4096);
	length = 0;
	push(...values: number[]): number {
		const at = this.length;
		if (at + values.length > this.data.length) {
			const bigger = new Int32Array(Math.max(this.data.length * 2, at + values.length));
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data.set(values, at);
		this.length += values.length;
		return at;
	}
}

// Never freed: the built-in lists compile once, but each distinct committee word list (index.ts keeps 200) adds its
// phrases of several words for good. A few hundred numbers a list; a server that saw millions of edits would notice.
const program = new Ints();
/** A list of choices: [count, choice offset…]. */
const lists = new Ints();
/** A choice: [words, prefix (0/1), index of its last word in prefixWords, word number…]. */
const choices = new Ints();
const prefixWords: string[] = [];
/** By slot number, 8 numbers: the slot's wide filter (see wideBit). */
const wideFilters = new Ints();
/** (slot number, first word's number) → the list of choices to try, as an offset in `lists`. */
const byFirstWord = new PairTable();
let slots = 0;
/** By slot number, the most words a choice of the slot has. */
const longestChoice: number[] = [];
/** Slots already compiled, by their choices written out. */
const sameSlots = new Map<string, { slotNo: number; rest: number; firsts: number[]; anyFirst: boolean }>();

export interface Compiled {
	/** Where the phrase's program begins. */
	start: number;
	/** The numbers its first word may be (its prefix choices of one word aside). */
	firsts: number[];
	/** Whether its first slot has a prefix choice of one word, which may begin any word. */
	anyFirst: boolean;
}

/**
 * Compiles a phrase. Each slot's choices are listed per first word in the order written, with the prefix choices of
 * one word merged in, so one table read gives the choices to try and the order, which decides the match found first,
 * is kept.
 */
export function compileProgram(source: SlotSource[]): Compiled {
	const code: number[] = [];
	let firsts: number[] = [];
	let anyFirst = false;
	source.forEach((slot, s) => {
		if ('gap' in slot) {
			code.push(GAP, slot.gap);
			return;
		}
		// The lexicons write the same choice in many phrases (relatives, pronouns, apps): one slot number for all keeps
		// the table small (a fifth of its size) and the entries read often in the cache.
		const key = `${slot.optional ? 1 : 0}:${slot.choices.map((c) => `${c.prefix ? '*' : ''}${c.ids.join(' ')}`).join('|')}`;
		const known = sameSlots.get(key);
		if (known) {
			code.push(WORDS, slot.optional ? 1 : 0, known.slotNo, known.rest, ...filterOf(known.firsts));
			if (s === 0) ({ firsts, anyFirst } = known);
			return;
		}
		const offsets = slot.choices.map((c) => choices.push(c.ids.length, c.prefix ? 1 : 0, c.prefix ? prefixWords.push(c.last) - 1 : -1, ...c.ids));
		const anyWord = slot.choices.map((c) => c.prefix && c.ids.length === 1);
		const listOf = (keep: (i: number) => boolean) => {
			const picked = offsets.filter((_, i) => keep(i));
			return lists.push(picked.length, ...picked);
		};
		const slotNo = slots++;
		longestChoice[slotNo] = Math.max(...slot.choices.map((c) => c.ids.length));
		const wide = [0, 0, 0, 0, 0, 0, 0, 0];
		for (const c of slot.choices) if (!(c.prefix && c.ids.length === 1)) wide[wideBit(c.ids[0]) >>> 5] |= 1 << (wideBit(c.ids[0]) & 31);
		wideFilters.push(...wide);
		const slotFirsts = [...new Set(slot.choices.filter((_, i) => !anyWord[i]).map((c) => c.ids[0]))];
		for (const first of slotFirsts) byFirstWord.set(slotNo, first, listOf((i) => anyWord[i] || slot.choices[i].ids[0] === first));
		const rest = listOf((i) => anyWord[i]);
		code.push(WORDS, slot.optional ? 1 : 0, slotNo, rest, ...filterOf(slotFirsts));
		sameSlots.set(key, { slotNo, rest, firsts: slotFirsts, anyFirst: anyWord.some(Boolean) });
		if (s === 0) {
			firsts = slotFirsts;
			anyFirst = anyWord.some(Boolean);
		}
	});
	code.push(END);
	return { start: program.push(...code), firsts, anyFirst };
}

/**
 * The end (exclusive word index) of a match of the program from `pc` starting at word `at`, or -1: the first found,
 * trying fewer skipped words first in a gap, the choices in the order written, and a word before leaving an optional
 * one out.
 */
function matchProgram(forms: Int32Array, ids: Int32Array, pc: number, at: number): number {
	const P = program.data;
	const op = P[pc];
	if (op === END) return at;
	if (op === GAP) {
		const max = P[pc + 1];
		for (let skip = 0; skip <= max && at + skip <= ids.length; skip++) {
			const end = matchProgram(forms, ids, pc + 2, at + skip);
			if (end >= 0) return end;
		}
		return -1;
	}
	if (at < ids.length) {
		const word = ids[at];
		let k = -1;
		if (word !== 0) {
			const bit = filterBit(word);
			if ((bit < 32 ? P[pc + 4] >>> bit : P[pc + 5] >>> (bit - 32)) & 1) k = byFirstWord.get(P[pc + 2], word);
		}
		const end = tryChoices(forms, ids, pc, at, k < 0 ? P[pc + 3] : k);
		if (end >= 0) return end;
	}
	return P[pc + 1] === 1 ? matchProgram(forms, ids, pc + WORDS_SIZE, at) : -1;
}

/** The first match of the choices in list `k` of the slot at `pc`, each followed by the rest of the program, or -1. */
function tryChoices(forms: Int32Array, ids: Int32Array, pc: number, at: number, k: number): number {
	const L = lists.data;
	const C = choices.data;
	for (let j = 1, count = L[k]; j <= count; j++) {
		const c = L[k + j];
		const n = C[c];
		if (at + n > ids.length) continue;
		let ok = true;
		for (let m = 0; m < n - 1 && ok; m++) ok = ids[at + m] === C[c + 3 + m];
		if (ok) ok = C[c + 1] === 1 ? formOf(forms[at + n - 1]).startsWith(prefixWords[C[c + 2]]) : ids[at + n - 1] === C[c + 3 + n - 1];
		if (!ok) continue;
		const end = matchProgram(forms, ids, pc + WORDS_SIZE, at + n);
		if (end >= 0) return end;
	}
	return -1;
}

/**
 * The list of choices of a phrase's first slot for a word among its `firsts`, found once when an index is built, so
 * the phrases tried at a word skip the table read their first slot would make (one a try, each a cache miss).
 */
export function firstChoices(compiled: Compiled, word: number): number {
	return byFirstWord.get(program.data[compiled.start + 2], word);
}

/**
 * What any match of a phrase tried at a word of its `firsts` needs further on, or null: its first slot that must
 * match (not optional) after the first, as [lo, hi, slot number], where that slot begins
 * between lo and hi words after the word tried (the first slot's choices for the word, gaps and optional slots
 * before it decide how far), so one of the words there must be one its choices begin with. Null when there is no such
 * slot, or it has a prefix choice of one word (which any word may begin). Most tries fail for want of that word; the
 * entry says so before any call into the matcher.
 */
export function needFurther(compiled: Compiled, word: number): [number, number, number] | null {
	const P = program.data;
	const L = lists.data;
	const pc = compiled.start;
	if (P[pc] !== WORDS || P[pc + 1] === 1) return null;
	const k = byFirstWord.get(P[pc + 2], word);
	if (k < 0 || L[k] === 0) return null;
	let lo = Infinity;
	let hi = 0;
	for (let j = 1; j <= L[k]; j++) {
		const n = choices.data[L[k + j]];
		lo = Math.min(lo, n);
		hi = Math.max(hi, n);
	}
	for (let at = pc + WORDS_SIZE; ; ) {
		if (P[at] === END) return null;
		if (P[at] === GAP) {
			hi += P[at + 1];
			at += 2;
		} else if (L[P[at + 3]] > 0) return null;
		else if (P[at + 1] === 1) {
			hi += longestChoice[P[at + 2]];
			at += WORDS_SIZE;
		} else return [lo, hi, P[at + 2]];
	}
}

/**
 * Whether one of words [from, last] begins one of the choices of slot `slotNo` (its prefix choices of one word
 * aside): needFurther's check, made here, where the filters are (a call into this module per word cost a fifth of it).
 */
function beginsWithin(slotNo: number, ids: Int32Array, from: number, last: number): boolean {
	const F = wideFilters.data;
	for (let p = from; p <= last; p++) {
		const word = ids[p];
		if (word === 0) continue;
		const bit = wideBit(word);
		if (((F[slotNo * 8 + (bit >>> 5)] >>> (bit & 31)) & 1) === 1 && byFirstWord.get(slotNo, word) >= 0) return true;
	}
	return false;
}

/** matchProgram for a phrase tried at a word of its `firsts`, with the list firstChoices gave for that word. */
function matchFromFirst(forms: Int32Array, ids: Int32Array, pc: number, at: number, k: number): number {
	const end = tryChoices(forms, ids, pc, at, k);
	// A first slot is never optional (compilePhrase refuses it), but the program says what it is.
	return end >= 0 ? end : program.data[pc + 1] === 1 ? matchProgram(forms, ids, pc + WORDS_SIZE, at) : -1;
}

/** The numbers in one of PhraseIndex.entries' records (phrases.ts), which tryRecords reads. */
export const RECORD = 7;

/**
 * The phrases of records [from, to) of an index's entries (phrases.ts, PhraseIndex) tried at word i, in order: for each
 * match, its record's offset and its end (exclusive word index) pushed to `matches`, and matchedAt[tag] set to i (a
 * tag matches once per word). In this module so that the filters and the matcher are called without going through
 * another module's exports (a getter each under tsx).
 */
export function tryRecords(records: Int32Array, from: number, to: number, forms: Int32Array, ids: Int32Array, i: number, matchedAt: Int32Array, matches: number[]) {
	for (let k = from; k < to; k += RECORD) {
		const tag = records[k + 1];
		if (matchedAt[tag] === i) continue;
		const lo = records[k + 4];
		if (lo >= 0 && !beginsWithin(records[k + 6], ids, i + lo, Math.min(i + records[k + 5], ids.length - 1))) continue;
		const first = records[k + 3];
		const end = first < 0 ? matchProgram(forms, ids, records[k + 2], i) : matchFromFirst(forms, ids, records[k + 2], i, first);
		if (end > i) {
			matches.push(k, end);
			matchedAt[tag] = i;
		}
	}
}
