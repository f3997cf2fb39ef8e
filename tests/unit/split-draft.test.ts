import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS, splitDraft } from '../../src/lib/server/consultations/split-draft';

const summary = (text: string) => {
	const r = splitDraft(text);
	if (!r.ok) throw new Error(r.reason);
	return r.sections.map((s) => [s.number, s.heading, s.body.slice(0, 30)]);
};

describe('splitting a draft into sections', () => {
	it('reads a Philippine-style bill with titles and text on one line', () => {
		const bill = [
			'Republic of the Philippines',
			'AN ACT PROVIDING FOR SPECIAL PROTECTION OF CHILDREN AGAINST ONLINE SEXUAL ABUSE',
			'',
			'SECTION 1. Short Title. – This Act shall be known as the "Anti-OSAEC Act".',
			'SEC. 2. Declaration of Policy. – The State shall protect every child from all forms of abuse.',
			'It shall also ensure their participation.',
			'SEC. 3. Definition of Terms. – As used in this Act:',
			'(a) Child refers to a person below eighteen (18) years of age.'
		].join('\n');
		expect(summary(bill)).toEqual([
			[null, '', 'Republic of the Philippines\nAN'],
			['1', 'Short Title', 'This Act shall be known as the'],
			['2', 'Declaration of Policy', 'The State shall protect every '],
			['3', 'Definition of Terms', 'As used in this Act:\n(a) Child'],
		]);
	});

	it('reads Markdown headings, numbered or not', () => {
		const md = '# Child Online Protection Bill\n\nIntro text.\n\n## Section 4: Age limits\nNo one under 16.\n\n## Definitions\nA "child" is…\n\n### Clause 4.1 — Exceptions\nWith consent.';
		expect(summary(md)).toEqual([
			[null, 'Child Online Protection Bill', 'Intro text.'],
			['4', 'Age limits', 'No one under 16.'],
			[null, 'Definitions', 'A "child" is…'],
			['4.1', 'Exceptions', 'With consent.']
		]);
	});

	it('reads Article, Part and Clause numbering, with Roman numerals and letters', () => {
		const text = 'PART II\nGeneral provisions\nArticle 12A. Reporting duty\nPlatforms must report.\nClause 3.2.1 Appeals\nAny child may appeal.';
		expect(summary(text)).toEqual([
			['II', '', 'General provisions'],
			['12A', 'Reporting duty', 'Platforms must report.'],
			['3.2.1', 'Appeals', 'Any child may appeal.']
		]);
	});

	it('reads Thai, Indonesian, Vietnamese and Chinese numbering, including Thai digits', () => {
		expect(summary('มาตรา ๔ ในพระราชบัญญัตินี้\nเด็ก หมายความว่า…\nมาตรา ๕ ให้รัฐมนตรี\nรักษาการ')).toEqual([
			['4', 'ในพระราชบัญญัตินี้', 'เด็ก หมายความว่า…'],
			['5', 'ให้รัฐมนตรี', 'รักษาการ']
		]);
		expect(summary('Pasal 1\nDalam Undang-Undang ini yang dimaksud dengan anak…\nPasal 2\nPerlindungan anak.')[1][0]).toBe('2');
		expect(summary('Điều 1. Phạm vi điều chỉnh\nLuật này quy định…\nĐiều 2. Đối tượng áp dụng\nTrẻ em.').map((s) => s[1])).toEqual(['Phạm vi điều chỉnh', 'Đối tượng áp dụng']);
		expect(summary('第1条 目的\n本法旨在保护儿童。\n第2条 定义\n儿童是指…').map((s) => s[0])).toEqual(['1', '2']);
	});

	it('falls back to "1. Heading" lists only when the draft has no numbering words', () => {
		expect(summary('Draft policy\n1. Purpose\nTo protect.\n2. Scope\nAll apps.').map((s) => s[0])).toEqual([null, '1', '2']);
		expect(splitDraft('We think:\n1. more parks')).toEqual({ ok: false, reason: 'no_sections' });
	});

	it('refuses an empty draft, one with no sections, and one that is far too long', () => {
		expect(splitDraft('   \n ')).toEqual({ ok: false, reason: 'empty' });
		expect(splitDraft('Just a paragraph about a law, with no numbering.')).toEqual({ ok: false, reason: 'no_sections' });
		expect(splitDraft('x'.repeat(MAX_DRAFT_CHARS + 1))).toEqual({ ok: false, reason: 'too_long' });
	});

	it('stays fast on a long, hostile line', () => {
		const evil = 'Section 1' + ' -'.repeat(50_000) + '\n' + '#'.repeat(4) + ' ' + 'a '.repeat(100_000);
		const started = performance.now();
		splitDraft(evil);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
