// A notification's email through nodemailer to a real SMTP server (tests/smtp.ts): it arrives once, whether the
// delivery runs twice or two processes deliver at the same moment, and a refused or unreachable server is retried.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, type Db } from '../../src/lib/server/db/index';
import { deliverDueEmails, transportFromEnv } from '../../src/lib/server/notifications/email-outbox';
import { notify } from '../../src/lib/server/notifications/notify';
import { MINUTE_MS } from '../../src/lib/server/clock';
import { actor, demoDb, demoEmail, tempDbPath } from '../helpers';
import { startSmtp, type TestSmtp } from '../smtp';

let file: string;
let db: Db;
/** A second connection to the same file: another app process. */
let other: Db;
let smtp: TestSmtp;
let officialId: string;
let n = 0;

beforeAll(async () => {
	file = tempDbPath();
	db = await demoDb(file);
	other = openSqlite(file);
	smtp = await startSmtp();
	officialId = (await actor(db, demoEmail('official'))).id;
});

beforeEach(async () => {
	// Each story starts with nothing due (the demo seed queued emails of its own) and nothing received.
	await db.updateTable('email_outbox').set({ sent_at: 0 }).where('sent_at', 'is', null).execute();
	smtp.received.length = 0;
});

afterAll(async () => {
	await smtp.close();
	await other.destroy();
	await db.destroy();
});

/** A deadline notice for the demo official (deadlines come by email unless they said otherwise). */
async function deadlineNotice(now = Date.now()): Promise<string> {
	const title = `Deadline ${++n}: answer the Child Online Protection recommendation — “café” week`;
	await notify(db, { userId: officialId, kind: 'deadline', title, body: 'The answer is due in 3 days — 3 = soon, café.', url: '/committees' }, now);
	return title;
}

describe('emails through a real SMTP server', () => {
	it('delivers a notification’s email once, even when the delivery runs again', async () => {
		const title = await deadlineNotice();
		const transport = transportFromEnv({ SMTP_URL: smtp.url, EMAIL_FROM: 'Youth Voice <no-reply@youthvoice.test>' });
		expect(await deliverDueEmails(db, transport)).toBe(1);
		expect(await deliverDueEmails(db, transport)).toBe(0);
		expect(smtp.received).toHaveLength(1);
		const [email] = smtp.received;
		expect(email.to).toBe(demoEmail('official'));
		expect(email.subject).toBe(title);
		expect(email.text).toBe('The answer is due in 3 days — 3 = soon, café.\n\nhttp://localhost:3000/committees');
		expect(email.raw).toMatch(/^Content-Transfer-Encoding: quoted-printable/m);
		expect(email.raw).toMatch(/^From: Youth Voice <no-reply@youthvoice\.test>/m);
	});

	it('sends once when two processes deliver at the same moment', async () => {
		const titles = [await deadlineNotice(), await deadlineNotice(), await deadlineNotice()];
		const transport = transportFromEnv({ SMTP_URL: smtp.url });
		const [a, b] = await Promise.all([deliverDueEmails(db, transport), deliverDueEmails(other, transport)]);
		expect(a + b).toBe(3);
		expect(smtp.received.map((e) => e.subject).sort()).toEqual([...titles].sort());
	});

	it('retries when the server refuses, waiting longer each time, and then delivers once', async () => {
		const now = Date.now();
		const title = await deadlineNotice(now);
		const transport = transportFromEnv({ SMTP_URL: smtp.url });
		smtp.rejectNext(2);
		expect(await deliverDueEmails(db, transport, now)).toBe(0);
		const row = await db.selectFrom('email_outbox').selectAll().where('subject', '=', title).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ attempts: 1, sent_at: null, next_attempt_at: now + MINUTE_MS });
		expect(row.last_error).toMatch(/451/);
		expect(await deliverDueEmails(db, transport, now + 30_000)).toBe(0); // not due yet: nothing tried
		expect(await deliverDueEmails(db, transport, now + MINUTE_MS)).toBe(0); // refused again: the next try waits 2 minutes
		expect(await deliverDueEmails(db, transport, now + 2 * MINUTE_MS)).toBe(0); // not due yet
		expect(await deliverDueEmails(db, transport, now + 3 * MINUTE_MS)).toBe(1);
		expect(await deliverDueEmails(db, transport, now + 10 * MINUTE_MS)).toBe(0);
		expect(smtp.received.map((e) => e.subject)).toEqual([title]);
	});

	it('retries when the server is down, and delivers once when it is back', async () => {
		const down = await startSmtp();
		const port = down.port;
		await down.close();
		const now = Date.now();
		const title = await deadlineNotice(now);
		const transport = transportFromEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` });
		expect(await deliverDueEmails(db, transport, now)).toBe(0);
		const row = await db.selectFrom('email_outbox').selectAll().where('subject', '=', title).executeTakeFirstOrThrow();
		expect(row).toMatchObject({ attempts: 1, sent_at: null });
		expect(row.last_error).toMatch(/ECONNREFUSED/);

		const back = await startSmtp(port);
		try {
			expect(await deliverDueEmails(db, transport, now + MINUTE_MS)).toBe(1);
			expect(await deliverDueEmails(db, transport, now + 5 * MINUTE_MS)).toBe(0);
			expect(back.received.map((e) => e.subject)).toEqual([title]);
		} finally {
			await back.close();
		}
	});
});
