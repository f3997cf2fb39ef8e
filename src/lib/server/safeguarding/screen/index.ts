// The screen every text a user writes passes before anyone else sees it (DESIGN.md, safeguarding rules 3 and 4).
// screenText is pure: the same text and options always give the same verdict, and it touches no database.
//   personal_info, contact_request, abuse → 'hold' (a facilitator decides; the author is told why)
//   disclosure, self_harm                 → 'concern' (never published; the safeguarding lead is told)
// Every reason carries [start, end) in the original text, for highlighting and redaction.
import type { CountryCode } from 'libphonenumber-js';
import { getCountries } from 'libphonenumber-js';
import { prepareText } from './normalize';
import { tokenizeText } from './tokens';
import type { Reading } from './words';
import { ScratchInts } from './scratch';
import { quotedSpans } from './chars';
import { FormFacts, formOf, squeezedOf, startText } from './forms';
import { compilePhrase, findPhrases, indexPhrases } from './phrases';
import { findRunPhrases, runPhrases } from './run-phrases';
import { ALLOWED_DOMAINS, personalInfo } from './personal-info';
import { inList, wordList, type WordList } from './word-lists';
import { englishProfane } from './profanity';
import { lexicons } from './lexicon';

export type ReasonKind = 'personal_info' | 'contact_request' | 'abuse' | 'disclosure' | 'self_harm';
export type Verdict = 'allow' | 'hold' | 'concern';

export interface Reason {
	kind: ReasonKind;
	/** What was found, for moderators: "phone", "email", "link", "handle", "address", "word", "bullying", "phrase". */
	detail: string;
	start: number;
	end: number;
}

export interface ScreenResult {
	verdict: Verdict;
	reasons: Reason[];
}

export interface ScreenOptions {
	/** The author's country (ISO 3166-1 alpha-2): phone numbers without "+" are read in its format. */
	country?: string | null;
	/** The committee's country, tried as well. */
	committeeCountry?: string | null;
	locale?: string | null;
	/**
	 * Who writes. Every role is screened alike today: an adult's phone number or "text me" in a children's space is
	 * exactly what the screen is for.
	 */
	authorRole?: string | null;
	/** Domains whose links pass besides government sites (the committee's own). */
	allowedDomains?: string[];
	/** Words a facilitator added to the committee's list, any language. */
	extraWords?: string[];
}

const CONCERN_KINDS = new Set<ReasonKind>(['disclosure', 'self_harm']);

/** Words that are also names or ordinary words: written as a name ("Dick", "Moby Dick") they are one. */
const AMBIGUOUS = new Set(['dick', 'cock', 'prick', 'willy', 'fanny', 'bitch', 'pussy', 'crap', 'tit', 'knob']);

const builtInAbuse = wordList(lexicons.flatMap((l) => l.abuse));
const mildWords = wordList(lexicons.flatMap((l) => l.mild));
/** Every built-in phrase in one index, tagged with what it means, so the words are walked once. */
const PHRASE_MEANING: Record<string, { kind: ReasonKind; detail: string }> = {
	contact: { kind: 'contact_request', detail: 'phrase' },
	bullying: { kind: 'abuse', detail: 'bullying' },
	words: { kind: 'abuse', detail: 'word' },
	disclosure: { kind: 'disclosure', detail: 'phrase' },
	self_harm: { kind: 'self_harm', detail: 'phrase' }
};
const allPhrases = [
	...lexicons.flatMap((l) => l.contact).map((p) => compilePhrase(p, 'contact')),
	...lexicons.flatMap((l) => l.bullying).map((p) => compilePhrase(p, 'bullying')),
	...builtInAbuse.multi.map((p) => compilePhrase(p, 'words')),
	...lexicons.flatMap((l) => l.disclosure).map((p) => compilePhrase(p, 'disclosure')),
	...lexicons.flatMap((l) => l.selfHarm).map((p) => compilePhrase(p, 'self_harm'))
];
const builtInPhrases = indexPhrases(allPhrases);
const builtInRunPhrases = runPhrases(allPhrases);

const extraLists = new Map<string, WordList>();
function extraList(words: string[]): WordList {
	const key = words.join('\n');
	let list = extraLists.get(key);
	if (!list) {
		list = wordList(words);
		if (extraLists.size > 200) extraLists.clear();
		extraLists.set(key, list);
	}
	return list;
}

const COUNTRIES = new Set<string>(getCountries());

