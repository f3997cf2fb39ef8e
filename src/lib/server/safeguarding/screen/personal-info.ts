// Ways to reach or find a young person: phone numbers (libphonenumber-js, in the author's and the committee's
// country, plus long digit runs and digits spelled out in words), emails and links (linkify-it; links to allowed
// domains pass), emails written out ("name at gmail dot com"), social handles and street addresses.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import LinkifyIt from 'linkify-it';
import type { Words } from './words';
import { FormFacts, formOf } from './forms';
import { ScratchInts } from './scratch';
import { hasDigit, type Chunks } from './chars';
import { compilePhrase, findPhrases, indexPhrases } from './phrases';
import { lexicons } from './lexicon';

export interface Span {
	detail: 'phone' | 'email' | 'link' | 'handle' | 'address';
	start: number;
	end: number;
}

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });

/** Government sites and the bodies that work with them: links to these are information, not contact details. */
export const ALLOWED_DOMAINS = [
	'gov',
	'go.th',
	'gov.ph',
	'go.id',
	'gov.vn',
	'gov.my',
	'gov.sg',
	'gov.au',
	'govt.nz',
	'go.jp',
	'go.kr',
	'gov.cn',
	'gov.mn',
	'gov.kh',
	'gov.la',
	'gov.mm',
	'gov.pg',
	'gov.fj',
	'gov.uk',
	'chinhphu.vn',
	'un.org',
	'unicef.org',
	'ohchr.org',
	'ecpat.org',
	'childhelplineinternational.org'
];

function allowedHost(url: string, allowed: string[]): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return false;
	}
	return allowed.some((d) => host === d || host.endsWith(`.${d}`));
}

const THOUSANDS = /^\d{1,3}([.,]\d{3})+$/;
const DATE = /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

/**
 * Child helplines and emergency numbers people recommend to each other: information, not a way to reach a child.
 * (The helplines table of the safeguarding issue will be the source; these are the ones the corpus uses.)
 */
const PUBLIC_NUMBERS = new Set(['1800551800', '0800376633', '1300', '1387', '116111', '1098', '163', '129', '111', '15999', '1388', '18002744788', '0120078310', '12355', '1325', '71508000',
	// Crisis lines: Befrienders KL, Talian Kasih on WhatsApp, Hopeline PH, NCMH, Samaritans of Singapore, Samaritans of Thailand.
	'0376272929', '60376272929', '0192615999', '60192615999', '09175584673', '639175584673', '09188734673', '639188734673', '0288044673', '6328044673', '09178998727', '639178998727', '09663514518', '639663514518', '18002214444', '021136789', '6621136789']);

