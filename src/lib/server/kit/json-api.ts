// The JSON API's one error shape, { error: { code, message } }: a DomainError with its 4xx status, or a bad query
// parameter as 400 "invalid". Anything else is a bug and is rethrown (hooks.server.ts logs it as a 500).
import { json } from '@sveltejs/kit';
import { DomainError, httpStatus, type ErrorCode } from '../errors';
import { errorMessage } from '../i18n';

/** Public, read-only answers that carry no cookie-bound data: any site may read them. */
export const PUBLIC_READ_HEADERS = { 'access-control-allow-origin': '*' };

export function jsonError(code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
	return json({ error: { code, message } }, { status: httpStatus[code], headers });
}

export function jsonDomainError(error: unknown, headers: Record<string, string> = {}): Response {
	if (!(error instanceof DomainError)) throw error;
	return jsonError(error.code, errorMessage(error), headers);
}
