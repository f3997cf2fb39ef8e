// The countries a committee or member can belong to: East Asia and the Pacific, where the Bangkok commitment
// applies. Names come from Intl.DisplayNames in the reader's language, so no list of names is kept here.
export const COUNTRIES = [
	'AU', 'BN', 'CK', 'CN', 'FJ', 'FM', 'ID', 'JP', 'KH', 'KI', 'KP', 'KR', 'LA', 'MH', 'MM', 'MN', 'MY', 'NR', 'NU',
	'NZ', 'PG', 'PH', 'PW', 'SB', 'SG', 'TH', 'TK', 'TL', 'TO', 'TV', 'VN', 'VU', 'WS'
] as const;

export type Country = (typeof COUNTRIES)[number];

export function isCountry(value: string): value is Country {
	return (COUNTRIES as readonly string[]).includes(value);
}

const regionNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: string): string {
	let names = regionNames.get(locale);
	if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
	return names.of(code) ?? code;
}

export function countryOptions(locale: string): { value: string; label: string }[] {
	return COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}
