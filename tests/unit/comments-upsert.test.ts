// Live events replace comments on the page; the author's copy keeps its Markdown source for the edit form.
import { describe, expect, it } from 'vitest';
import { upsert, type CommentView } from '../../src/lib/comments';

const view = (over: Partial<CommentView>): CommentView => ({
	id: 'c1',
	seq: 1,
	sectionId: null,
	parentId: null,
	authorId: 'me',
	authorName: 'Me',
	authorRole: 'member',
	body: '',
	bodyHtml: '<p>x</p>\n',
	state: 'published',
	pinned: false,
	createdAt: 0,
	editedAt: null,
	heldFor: [],
	...over
});

describe('upsert', () => {
	it('adds a comment it does not have', () => {
		expect(upsert([view({})], view({ id: 'c2' })).map((c) => c.id)).toEqual(['c1', 'c2']);
	});

	it('keeps the source the page loaded when a live update carries none', () => {
		const [updated] = upsert([view({ body: 'my *text*' })], view({ pinned: true }));
		expect(updated).toMatchObject({ body: 'my *text*', pinned: true });
	});

	it('takes a new source when there is one, and drops it when the comment is deleted', () => {
		expect(upsert([view({ body: 'old' })], view({ body: 'new' }))[0].body).toBe('new');
		expect(upsert([view({ body: 'old' })], view({ state: 'deleted' }))[0].body).toBe('');
	});
});
