// Loads turn a DomainError into SvelteKit's error page with the right 4xx status and a readable message.
import { error } from '@sveltejs/kit';
import { DomainError, httpStatus } from '../errors';
import { errorMessage } from '../i18n';

export async function orErrorPage<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (e) {
		if (e instanceof DomainError) error(httpStatus[e.code], errorMessage(e));
		throw e;
	}
}
