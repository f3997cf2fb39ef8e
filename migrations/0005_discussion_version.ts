// A version number per consultation that changes whenever anything its discussion page shows changes: a comment
// written, edited, moderated, pinned or deleted, an author's display name, a member's role. The consultation page
// keeps what it read under that number (readers far outnumber writers), so the number must never miss a change:
// triggers keep it, whichever code (or person at a SQL prompt) writes the rows.
import { sql, type Kysely } from 'kysely';

const bump = (where: string) => `UPDATE consultations SET discussion_version = discussion_version + 1 WHERE ${where};`;

// SQLite triggers; the PostgreSQL ones (a plpgsql function per table) belong with the move to PostgreSQL.
const triggers = {
	comments_version_insert: `AFTER INSERT ON comments BEGIN ${bump('id = NEW.consultation_id')} END`,
	comments_version_update: `AFTER UPDATE ON comments BEGIN ${bump('id = NEW.consultation_id')} END`,
	comments_version_delete: `AFTER DELETE ON comments BEGIN ${bump('id = OLD.consultation_id')} END`,
	users_version_update: `AFTER UPDATE OF display_name, status ON users BEGIN ${bump('id IN (SELECT consultation_id FROM comments WHERE author_id = NEW.id)')} END`,
	memberships_version_insert: `AFTER INSERT ON memberships BEGIN ${bump('committee_id = NEW.committee_id')} END`,
	memberships_version_update: `AFTER UPDATE ON memberships BEGIN ${bump('committee_id = NEW.committee_id')} END`,
	memberships_version_delete: `AFTER DELETE ON memberships BEGIN ${bump('committee_id = OLD.committee_id')} END`
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('consultations').addColumn('discussion_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
	for (const [name, body] of Object.entries(triggers)) await sql.raw(`CREATE TRIGGER ${name} ${body}`).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const name of Object.keys(triggers)) await sql.raw(`DROP TRIGGER ${name}`).execute(db);
	await db.schema.alterTable('consultations').dropColumn('discussion_version').execute();
}
