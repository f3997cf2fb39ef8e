// Character tests the tokenizer runs on every character of a text, written as code-unit checks instead of regular
// expressions (per-character regex calls were a tenth of the screen's time), and the per-character loops kept in this
// module: a call into another module goes through an export getter under tsx, 14% of tokenizing when it did.

/** Whether a code unit is JavaScript white space (what /\s/ matches): chunks of text are split on it. */
export function isSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Thai, Lao, Burmese, Khmer, New Tai Lue, kana and CJK: scripts written without spaces, split by Intl.Segmenter. */
export function isNoSpaceScript(code: number): boolean {
	return (
		(code >= 0x0e00 && code <= 0x0eff) ||
		(code >= 0x1000 && code <= 0x109f) ||
		(code >= 0x1780 && code <= 0x17ff) ||
		(code >= 0x19e0 && code <= 0x19ff) ||
		(code >= 0x3040 && code <= 0x30ff) ||
		(code >= 0x3400 && code <= 0x4dbf) ||
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0xf900 && code <= 0xfaff)
	);
}

/** Whether code units [start, end) have an unspaced script. */
export function hasNoSpaceScript(units: Uint16Array, start: number, end: number): boolean {
	for (let i = start; i < end; i++) if (CLASSES[units[i]] & UNSPACED) return true;
	return false;
}

/**
 * The chunks of text between white space, as [start, end), whether each has an unspaced script (1 or 0), and a hash
 * of its code units (see hashOf), in typed arrays sized for the most a text can have, with their count: three growing
 * arrays were half of this pass's time, and hashing here spares the tokenizer a second read of every chunk.
 */
export interface Chunks {
	count: number;
	starts: Int32Array;
	ends: Int32Array;
	unspaced: Uint8Array;
	hashes: Int32Array;
	/**
	 * 1 for a chunk with a character every link or email needs, ".", "@", ":" or "/", before its last character: a full
	 * stop or colon that ends a word ("days.", "note:") starts no link. The link finder reads only these.
	 */
	mayLink: Uint8Array;
	/** Whether any chunk has an unspaced script. */
	anyUnspaced: boolean;
	/** The start of the first chunk with an opening double quotation mark ('"', “, „, «, 「, 『), or the text's length. */
	firstQuote: number;
}

const FNV_START = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a of [start, end), kept to 30 bits: a small integer to V8 (a wider one is a heap number, allocated for every
 * read of a Map keyed by it).
 */
export function hashOf(units: Uint16Array, start: number, end: number): number {
	let hash = FNV_START;
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ units[i], FNV_PRIME);
	return hash & 0x3fffffff;
}

/**
 * Per BMP code unit, one read: white space (SPACE), an unspaced script (UNSPACED), a character links need (LINK), an
 * opening double quotation mark (QUOTE).
 */
const SPACE = 1;
const UNSPACED = 2;
const LINK = 4;
const QUOTE = 8;
const CLASSES = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
	CLASSES[code] = (isSpace(code) ? SPACE : 0) | (isNoSpaceScript(code) ? UNSPACED : 0) | (code === 0x2e || code === 0x40 || code === 0x3a || code === 0x2f ? LINK : 0);
}
for (const mark of '"\u201c\u201e\u00ab\u300c\u300e') CLASSES[mark.charCodeAt(0)] |= QUOTE;

/**
 * The chunks of a text, given as its code units [0, length) (code-units.ts); into `reuse` when it is big enough (see
 * scratch.ts), whose chunks are then forgotten.
 */
export function chunksOf(units: Uint16Array, length: number, reuse?: Chunks): Chunks {
	// A chunk takes a character and the space after it: at most half the text, rounded up.
	const most = (length >> 1) + 1;
	const chunks: Chunks = reuse && reuse.starts.length >= most ? reuse : { count: 0, starts: new Int32Array(most), ends: new Int32Array(most), unspaced: new Uint8Array(most), hashes: new Int32Array(most), mayLink: new Uint8Array(most), anyUnspaced: false, firstQuote: 0 };
	const { starts, ends, unspaced, hashes, mayLink } = chunks;
	let count = 0;
	let anyUnspaced = false;
	let firstQuote = length;
	for (let i = 0; i < length; ) {
		if (CLASSES[units[i]] & SPACE) {
			i++;
			continue;
		}
		const start = i;
		let hash = FNV_START;
		// The classes seen in the chunk, and where its first link character is (-1: none).
		let seen = 0;
		let link = -1;
		for (; i < length; i++) {
			const code = units[i];
			const classes = CLASSES[code];
			if (classes & SPACE) break;
			if (classes & LINK && link < 0) link = i;
			seen |= classes;
			hash = Math.imul(hash ^ code, FNV_PRIME);
		}
		starts[count] = start;
		ends[count] = i;
		unspaced[count] = seen & UNSPACED ? 1 : 0;
		hashes[count] = hash & 0x3fffffff;
		mayLink[count] = link >= 0 && link < i - 1 ? 1 : 0;
		if (seen & UNSPACED) anyUnspaced = true;
		if (seen & QUOTE && firstQuote === length) firstQuote = start;
		count++;
	}
	chunks.count = count;
	chunks.anyUnspaced = anyUnspaced;
	chunks.firstQuote = firstQuote;
	return chunks;
}

