// Email goes through an outbox table: enqueued in the same transaction as the action that causes it, then sent by
// a worker that retries with backoff and marks each row sent, so an email is never lost and never sent twice.
import nodemailer from 'nodemailer';
import type { Db } from '../db/index';
import { newId } from '../ids';
import { MINUTE_MS } from '../clock';

export interface OutgoingEmail {
	to: string;
	subject: string;
	text: string;
	/** Enqueueing the same key again is a no-op. */
	dedupeKey?: string;
}

export interface EmailTransport {
	send(email: { to: string; subject: string; text: string }): Promise<void>;
}

export const MAX_ATTEMPTS = 8;

/** Where links in emails point when the caller has no request to take the address from (ORIGIN, as server.ts sets it). */
export function publicBaseUrl(): string {
	return process.env.ORIGIN ?? 'http://localhost:3000';
}

export async function enqueueEmail(db: Db, email: OutgoingEmail, now = Date.now()): Promise<void> {
	await db
		.insertInto('email_outbox')
		.values({
			id: newId(),
			to_address: email.to,
			subject: email.subject,
			body_text: email.text,
			dedupe_key: email.dedupeKey ?? null,
			created_at: now,
			next_attempt_at: now
		})
		.onConflict((oc) => oc.column('dedupe_key').doNothing())
		.execute();
}

/** Sends every due email once; failures wait 1, 2, 4, … minutes, up to MAX_ATTEMPTS. Returns how many were sent. */
export async function deliverDueEmails(db: Db, transport: EmailTransport, now = Date.now()): Promise<number> {
	const due = await db
		.selectFrom('email_outbox')
		.selectAll()
		.where('sent_at', 'is', null)
		.where('next_attempt_at', '<=', now)
		.where('attempts', '<', MAX_ATTEMPTS)
		.orderBy('created_at')
		.limit(50)
		.execute();
	let sent = 0;
	for (const row of due) {
		try {
			await transport.send({ to: row.to_address, subject: row.subject, text: row.body_text });
			await db.updateTable('email_outbox').set({ sent_at: Date.now(), attempts: row.attempts + 1, last_error: null }).where('id', '=', row.id).execute();
			sent++;
		} catch (error) {
			await db
				.updateTable('email_outbox')
				.set({
					attempts: row.attempts + 1,
					next_attempt_at: now + MINUTE_MS * 2 ** row.attempts,
					last_error: String(error instanceof Error ? error.message : error).slice(0, 500)
				})
				.where('id', '=', row.id)
				.execute();
		}
	}
	return sent;
}

/** SMTP when SMTP_URL is set (smtp://user:pass@host:port); otherwise the email is printed, and stays in the outbox table. */
export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): EmailTransport {
	const from = env.EMAIL_FROM || 'Youth Voice <no-reply@localhost>';
	if (env.SMTP_URL) {
		const smtp = nodemailer.createTransport(env.SMTP_URL);
		return { send: async (email) => void (await smtp.sendMail({ from, ...email })) };
	}
	return {
		send: async (email) => {
			console.log(`\n--- email to ${email.to}: ${email.subject}\n${email.text}\n---`);
		}
	};
}

const key = Symbol.for('youth-voice.email-worker');
type WithWorker = typeof globalThis & { [key]?: NodeJS.Timeout };

/** Polls the outbox every few seconds; once per process. */
export function startEmailWorker(db: Db, transport = transportFromEnv(), everyMs = 2000): void {
	const g = globalThis as WithWorker;
	if (g[key]) return;
	let running = false;
	g[key] = setInterval(async () => {
		if (running) return;
		running = true;
		try {
			await deliverDueEmails(db, transport);
		} catch (error) {
			console.error('email worker:', error);
		} finally {
			running = false;
		}
	}, everyMs);
	g[key].unref();
}

export function stopEmailWorker(): void {
	const g = globalThis as WithWorker;
	clearInterval(g[key]);
	g[key] = undefined;
}
