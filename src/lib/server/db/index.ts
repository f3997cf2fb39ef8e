// The Kysely instance: better-sqlite3 on one file (WAL, foreign keys, busy timeout) by default.
// One instance per process, kept on globalThis so the SvelteKit bundle and server.ts (loaded by tsx) share it.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export function openSqlite(file: string): Db {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	const sqlite = new SQLite(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	cacheStatements(sqlite);
	return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing is a measurable share of a page's cost (`npm run
 * bench`, consultation_page_rps). Prepared statements are reusable, so keep the most recent ones by their SQL.
 */
function cacheStatements(sqlite: SQLite.Database, size = 500): void {
	const prepare = sqlite.prepare.bind(sqlite);
	const cache = new Map<string, SQLite.Statement>();
	sqlite.prepare = ((sql: string) => {
		let statement = cache.get(sql);
		if (statement) {
			cache.delete(sql);
		} else {
			statement = prepare(sql);
			if (cache.size >= size) cache.delete(cache.keys().next().value as string);
		}
		cache.set(sql, statement);
		return statement;
	}) as typeof sqlite.prepare;
}

export function databasePath(): string {
	return process.env.DATABASE_PATH || 'data/youth-voice.db';
}

const key = Symbol.for('youth-voice.db');
type WithDb = typeof globalThis & { [key]?: Db };

/** The process-wide database, opened on first use. */
export function getDb(): Db {
	const g = globalThis as WithDb;
	g[key] ??= openSqlite(databasePath());
	return g[key];
}

export async function closeDb(): Promise<void> {
	const g = globalThis as WithDb;
	const db = g[key];
	g[key] = undefined;
	await db?.destroy();
}
