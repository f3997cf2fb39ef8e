// Runs the migrations in migrations/ with Kysely's Migrator: at app start, by `npm run migrate`, and in tests.
import { Migrator, type MigrationProvider } from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { Db } from './index';

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
	const migrator = new Migrator({ db, provider });
	const { error, results } = await migrator.migrateToLatest();
	if (error) throw error instanceof Error ? error : new Error(String(error));
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
