import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { DomainError } from '../../src/lib/server/errors';
import { HOUR_MS, DAY_MS } from '../../src/lib/server/clock';
import { validateSessionToken } from '../../src/lib/server/auth/session';
import { signIn } from '../../src/lib/server/accounts/sign-in';
import { changePassword, checkPasswordResetToken, requestPasswordReset, resetPassword } from '../../src/lib/server/accounts/passwords';
import { giveGuardianConsent, getConsentRequest, resendGuardianConsent, CONSENT_LINK_TTL_MS } from '../../src/lib/server/accounts/guardian-consent';
import { createStaffAccount } from '../../src/lib/server/accounts/staff';
import { requireCanWrite } from '../../src/lib/server/auth/guards';
import { createInvitation, signUpWithInvitation } from '../../src/lib/server/committees/invitations';
import { DEMO_PASSWORD } from '../../scripts/demo-seed';
import { actor, BASE_URL, committeeId, demoDb, demoEmail, tokenFromOutbox } from '../helpers';

let db: Db;
beforeAll(async () => {
	db = await demoDb();
});

let ipCounter = 0;
const freshIp = () => `10.0.0.${++ipCounter}`;

async function errorOf(work: Promise<unknown> | (() => unknown)): Promise<DomainError> {
	try {
		await (typeof work === 'function' ? work() : work);
	} catch (e) {
		expect(e).toBeInstanceOf(DomainError);
		return e as DomainError;
	}
	throw new Error('expected a DomainError');
}

describe('signing in', () => {
	it('signs in with the right password, whatever the case of the email', async () => {
		const { token } = await signIn(db, { email: '  RiverKite@Demo.YouthVoice.test ', password: DEMO_PASSWORD, ip: freshIp() });
		expect((await validateSessionToken(db, token)).user?.display_name).toBe('RiverKite');
	});

	it('says the same thing for an unknown email and a wrong password', async () => {
		const unknown = await errorOf(signIn(db, { email: 'nobody@example.test', password: 'whatever', ip: freshIp() }));
		const wrong = await errorOf(signIn(db, { email: demoEmail('mangostar'), password: 'wrong password', ip: freshIp() }));
		expect(unknown.messageKey).toBe('error_wrong_email_or_password');
		expect(wrong.messageKey).toBe(unknown.messageKey);
	});

	it('throttles an account after 5 failures, even with the right password, with a message saying how long', async () => {
		const email = demoEmail('noodlefox');
		for (let i = 0; i < 5; i++) await errorOf(signIn(db, { email, password: 'nope', ip: freshIp() }));
		const error = await errorOf(signIn(db, { email, password: DEMO_PASSWORD, ip: freshIp() }));
		expect(error.code).toBe('rate_limited');
		expect(error.params.minutes).toBeGreaterThan(0);
	});

	it('throttles an address that tries many accounts', async () => {
		const ip = freshIp();
		for (let i = 0; i < 30; i++) await errorOf(signIn(db, { email: `guess${i}@example.test`, password: 'x', ip }));
		expect((await errorOf(signIn(db, { email: demoEmail('jeepneyjo'), password: DEMO_PASSWORD, ip }))).code).toBe('rate_limited');
	});
});

