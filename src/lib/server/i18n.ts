// Server-side access to the compiled Paraglide messages: for text that leaves outside a page request (emails,
// socket acks) and for turning a DomainError or a schema error into words in the reader's language.
import { baseLocale, isLocale, type Locale } from '../paraglide/runtime.js';
import { m } from '../paraglide/messages.js';
import { DomainError } from './errors';

export { m };

export function localeOr(value: string | null | undefined): Locale {
	return value && isLocale(value) ? value : baseLocale;
}

type AnyMessage = (params: Record<string, unknown>, options?: { locale?: Locale }) => string;

/** A message by name; an unknown name (a schema's built-in text) becomes the generic "check this field". */
export function translate(key: string, params: Record<string, unknown> = {}, locale?: Locale): string {
	const message = (m as unknown as Record<string, AnyMessage | undefined>)[key];
	return message ? message(params, locale ? { locale } : undefined) : m.error_invalid_value({}, locale ? { locale } : undefined);
}

export function errorMessage(error: DomainError, locale?: Locale): string {
	return translate(error.messageKey, error.params, locale);
}
