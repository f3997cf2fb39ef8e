// `npm run audit:verify`: checks the audit log's hash chain in the database at DATABASE_PATH (default
// data/youth-voice.db). Prints what it found; exits 1 if an entry was changed, removed or inserted out of order.
import { closeDb, databasePath, getDb } from '../src/lib/server/db/index';
import { verifyAuditChain } from '../src/lib/server/audit/audit-log';

const check = await verifyAuditChain(getDb());
await closeDb();
if (check.ok) console.log(`${databasePath()}: audit log of ${check.entries} entries, chain intact`);
else {
	console.error(`${databasePath()}: audit log of ${check.entries} entries BROKEN at entry ${check.brokenAt}: it was changed, removed or inserted out of order`);
	process.exit(1);
}