/** Where a phone number could be: seven or more digits, with the separators people type between them. */
const CANDIDATE = /\+?[\d(][\d\s().-]{5,24}\d/g;

/**
 * libphonenumber-js's answer for one candidate in one country, kept: the same short numbers come back (a school's
 * number, "2560 2561"), and each ask parses the candidate afresh.
 */
const phoneCache = new Map<string, [number, number][]>();
const PHONE_CACHE_MAX = 20_000;

function phonesIn(candidate: string, country: CountryCode): [number, number][] {
	const key = `${country} ${candidate}`;
	let found = phoneCache.get(key);
	if (found === undefined) {
		found = findPhoneNumbersInText(candidate, { defaultCountry: country }).map((p): [number, number] => [p.startsAt, p.endsAt]);
		if (phoneCache.size >= PHONE_CACHE_MAX) phoneCache.clear();
		phoneCache.set(key, found);
	}
	return found;
}

function phones(text: string, countries: CountryCode[]): Span[] {
	const found: Span[] = [];
	for (const m of text.matchAll(CANDIDATE)) {
		// "089 876 5432 (6 pm)": a bracket opened after the number and never closed is not part of it.
		const candidate = m[0].replace(/\s*\(\d*$/, '');
		const digits = candidate.replace(/\D/g, '');
		const trimmed = candidate.trim();
		if (digits.length < 7 || THOUSANDS.test(trimmed) || DATE.test(trimmed) || PUBLIC_NUMBERS.has(digits)) continue;
		const at = m.index!;
		// Any long run of digits is a number someone can call or message, whatever the country.
		if (digits.length >= 9 && digits.length <= 15) {
			found.push({ detail: 'phone', start: at, end: at + candidate.length });
			continue;
		}
		// Shorter ones are phone numbers if the author's or the committee's country says so.
		for (const country of countries) {
			for (const [from, to] of phonesIn(candidate, country)) found.push({ detail: 'phone', start: at + from, end: at + to });
		}
	}
	return found;
}

const digitWords = new Map<string, string>();
for (const lexicon of lexicons) lexicon.digits.forEach((words, digit) => words.forEach((w) => digitWords.set(w, String(digit))));

/** "zero eight one two three four five six seven", "ศูนย์ แปด หนึ่ง ...": seven or more digits in words or figures. */
function spelledNumbers(words: Words, flags: Int32Array): Span[] {
	const found: Span[] = [];
	let runStart = -1;
	let count = 0;
	let spelled = false;
	for (let i = 0; i <= words.count; i++) {
		const f = i < words.count ? flags[i] : 0;
		const n = f & DIGIT_WORD ? 1 : f & FIGURES ? formOf(words.forms[i]).length : 0;
		if (n && (runStart < 0 || f & DIGIT_WORD || count > 0)) {
			if (runStart < 0) runStart = i;
			count += n;
			if (f & DIGIT_WORD) spelled = true;
			continue;
		}
		// A run made only of figures is the phone finder's business (and often a date or an amount).
		if (count >= 7 && spelled) found.push({ detail: 'phone', start: words.starts[runStart], end: words.ends[i - 1] });
		runStart = -1;
		count = 0;
		spelled = false;
	}
	return found;
}

/** What linkify-it found in one chunk: [start, end) in the chunk, an email or a link (with its URL). */
interface ChunkLink {
	email: boolean;
	start: number;
	end: number;
	url: string;
}

/**
 * linkify-it's answer per chunk, kept: chunks with a "." inside repeat ("e.g.", "i.e.", "12.30", a site everyone
 * links), and its regular expressions were 8% of the screen. Which links pass depends on the call's allowed domains,
 * so that test is made afresh each time.
 */
const linkCache = new Map<string, ChunkLink[]>();
const LINK_CACHE_MAX = 20_000;

function linksIn(chunk: string): ChunkLink[] {
	let found = linkCache.get(chunk);
	if (found === undefined) {
		found = [];
		if (linkify.pretest(chunk)) for (const m of linkify.match(chunk) ?? []) found.push({ email: m.schema === 'mailto:', start: m.index, end: m.lastIndex, url: m.url });
		if (linkCache.size >= LINK_CACHE_MAX) linkCache.clear();
		linkCache.set(chunk, found);
	}
	return found;
}

/**
 * Links and emails. linkify-it on a whole 2,000-character text cost a third of a millisecond (it searches the whole
 * text, and its tail again after each match); a link never spans white space, so it reads only the chunks between
 * white space that have a character a link needs, which is the same answer: linkify treats a chunk's edge as it
 * treats white space.
 */
function links(text: string, { count, starts, ends, mayLink }: Chunks, allowed: string[]): Span[] {
	const found: Span[] = [];
	for (let k = 0; k < count; k++) {
		const start = starts[k];
		if (!mayLink[k]) continue;
		for (const m of linksIn(text.slice(start, ends[k]))) {
			if (m.email) found.push({ detail: 'email', start: start + m.start, end: start + m.end });
			else if (!allowedHost(m.url, allowed)) found.push({ detail: 'link', start: start + m.start, end: start + m.end });
		}
	}
	return found;
}

const TLDS = new Set(['com', 'net', 'org', 'co', 'ph', 'th', 'id', 'vn', 'my', 'sg', 'au', 'nz', 'jp', 'kr', 'cn', 'io', 'me', 'edu']);
const AT = new Set(['at', 'แอท', 'aet']);
const DOT = new Set(['dot', 'ดอท', 'titik', 'chấm', 'tuldok']);

/** "mango at gmail dot com", "mango (at) yahoo [dot] co dot th". */
function writtenEmails(words: Words, flags: Int32Array): Span[] {
	const found: Span[] = [];
	const forms = words.forms;
	for (let i = 1; i + 3 < words.count; i++) {
		if (flags[i] & AT_WORD && DOT.has(formOf(forms[i + 2])) && TLDS.has(formOf(forms[i + 3]))) found.push({ detail: 'email', start: words.starts[i - 1], end: words.ends[i + 3] });
	}
	return found;
}

const APPS = new Set(['line', 'ig', 'insta', 'instagram', 'snap', 'snapchat', 'sc', 'tiktok', 'discord', 'telegram', 'tg', 'tele', 'zalo', 'wechat', 'fb', 'facebook', 'messenger', 'twitter', 'kik', 'viber', 'whatsapp', 'wa', 'ไลน์', 'ไอจี', 'เฟส']);
/** Words that say "what follows is my handle": strong ones need nothing else. */
const ID_WORDS = new Set(['id', 'ไอดี', 'username', 'user', 'handle', 'acc', 'account']);
const LINK_WORDS = new Set(['is', 'คือ', 'là', 'ko', 'ku', 'nya', 'aku', 'saya', 'me', 'ko ay', 'ay']);
const OWNERS = new Set(['my', 'our', 'ko', 'ku', 'aku', 'saya', 'mình', 'em', 'ของ', 'หนู', 'ผม', 'mo']);
/** What a handle after "@" is made of. */
const HANDLE_CHAR = /^[\p{L}\p{N}_.]$/u;
/** HANDLE_CHAR's answer per BMP code point, learnt on first sight: 0 unknown, 1 yes, 2 no. */
const handleChars = new Uint8Array(0x10000);

function isHandleChar(cp: number): boolean {
	if (cp > 0xffff) return HANDLE_CHAR.test(String.fromCodePoint(cp));
	if (handleChars[cp] === 0) handleChars[cp] = HANDLE_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
	return handleChars[cp] === 1;
}

/** The code point ending just before `at` (a surrogate pair read whole, as a /u regex reads it). */
function codePointBefore(text: string, at: number): number {
	const c = text.charCodeAt(at - 1);
	if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
		const high = text.charCodeAt(at - 2);
		if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
	}
	return c;
}

/**
 * "@mango_star99": "@" at the start or after anything but a handle character or "@", then 3 to 30 handle characters
 * (as many as there are, up to 30), as /(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}_.]{3,30})/gu reads them. A scan from each
 * "@": that regex tried every position of the text, 3% of the screen's time.
 */
function atHandles(text: string, found: Span[]) {
	for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
		if (at > 0) {
			const before = codePointBefore(text, at);
			if (before === 0x40 || isHandleChar(before)) continue;
		}
		let end = at + 1;
		let n = 0;
		while (n < 30 && end < text.length) {
			const cp = text.codePointAt(end)!;
			if (!isHandleChar(cp)) break;
			end += cp > 0xffff ? 2 : 1;
			n++;
		}
		if (n < 3) continue;
		found.push({ detail: 'handle', start: at, end });
		at = end - 1;
	}
}

