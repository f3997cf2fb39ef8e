// The screen every text a user writes passes before anyone else sees it (DESIGN.md, safeguarding rules 3 and 4).
// screenText is pure: the same text and options always give the same verdict, and it touches no database.
//   personal_info, contact_request, abuse → 'hold' (a facilitator decides; the author is told why)
//   disclosure, self_harm                 → 'concern' (never published; the safeguarding lead is told)
// Every reason carries [start, end) in the original text, for highlighting and redaction.
import type { CountryCode } from 'libphonenumber-js';
import { getCountries } from 'libphonenumber-js';
import {
	DataSet,
	RegExpMatcher,
	collapseDuplicatesTransformer,
	englishDataset,
	resolveConfusablesTransformer,
	resolveLeetSpeakTransformer,
	toAsciiLowerCaseTransformer
} from 'obscenity';
import { prepare } from './normalize';
import { formsOf, tokenize, type Token } from './tokens';
import { compilePhrase, findPhrases, findRunPhrases, indexPhrases, runPhrases, type PhraseIndex } from './phrases';
import { ALLOWED_DOMAINS, personalInfo } from './personal-info';
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

// English profanity from obscenity, less the words a policy comment on child protection needs.
const POLICY_WORDS = new Set(['anal', 'anus', 'bestiality', 'incest', 'penis', 'porn', 'rape', 'sex', 'vagina', 'semen', 'orgasm', 'masturbate', 'ejaculate', 'hooker', 'scat', 'boob', 'tit', 'cum', 'double penetration']);
const englishTerms = new DataSet<{ originalWord: string }>().addAll(englishDataset).removePhrasesIf((p) => POLICY_WORDS.has(p.metadata!.originalWord)).build();
const englishMatcher = new RegExpMatcher({
	blacklistedTerms: englishTerms.blacklistedTerms,
	// The dataset's own exceptions ("assess", "bass"…) and words that contain a pattern once letters are squeezed.
	whitelistedTerms: [...(englishTerms.whitelistedTerms ?? []), 'trafficking', 'trafficked', 'trafficker', 'traffickers', 'traffic', 'scunthorpe', 'cockpit', 'peacock', 'hancock', 'dickens', 'shitake', 'shiitake', 'therapist', 'assassin', 'ngga', 'nggu', 'nggi', 'nggo', 'ngge'],
	blacklistMatcherTransformers: [resolveConfusablesTransformer(), resolveLeetSpeakTransformer(), toAsciiLowerCaseTransformer(), collapseDuplicatesTransformer({ customThresholds: new Map([['b', 2], ['e', 2], ['o', 2], ['l', 2], ['s', 2], ['g', 2]]) })]
});

interface WordList {
	exact: Set<string>;
	prefixes: string[];
	prefixSet: Set<string>;
	prefixLengths: number[];
	/** Exact words squeezed ("ass" → "as"), matched only by stretched words ("asssss"). */
	squeezed: Set<string>;
	/** Entries of several words (Thai the segmenter splits, "óc chó"), matched as phrases. */
	multi: string[];
	phrases: PhraseIndex;
}

function wordList(entries: string[]): WordList {
	const list: WordList = { exact: new Set(), prefixes: [], prefixSet: new Set(), prefixLengths: [], squeezed: new Set(), multi: [], phrases: indexPhrases([]) };
	const multi = list.multi;
	for (const raw of entries) {
		const prefix = raw.endsWith('*');
		const forms = formsOf(prefix ? raw.slice(0, -1) : raw);
		if (forms.length === 0) continue;
		if (forms.length > 1) {
			multi.push(forms.join(' ') + (prefix ? '*' : ''));
			continue;
		}
		if (prefix) list.prefixes.push(forms[0]);
		else {
			list.exact.add(forms[0]);
			list.squeezed.add(forms[0].replace(/(.)\1+/gu, '$1'));
		}
	}
	list.phrases = indexPhrases(multi.map((p) => compilePhrase(p, 'words')));
	list.prefixSet = new Set(list.prefixes);
	list.prefixLengths = [...new Set(list.prefixes.map((p) => p.length))];
	return list;
}

function hasPrefix(list: WordList, word: string): boolean {
	for (const n of list.prefixLengths) if (n <= word.length && list.prefixSet.has(word.slice(0, n))) return true;
	return false;
}

function inList(token: Token, list: WordList, joined: boolean): boolean {
	const form = token.form;
	if (list.exact.has(form)) return true;
	if (hasPrefix(list, form)) return true;
	if (token.squeezed && (list.squeezed.has(token.squeezed) || hasPrefix(list, token.squeezed))) return true;
	// Letters spelled out with gaps are a deliberate disguise: a listed word anywhere in them counts.
	if (joined) {
		for (const w of list.exact) if (w.length >= 3 && form.includes(w)) return true;
		for (const p of list.prefixes) if (p.length >= 3 && form.includes(p)) return true;
	}
	return false;
}

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