/** countriesOf's answers by the two codes given: the same few pairs come every time. */
const countryLists = new Map<string, CountryCode[]>();

function countriesOf(options: ScreenOptions): CountryCode[] {
	const key = `${options.country ?? ''} ${options.committeeCountry ?? ''}`;
	let countries = countryLists.get(key);
	if (!countries) {
		const list = [options.country, options.committeeCountry].map((c) => c?.toUpperCase()).filter((c): c is CountryCode => !!c && COUNTRIES.has(c));
		countries = [...new Set(list)];
		if (countryLists.size >= 1000) countryLists.clear();
		countryLists.set(key, countries);
	}
	return countries;
}

/** What the built-in lists say of one word form, as bits, kept by the form's number (see forms.ts). */
const ABUSE = 1;
const MILD = 2;
const PROFANE = 4;
const NAME_LIKE = 8;
const listFacts = new FormFacts();

function factsOf(n: number): number {
	let f = listFacts.get(n);
	if (f < 0) {
		const form = formOf(n);
		const squeezed = squeezedOf(n);
		f = (inList(form, squeezed, builtInAbuse, false) ? ABUSE : 0) | (inList(form, squeezed, mildWords, false) ? MILD : 0) | (englishProfane(form) ? PROFANE : 0) | (AMBIGUOUS.has(form) ? NAME_LIKE : 0);
		listFacts.set(n, f);
	}
	return f;
}

/**
 * What the built-in lists say of a spelled-out reading (ABUSE, MILD), kept per form: one Map read a reading, where a
 * read in each list's memo cost two, each a cache miss or more.
 */
const readingFacts = new Map<string, number>();
const READING_FACTS_MAX = 20_000;

function readingFactsOf(w: Reading): number {
	let f = readingFacts.get(w.form);
	if (f === undefined) {
		f = (inList(w.form, w.squeezed, builtInAbuse, true) ? ABUSE : 0) | (inList(w.form, w.squeezed, mildWords, true) ? MILD : 0);
		if (readingFacts.size >= READING_FACTS_MAX) readingFacts.clear();
		readingFacts.set(w.form, f);
	}
	return f;
}

/** One text being screened: its prepared copy and the reasons found so far, mapped back onto the original. */
class Findings {
	readonly found: Reason[] = [];
	constructor(
		readonly original: string,
		readonly origin: Int32Array
	) {}

	add(kind: ReasonKind, detail: string, start: number, end: number) {
		this.found.push({ kind, detail, start: this.origin[start], end: this.origin[end] });
	}

	/** A word at [start, end) that is also a name, written as one ("Dick", "Moby Dick"). */
	isName(start: number, end: number, f: number): boolean {
		return (f & NAME_LIKE) !== 0 && /^\p{Lu}\p{Ll}/u.test(this.original.slice(this.origin[start], this.origin[end]));
	}

	/** Characters were dropped (zero-width, soft hyphen), or look-alikes or leetspeak were read. */
	disguised(start: number, end: number, form: string): boolean {
		return this.original.slice(this.origin[start], this.origin[end]).toLowerCase() !== form;
	}
}

const factsScratch = new ScratchInts();
const listedScratch = new ScratchInts();

