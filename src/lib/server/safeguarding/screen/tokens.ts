// Words of the prepared text, in the forms the word lists are written in, each with its place in the prepared text.
// Spaced scripts are split on anything that is not a letter, mark or digit (latin-chunks.ts); runs of Thai, Lao, Khmer,
// Burmese or Chinese are split by Intl.Segmenter (segment.ts). Letters spelled out with gaps ("f u c k", "ไอ้ ค ว ย",
// "เ-ห-ี้-ย") become one more reading. Words are numbered forms in typed arrays (forms.ts, words.ts).
import { prepare } from './normalize';
import { chunksOf, type Chunks, hashOf, hasDigit, hasNoSpaceScript, letterCount, otherThanLetters, squeeze } from './chars';
import { segmentsOf } from './segment';
import { FormFacts, formNumber, formOf, whenEmptied } from './forms';
import { RunTable } from './run-table';
import { CodeUnits } from './code-units';
import { LONGEST, latinChunk, latinChunks, touchChunkReadings } from './latin-chunks';
import { Words, type Reading } from './words';

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

/** The form number of each segment of an unspaced script, kept as chunk readings are (a Map read needed a slice). */
const segmentForms = new RunTable(50_000);
// It holds form numbers, which an emptied table gives out anew.
whenEmptied(() => segmentForms.clear());

function reading(form: string, start: number, end: number): Reading {
	return { form, squeezed: squeeze(form), start, end };
}

/** "เ-ห-ี้-ย": letters kept apart by punctuation are one word in disguise. */
function spacedOutLetters(text: string, units: Uint16Array, start: number, end: number, out: Tokens) {
	// Counted first (most chunks have fewer than two other characters): the letters are gathered only when needed.
	const others = otherThanLetters(units, start, end);
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
	// Chunks between white space; those with an unspaced script are segmented first, then all are read in order.
	const { count, starts, ends, unspaced, hashes } = chunks;
	const out: Tokens = { words, extra: [], chunks, units };
	const segments = chunks.anyUnspaced ? segmentsOf(text, units, chunks) : NO_SEGMENTS;
	touchChunkReadings(hashes, count);
	let s = 0;
	for (let k = 0; k < count; k++) {
		if (!unspaced[k]) {
			// A run of spaced chunks in one call (a call into another module per chunk went through a getter under tsx).
			let end = k + 1;
			while (end < count && !unspaced[end]) end++;
			latinChunks(text, units, chunks, k, end, words, out.extra);
			k = end - 1;
			continue;
		}
		spacedOutLetters(text, units, starts[k], ends[k], out);
		for (; s < segments.length && segments[s] === k; s += 3) segmentWord(text, units, segments[s + 1], segments[s + 2], out);
	}
	joinSpacedLetters(out);
	return out;
}

const NO_SEGMENTS: number[] = [];

/** The word or words of segment [from, to) of an unspaced chunk. */
function segmentWord(text: string, units: Uint16Array, from: number, to: number, out: Tokens) {
	const hash = hashOf(units, from, to);
	if (hasNoSpaceScript(units, from, to)) out.words.push(from, to, segmentForm(text, units, from, to, hash));
	else latinChunk(text, units, from, to, hash, out.words, out.extra);
}

/** The form number of a segment of an unspaced script. */
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
