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
	return { source, tag, slots };
}

function open(part: string): boolean {
	let depth = 0;
	for (const ch of part) depth += ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0;
	return depth > 0;
}

function wordMatches(word: string, want: string, prefix: boolean, last: boolean): boolean {
	return prefix && last ? word.startsWith(want) : word === want;
}

/** How many words from `at` an alternative covers, or -1. */
function altLength(words: Token[], at: number, alt: Alt): number {
	if (at + alt.words.length > words.length) return -1;
	for (let k = 0; k < alt.words.length; k++) {
		if (!wordMatches(words[at + k].form, alt.words[k], alt.prefix, k === alt.words.length - 1)) return -1;
	}
	return alt.words.length;
}

/** The end (exclusive word index) of a match of slots[s..] starting at word `at`, or -1. */
function matchFrom(words: Token[], slots: Slot[], s: number, at: number): number {
	if (s === slots.length) return at;
	const slot = slots[s];
	if (slot.kind === 'gap') {
		for (let skip = 0; skip <= slot.max && at + skip <= words.length; skip++) {
			const end = matchFrom(words, slots, s + 1, at + skip);
			if (end >= 0) return end;
		}
		return -1;
	}
	for (const alt of slot.alts) {
		const n = altLength(words, at, alt);
		if (n > 0) {
			const end = matchFrom(words, slots, s + 1, at + n);
			if (end >= 0) return end;
		}
	}
	return slot.optional ? matchFrom(words, slots, s + 1, at) : -1;
}

export interface PhraseIndex {
	/** Phrases by the first word of their first slot's choices (exact words). */
	byFirst: Map<string, Phrase[]>;
	/** Phrases whose first word is a prefix choice: tried everywhere. */
	always: Phrase[];
}

export function indexPhrases(phrases: Phrase[]): PhraseIndex {
	const index: PhraseIndex = { byFirst: new Map(), always: [] };
	for (const p of phrases) {
		const first = p.slots[0] as Extract<Slot, { kind: 'words' }>;
		if (first.alts.some((a) => a.prefix && a.words.length === 1)) {
			index.always.push(p);
			continue;
		}
		for (const key of new Set(first.alts.map((a) => a.words[0]))) {
			const list = index.byFirst.get(key);
			if (list) list.push(p);
			else index.byFirst.set(key, [p]);
		}
	}
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
	const tags = new Set<string>();
	for (let i = 0; i < words.length; i++) {
		const candidates = index.byFirst.get(words[i].form);
		if (!candidates && index.always.length === 0) continue;
		tags.clear();
		if (candidates) tryPhrases(words, i, candidates, tags, found);
		tryPhrases(words, i, index.always, tags, found);
	}
	return found;
}

function tryPhrases(words: Token[], i: number, phrases: Phrase[], tags: Set<string>, found: PhraseMatch[]) {
	for (const phrase of phrases) {
		if (tags.has(phrase.tag)) continue;
		const end = matchFrom(words, phrase.slots, 0, i);
		if (end > i) {
			found.push({ phrase, start: words[i].start, end: words[end - 1].end });
			tags.add(phrase.tag);
		}
	}
}
