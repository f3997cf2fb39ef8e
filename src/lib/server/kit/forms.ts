// The thin layer between SvelteKit and the services: parse a form with one schema, map a DomainError to fail().
// Schema messages are Paraglide message names, so every error reads in the user's language.
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { DomainError, httpStatus } from '../errors';
import { errorMessage, translate } from '../i18n';

export interface FormFailure {
	/** The message for the whole form. */
	error?: string;
	/** Messages per field name. */
	fields?: Record<string, string>;
	/** What was typed, to fill the form again (never passwords). */
	values?: Record<string, string>;
}

const secret = /password/i;

export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string' && !secret.test(key)) values[key] = value.slice(0, 500_000);
	return values;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; failure: ActionFailure<FormFailure> };

export function parseForm<S extends z.ZodType>(schema: S, form: FormData): Parsed<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	for (const [key, value] of form) if (typeof value === 'string') raw[key] = value;
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const fields: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const name = String(issue.path[0] ?? '');
		fields[name] ??= translate(issue.message);
	}
	return { ok: false, failure: fail(400, { error: translate('error_check_form'), fields, values: formValues(form) }) };
}

/** Turns a DomainError into fail(4xx) with a readable message; anything else is a bug and is rethrown. */
export function failWith(error: unknown, form?: FormData): ActionFailure<FormFailure> {
	if (!(error instanceof DomainError)) throw error;
	const message = errorMessage(error);
	return fail(httpStatus[error.code], {
		error: message,
		fields: error.field ? { [error.field]: message } : undefined,
		values: form ? formValues(form) : undefined
	});
}

/** Reads the request body as a form, answering 400/413 instead of throwing on a wrong content type or size. */
export async function readForm(request: Request): Promise<FormData | ActionFailure<FormFailure>> {
	try {
		return await request.formData();
	} catch (error) {
		// adapter-node errors the body stream with status 413 once it passes BODY_SIZE_LIMIT.
		const tooLarge = typeof error === 'object' && error !== null && (error as { status?: number }).status === 413;
		return tooLarge ? fail(413, { error: translate('error_request_too_large') }) : fail(400, { error: translate('error_bad_request') });
	}
}

/** A form action's body: read the form, run the work, and turn a DomainError into a 4xx with the typed values. */
export async function formAction<T>(request: Request, run: (form: FormData) => Promise<T>): Promise<T | ActionFailure<FormFailure>> {
	const form = await readForm(request);
	if (!(form instanceof FormData)) return form;
	try {
		return await run(form);
	} catch (error) {
		return failWith(error, form);
	}
}