describe('passwords', () => {
	it('changing the password ends every other session and keeps the person signed in', async () => {
		const email = demoEmail('sampaguita');
		const other = await signIn(db, { email, password: DEMO_PASSWORD, ip: freshIp() });
		const me = await actor(db, email);
		expect((await errorOf(changePassword(db, me, { currentPassword: 'wrong', newPassword: 'another long password' }))).field).toBe('currentPassword');
		const { token } = await changePassword(db, me, { currentPassword: DEMO_PASSWORD, newPassword: 'another long password' });
		expect((await validateSessionToken(db, other.token)).user).toBeNull();
		expect((await validateSessionToken(db, token)).user?.display_name).toBe('Sampaguita');
		await signIn(db, { email, password: 'another long password', ip: freshIp() });
	});

	it('resets a password through a one-time emailed link that expires', async () => {
		const email = demoEmail('jeepneyjo');
		const before = await signIn(db, { email, password: DEMO_PASSWORD, ip: freshIp() });
		await requestPasswordReset(db, { email, baseUrl: BASE_URL });
		const token = await tokenFromOutbox(db, email, 'reset-password');
		await checkPasswordResetToken(db, token);
		await resetPassword(db, { token, newPassword: 'a brand new password' });
		expect((await validateSessionToken(db, before.token)).user).toBeNull();
		expect((await errorOf(resetPassword(db, { token, newPassword: 'again a new password' }))).messageKey).toBe('error_reset_link_invalid');
		await signIn(db, { email, password: 'a brand new password', ip: freshIp() });

		await requestPasswordReset(db, { email, baseUrl: BASE_URL });
		const late = await tokenFromOutbox(db, email, 'reset-password');
		expect((await errorOf(checkPasswordResetToken(db, late, Date.now() + 3 * HOUR_MS))).messageKey).toBe('error_reset_link_expired');
	});

	it('sends nothing, and says nothing different, for an unknown email', async () => {
		const count = async () => Number((await db.selectFrom('email_outbox').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
		const n = await count();
		await requestPasswordReset(db, { email: 'nobody@example.test', baseUrl: BASE_URL });
		expect(await count()).toBe(n);
	});
});

describe('guardian consent', () => {
	async function under13() {
		const facilitator = await actor(db, demoEmail('facilitator'));
		const { token } = await createInvitation(db, facilitator, { committeeId: await committeeId(db, 'Bangkok') });
		const n = Math.random().toString(36).slice(2, 8);
		const guardianEmail = `parent-${n}@example.test`;
		const base = {
			token,
			displayName: `Little ${n}`,
			realName: 'Small Person',
			email: `small-${n}@example.test`,
			password: 'a long enough password',
			birthYear: new Date().getUTCFullYear() - 11,
			birthMonth: 1,
			country: 'TH',
			baseUrl: BASE_URL
		};
		expect((await errorOf(signUpWithInvitation(db, { ...base, guardianEmail: null }))).messageKey).toBe('error_guardian_email_required');
		expect((await errorOf(signUpWithInvitation(db, { ...base, guardianEmail: base.email }))).messageKey).toBe('error_guardian_email_same');
		const result = await signUpWithInvitation(db, { ...base, guardianEmail });
		return { ...result, guardianEmail, email: base.email };
	}

	it('keeps an under-13 account read-only until a guardian follows the emailed link', async () => {
		const child = await under13();
		expect(child.pendingConsent).toBe(true);
		const me = await actor(db, child.email);
		expect(me.status).toBe('pending_guardian_consent');
		expect((await errorOf(() => requireCanWrite(me))).messageKey).toBe('error_awaiting_guardian_consent');

		const token = await tokenFromOutbox(db, child.guardianEmail, 'consent');
		expect((await getConsentRequest(db, token)).alreadyGiven).toBe(false);
		await giveGuardianConsent(db, token);
		await giveGuardianConsent(db, token); // a second click changes nothing
		const after = await actor(db, child.email);
		expect(after.status).toBe('active');
		expect(() => requireCanWrite(after)).not.toThrow();
		const audit = await db.selectFrom('audit_log').select('action').where('subject_id', '=', child.userId).execute();
		expect(audit.map((a) => a.action)).toContain('guardian_consent.given');
	});

	it('refuses an expired consent link, and the young person can send a new one (not too often)', async () => {
		const child = await under13();
		const token = await tokenFromOutbox(db, child.guardianEmail, 'consent');
		const later = Date.now() + CONSENT_LINK_TTL_MS + DAY_MS;
		expect((await errorOf(giveGuardianConsent(db, token, later))).messageKey).toBe('error_consent_link_expired');
		const me = await actor(db, child.email);
		expect((await errorOf(resendGuardianConsent(db, me, BASE_URL))).code).toBe('rate_limited');
		await resendGuardianConsent(db, me, BASE_URL, later);
		const fresh = await tokenFromOutbox(db, child.guardianEmail, 'consent');
		expect(fresh).not.toBe(token);
		await giveGuardianConsent(db, fresh, later);
		expect((await actor(db, child.email)).status).toBe('active');
		expect((await errorOf(resendGuardianConsent(db, await actor(db, child.email), BASE_URL))).messageKey).toBe('error_consent_not_needed');
	});

	it('refuses a made-up consent link', async () => {
		expect((await errorOf(getConsentRequest(db, 'a'.repeat(32)))).messageKey).toBe('error_consent_link_invalid');
	});
});

describe('adult accounts', () => {
	it('only admins create them, and they choose their own password through an emailed link', async () => {
		const bangkok = await committeeId(db, 'Bangkok');
		const input = { kind: 'facilitator' as const, email: 'new.facilitator@example.test', realName: 'Nok Facilitator', displayName: 'Khun Nok', country: 'TH', committeeId: bangkok };
		for (const who of ['facilitator', 'lead', 'official', 'riverkite']) {
			expect((await errorOf(createStaffAccount(db, await actor(db, demoEmail(who)), input, BASE_URL))).code).toBe('forbidden');
		}
		await createStaffAccount(db, await actor(db, demoEmail('admin')), input, BASE_URL);
		expect((await errorOf(signIn(db, { email: input.email, password: '!', ip: freshIp() }))).messageKey).toBe('error_wrong_email_or_password');
		const token = await tokenFromOutbox(db, input.email, 'reset-password');
		await resetPassword(db, { token, newPassword: 'facilitator password' }, Date.now() + 3 * DAY_MS);
		const { userId } = await signIn(db, { email: input.email, password: 'facilitator password', ip: freshIp() });
		const membership = await db.selectFrom('memberships').select('role').where('user_id', '=', userId).executeTakeFirstOrThrow();
		expect(membership.role).toBe('facilitator');
	});

	it('a facilitator needs a committee and an official a government body', async () => {
		const admin = await actor(db, demoEmail('admin'));
		const base = { email: 'x1@example.test', realName: 'X', displayName: 'Mr X', country: 'TH' };
		expect((await errorOf(createStaffAccount(db, admin, { ...base, kind: 'facilitator' }, BASE_URL))).field).toBe('committeeId');
		expect((await errorOf(createStaffAccount(db, admin, { ...base, kind: 'official', bodyId: 'zzzzzzzzzzzzzzzz' }, BASE_URL))).field).toBe('bodyId');
		// Nothing half-made: the email is still free.
		expect(await db.selectFrom('users').select('id').where('email', '=', base.email).executeTakeFirst()).toBeUndefined();
	});
});
