// The aria-describedby of a form field: its hint and its error, when present.
export function describedBy(id: string | null, hint?: string, error?: string): string | undefined {
	return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}
