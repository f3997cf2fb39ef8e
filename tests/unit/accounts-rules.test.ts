import { describe, expect, it } from 'vitest';
import { ageInYears, digitalConsentAge, memberAgeLimits } from '../../src/lib/server/accounts/age';
import { displayNameKey, validateDisplayName } from '../../src/lib/server/accounts/display-name';
import { safeNext } from '../../src/lib/server/kit/redirects';

describe('ages from birth year and month', () => {
	const nov2026 = Date.UTC(2026, 10, 28);
	it('counts whole years, turning a year older in the birth month', () => {
		expect(ageInYears(2013, 11, nov2026)).toBe(13);
		expect(ageInYears(2013, 12, nov2026)).toBe(12);
		expect(ageInYears(2014, 1, nov2026)).toBe(12);
	});

	it('uses 13 as the age of digital consent unless configured, per country too', () => {
		expect(digitalConsentAge('TH', {})).toBe(13);
		expect(digitalConsentAge('VN', { DIGITAL_CONSENT_AGE: '14' })).toBe(14);
		expect(digitalConsentAge('VN', { DIGITAL_CONSENT_AGE: '14', DIGITAL_CONSENT_AGE_VN: '16' })).toBe(16);
		expect(digitalConsentAge('VN', { DIGITAL_CONSENT_AGE: 'nonsense' })).toBe(13);
		expect(memberAgeLimits({})).toEqual({ min: 10, max: 25 });
	});
});

describe('display names', () => {
	it('accepts names in the region’s scripts', () => {
		for (const name of ['RiverKite', 'น้ำใส', 'Hoa Mai', 'Trà_Sữa', 'ស្រីពៅ', '小龙', 'Jo-Anne.K']) {
			expect(validateDisplayName(name)).toBe(name.normalize('NFKC'));
		}
	});

	it('folds case, width and separators, so look-alike names collide', () => {
		expect(displayNameKey('River Kite')).toBe(displayNameKey('riverkite'));
		expect(displayNameKey('ＲｉｖｅｒＫｉｔｅ')).toBe(displayNameKey('RiverKite'));
		expect(displayNameKey('river_kite')).toBe(displayNameKey('River.Kite'));
	});

	it('refuses emails, phone numbers, markup, invisible and right-to-left tricks', () => {
		for (const name of ['me@mail.com', '+66 81 234 5678', '0812345678', '<b>hi</b>', 'a\u200bb\u200bc', 'abc\u202e', '   ', 'x'.repeat(25)]) {
			expect(() => validateDisplayName(name), name).toThrow();
		}
	});

	it('passes the safeguarding screen: no contact details or abuse in disguise, with the reason said', () => {
		const refusal = (name: string) => {
			try {
				validateDisplayName(name, 'TH');
				return null;
			} catch (e) {
				return (e as { messageKey: string }).messageKey;
			}
		};
		expect(refusal('Kite0812345678')).toBe('error_display_name_personal');
		expect(refusal('line id kite')).toBe('error_display_name_personal');
		expect(refusal('sh1tlord')).toBe('error_display_name_unkind');
		expect(refusal('fuсkface')).toBe('error_display_name_unkind'); // Cyrillic "с"
		// Names are not words: the Scunthorpe problem and a name that is also a swear word in English.
		for (const name of ['Scunthorpe Sam', 'Moby Dick', 'Assessment', 'Nguyễn Văn An', 'Bench 0']) expect(refusal(name), name).toBeNull();
	});
});

describe('after sign-in', () => {
	it('goes back only to a path on this site', () => {
		expect(safeNext('/committees/abc')).toBe('/committees/abc');
		for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', null]) {
			expect(safeNext(bad)).toBe('/committees');
		}
	});
});
