// Intl formatters are costly to build (tens of microseconds each), so each one is made once per locale,
// time zone and style and reused: a discussion page formats hundreds of dates.
const cache = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, timeZone: string, style: 'date' | 'dateTime' | 'longDateTime'): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone}|${style}`;
	let format = cache.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions =
			style === 'date' ? { dateStyle: 'medium' } : style === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long', timeStyle: 'short' };
		format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
		cache.set(key, format);
	}
	return format;
}

const numbers = new Map<string, Intl.NumberFormat>();

/** Whole percent ("50 %" in the reader's language, from 50) or a number with at most one decimal (days: "27.5"). */
export function numberFormat(locale: string, style: 'percent' | 'decimal'): Intl.NumberFormat {
	const key = `${locale}|${style}`;
	let format = numbers.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, style === 'percent' ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 });
		numbers.set(key, format);
	}
	return format;
}
