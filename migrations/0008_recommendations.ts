// Recommendations a committee adopts and sends to a government body, and what the body does with them: the
// acknowledgement, answers (with committed actions), progress updates, the committee's feedback and follow-up
// questions, deadline reminders (one row per reminder, so none is sent twice), the bearer tokens a body's own
// systems use for /api/v1, and in-app notifications with each user's choice of which also come by email.
// Frozen once landed: later changes go in a new numbered file.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('submissions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('body_id', 'text', (c) => c.notNull().references('government_bodies.id'))
		.addColumn('note', 'text')
		.addColumn('submitted_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('submitted_at', 'bigint', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('recommendations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
		.addColumn('body_id', 'text', (c) => c.notNull().references('government_bodies.id'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('rationale', 'text', (c) => c.notNull())
		// draft | voting | adopted | submitted | acknowledged | answered | withdrawn
		.addColumn('status', 'text', (c) => c.notNull())
		// Grows with every saved edit of the draft: an edit names the version it started from (co-editing).
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.addColumn('adoption_ballot_id', 'text', (c) => c.references('ballots.id'))
		.addColumn('adopted_at', 'bigint')
		// "adopted 14–3, 2 abstentions, turnout 86%", from the adoption ballot's sealed result.
		.addColumn('adoption_evidence', 'text')
		.addColumn('submission_id', 'text', (c) => c.references('submissions.id'))
		.addColumn('submitted_at', 'bigint')
		.addColumn('acknowledge_due_at', 'bigint')
		.addColumn('answer_due_at', 'bigint')
		.addColumn('acknowledged_at', 'bigint')
		.addColumn('acknowledged_by', 'text', (c) => c.references('users.id'))
		// The official the body names as responsible (shown publicly), e.g. "Director, Child Protection Division".
		.addColumn('responsible_official', 'text')
		.addColumn('answered_at', 'bigint')
		// The latest published decision: accepted | partially_accepted | not_accepted | more_time
		.addColumn('decision', 'text')
		.addColumn('extensions', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('withdrawn_at', 'bigint')
		.addColumn('withdrawn_reason', 'text')
		.execute();
	await db.schema.createIndex('recommendations_committee').on('recommendations').columns(['committee_id', 'created_at']).execute();
	await db.schema.createIndex('recommendations_consultation').on('recommendations').columns(['consultation_id']).execute();
	await db.schema.createIndex('recommendations_body').on('recommendations').columns(['body_id', 'status']).execute();

	// The motion a recommendation's adoption ballot votes on is a position of the consultation, marked as such.
	await db.schema.alterTable('positions').addColumn('recommendation_id', 'text', (c) => c.references('recommendations.id')).execute();

	await db.schema
		.createTable('recommendation_positions')
		.addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
		.addColumn('position_id', 'text', (c) => c.notNull().references('positions.id'))
		.addColumn('ord', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('recommendation_positions_pk', ['recommendation_id', 'position_id'])
		.execute();

	// Every saved edit of a draft, by whom. A held edit waits for a facilitator; the draft keeps its last text.
	await db.schema
		.createTable('recommendation_revisions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('rationale', 'text', (c) => c.notNull())
		// published | held | rejected
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('screen_reasons', 'text')
		.addColumn('base_version', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('decided_by', 'text', (c) => c.references('users.id'))
		.addColumn('decided_at', 'bigint')
		.execute();
	await db.schema.createIndex('recommendation_revisions_rec').on('recommendation_revisions').columns(['recommendation_id', 'created_at']).execute();

	await db.schema
		.createTable('responses')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
		.addColumn('official_id', 'text', (c) => c.references('users.id'))
		// accepted | partially_accepted | not_accepted | more_time
		.addColumn('decision', 'text', (c) => c.notNull())
		.addColumn('rationale', 'text', (c) => c.notNull())
		// more_time: the new answer date.
		.addColumn('new_due_at', 'bigint')
		// published | pending_approval (a second "more time" waits for an admin) | refused
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('decided_by', 'text', (c) => c.references('users.id'))
		.addColumn('decided_at', 'bigint')
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('responses_rec').on('responses').columns(['recommendation_id', 'created_at']).execute();

	await db.schema
		.createTable('response_actions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
		.addColumn('response_id', 'text', (c) => c.notNull().references('responses.id').onDelete('cascade'))
		.addColumn('description', 'text', (c) => c.notNull())
		// YYYY-MM-DD, a calendar date of the body's country.
		.addColumn('target_date', 'text', (c) => c.notNull())
		// committed | in_progress | done | dropped
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('ord', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('response_actions_rec').on('response_actions').columns(['recommendation_id', 'ord']).execute();

	await db.schema
		.createTable('progress_updates')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
		.addColumn('action_id', 'text', (c) => c.references('response_actions.id').onDelete('set null'))
		.addColumn('official_id', 'text', (c) => c.references('users.id'))
		.addColumn('body', 'text', (c) => c.notNull())
		// The action's status this update set, if it set one.
		.addColumn('action_status', 'text')
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('progress_updates_rec').on('progress_updates').columns(['recommendation_id', 'created_at']).execute();

	// Each member's view of the answer: understood it? does it answer the recommendation? One row per member.
	await db.schema
		.createTable('recommendation_feedback')
		.addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('understood', 'integer', (c) => c.notNull())
		// yes | partly | no
		.addColumn('answers_it', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('recommendation_feedback_pk', ['recommendation_id', 'user_id'])
		.execute();

	// One follow-up question per member and recommendation, screened; the body's reply beside it.
	await db.schema
		.createTable('follow_up_questions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('body', 'text', (c) => c.notNull())
		// published | held | removed
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('screen_reasons', 'text')
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('reply', 'text')
		.addColumn('replied_by', 'text', (c) => c.references('users.id'))
		.addColumn('replied_at', 'bigint')
		.addUniqueConstraint('follow_up_one_per_member', ['recommendation_id', 'author_id'])
		.execute();

	// A reminder or overdue notice, recorded in the same transaction that queues its emails: the primary key lets
	// only one process, once, send the notice for one deadline (a new date after "more time" is a new deadline).
	await db.schema
		.createTable('deadline_notices')
		.addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
		// acknowledge_soon | acknowledge_overdue | answer_soon | answer_overdue
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('due_at', 'bigint', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('deadline_notices_pk', ['recommendation_id', 'kind', 'due_at'])
		.execute();

	await db.schema
		.createTable('api_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('body_id', 'text', (c) => c.notNull().references('government_bodies.id').onDelete('cascade'))
		.addColumn('label', 'text', (c) => c.notNull())
		// hex SHA-256 of the secret; the secret is shown once, when issued.
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('last_used_at', 'bigint')
		.addColumn('revoked_at', 'bigint')
		.addColumn('revoked_by', 'text', (c) => c.references('users.id'))
		.execute();

	await db.schema
		.createTable('notifications')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('url', 'text', (c) => c.notNull())
		// Same key, same notification: a retried job does not notify twice.
		.addColumn('dedupe_key', 'text', (c) => c.unique())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('read_at', 'bigint')
		.execute();
	await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'created_at']).execute();

	// Which kinds of notification a user also wants by email (a row overrides the kind's default).
	await db.schema
		.createTable('notification_email_prefs')
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('email', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('notification_email_prefs_pk', ['user_id', 'kind'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'notification_email_prefs',
		'notifications',
		'api_tokens',
		'deadline_notices',
		'follow_up_questions',
		'recommendation_feedback',
		'progress_updates',
		'response_actions',
		'responses',
		'recommendation_revisions',
		'recommendation_positions'
	])
		await db.schema.dropTable(table).execute();
	await db.schema.alterTable('positions').dropColumn('recommendation_id').execute();
	await db.schema.dropTable('recommendations').execute();
	await db.schema.dropTable('submissions').execute();
}
