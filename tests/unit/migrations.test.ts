import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { testDb } from '../helpers';

describe('migrations', () => {
	it('lists every migration file in migrations/index.ts, in order', () => {
		const files = fs
			.readdirSync('migrations')
			.filter((f) => /^\d{4}_.+\.ts$/.test(f))
			.map((f) => f.replace(/\.ts$/, ''))
			.sort();
		expect(Object.keys(migrations)).toEqual(files);
	});

	it('migrates a fresh database, and a second run changes nothing', async () => {
		const db = await testDb();
		const { migrateToLatest } = await import('../../src/lib/server/db/migrate');
		expect(await migrateToLatest(db)).toEqual([]);
		const tables = await db.introspection.getTables();
		expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['users', 'sessions', 'committees', 'memberships', 'invitations', 'audit_log', 'email_outbox']));
	});
});
