// The consultation page ranks and counts a thread's conversations in SQL (discussionPage). This index holds every
// column those queries read, so they walk the index and never the comment rows with their texts.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('comments_page')
		.on('comments')
		.columns(['consultation_id', 'parent_id', 'section_id', 'pinned', 'seq', 'state', 'author_id', 'id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('comments_page').execute();
}
