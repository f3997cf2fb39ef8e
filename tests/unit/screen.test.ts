// screenText on the cases a moderator would check by hand: evasions, offsets, the region's numbers, policy language,
// and input that is not text at all.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/lib/server/safeguarding/screen/index';

const found = (text: string, options = {}) => screenText(text, options).reasons.map((r) => `${r.kind}:${text.slice(r.start, r.end)}`);

describe('personal information', () => {
	it('finds phone numbers as people in the region write them', () => {
		expect(found('call me 081 234 5678', { country: 'TH' })).toContain('personal_info:081 234 5678');
		expect(found('text 0917-123-4567 po', { country: 'PH' })).toEqual(['personal_info:0917-123-4567']);
		expect(found('wa aku +62 812 3456 7890')).toContain('personal_info:+62 812 3456 7890');
		expect(found('เบอร์หนู ๐๘๑๒๓๔๕๖๗๘', { country: 'TH' })).toEqual(['personal_info:๐๘๑๒๓๔๕๖๗๘']);
		expect(found('zero eight one two three four five six seven eight')).toEqual(['personal_info:zero eight one two three four five six seven eight']);
		expect(found('9123 4567 is my number', { country: 'SG' })).toContain('personal_info:9123 4567');
		expect(found('ring 089 876 5432 (6pm is best)', { country: 'TH' })).toContain('personal_info:089 876 5432');
	});

	it('leaves law numbers, dates, amounts and ages alone', () => {
		for (const text of ['Republic Act 11930 of 2022', 'Act B.E. 2560, Section 12(3)', 'from 1 January 2027', 'a fine of Rp 1.000.000.000', '13 to 17 years old', 'call the 1300 hotline']) {
			expect(screenText(text, { country: 'TH' }).verdict, text).toBe('allow');
		}
	});

	it('finds emails, written-out emails, handles and links, but lets government links through', () => {
		expect(found('mango.star@yahoo.com')).toEqual(['personal_info:mango.star@yahoo.com']);
		expect(found('mango (at) gmail [dot] com')).toEqual(['personal_info:mango (at) gmail [dot] com']);
		expect(found('follow @mango_star99')).toEqual(['personal_info:@mango_star99']);
		expect(found('see https://bit.ly/abc')).toEqual(['personal_info:https://bit.ly/abc']);
		expect(screenText('read https://www.dict.gov.ph/cybercrime and https://www.unicef.org').verdict).toBe('allow');
		expect(screenText('our page: https://youthvoice.example.org/x', { allowedDomains: ['youthvoice.example.org'] }).verdict).toBe('allow');
	});

	it('finds a house number beside a street word', () => {
		expect(found('I live at 45 Soi Sukhumvit 11')).toContain('personal_info:45 Soi');
		expect(found('Jl. Merdeka No. 10 RT 03')).not.toEqual([]);
	});
});

describe('abuse with evasions', () => {
	it('reads spaced letters, leetspeak, look-alikes, zero-width characters and stretched words', () => {
		for (const text of ['f u c k this', 'f.u.c.k', 'sh1t bill', 'fu\u0441k', '\uff46\uff55\uff43\uff4b', 'fu\u200bck', 'fuuuuuck', 'sh\u00adit', 'a$$hole']) {
			expect(screenText(text).verdict, JSON.stringify(text)).toBe('hold');
		}
	});

	it('maps a match back onto the original characters, invisible ones included', () => {
		const text = 'well fu\u200b\u200bck that';
		const [reason] = screenText(text).reasons;
		expect(text.slice(reason.start, reason.end)).toBe('fu\u200b\u200bck');
	});

	it('passes words that contain a bad one, and the vocabulary of child protection law', () => {
		for (const text of [
			'Scunthorpe, assessment, class, Sussex, cockpit, Dickens, analysis',
			'Platforms must remove child sexual abuse material within 24 hours.',
			'The bill should punish grooming, trafficking and the prostitution of children.',
			'Rape laws must protect boys too.',
			'Youth suicide prevention needs money.',
			'Children who are abused need a safe way to report.'
		]) {
			expect(screenText(text), text).toEqual({ verdict: 'allow', reasons: [] });
		}
	});

	it('takes words a facilitator added for the committee', () => {
		expect(screenText('you are such a gronk').verdict).toBe('allow');
		expect(screenText('you are such a gronk', { extraWords: ['gronk'] }).verdict).toBe('hold');
	});
});

describe('concerns', () => {
	it('escalates a young person telling of harm or of wanting to die, in the region’s languages', () => {
		for (const text of ['my uncle hurts me', 'my stepdad touches me at night', 'I want to kill myself', 'ลุงทำร้ายหนู', 'หนูอยากตาย', 'pamanku memukul aku', 'em bị xâm hại', 'sinasaktan ako ng tito ko', 'gusto ko nang mamatay']) {
			expect(screenText(text).verdict, text).toBe('concern');
		}
	});
});

describe('input that is not ordinary text', () => {
	it('copes with garbage, controls, only invisible characters, mixed scripts and huge texts', () => {
		expect(screenText('')).toEqual({ verdict: 'allow', reasons: [] });
		expect(screenText('\u200b\u200c\u200d\u2060\ufeff')).toEqual({ verdict: 'allow', reasons: [] });
		expect(screenText('\u202egnihtyna\u202c ok').verdict).toBe('allow');
		expect(screenText(String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536))).reasons).toBeInstanceOf(Array);
		expect(screenText('ผมคิดว่า law นี้ดี แต่ Điều 4 cần sửa, 第4条 也要改').verdict).toBe('allow');
		// A huge text is read to its end (its cost grows in step with its length).
		expect(screenText('ok '.repeat(100_000) + ' fuck').verdict).toBe('hold');
	});

	it('reads a long Thai text that repeats the start of a phrase to its end, finding the phrase only where it ends', () => {
		// "อย่าบอก" (don't tell) begins a run phrase at every repeat; only the last one is followed by "ใคร" (anyone), near enough to the one before it too.
		const text = 'อย่าบอกเธอนะ '.repeat(1540);
		expect(text.length).toBe(20_020);
		expect(screenText(text)).toEqual({ verdict: 'allow', reasons: [] });
		expect(screenText(text + 'ใคร').reasons).toEqual([{ kind: 'contact_request', detail: 'phrase', start: 19_994, end: 20_023 }]);
		expect(screenText('ลุง'.repeat(7000)).verdict).toBe('allow');
	});
});