/** Whether a form has an ASCII digit (what /\d/ matches). */
export function hasDigit(form: string): boolean {
	for (let i = 0; i < form.length; i++) {
		const c = form.charCodeAt(i);
		if (c >= 48 && c <= 57) return true;
	}
	return false;
}

const MARK = /\p{M}/u;
/** Marks among the BMP code points, learnt on first sight (0 unknown, 1 mark, 2 not a mark). */
const markTable = new Uint8Array(0x10000);

function isMark(cp: number, ch: string): boolean {
	if (cp > 0xffff) return MARK.test(ch);
	let known = markTable[cp];
	if (known === 0) markTable[cp] = known = MARK.test(ch) ? 1 : 2;
	return known === 1;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Letters and marks among the BMP code units, learnt on first sight (0 unknown, 1 yes, 2 no). */
const letterOrMarkTable = new Uint8Array(0x10000);

/** Whether a BMP code unit that is not a surrogate is a letter or a mark (what /[\p{L}\p{M}]/u matches). */
function isLetterOrMark(code: number): boolean {
	let known = letterOrMarkTable[code];
	if (known === 0) letterOrMarkTable[code] = known = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
	return known === 1;
}

/** Letters without their marks: Thai "ง่" is one letter. */
export function letterCount(form: string): number {
	// Only "one, two or more" matters to the callers; a long form has more than two letters whatever its marks.
	if (form.length > 6) return form.length;
	let n = 0;
	for (const ch of form) {
		const cp = ch.codePointAt(0)!;
		if (cp < 0x300 || !isMark(cp, ch)) n++;
	}
	return n;
}

/** The form with every run of one character squeezed to one, only when it has a run of three or more. */
export function squeeze(form: string): string | undefined {
	let tripled = false;
	for (let i = 0; i + 2 < form.length; i++) {
		const c = form.charCodeAt(i);
		// Surrogate pairs repeat as pairs, which this code-unit test misses: the regex reads those.
		if (c >= 0xd800 && c <= 0xdfff) return /(.)\1\1/u.test(form) ? form.replace(/(.)\1+/gu, '$1') : undefined;
		if (c === form.charCodeAt(i + 1) && c === form.charCodeAt(i + 2)) tripled = true;
	}
	return tripled ? form.replace(/(.)\1+/gu, '$1') : undefined;
}

/** The closing mark of a double quotation mark that opens a quotation, or -1. */
function closingQuote(code: number): number {
	switch (code) {
		case 0x22: // "
			return 0x22;
		case 0x201c: // “
			return 0x201d;
		case 0x201e: // „
			return 0x201c;
		case 0xab: // «
			return 0xbb;
		case 0x300c: // 「
			return 0x300d;
		case 0x300e: // 『
			return 0x300f;
		default:
			return -1;
	}
}

/**
 * [start, end) of every span between a pair of double quotation marks, read from `first`, where the chunk scan found
 * the first opening mark's chunk (chars.ts): most texts have none. `units`: the text's code units, `length` of them.
 */
export function quotedSpans(units: Uint16Array, length: number, first: number): [number, number][] {
	const spans: [number, number][] = [];
	for (let i = first; i < length; i++) {
		if ((CLASSES[units[i]] & QUOTE) === 0) continue;
		const close = closingQuote(units[i]);
		let end = i + 1;
		while (end < length && units[end] !== close) end++;
		if (end === length) break;
		spans.push([i, end + 1]);
		i = end;
	}
	return spans;
}

/**
 * How many code units of [start, end) are not letters or marks (/[^\p{L}\p{M}]/u), or end - start when there is a
 * surrogate (a pair may be a letter: the regular expression reads those chunks).
 */
export function otherThanLetters(units: Uint16Array, start: number, end: number): number {
	let others = 0;
	for (let i = start; i < end; i++) {
		const code = units[i];
		if (code >= 0xd800 && code <= 0xdfff) return end - start;
		if (!isLetterOrMark(code)) others++;
	}
	return others;
}

/** Whether [from, to) has a line break or two white spaces in a row (what /\s{2,}|\n/ finds). */
export function brokenBetween(units: Uint16Array, from: number, to: number): boolean {
	for (let p = from; p < to; p++) {
		const code = units[p];
		if (code === 0x0a || (isSpace(code) && p + 1 < to && isSpace(units[p + 1]))) return true;
	}
	return false;
}
