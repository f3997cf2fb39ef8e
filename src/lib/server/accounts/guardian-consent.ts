// Safeguarding rule 7: a member under the age of digital consent can read but not write until a guardian
// follows the emailed link and confirms. Links expire; the young person can ask for a new one.
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { newId, newToken, sha256Hex } from '../ids';
import { DAY_MS, MINUTE_MS } from '../clock';
import { requireSignedIn, type Actor } from '../auth/guards';
import { enqueueEmail } from '../notifications/email-outbox';
import { localeOr, m } from '../i18n';
import { recordAudit } from '../audit/audit-log';

export const CONSENT_LINK_TTL_MS = 7 * DAY_MS;
export const RESEND_AFTER_MS = 10 * MINUTE_MS;

/** Creates a consent request and queues the guardian's email. Call inside the sign-up transaction. */
export async function requestGuardianConsent(
	db: Db,
	input: { userId: string; guardianEmail: string; baseUrl: string },
	now = Date.now()
): Promise<void> {
	const user = await db
		.selectFrom('users')
		.innerJoin('memberships', 'memberships.user_id', 'users.id')
		.innerJoin('committees', 'committees.id', 'memberships.committee_id')
		.select(['users.display_name', 'users.locale', 'committees.name as committee_name'])
		.where('users.id', '=', input.userId)
		.executeTakeFirstOrThrow();
	const token = newToken();
	await db
		.insertInto('guardian_consents')
		.values({
			id: newId(),
			user_id: input.userId,
			guardian_email: input.guardianEmail.trim().toLowerCase(),
			token_hash: sha256Hex(token),
			created_at: now,
			expires_at: now + CONSENT_LINK_TTL_MS
		})
		.execute();
	const locale = localeOr(user.locale);
	await enqueueEmail(
		db,
		{
			to: input.guardianEmail,
			subject: m.email_consent_subject({ name: user.display_name }, { locale }),
			text: m.email_consent_body(
				{ name: user.display_name, committee: user.committee_name, link: `${input.baseUrl}/consent/${token}`, days: CONSENT_LINK_TTL_MS / DAY_MS },
				{ locale }
			)
		},
		now
	);
}

async function findConsent(db: Db, token: string, now: number) {
	const row = await db
		.selectFrom('guardian_consents')
		.innerJoin('users', 'users.id', 'guardian_consents.user_id')
		.select(['guardian_consents.id', 'guardian_consents.user_id', 'guardian_consents.expires_at', 'guardian_consents.consented_at', 'users.display_name', 'users.status'])
		.where('guardian_consents.token_hash', '=', sha256Hex(token))
		.executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_consent_link_invalid');
	if (row.consented_at === null && row.expires_at <= now) throw new DomainError('invalid', 'error_consent_link_expired');
	return row;
}

/** What the guardian sees before confirming: the young person's display name and whether consent was given. */
export async function getConsentRequest(db: Db, token: string, now = Date.now()) {
	const row = await findConsent(db, token, now);
	return { displayName: row.display_name, alreadyGiven: row.consented_at !== null };
}

export async function giveGuardianConsent(db: Db, token: string, now = Date.now()): Promise<void> {
	const row = await findConsent(db, token, now);
	if (row.consented_at !== null) return;
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('guardian_consents').set({ consented_at: now }).where('id', '=', row.id).execute();
		await trx
			.updateTable('users')
			.set({ status: 'active', updated_at: now })
			.where('id', '=', row.user_id)
			.where('status', '=', 'pending_guardian_consent')
			.execute();
		await recordAudit(trx, { actorId: null, action: 'guardian_consent.given', subjectType: 'user', subjectId: row.user_id }, now);
	});
}

/** The young person asks for the email again (e.g. the link expired). At most once every RESEND_AFTER_MS. */
export async function resendGuardianConsent(db: Db, actor: Actor, baseUrl: string, now = Date.now()): Promise<void> {
	const me = requireSignedIn(actor);
	if (me.status !== 'pending_guardian_consent') throw new DomainError('conflict', 'error_consent_not_needed');
	const last = await db
		.selectFrom('guardian_consents')
		.select(['guardian_email', 'created_at'])
		.where('user_id', '=', me.id)
		.orderBy('created_at', 'desc')
		.executeTakeFirst();
	if (!last) throw new DomainError('not_found', 'error_consent_link_invalid');
	if (now - last.created_at < RESEND_AFTER_MS) {
		throw new DomainError('rate_limited', 'error_consent_resend_too_soon', { minutes: Math.ceil((RESEND_AFTER_MS - (now - last.created_at)) / MINUTE_MS) });
	}
	await db.transaction().execute((trx) => requestGuardianConsent(trx, { userId: me.id, guardianEmail: last.guardian_email, baseUrl }, now));
}