export function screenText(original: string, options: ScreenOptions = {}): ScreenResult {
	const { text, origin } = prepareText(original);
	startText();
	const { words, extra, chunks, units } = tokenizeText(text);
	const { count, starts, ends, forms } = words;
	const out = new Findings(original, origin);
	const wordFacts = factsScratch.get(count);
	// The words any built-in list names, in order: most words none, so the loops below read only these.
	const listed = listedScratch.get(count);
	let listedCount = 0;
	for (let i = 0; i < count; i++) {
		const f = factsOf(forms[i]);
		wordFacts[i] = f;
		if (f & (ABUSE | MILD | PROFANE)) listed[listedCount++] = i;
	}

	const allowedDomains = options.allowedDomains?.length ? [...ALLOWED_DOMAINS, ...options.allowedDomains] : ALLOWED_DOMAINS;
	for (const span of personalInfo(text, words, chunks, { countries: countriesOf(options), allowedDomains })) out.add('personal_info', span.detail, span.start, span.end);

	for (let n = 0; n < listedCount; n++) {
		const i = listed[n];
		if (wordFacts[i] & ABUSE && !out.isName(starts[i], ends[i], wordFacts[i])) out.add('abuse', 'word', starts[i], ends[i]);
	}
	const extraFacts = extra.map(readingFactsOf);
	for (let k = 0; k < extra.length; k++) if (extraFacts[k] & ABUSE) out.add('abuse', 'word', extra[k].start, extra[k].end);
	// The built-in list's phrases are in builtInPhrases, walked once below.
	if (options.extraWords?.length) {
		const list = extraList(options.extraWords);
		for (let i = 0; i < count; i++) {
			const form = formOf(forms[i]);
			if (inList(form, squeezedOf(forms[i]), list, false) && !out.isName(starts[i], ends[i], AMBIGUOUS.has(form) ? NAME_LIKE : 0)) out.add('abuse', 'word', starts[i], ends[i]);
		}
		for (const w of extra) if (inList(w.form, w.squeezed, list, true)) out.add('abuse', 'word', w.start, w.end);
		for (const m of findPhrases(words, list.phrases)) out.add('abuse', 'word', m.start, m.end);
	}
	for (let n = 0; n < listedCount; n++) {
		const i = listed[n];
		if (wordFacts[i] & MILD && out.disguised(starts[i], ends[i], formOf(forms[i]))) out.add('abuse', 'word', starts[i], ends[i]);
	}
	for (let k = 0; k < extra.length; k++) if (extraFacts[k] & MILD) out.add('abuse', 'word', extra[k].start, extra[k].end);
	let quoted: [number, number][] | null = null;
	const addPhrase = (m: { phrase: { tag: string }; start: number; end: number }) => {
		const meaning = PHRASE_MEANING[m.phrase.tag];
		// "the phrase “don't tell your parents” is a grooming line": quoting a request is talking about it.
		if (meaning.kind === 'contact_request' && within((quoted ??= quotedSpans(units, text.length, chunks.firstQuote)), m.start, m.end)) return;
		out.add(meaning.kind, meaning.detail, m.start, m.end);
	};
	for (const m of findPhrases(words, builtInPhrases)) addPhrase(m);
	for (const m of findRunPhrases(text, units, chunks, builtInRunPhrases)) addPhrase(m);
	if (/[a-z]/.test(text)) {
		for (let n = 0; n < listedCount; n++) {
			const i = listed[n];
			if (wordFacts[i] & PROFANE && !out.isName(starts[i], ends[i], wordFacts[i])) out.add('abuse', 'word', starts[i], ends[i]);
		}
	}

	const reasons = dedupe(out.found);
	const verdict: Verdict = reasons.some((r) => CONCERN_KINDS.has(r.kind)) ? 'concern' : reasons.length ? 'hold' : 'allow';
	return { verdict, reasons };
}

function within(spans: [number, number][], start: number, end: number): boolean {
	for (const [a, b] of spans) if (start >= a && end <= b) return true;
	return false;
}

/** The kinds in a number each, for dedupe. */
const KIND_NUMBER: Record<ReasonKind, number> = { personal_info: 0, contact_request: 1, abuse: 2, disclosure: 3, self_harm: 4 };

function dedupe(reasons: Reason[]): Reason[] {
	const out: Reason[] = [];
	// A shorter find of the same kind inside a longer one adds nothing; nor does the same find twice (it is inside
	// itself). In order of start (the longer first at one start), a find is inside an earlier one of its kind exactly
	// when it ends no later than the furthest end of those: one number a kind, not a pass over those kept.
	const furthest = [-1, -1, -1, -1, -1];
	for (const r of inOrder(reasons)) {
		const kind = KIND_NUMBER[r.kind];
		if (furthest[kind] >= r.end) continue;
		furthest[kind] = r.end;
		out.push(r);
	}
	return out;
}

/**
 * The reasons by start, the longer first at one start, then as found: each as one number (start, end and place),
 * sorted as numbers, instead of a comparison function called for every pair compared. Past the numbers' room (a
 * text of a million characters, thousands of reasons), the comparison function.
 */
function inOrder(reasons: Reason[]): Reason[] {
	const n = reasons.length;
	if (n >= 1 << 12 || reasons.some((r) => r.end >= 1 << 20)) return reasons.sort((a, b) => a.start - b.start || b.end - a.end);
	const keys = new Float64Array(n);
	for (let k = 0; k < n; k++) keys[k] = (reasons[k].start * (1 << 20) + ((1 << 20) - 1 - reasons[k].end)) * (1 << 12) + k;
	keys.sort();
	const sorted: Reason[] = new Array(n);
	for (let k = 0; k < n; k++) sorted[k] = reasons[keys[k] % (1 << 12)];
	return sorted;
}
