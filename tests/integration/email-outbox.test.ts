import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { MAX_ATTEMPTS, deliverDueEmails, enqueueEmail, type EmailTransport } from '../../src/lib/server/notifications/email-outbox';
import { MINUTE_MS } from '../../src/lib/server/clock';
import { testDb } from '../helpers';

let db: Db;
beforeAll(async () => {
	db = await testDb();
});

function recorder(failTimes = 0): EmailTransport & { sent: string[] } {
	let failures = 0;
	const sent: string[] = [];
	return {
		sent,
		async send(email) {
			if (failures++ < failTimes) throw new Error('SMTP is down');
			sent.push(`${email.to}:${email.subject}`);
		}
	};
}

describe('the email outbox', () => {
	it('sends each email once, and the same dedupe key only once', async () => {
		const t = recorder();
		await enqueueEmail(db, { to: 'a@example.test', subject: 'one', text: 'x', dedupeKey: 'k1' });
		await enqueueEmail(db, { to: 'a@example.test', subject: 'one again', text: 'x', dedupeKey: 'k1' });
		expect(await deliverDueEmails(db, t)).toBe(1);
		expect(await deliverDueEmails(db, t)).toBe(0);
		expect(t.sent).toEqual(['a@example.test:one']);
	});

	it('retries a failed send later, with growing waits, and gives up after MAX_ATTEMPTS', async () => {
		const now = Date.now();
		await enqueueEmail(db, { to: 'b@example.test', subject: 'retry', text: 'x' }, now);
		const t = recorder(2);
		expect(await deliverDueEmails(db, t, now)).toBe(0);
		expect(await deliverDueEmails(db, t, now + 30_000)).toBe(0); // not due yet
		const row = await db.selectFrom('email_outbox').selectAll().where('subject', '=', 'retry').executeTakeFirstOrThrow();
		expect(row).toMatchObject({ attempts: 1, last_error: 'SMTP is down', next_attempt_at: now + MINUTE_MS });
		expect(await deliverDueEmails(db, t, now + MINUTE_MS)).toBe(0);
		expect(await deliverDueEmails(db, t, now + 3 * MINUTE_MS)).toBe(1);
		expect(t.sent).toEqual(['b@example.test:retry']);

		await enqueueEmail(db, { to: 'c@example.test', subject: 'never', text: 'x' }, now);
		const broken = recorder(1000);
		for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await deliverDueEmails(db, broken, now + 2 ** i * MINUTE_MS * 2);
		const dead = await db.selectFrom('email_outbox').selectAll().where('subject', '=', 'never').executeTakeFirstOrThrow();
		expect(dead.attempts).toBe(MAX_ATTEMPTS);
		expect(dead.sent_at).toBeNull();
	});
});