function countriesOf(options: ScreenOptions): CountryCode[] {
	const list = [options.country, options.committeeCountry].map((c) => c?.toUpperCase()).filter((c): c is CountryCode => !!c && COUNTRIES.has(c));
	return [...new Set(list)];
}

export function screenText(original: string, options: ScreenOptions = {}): ScreenResult {
	const { text, origin } = prepare(original);
	const isName = (w: Token) => AMBIGUOUS.has(w.form) && /^\p{Lu}\p{Ll}/u.test(original.slice(origin[w.start], origin[w.end]));
	const { words, extra } = tokenize(text);
	const found: Reason[] = [];
	const add = (kind: ReasonKind, detail: string, start: number, end: number) => found.push({ kind, detail, start: origin[start], end: origin[end] });

	for (const span of personalInfo(text, words, { countries: countriesOf(options), allowedDomains: [...ALLOWED_DOMAINS, ...(options.allowedDomains ?? [])] })) add('personal_info', span.detail, span.start, span.end);

	const lists = options.extraWords?.length ? [builtInAbuse, extraList(options.extraWords)] : [builtInAbuse];
	for (const list of lists) {
		for (const w of words) if (inList(w, list, false) && !isName(w)) add('abuse', 'word', w.start, w.end);
		for (const w of extra) if (inList(w, list, true)) add('abuse', 'word', w.start, w.end);
		// The built-in list's phrases are in builtInPhrases, walked once below.
		if (list !== builtInAbuse) for (const m of findPhrases(words, list.phrases)) add('abuse', 'word', m.start, m.end);
	}
	// A disguised word: characters were dropped (zero-width, soft hyphen), or look-alikes or leetspeak were read.
	const disguised = (w: Token) => original.slice(origin[w.start], origin[w.end]).toLowerCase() !== w.form;
	for (const w of words) if (disguised(w) && inList(w, mildWords, false)) add('abuse', 'word', w.start, w.end);
	for (const w of extra) if (inList(w, mildWords, true)) add('abuse', 'word', w.start, w.end);
	let quoted: [number, number][] | null = null;
	for (const m of [...findPhrases(words, builtInPhrases), ...findRunPhrases(text, builtInRunPhrases)]) {
		const meaning = PHRASE_MEANING[m.phrase.tag];
		// "the phrase “don't tell your parents” is a grooming line": quoting a request is talking about it.
		if (meaning.kind === 'contact_request' && (quoted ??= quotedSpans(text)).some(([a, b]) => m.start >= a && m.end <= b)) continue;
		add(meaning.kind, meaning.detail, m.start, m.end);
	}
	if (/[a-z]/.test(text)) englishProfanity(words.filter((w) => !isName(w)), add);


	const reasons = dedupe(found);
	const verdict: Verdict = reasons.some((r) => CONCERN_KINDS.has(r.kind)) ? 'concern' : reasons.length ? 'hold' : 'allow';
	return { verdict, reasons };
}

/** Whether obscenity finds profanity in one word; words repeat, so each distinct one is asked once. */
const obscene = new Map<string, boolean>();

/** obscenity on each Latin word alone, so no match spans two words ("as sassy" is not "ass"). */
function englishProfanity(words: Token[], add: (kind: ReasonKind, detail: string, start: number, end: number) => void) {
	for (const w of words) {
		if (w.form.length < 3 || !/[a-z]/.test(w.form)) continue;
		let bad = obscene.get(w.form);
		if (bad === undefined) {
			bad = englishMatcher.getAllMatches(w.form).length > 0;
			if (obscene.size >= 50_000) obscene.clear();
			obscene.set(w.form, bad);
		}
		if (bad) add('abuse', 'word', w.start, w.end);
	}
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '「': '」', '『': '』' };

/** [start, end) of every span between a pair of double quotation marks. */
function quotedSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (let i = 0; i < text.length; i++) {
		const close = QUOTE_PAIRS[text[i]];
		if (close === undefined) continue;
		const end = text.indexOf(close, i + 1);
		if (end < 0) break;
		spans.push([i, end + 1]);
		i = end;
	}
	return spans;
}

function dedupe(reasons: Reason[]): Reason[] {
	const seen = new Set<string>();
	const out: Reason[] = [];
	for (const r of reasons.sort((a, b) => a.start - b.start || b.end - a.end)) {
		const key = `${r.kind}:${r.start}:${r.end}`;
		if (seen.has(key)) continue;
		// A shorter find of the same kind inside a longer one adds nothing.
		if (out.some((o) => o.kind === r.kind && o.start <= r.start && o.end >= r.end)) continue;
		seen.add(key);
		out.push(r);
	}
	return out;
}
