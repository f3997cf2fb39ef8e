// Query strings read with one schema: the accountability pages' GET forms, their CSV downloads and the JSON API parse
// the same filters the same way. A bad value names its parameter, in the reader's language.
import type { z } from 'zod';
import { translate } from '../i18n';

export type ParsedQuery<T> = { ok: true; data: T } | { ok: false; field: string; message: string };

export function parseQuery<S extends z.ZodType>(schema: S, url: URL): ParsedQuery<z.output<S>> {
	const result = schema.safeParse(Object.fromEntries(url.searchParams));
	if (result.success) return { ok: true, data: result.data };
	const issue = result.error.issues[0]!;
	return { ok: false, field: String(issue.path[0] ?? ''), message: translate(issue.message) };
}
