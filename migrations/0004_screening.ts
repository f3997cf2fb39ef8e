// The safeguarding screen: why a comment is held, and confidential concerns for the safeguarding lead.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	// JSON: the screen's reasons ({ kind, detail, start, end }) when a comment was held for them.
	await db.schema.alterTable('comments').addColumn('screen_reasons', 'text').execute();

	await db.schema
		.createTable('safeguarding_concerns')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('consultation_id', 'text', (c) => c.references('consultations.id').onDelete('set null'))
		.addColumn('source', 'text', (c) => c.notNull())
		// The young person's words, verbatim: kept, never published, never deleted.
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('reasons', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('concerns_committee').on('safeguarding_concerns').columns(['committee_id', 'status', 'created_at']).execute();

	// What the leads did about a concern: a note, and the status it moved to, oldest first. Never deleted.
	await db.schema
		.createTable('safeguarding_concern_notes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('concern_id', 'text', (c) => c.notNull().references('safeguarding_concerns.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('status_from', 'text', (c) => c.notNull())
		.addColumn('status_to', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('concern_notes_concern').on('safeguarding_concern_notes').columns(['concern_id', 'created_at']).execute();

	// Members' reports: one per member per comment; enough distinct reporters hide the comment until reviewed.
	await db.schema.alterTable('committees').addColumn('report_threshold', 'integer', (c) => c.notNull().defaultTo(3)).execute();
	await db.schema
		.createTable('comment_reports')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
		.addColumn('reporter_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		// Set when a facilitator decided about the comment: the reporter is told it was handled.
		.addColumn('handled_at', 'bigint')
		.addUniqueConstraint('comment_reports_once', ['comment_id', 'reporter_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('comment_reports').execute();
	await db.schema.alterTable('committees').dropColumn('report_threshold').execute();
	await db.schema.dropTable('safeguarding_concern_notes').execute();
	await db.schema.dropTable('safeguarding_concerns').execute();
	await db.schema.alterTable('comments').dropColumn('screen_reasons').execute();
}
