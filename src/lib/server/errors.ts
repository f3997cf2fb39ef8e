// The one error path: services throw a DomainError with a code and a message key (a Paraglide message name);
// routes, the API and socket acks turn it into a 4xx with the message in the reader's language.
import type * as Messages from '../paraglide/messages/_index.js';

export type ErrorCode = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'too_large';

/** Names of messages that take no parameters or only the ones given. */
export type MessageKey = keyof typeof Messages;

export class DomainError extends Error {
	constructor(
		readonly code: ErrorCode,
		readonly messageKey: MessageKey,
		readonly params: Record<string, string | number> = {},
		/** Which form field the error belongs to, when there is one. */
		readonly field?: string
	) {
		super(`${code}: ${messageKey}`);
		this.name = 'DomainError';
	}
}

export const httpStatus: Record<ErrorCode, number> = {
	invalid: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	too_large: 413,
	rate_limited: 429
};
