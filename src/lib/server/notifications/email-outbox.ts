// Email goes through an outbox table: enqueued in the same transaction as the action that causes it, then sent by
// a scheduled job (jobs.ts) that claims each row, retries with backoff and marks it sent, so an email is never lost
// and never sent twice.
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

/**
 * How long a process owns an email it claimed: another process may take it over after this, if the first died
 * between claiming and recording the result. Longer than the SMTP timeouts below, so a slow send is never taken over.
 */
export const CLAIM_LEASE_MS = 5 * MINUTE_MS;

/**
 * Sends every due email once; failures wait 1, 2, 4, … minutes, up to MAX_ATTEMPTS. Returns how many were sent.
 * Safe to run in several processes at once: each row is claimed by one conditional UPDATE before it is sent (moving
 * its next attempt past the lease), so two runs never send the same email.
 */
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
		if (!(await claim(db, row.id, now))) continue;
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

/** Takes a due row for this run; false when another run took it (or sent it) since it was read. */
async function claim(db: Db, id: string, now: number): Promise<boolean> {
	const result = await db
		.updateTable('email_outbox')
		.set({ next_attempt_at: now + CLAIM_LEASE_MS })
		.where('id', '=', id)
		.where('sent_at', 'is', null)
		.where('next_attempt_at', '<=', now)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** SMTP when SMTP_URL is set (smtp://user:pass@host:port); otherwise the email is printed, and stays in the outbox table. */
export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): EmailTransport {
	const from = env.EMAIL_FROM || 'Youth Voice <no-reply@localhost>';
	if (env.SMTP_URL) {
		// Timeouts well inside CLAIM_LEASE_MS: a send that hangs fails and is retried, never sent twice.
		const smtp = nodemailer.createTransport({ url: env.SMTP_URL, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
		return { send: async (email) => void (await smtp.sendMail({ from, ...email })) };
	}
	return {
		send: async (email) => {
			console.log(`\n--- email to ${email.to}: ${email.subject}\n${email.text}\n---`);
		}
	};
}
