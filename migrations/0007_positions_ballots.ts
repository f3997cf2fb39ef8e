// Positions the committee takes on a consultation, and ballots on them: options, eligible voters (a snapshot taken
// when the ballot opens), votes (one per voter, with a receipt) and the result sealed at close.
// Frozen once landed: later changes go in a new numbered file.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('positions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
		.addColumn('section_id', 'text', (c) => c.references('sections.id').onDelete('set null'))
		.addColumn('statement', 'text', (c) => c.notNull())
		.addColumn('proposer_id', 'text', (c) => c.notNull().references('users.id'))
		// held | proposed | in_ballot | merged | removed
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('merged_into', 'text', (c) => c.references('positions.id'))
		.addColumn('screen_reasons', 'text')
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('positions_consultation').on('positions').columns(['consultation_id', 'created_at']).execute();

	await db.schema
		.createTable('position_cosigns')
		.addColumn('position_id', 'text', (c) => c.notNull().references('positions.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('position_cosigns_pk', ['position_id', 'user_id'])
		.execute();

	await db.schema
		.createTable('position_comments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('position_id', 'text', (c) => c.notNull().references('positions.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('body', 'text', (c) => c.notNull())
		// published | held | removed
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('screen_reasons', 'text')
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('position_comments_position').on('position_comments').columns(['position_id', 'created_at']).execute();

	await db.schema
		.createTable('ballots')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('method', 'text', (c) => c.notNull())
		// JSON: [{ key, label, role }] for single choice.
		.addColumn('options', 'text', (c) => c.notNull())
		.addColumn('opens_at', 'bigint', (c) => c.notNull())
		.addColumn('closes_at', 'bigint', (c) => c.notNull())
		.addColumn('closed_at', 'bigint')
		.addColumn('quorum_percent', 'integer', (c) => c.notNull())
		.addColumn('threshold', 'text', (c) => c.notNull())
		.addColumn('secret', 'integer', (c) => c.notNull())
		.addColumn('live_results', 'integer', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		// Set when the eligible voters were taken (at or after opens_at, by the first request that needed them).
		.addColumn('snapshot_at', 'bigint')
		.addColumn('eligible_count', 'integer')
		// JSON of the count, written once after the close; `npm run ballot:recount` checks it against the votes.
		.addColumn('result', 'text')
		.addColumn('sealed_at', 'bigint')
		.execute();
	await db.schema.createIndex('ballots_consultation').on('ballots').columns(['consultation_id', 'created_at']).execute();

	await db.schema
		.createTable('ballot_positions')
		.addColumn('ballot_id', 'text', (c) => c.notNull().references('ballots.id').onDelete('cascade'))
		.addColumn('position_id', 'text', (c) => c.notNull().references('positions.id'))
		.addColumn('ord', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('ballot_positions_pk', ['ballot_id', 'position_id'])
		.execute();

	await db.schema
		.createTable('ballot_voters')
		.addColumn('ballot_id', 'text', (c) => c.notNull().references('ballots.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
		.addPrimaryKeyConstraint('ballot_voters_pk', ['ballot_id', 'user_id'])
		.execute();

	await db.schema
		.createTable('votes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('ballot_id', 'text', (c) => c.notNull().references('ballots.id').onDelete('cascade'))
		.addColumn('voter_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('choice', 'text', (c) => c.notNull())
		.addColumn('nonce', 'text', (c) => c.notNull())
		.addColumn('receipt', 'text', (c) => c.notNull())
		// Starts at 1 and grows with every change: a form carries the version it changes, so a replayed post or a
		// second tab cannot overwrite a newer vote unseen.
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('cast_at', 'bigint', (c) => c.notNull())
		.addUniqueConstraint('votes_one_per_voter', ['ballot_id', 'voter_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['votes', 'ballot_voters', 'ballot_positions', 'ballots', 'position_comments', 'position_cosigns', 'positions']) await db.schema.dropTable(table).execute();
}
