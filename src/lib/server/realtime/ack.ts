// Socket acks use the same DomainError codes and messages as pages and the API.
import { DomainError } from '../errors';
import { errorMessage, localeOr, m } from '../i18n';

export function ackError(error: unknown, locale?: string | null): { ok: false; error: { code: string; message: string } } {
	if (error instanceof DomainError) return { ok: false, error: { code: error.code, message: errorMessage(error, localeOr(locale)) } };
	console.error('socket handler failed:', error);
	return { ok: false, error: { code: 'internal', message: m.error_internal({}, { locale: localeOr(locale) }) } };
}
