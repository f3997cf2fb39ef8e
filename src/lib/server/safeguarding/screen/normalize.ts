// A copy of the text made for matching, with a map back to the original: invisible characters (zero-width, bidi
// controls, soft hyphens, variation selectors) dropped, each character NFKC-normalized (Thai and Lao excepted) and
// lower-cased, and every
// script's decimal digits (Thai ๐-๙, Arabic-Indic, Khmer, Lao, Burmese, fullwidth) turned into 0-9.
// `origin[i]` is the index in the original text of the character that produced `text[i]`; `origin[text.length]` is
// the original length, so a match [a, b) in the copy is [origin[a], origin[b]) in the original.
import { CodeUnits } from './code-units';

export interface Prepared {
	text: string;
	/** Read only: texts folded one for one share one (see countingTo). */
	origin: Int32Array;
}

/** Default-ignorable and format characters people use to break words up without it showing. */
const FORMAT = /\p{Cf}/u;
/** Other default-ignorables: combining grapheme joiner, Hangul fillers, Khmer inherent vowels, variation selectors. */
function invisible(ch: string, cp: number): boolean {
	return FORMAT.test(ch) || cp === 0x034f || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 || (cp >= 0x180b && cp <= 0x180f) || cp === 0x3164 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xffa0 || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** The first code point of each script's block of ten decimal digits that NFKC leaves alone. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0];

function asciiDigit(cp: number): string | null {
	for (const zero of DIGIT_ZEROS) if (cp >= zero && cp <= zero + 9) return String(cp - zero);
	return null;
}

const cache = new Map<string, string>();

/** NFKC and lower case for one code point, kept: most texts reuse a few hundred characters. */
function fold(ch: string): string {
	let out = cache.get(ch);
	if (out === undefined) {
		const cp = ch.codePointAt(0)!;
		// Thai and Lao are left as written: NFKC splits SARA AM (ำ) in two, and the word segmenter then misreads it.
		out = invisible(ch, cp) ? '' : (asciiDigit(cp) ?? (cp >= 0x0e00 && cp <= 0x0eff ? ch : ch.normalize('NFKC').toLowerCase()));
		if (cache.size < 20_000) cache.set(ch, out);
	}
	return out;
}

/** displayOrder's arrays, kept from one text to the next. */
let shown = new Int32Array(1024);
let reversed = new Int32Array(1024);

/**
 * The order characters are shown in: a right-to-left override (U+202E … U+202C, or to the end of the line) shows its
 * run reversed, so "\u202etoidi" reads "idiot" on screen. Each entry is the index in the original where a code point
 * begins (a surrogate pair is one). A second U+202E inside a run starts the run afresh, and what came before it in the
 * run is not shown. Good until the next call.
 */
function displayOrder(original: string): Int32Array {
	if (shown.length < original.length) {
		shown = new Int32Array(original.length);
		reversed = new Int32Array(original.length);
	}
	let count = 0;
	// The run being reversed: its length, or -1 outside one.
	let run = -1;
	for (let i = 0; i < original.length; ) {
		const code = original.charCodeAt(i);
		if (code === 0x202e) run = 0;
		else if (run >= 0 && (code === 0x202c || code === 0x0a)) {
			while (run > 0) shown[count++] = reversed[--run];
			run = -1;
		}
		if (run >= 0 && code !== 0x202e) reversed[run++] = i;
		else if (run < 0 || code === 0x0a) shown[count++] = i;
		i += widthAt(original, i);
	}
	while (run > 0) shown[count++] = reversed[--run];
	return shown.subarray(0, count);
}

/** 2 for a surrogate pair at i, else 1 (a lone surrogate is a code point of its own, as for...of reads it). */
function widthAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** origin as it is filled: an Int32Array written in place (a pushed array of numbers was a third of prepare's time). */
class Origin {
	data: Int32Array;
	constructor(size: number) {
		this.data = new Int32Array(size + 1);
	}
	/** Room for at least `size` entries; what data held is kept. */
	reserve(size: number) {
		if (this.data.length >= size) return;
		const bigger = new Int32Array(Math.max(size, this.data.length * 2));
		bigger.set(this.data);
		this.data = bigger;
	}
}

/**
 * Code units that fold to their own lower case, one for one, wherever they stand (learnt on first sight: 0 unknown,
 * 1 yes, 2 no). A run of them is folded by one toLowerCase of the run, with an origin that counts up one by one,
 * which is what folding each alone gives: NFKC leaves them be. Not so: invisible characters, other scripts' digits,
 * what NFKC changes ("ﬁ", fullwidth letters), a lower case of another length ("İ"), capital sigma (its lower case
 * depends on the letter after it) and surrogates (read as pairs). ASCII, and Thai and Lao letters (see fold), are.
 */
const plain = new Uint8Array(0x10000);
/** The lower case of each plain code unit, learnt with it. */
const lowerOf = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++) {
	plain[code] = 1;
	lowerOf[code] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** Whether a code unit not yet known (plain[code] is 0) is plain; callers read the table first, which is inlined. */
function learnPlain(code: number): boolean {
	const ch = String.fromCharCode(code);
	const lower = ch.toLowerCase();
	const thaiOrLao = code >= 0x0e00 && code <= 0x0eff && !(code >= 0x0e50 && code <= 0x0e59) && !(code >= 0x0ed0 && code <= 0x0ed9);
	const same = !(code >= 0xd800 && code <= 0xdfff) && code !== 0x03a3 && lower.length === 1 && fold(ch) === lower;
	plain[code] = thaiOrLao || same ? 1 : 2;
	lowerOf[code] = thaiOrLao ? code : lower.charCodeAt(0);
	return plain[code] === 1;
}

/** 0, 1, 2… shared by every text whose origin is one for one (most texts): read only, never copied. */
let counting = new Int32Array(0);

function countingTo(length: number): Int32Array {
	if (counting.length <= length) {
		counting = new Int32Array(Math.max(length + 1, counting.length * 2, 4096));
		for (let i = 0; i < counting.length; i++) counting[i] = i;
	}
	return counting.subarray(0, length + 1);
}

/** The original's code units, and those of the copy being built, kept from one text to the next. */
const input = new CodeUnits();
const output = new CodeUnits();

/** The Origin prepareText fills each time (see scratch.ts). */
const textOrigin = new Origin(4096);

/** prepare for the text being screened: its origin is good until the next call. */
export function prepareText(original: string): Prepared {
	return prepareInto(original, textOrigin);
}

export function prepare(original: string): Prepared {
	return prepareInto(original, null);
}

/** `into`: an Origin to fill, or null for a new one when one is needed. */
function prepareInto(original: string, into: Origin | null): Prepared {
	const length = original.length;
	input.read(original);
	const source = input.units;
	// Most texts are plain throughout (see plain): one toLowerCase, and the shared counting origin. A right-to-left
	// override is not plain.
	let first = 0;
	while (first < length) {
		const code = source[first];
		if (plain[code] === 1 || (plain[code] === 0 && learnPlain(code))) first++;
		else break;
	}
	if (first === length) return { text: original.toLowerCase(), origin: countingTo(length) };
	// Code unit by code unit into an array, one string at the end: slices, toLowerCase of each run and a rope of
	// pieces cost three times as much, and a text with a right-to-left override, read character by character as
	// strings, thirty times.
	const origin = into ?? new Origin(length);
	const order = original.includes('\u202e', first) ? displayOrder(original) : null;
	const count = order ? order.length : length;
	// Plain code units give one each; room for more is made when a fold gives more (NFKC: "ﬁ" → "fi").
	output.reserve(length + 1);
	origin.reserve(length + 1);
	let out = output.units;
	let from = origin.data;
	let made = 0;
	for (let j = 0; j < count; ) {
		const i = order ? order[j] : j;
		const code = source[i];
		if (plain[code] === 1 || (plain[code] === 0 && learnPlain(code))) {
			out[made] = lowerOf[code];
			from[made++] = i;
			j++;
			continue;
		}
		const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length && (source[i + 1] & 0xfc00) === 0xdc00 ? 2 : 1;
		const folded = fold(original.slice(i, i + width));
		const room = made + folded.length + (count - j) + 1;
		if (room > out.length || room > from.length) {
			output.reserve(room);
			origin.reserve(room);
			out = output.units;
			from = origin.data;
		}
		for (let k = 0; k < folded.length; k++) {
			out[made] = folded.charCodeAt(k);
			from[made++] = i;
		}
		j += order ? 1 : width;
	}
	from[made] = length;
	return { text: output.toString(made), origin: from.subarray(0, made + 1) };
}
