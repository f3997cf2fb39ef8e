// The phrases read a second way for Thai, Lao, Khmer and Burmese, whose word segmenter splits casual writing
// unpredictably ("ไหนอะ" → "ไห|นอะ"): the words of a phrase are looked for as strings, in order, a few characters
// apart (a gap "~N" allows N short words). Only phrases written wholly in those scripts are read this way.
// First words are found in one pass over the text (indexed by their first character) rather than one indexOf per word.
import type { Phrase } from './phrases';
import { brokenBetween, type Chunks } from './chars';

export interface RunPhrase {
	phrase: Phrase;
	/** Its number among the index's phrases. */
	id: number;
	/** A step's strings, and the code units they begin with. */
	steps: ({ alts: string[]; optional: boolean; firsts: FirstUnits } | { gap: number })[];
}

/** The code units a step's strings begin with: Thai and Lao ones (nearly all) as bits, others in a Set. */
class FirstUnits {
	private readonly bits = new Int32Array(8);
	private readonly others = new Set<number>();

	constructor(codes: number[]) {
		for (const code of codes) {
			if (code >= 0x0e00 && code <= 0x0eff) this.bits[(code - 0x0e00) >> 5] |= 1 << (code & 31);
			else this.others.add(code);
		}
	}

	has(code: number): boolean {
		if (code >= 0x0e00 && code <= 0x0eff) return ((this.bits[(code - 0x0e00) >> 5] >>> (code & 31)) & 1) === 1;
		return this.others.size > 0 && this.others.has(code);
	}
}

export interface RunPhrases {
	/** The strings a phrase's first word may be, each with the phrases that begin so, in the order written. */
	byFirst: Map<string, RunPhrase[]>;
	/**
	 * The same strings by their first two code units (first * 65536 + second; a string of one code unit by -1 - its
	 * code), each with its place in byFirst's order. By the first alone, a dozen strings share "อ" or "ไ" and each was
	 * compared at every such character.
	 */
	byStart: Map<number, { alt: string; order: number }[]>;
	/** 1 for each code unit some first word begins with: most characters of a text are passed over on this alone. */
	starts: Uint8Array;
	/** The lowest of those code units. */
	lowest: number;
	/** byFirst's entries in its order, to read by place. */
	firsts: { alt: string; phrases: RunPhrase[] }[];
	/** By phrase number, the call of findRunPhrases that last found it: a phrase is found once a call (a text). */
	found: Int32Array;
	/** Calls of findRunPhrases with this index, numbered so that `found` need not be cleared for each. */
	calls: number;
}

const NO_SPACE = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;
const NEAR = 3;
const PER_WORD = 8;

/** The phrases written wholly in those scripts, grouped by the strings their first word may be (each looked for once). */
export function runPhrases(phrases: Phrase[]): RunPhrases {
	const byFirst = new Map<string, RunPhrase[]>();
	let count = 0;
	for (const phrase of phrases) {
		const words = phrase.slots.flatMap((s) => (s.kind === 'words' ? s.alts.map((a) => a.words.join('')) : []));
		if (!words.length || !words.every((w) => NO_SPACE.test(w))) continue;
		const rp: RunPhrase = {
			phrase,
			id: count++,
			steps: phrase.slots.map((s) => {
				if (s.kind === 'gap') return { gap: s.max };
				const alts = s.alts.map((a) => a.words.join(''));
				return { alts, optional: s.optional, firsts: new FirstUnits(alts.map((alt) => alt.charCodeAt(0))) };
			})
		};
		for (const alt of new Set((rp.steps[0] as { alts: string[] }).alts)) {
			const list = byFirst.get(alt);
			if (list) list.push(rp);
			else byFirst.set(alt, [rp]);
		}
	}
	const byStart = new Map<number, { alt: string; order: number }[]>();
	const starts = new Uint8Array(0x10000);
	let lowest = 0x10000;
	[...byFirst.keys()].forEach((alt, order) => {
		starts[alt.charCodeAt(0)] = 1;
		lowest = Math.min(lowest, alt.charCodeAt(0));
		const key = startKey(alt, 0);
		const list = byStart.get(key);
		if (list) list.push({ alt, order });
		else byStart.set(key, [{ alt, order }]);
	});
	return { byFirst, byStart, starts, lowest, firsts: [...byFirst].map(([alt, phrases]) => ({ alt, phrases })), found: new Int32Array(count), calls: 0 };
}

/** The key of byStart for a string beginning at `at` (its length, the second code unit). */
function startKey(text: string, at: number): number {
	return at + 1 < text.length ? text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1) : -1 - text.charCodeAt(at);
}

/**
 * The places a step's strings may begin in a window (where one of their first code units is, in order), by the step's
 * number in its phrase: runFrom calls itself once a step, so each depth keeps its own. Grown when a window is wider.
 */
