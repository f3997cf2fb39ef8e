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
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('safeguarding_concerns').execute();
	await db.schema.alterTable('comments').dropColumn('screen_reasons').execute();
}
