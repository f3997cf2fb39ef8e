// Consultations on draft laws: sections, and comments with their edit history.
// Frozen once landed: later changes go in a new numbered file.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('consultations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('body_id', 'text', (c) => c.references('government_bodies.id'))
		.addColumn('guiding_questions', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('opens_at', 'bigint', (c) => c.notNull())
		.addColumn('closes_at', 'bigint', (c) => c.notNull())
		.addColumn('closed_at', 'bigint')
		.addColumn('source_text', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('consultations_committee').on('consultations').column('committee_id').execute();

	await db.schema
		.createTable('sections')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('number', 'text')
		.addColumn('heading', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('explanation', 'text')
		.addColumn('thread_closed', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.createIndex('sections_consultation').on('sections').columns(['consultation_id', 'position']).execute();

	await db.schema
		.createTable('comments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('seq', 'integer', (c) => c.notNull().unique())
		.addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
		.addColumn('section_id', 'text', (c) => c.references('sections.id').onDelete('set null'))
		.addColumn('parent_id', 'text', (c) => c.references('comments.id'))
		.addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('body_html', 'text', (c) => c.notNull())
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('edited_at', 'bigint')
		.execute();
	await db.schema.createIndex('comments_thread').on('comments').columns(['consultation_id', 'section_id', 'created_at']).execute();
	await db.schema.createIndex('comments_parent').on('comments').column('parent_id').execute();

	await db.schema
		.createTable('comment_edits')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
		.addColumn('previous_body', 'text', (c) => c.notNull())
		.addColumn('edited_at', 'bigint', (c) => c.notNull())
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['comment_edits', 'comments', 'sections', 'consultations']) await db.schema.dropTable(table).execute();
}
