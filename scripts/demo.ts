// `npm run demo`: build if the sources changed, migrate the SQLite file, seed the demo network, serve on PORT (3000).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath, getDb } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { demoAccounts, DEMO_PASSWORD, seedDemo } from './demo-seed';

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? (entry.name === 'paraglide' ? 0 : newestMtime(full)) : fs.statSync(full).mtimeMs);
	}
	return newest;
}

const handler = path.resolve('build/handler.js');
const sources = Math.max(...['src', 'messages', 'migrations', 'static'].map(newestMtime), fs.statSync('svelte.config.js').mtimeMs, fs.statSync('vite.config.ts').mtimeMs);
if (!fs.existsSync(handler) || fs.statSync(handler).mtimeMs < sources) {
	console.log('Building the app…');
	execSync('npx vite build', { stdio: 'inherit' });
}

const port = process.env.PORT ?? '3000';
process.env.PORT = port;
const origin = (process.env.ORIGIN ??= `http://localhost:${port}`);
const db = getDb();
await migrateToLatest(db);
const result = await seedDemo(db, origin);
console.log(result === 'seeded' ? `Seeded the demo into ${databasePath()}` : `Demo data already in ${databasePath()}`);
console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD}):`);
for (const a of demoAccounts) console.log(`  ${a.email.padEnd(36)} ${a.role.padEnd(18)} ${a.note}`);
console.log('');

// Development mail goes through SMTP as in production: without SMTP_URL the demo starts a real SMTP server on this
// machine (the smtp-server package, as the tests do) and prints each email it receives, links included.
if (!process.env.SMTP_URL) {
	const { startSmtp } = await import('../tests/smtp');
	const smtp = await startSmtp(0, (email) => console.log(`\n--- email to ${email.to}: ${email.subject}\n${email.text}\n---`));
	process.env.SMTP_URL = smtp.url;
	console.log(`Emails go to a local SMTP server at ${smtp.url} and are printed here.`);
}

await import('../server');
