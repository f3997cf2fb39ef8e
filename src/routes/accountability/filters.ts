// The accountability pages' filters as typed in the address, to keep them selected in the GET form.
export const FILTER_NAMES = ['country', 'body', 'committee', 'status', 'year'] as const;

export function filterValues(url: URL): Record<string, string> {
	return Object.fromEntries(FILTER_NAMES.map((name) => [name, url.searchParams.get(name) ?? '']));
}
