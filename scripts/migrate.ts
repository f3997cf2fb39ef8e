// `npm run migrate`: brings the database at DATABASE_PATH up to the latest migration.
import { closeDb, databasePath, getDb } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';

const applied = await migrateToLatest(getDb());
console.log(applied.length ? `Applied ${applied.join(', ')} to ${databasePath()}` : `${databasePath()} is up to date`);
await closeDb();