/** Looks like a user name rather than a word: a digit, an underscore or a dot inside. */
const handleLike = (form: string) => /[\d_]/.test(form) || form.length >= 3;

/**
 * "@mango_star99"; "LINE id mangostar", "my ig is mango.star", "IG: mango.star", "user is coolkid_2011". `flags`
 * null: no word is an app or id word.
 */
function handles(text: string, words: Words, flags: Int32Array | null): Span[] {
	const found: Span[] = [];
	atHandles(text, found);
	if (!flags) return found;
	const { starts, ends, forms } = words;
	for (let i = 0; i + 1 < words.count; i++) {
		if (!(flags[i] & (APP | ID))) continue;
		const form = formOf(forms[i]);
		const app = APPS.has(form);
		const id = ID_WORDS.has(form);
		let j = i + 1;
		// A colon right after ("IG: mango.star"), an id word, or an owner before ("my ig is …") says a handle follows.
		let strong = id || text.slice(ends[i], starts[j]).includes(':');
		const owned = i > 0 && OWNERS.has(formOf(forms[i - 1]));
		while (j < words.count && j <= i + 3 && (ID_WORDS.has(formOf(forms[j])) || LINK_WORDS.has(formOf(forms[j])) || APPS.has(formOf(forms[j])))) {
			if (ID_WORDS.has(formOf(forms[j]))) strong = true;
			j++;
		}
		if (j >= words.count || (!strong && !(owned && j > i + 1))) continue;
		const handle = formOf(forms[j]);
		if (!handleLike(handle) || APPS.has(handle)) continue;
		// "our ID card": the card, not a user name.
		if (handle === 'card' || handle === 'cards') continue;
		// "id card", "user is hard": a plain word after a weak link is not a handle, unless an app is named with it.
		let appNamed = app;
		for (let k = Math.max(0, i - 1); k < j && !appNamed; k++) appNamed = APPS.has(formOf(forms[k]));
		if (!/[\d_.]/.test(text.slice(starts[j], ends[j] + 1)) && !owned && !appNamed) continue;
		found.push({ detail: 'handle', start: starts[i], end: ends[j] });
	}
	return found;
}

