// Accounts, sessions, committees, roles, invitations, guardian consent, email outbox and the audit log.
// Frozen once landed: later changes go in a new numbered file.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('display_name_key', 'text', (c) => c.notNull())
		.addColumn('real_name', 'text', (c) => c.notNull())
		.addColumn('birth_year', 'integer')
		.addColumn('birth_month', 'integer')
		.addColumn('country', 'text', (c) => c.notNull())
		.addColumn('locale', 'text')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
		.addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('secret_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('last_seen_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('government_bodies')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('country', 'text', (c) => c.notNull())
		.addColumn('acknowledge_within_days', 'integer', (c) => c.notNull().defaultTo(14))
		.addColumn('respond_within_days', 'integer', (c) => c.notNull().defaultTo(60))
		.addColumn('head_contact_email', 'text')
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('officials')
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('body_id', 'text', (c) => c.notNull().references('government_bodies.id').onDelete('cascade'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('officials_pk', ['user_id', 'body_id'])
		.execute();

	await db.schema
		.createTable('committees')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('country', 'text', (c) => c.notNull())
		.addColumn('timezone', 'text', (c) => c.notNull())
		.addColumn('languages', 'text', (c) => c.notNull())
		.addColumn('moderation_mode', 'text', (c) => c.notNull().defaultTo('post'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('memberships')
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('memberships_pk', ['user_id', 'committee_id'])
		.execute();
	await db.schema.createIndex('memberships_committee').on('memberships').column('committee_id').execute();

	await db.schema
		.createTable('invitations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('label', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('expires_at', 'bigint', (c) => c.notNull())
		.addColumn('used_at', 'bigint')
		.addColumn('used_by', 'text', (c) => c.references('users.id'))
		.addColumn('revoked_at', 'bigint')
		.execute();

	await db.schema
		.createTable('guardian_consents')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('guardian_email', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('expires_at', 'bigint', (c) => c.notNull())
		.addColumn('consented_at', 'bigint')
		.execute();

	await db.schema
		.createTable('password_resets')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('expires_at', 'bigint', (c) => c.notNull())
		.addColumn('used_at', 'bigint')
		.execute();

	await db.schema
		.createTable('email_outbox')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('to_address', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('body_text', 'text', (c) => c.notNull())
		.addColumn('dedupe_key', 'text', (c) => c.unique())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
		.addColumn('sent_at', 'bigint')
		.addColumn('last_error', 'text')
		.execute();
	await db.schema.createIndex('email_outbox_due').on('email_outbox').columns(['sent_at', 'next_attempt_at']).execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('seq', 'integer', (c) => c.primaryKey())
		.addColumn('at', 'bigint', (c) => c.notNull())
		.addColumn('actor_id', 'text')
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('committee_id', 'text')
		.addColumn('subject_type', 'text')
		.addColumn('subject_id', 'text')
		.addColumn('reason', 'text')
		.addColumn('data', 'text', (c) => c.notNull())
		.addColumn('prev_hash', 'text', (c) => c.notNull())
		.addColumn('hash', 'text', (c) => c.notNull())
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'audit_log',
		'email_outbox',
		'password_resets',
		'guardian_consents',
		'invitations',
		'memberships',
		'committees',
		'officials',
		'government_bodies',
		'sessions',
		'users'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
