// Grouping a consultation's comments into threads (one per section, plus the general one) for display.
import type { CommentView } from '$lib/server/consultations/comment-view';

export type { CommentView };

export interface ThreadComment extends CommentView {
	replies: CommentView[];
}

export const GENERAL = 'general';
export const PAGE_SIZE = 20;

export function threadKey(sectionId: string | null): string {
	return sectionId ?? GENERAL;
}

/** Top-level comments per thread, pinned first, then by time in the chosen order; replies oldest first. */
export function groupThreads(comments: CommentView[], order: 'oldest' | 'newest'): Map<string, ThreadComment[]> {
	const replies = new Map<string, CommentView[]>();
	for (const c of comments) {
		if (!c.parentId) continue;
		const list = replies.get(c.parentId);
		if (list) list.push(c);
		else replies.set(c.parentId, [c]);
	}
	const threads = new Map<string, ThreadComment[]>();
	for (const c of comments) {
		if (c.parentId) continue;
		const own = (replies.get(c.id) ?? []).sort((a, b) => a.seq - b.seq);
		if (c.state === 'deleted' && own.every((r) => r.state === 'deleted')) continue;
		const key = threadKey(c.sectionId);
		const list = threads.get(key);
		if (list) list.push({ ...c, replies: own });
		else threads.set(key, [{ ...c, replies: own }]);
	}
	for (const list of threads.values()) {
		list.sort((a, b) => Number(b.pinned) - Number(a.pinned) || (order === 'oldest' ? a.seq - b.seq : b.seq - a.seq));
	}
	return threads;
}

/**
 * Adds or replaces a comment by id. Live events carry no Markdown source, so the author's copy keeps the source the
 * page was loaded with (their edit form needs it).
 */
export function upsert(comments: CommentView[], comment: CommentView): CommentView[] {
	const i = comments.findIndex((c) => c.id === comment.id);
	if (i < 0) return [...comments, comment];
	const copy = comments.slice();
	copy[i] = comment.body || comment.state === 'deleted' ? comment : { ...comment, body: comments[i].body };
	return copy;
}
