import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../src/lib/server/db/index';
import { recordAudit, verifyAuditChain } from '../../src/lib/server/audit/audit-log';
import { testDb } from '../helpers';

let db: Db;
beforeAll(async () => {
	db = await testDb();
	for (let i = 0; i < 5; i++) await recordAudit(db, { actorId: 'someone', action: 'test.action', reason: `reason ${i}`, data: { i } });
});

describe('the audit log', () => {
	it('chains each entry to the one before', async () => {
		expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 5 });
	});

	it('notices an edited reason', async () => {
		await db.updateTable('audit_log').set({ reason: 'rewritten' }).where('seq', '=', 3).execute();
		expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
		await db.updateTable('audit_log').set({ reason: 'reason 2' }).where('seq', '=', 3).execute();
		expect((await verifyAuditChain(db)).ok).toBe(true);
	});

	it('notices a deleted entry', async () => {
		await sql`delete from audit_log where seq = 2`.execute(db);
		expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
	});
});
