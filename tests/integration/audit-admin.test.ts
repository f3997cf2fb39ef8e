// The audit log as admins read it, and `npm run audit:verify` on a database file, intact and tampered with.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { DomainError } from '../../src/lib/server/errors';
import { listAudit, recordAudit } from '../../src/lib/server/audit/audit-log';
import { sql } from 'kysely';
import { actor, demoDb, demoEmail } from '../helpers';

const run = promisify(execFile);
let db: Db;

beforeAll(async () => {
	db = await demoDb();
});

describe('the audit log for admins', () => {
	it('lists the newest entries first, with who, what and why', async () => {
		await recordAudit(db, { actorId: (await actor(db, demoEmail('facilitator'))).id, action: 'comment.remove', subjectType: 'comment', subjectId: 'x', reason: 'swearing' });
		const [newest] = await listAudit(db, await actor(db, demoEmail('admin')));
		expect(newest).toMatchObject({ actorName: 'Mr Ben', action: 'comment.remove', reason: 'swearing' });
	});

	it('is for platform admins only', async () => {
		for (const who of ['facilitator', 'lead', 'riverkite', 'official']) {
			const e = await listAudit(db, await actor(db, demoEmail(who))).catch((x: unknown) => x);
			expect(e).toBeInstanceOf(DomainError);
		}
	});
});

describe('npm run audit:verify', () => {
	const file = async () => (await sql<{ file: string }>`pragma database_list`.execute(db)).rows[0].file;
	const verify = async () =>
		run(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { env: { ...process.env, DATABASE_PATH: await file() } }).then(
			(r) => ({ code: 0, out: r.stdout }),
			(e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr })
		);

	it('says the chain is intact, and fails with the entry once one is changed', async () => {
		const ok = await verify();
		expect(ok.code).toBe(0);
		expect(ok.out).toMatch(/chain intact/);
		await db.updateTable('audit_log').set({ reason: 'nothing happened' }).where('seq', '=', 2).execute();
		const broken = await verify();
		expect(broken.code).toBe(1);
		expect(broken.out).toMatch(/BROKEN at entry 2/);
	});
});
