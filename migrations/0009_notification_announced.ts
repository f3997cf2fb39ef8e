// When a notification was announced live: notify() in an app process announces at once; one made where no one listens
// (`npm run jobs`, a script) waits with announced_at null until an app process's job announces it (notify.ts).
// And the header's unread count, read on every page, looks only at unread rows.
// Frozen once landed: later changes go in a new numbered file.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('notifications').addColumn('announced_at', 'bigint').execute();
	// Nothing made before this column existed is news any more.
	await sql`UPDATE notifications SET announced_at = created_at`.execute(db);
	await db.schema.createIndex('notifications_unannounced').on('notifications').column('created_at').where(sql.ref('announced_at'), 'is', null).execute();
	await db.schema.createIndex('notifications_unread').on('notifications').column('user_id').where(sql.ref('read_at'), 'is', null).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('notifications_unread').execute();
	await db.schema.dropIndex('notifications_unannounced').execute();
	await db.schema.alterTable('notifications').dropColumn('announced_at').execute();
}
