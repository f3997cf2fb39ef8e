// Links that ask the server for one comment's reply or report form (?reply=<id>, ?report=<id>), keeping the page's
// other settings (order, expanded thread). The kept part is worked out once per page, not once per comment.
import { page } from '$app/state';

const DROPPED = new Set(['reply', 'report', 'posted', 'held', 'concern']);
let lastSearch: string | null = null;
let kept = '';

export function linkTo(form: 'reply' | 'report', commentId: string): string {
	const search = page.url.search;
	if (search !== lastSearch) {
		lastSearch = search;
		kept = new URLSearchParams([...page.url.searchParams].filter(([key]) => !DROPPED.has(key))).toString();
	}
	return `?${kept ? `${kept}&` : ''}${form}=${commentId}#${form}-${commentId}`;
}
