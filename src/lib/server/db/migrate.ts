// Runs the migrations in migrations/ with Kysely's Migrator: at app start, by `npm run migrate`, and in tests.
import { Migrator, type MigrationProvider } from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { Db } from './index';

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
	// Branches land their numbered migrations in parallel (0006 was merged before 0005 once): a database that already
	// ran a later one still runs an earlier one that arrives afterwards. Migrations must therefore not depend on the
	// ones numbered just before them unless both landed together.
	const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
	const { error, results } = await migrator.migrateToLatest();
	if (error) throw error instanceof Error ? error : new Error(String(error));
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
