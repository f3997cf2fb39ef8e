// What readers get of a comment: the author by display name only, the safely rendered text, no real identity.
import type { CommentState, CommitteeRole } from '../db/schema';
import { storedHoldReasons } from '../safeguarding/intake';

export interface CommentView {
	id: string;
	seq: number;
	sectionId: string | null;
	parentId: string | null;
	authorId: string;
	authorName: string;
	authorRole: CommitteeRole | 'former';
	/** The Markdown as written, for its author's edit form. */
	body: string;
	bodyHtml: string;
	state: CommentState;
	pinned: boolean;
	createdAt: number;
	editedAt: number | null;
	/** Why a held comment waits (kinds of reason: "personal_info", "pre_moderation"…); empty once published. */
	heldFor: string[];
}

export interface CommentRow {
	id: string;
	seq: number;
	section_id: string | null;
	parent_id: string | null;
	author_id: string;
	author_name: string;
	author_role: CommitteeRole | null;
	body: string;
	body_html: string;
	state: CommentState;
	pinned: number;
	created_at: number;
	edited_at: number | null;
	screen_reasons: string | null;
}

export function toCommentView(row: CommentRow): CommentView {
	const deleted = row.state === 'deleted';
	return {
		id: row.id,
		seq: row.seq,
		sectionId: row.section_id,
		parentId: row.parent_id,
		authorId: deleted ? '' : row.author_id,
		authorName: deleted ? '' : row.author_name,
		authorRole: row.author_role ?? 'former',
		body: deleted ? '' : row.body,
		bodyHtml: deleted ? '' : row.body_html,
		state: row.state,
		pinned: row.pinned === 1,
		createdAt: row.created_at,
		editedAt: row.edited_at,
		heldFor: row.state === 'held' ? [...new Set(storedHoldReasons(row.screen_reasons, row.state).map((r) => r.kind))].sort() : []
	};
}

/**
 * A comment as one reader gets it: the Markdown source only goes to its author (for the edit form); everyone else,
 * and every broadcast to a room, gets the rendered text alone.
 */
export function forReader(view: CommentView, readerId: string | null): CommentView {
	return view.authorId === readerId ? view : { ...view, body: '' };
}