const candidates: Int32Array[] = [];

function candidatesFor(k: number, width: number): Int32Array {
	while (candidates.length <= k) candidates.push(new Int32Array(64));
	if (candidates[k].length < width) candidates[k] = new Int32Array(width);
	return candidates[k];
}

/**
 * The first of the `count` candidate places where `alt` begins, or -1. text.indexOf(alt, at) gave the same answer
 * but searched the whole rest of the text for every first word found: a 20,000-character text repeating one first
 * word took seconds (quadratic); this reads only the places where one of the step's strings can begin.
 */
function firstAt(text: string, units: Uint16Array, alt: string, places: Int32Array, count: number): number {
	const first = alt.charCodeAt(0);
	for (let c = 0; c < count; c++) if (units[places[c]] === first && text.startsWith(alt, places[c])) return places[c];
	return -1;
}

/** The end of a match of steps[k..] whose previous step ended at `at` (with `slack` characters allowed first), or -1. */
function runFrom(text: string, units: Uint16Array, steps: RunPhrase['steps'], k: number, at: number, slack: number): number {
	if (k === steps.length) return at;
	const step = steps[k];
	if ('gap' in step) return runFrom(text, units, steps, k + 1, at, slack + step.gap * PER_WORD);
	// A step's strings can begin only where one of their first code units is: those places are found once, and each
	// string is looked for only there (none when the window has no such place: most steps, at most places).
	const last = Math.min(at + slack, text.length - 1);
	const places = candidatesFor(k, last - at + 1);
	let count = 0;
	for (let p = at; p <= last; p++) if (step.firsts.has(units[p])) places[count++] = p;
	for (const alt of step.alts) {
		const found = firstAt(text, units, alt, places, count);
		if (found >= 0 && !brokenBetween(units, at, found)) {
			const end = runFrom(text, units, steps, k + 1, found + alt.length, NEAR);
			if (end >= 0) return end;
		}
	}
	return step.optional ? runFrom(text, units, steps, k + 1, at, slack) : -1;
}

/** Room for occurrences' numbers, kept from one text to the next. */
let places = new Float64Array(256);
const PLACE = 2 ** 32;

/**
 * Where the first words occur, as numbers (place in byFirst's order × 2^32 + index in the text), sorted: by word in
 * byFirst's order, then by index (overlapping occurrences included). A first word has no white space and a letter of
 * an unspaced script, so it lies within one of the chunks that have one: only those are read (a tenth of a text,
 * often). Good until the next call.
 */
function occurrences(text: string, units: Uint16Array, chunks: Chunks, index: RunPhrases): Float64Array {
	let count = 0;
	const add = (order: number, i: number) => {
		if (count === places.length) {
			const bigger = new Float64Array(places.length * 2);
			bigger.set(places);
			places = bigger;
		}
		places[count++] = order * PLACE + i;
	};
	for (let k = 0; k < chunks.count; k++) {
		if (!chunks.unspaced[k]) continue;
		for (let i = chunks.starts[k]; i < chunks.ends[k]; i++) {
			const code = units[i];
			// First words are Thai, Lao, Burmese or Khmer (U+0E00 on): the rest is passed over on one compare.
			if (code < index.lowest || index.starts[code] === 0) continue;
			// Strings of one code unit, then those of two or more that begin with this pair.
			const one = index.byStart.get(-1 - code);
			if (one) for (const { order } of one) add(order, i);
			if (i + 1 === text.length) continue;
			const list = index.byStart.get(code * 0x10000 + units[i + 1]);
			if (list) for (const { alt, order } of list) if (text.startsWith(alt, i)) add(order, i);
		}
	}
	return places.subarray(0, count).sort();
}

/** `units`: the text's code units (Tokens.units). */
export function findRunPhrases(text: string, units: Uint16Array, chunks: Chunks, index: RunPhrases): { phrase: Phrase; start: number; end: number }[] {
	const found: { phrase: Phrase; start: number; end: number }[] = [];
	if (!chunks.anyUnspaced) return found;
	// After 2^31 calls the numbers start again, and `found` is cleared once.
	if (++index.calls === 0x7fffffff) {
		index.calls = 1;
		index.found.fill(0);
	}
	const call = index.calls;
	// In byFirst's order and each word's places in turn, as one indexOf per word found them: a phrase under two first
	// words is found at the first word's place.
	for (const place of occurrences(text, units, chunks, index)) {
		const at = place % PLACE;
		const { alt, phrases } = index.firsts[(place - at) / PLACE];
		for (const rp of phrases) {
			if (index.found[rp.id] === call) continue;
			const end = runFrom(text, units, rp.steps, 1, at + alt.length, NEAR);
			if (end >= 0) {
				found.push({ phrase: rp.phrase, start: at, end });
				index.found[rp.id] = call;
			}
		}
	}
	return found;
}
