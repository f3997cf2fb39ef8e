// Playwright's web server: the production entry (server.ts, which serves build/ and attaches socket.io) on a fresh
// SQLite file with the demo network seeded. The file's path goes to .test-output/e2e-db-path so tests can read the
// outbox (guardian consent links) and ids; the temporary directory is removed when the server stops.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// E2E_PORT lets two checkouts on one machine run their end-to-end tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://localhost:${PORT}`;
const pathFile = path.resolve('.test-output/e2e-db-path');
const prefix = path.join(os.tmpdir(), 'yv-e2e-');

// A run that was killed before it could clean up leaves its directory behind: remove it now.
try {
	const previous = path.dirname(fs.readFileSync(pathFile, 'utf8').trim());
	if (previous.startsWith(prefix)) fs.rmSync(previous, { recursive: true, force: true });
} catch {
	// no previous run
}

const dir = fs.mkdtempSync(prefix);
const dbPath = path.join(dir, 'e2e.db');
process.env.DATABASE_PATH = dbPath;
process.env.PORT = String(PORT);
process.env.ORIGIN = ORIGIN;
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const { getDb } = await import('../../src/lib/server/db/index');
const { migrateToLatest } = await import('../../src/lib/server/db/migrate');
const { seedDemo } = await import('../../scripts/demo-seed');

const db = getDb();
await migrateToLatest(db);
await seedDemo(db, ORIGIN);

fs.mkdirSync(path.dirname(pathFile), { recursive: true });
fs.writeFileSync(pathFile, dbPath + '\n');
console.log(`e2e database: ${dbPath}`);

await import('../../server');