const streets = indexPhrases(lexicons.flatMap((l) => l.streetWords).map((w) => compilePhrase(`(${w})`)));

/** A street word ("soi", "jalan", "ถนน", "đường", "purok") with a house or street number within three words. */
function addresses(words: Words, flags: Int32Array): Span[] {
	const found: Span[] = [];
	for (const m of findPhrases(words, streets)) {
		const at = m.first;
		const end = m.last;
		for (let k = Math.max(0, at - 3); k <= Math.min(words.count - 1, end + 3); k++) {
			if ((k < at || k > end) && flags[k] & HAS_DIGIT) {
				found.push({ detail: 'address', start: Math.min(words.starts[k], m.start), end: Math.max(words.ends[k], m.end) });
				break;
			}
		}
	}
	return found;
}

/** What a word is to the finders above, as bits: one Map read a word instead of a Set read per finder. */
const DIGIT_WORD = 1;
const FIGURES = 2;
const AT_WORD = 4;
const APP = 8;
const ID = 16;
/** An ASCII digit anywhere in the word (what /\d/ matches). */
const HAS_DIGIT = 32;
/** The first word of a street word (streets' phrases can begin only at such a word). */
const STREET_START = 64;
const known = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number) => {
	for (const w of words) known.set(w, (known.get(w) ?? 0) | bit);
};
mark(digitWords.keys(), DIGIT_WORD);
mark(AT, AT_WORD);
mark(APPS, APP);
mark(ID_WORDS, ID);
// Street words are plain words, no prefixes: a street phrase begins only at one of its first words.
if (streets.phrases.some((p) => p.slots.some((slot) => slot.kind === 'words' && slot.alts.some((alt) => alt.prefix)))) throw new Error('a street word ends in "*": STREET_START no longer says where street words begin');
mark(
	streets.phrases.flatMap((p) => (p.slots[0].kind === 'words' ? p.slots[0].alts.map((alt) => alt.words[0]) : [])),
	STREET_START
);

/** One to four ASCII digits (what /^\d{1,4}$/ matches). */
function figures(form: string): boolean {
	if (form.length === 0 || form.length > 4) return false;
	for (let i = 0; i < form.length; i++) {
		const c = form.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

/** Each form's bits, by its number (see forms.ts). */
const personalFacts = new FormFacts();

function personalBits(form: number): number {
	let bits = personalFacts.get(form);
	if (bits < 0) {
		const text = formOf(form);
		bits = (known.get(text) ?? 0) | (figures(text) ? FIGURES : 0) | (hasDigit(text) ? HAS_DIGIT : 0);
		personalFacts.set(form, bits);
	}
	return bits;
}

const flagsScratch = new ScratchInts();

export function personalInfo(text: string, words: Words, chunks: Chunks, options: { countries: CountryCode[]; allowedDomains: string[] }): Span[] {
	const flags = flagsScratch.get(words.count);
	// The bits some word has: a finder whose words the text lacks finds nothing and is not run (the same answer).
	let any = 0;
	for (let i = 0; i < words.count; i++) any |= flags[i] = personalBits(words.forms[i]);
	const found = phones(text, options.countries);
	if (any & DIGIT_WORD) found.push(...spelledNumbers(words, flags));
	found.push(...links(text, chunks, options.allowedDomains));
	if (any & AT_WORD) found.push(...writtenEmails(words, flags));
	found.push(...handles(text, words, any & (APP | ID) ? flags : null));
	if (any & STREET_START) found.push(...addresses(words, flags));
	return found;
}
