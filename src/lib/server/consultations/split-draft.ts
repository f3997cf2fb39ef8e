// Splits a draft law, pasted as plain text or Markdown, into numbered sections. Recognises Markdown headings and
// the numbering words of bills in the region ("Section 4", "SEC. 4.", "Article 4", "Clause 4.1", "Part II",
// "Pasal 4", "Điều 4", "มาตรา ๔", "Seksyon 4", "第4条", "§ 4"). Text before the first heading becomes a preamble.
// One pass over the lines; every regular expression is anchored and bounded, so none can backtrack badly.

export interface DraftSection {
	/** "4", "4.1", "12A", "II"; null for a preamble or an unnumbered Markdown heading. */
	number: string | null;
	heading: string;
	body: string;
}

export const MAX_DRAFT_CHARS = 400_000;
export const MAX_SECTIONS = 500;

const otherDigits = ['๐๑๒๓๔๕๖๗๘๙', '٠١٢٣٤٥٦٧٨٩', '０１２３４５６７８９'];

function asciiDigits(text: string): string {
	let out = '';
	for (const ch of text) {
		let digit = -1;
		for (const set of otherDigits) if (digit < 0) digit = set.indexOf(ch);
		out += digit >= 0 ? String(digit) : ch;
	}
	return out;
}

const numberingWords = [
	'section', 'sec\\.?', 'article', 'art\\.?', 'clause', 'part', 'chapter', 'schedule', 'rule', '§',
	'pasal', 'bab', // Indonesian, Malay
	'điều', 'chương', // Vietnamese
	'มาตรา', 'หมวด', // Thai
	'seksyon', 'artikulo', // Filipino
	'第' // Chinese, Japanese
];
/** The numbering word and its number: "4", "4.1", "12A", or a Roman numeral; then separators. */
const numberedPrefix = new RegExp(
	`^(?:\\*\\*)?(?:${numberingWords.join('|')})\\s{0,3}(\\d{1,4}(?:\\.\\d{1,4}){0,3}[a-z]?|[ivxlc]{1,7})(?:\\s{0,2}[条條])?(?=$|[\\s.:)\\-–—*])[\\s.:)\\-–—*]{0,8}`,
	'iu'
);
const markdownHeading = /^(#{1,4})\s+(\S.{0,300})$/u;
/** "4. Age of consent" counts only in a draft that has no numbering words at all. */
const bareNumbered = /^(\d{1,3}(?:\.\d{1,3}){0,2})[.)]\s+(?=\S)/u;

const titleBreaks = ['. –', '.–', '. —', '.—', ' – ', ' — ', ' - ', '. '];

/** "Short Title. – This Act shall be known as…" → heading "Short Title", body "This Act shall be known as…". */
function headingAndRest(text: string): { heading: string; rest: string } {
	const clean = text.replace(/\*\*/g, '').trim();
	if (clean.length <= 100 && !titleBreaks.slice(0, 7).some((b) => clean.includes(b))) return { heading: clean.replace(/[.:]$/, ''), rest: '' };
	for (const br of titleBreaks) {
		const at = clean.indexOf(br);
		if (at > 0 && at <= 120) return { heading: clean.slice(0, at).trim(), rest: clean.slice(at + br.length).trim() };
	}
	return { heading: '', rest: clean };
}

interface Heading {
	number: string | null;
	heading: string;
	rest: string;
}

function normalizeNumber(n: string): string {
	return /^[ivxlc]+$/i.test(n) ? n.toUpperCase() : n.replace(/[a-z]$/, (c) => c.toUpperCase());
}

function matchNumbered(line: string): Heading | null {
	const m = numberedPrefix.exec(line);
	if (!m) return null;
	return { number: normalizeNumber(m[1]), ...headingAndRest(line.slice(m[0].length)) };
}

function matchHeading(rawLine: string): Heading | null {
	const line = asciiDigits(rawLine.trim());
	if (!line) return null;
	const md = markdownHeading.exec(line);
	if (md) return matchNumbered(md[2]) ?? { number: null, heading: md[2].replace(/\s#+$/, '').replace(/\*\*/g, '').trim(), rest: '' };
	return matchNumbered(line);
}

function matchBare(rawLine: string): Heading | null {
	const line = asciiDigits(rawLine.trim());
	const m = bareNumbered.exec(line);
	return m ? { number: m[1], ...headingAndRest(line.slice(m[0].length)) } : null;
}

export type SplitFailure = 'empty' | 'too_long' | 'no_sections' | 'too_many_sections';
export type SplitResult = { ok: true; sections: DraftSection[] } | { ok: false; reason: SplitFailure };

export function splitDraft(text: string): SplitResult {
	if (text.length > MAX_DRAFT_CHARS) return { ok: false, reason: 'too_long' };
	if (!text.trim()) return { ok: false, reason: 'empty' };
	const lines = text.replace(/\r\n?/g, '\n').split('\n');

	let headings = lines.map(matchHeading);
	if (headings.every((h) => h === null)) {
		const bare = lines.map(matchBare);
		if (bare.filter(Boolean).length >= 2) headings = bare;
	}
	if (headings.every((h) => h === null)) return { ok: false, reason: 'no_sections' };

	const sections: DraftSection[] = [];
	const preamble: string[] = [];
	let body: string[] | null = null;
	lines.forEach((line, i) => {
		const h = headings[i];
		if (h) {
			body = h.rest ? [h.rest] : [];
			sections.push({ number: h.number, heading: h.heading, body: h.rest });
			return;
		}
		(body ?? preamble).push(line);
		if (body) sections[sections.length - 1].body = body.join('\n');
	});
	for (const s of sections) s.body = s.body.trim();
	const preambleText = preamble.join('\n').trim();
	if (preambleText) sections.unshift({ number: null, heading: '', body: preambleText });
	if (sections.length > MAX_SECTIONS) return { ok: false, reason: 'too_many_sections' };
	return { ok: true, sections };
}
