import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { DomainError } from '../../src/lib/server/errors';
import { DAY_MS } from '../../src/lib/server/clock';
import {
	INVITATION_TTL_MS,
	createInvitation,
	describeInvitation,
	joinWithInvitation,
	listInvitations,
	revokeInvitation,
	signUpWithInvitation,
	type SignUpInput
} from '../../src/lib/server/committees/invitations';
import { subscribe } from '../../src/lib/server/events';
import { actor, BASE_URL, committeeId, demoDb, demoEmail } from '../helpers';

let db: Db;
let bangkok: string;
let manila: string;
const thisYear = new Date().getUTCFullYear();

beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	manila = await committeeId(db, 'Manila');
});

async function invite(committee = bangkok, now = Date.now()) {
	return createInvitation(db, await actor(db, demoEmail('facilitator')), { committeeId: committee, label: 'test' }, now);
}

function youth(token: string, overrides: Partial<SignUpInput> = {}): SignUpInput {
	const n = Math.random().toString(36).slice(2, 8);
	return {
		token,
		displayName: `Kite ${n}`,
		realName: 'Test Person',
		email: `kite-${n}@example.test`,
		password: 'a long enough password',
		birthYear: thisYear - 16,
		birthMonth: 1,
		country: 'TH',
		baseUrl: BASE_URL,
		...overrides
	};
}

async function rejects(work: Promise<unknown>, messageKey: string | RegExp) {
	const error = await work.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(DomainError);
	expect((error as DomainError).messageKey).toMatch(messageKey);
	return error as DomainError;
}

describe('invitations', () => {
	it('lets a young person sign up once through a link and join as a member', async () => {
		const { token } = await invite();
		expect((await describeInvitation(db, token)).committeeName).toBe('Bangkok Youth Advisory Committee');
		const joined: string[] = [];
		const stop = subscribe('committee.member_joined', (e) => joined.push(`${e.committeeId}:${e.displayName}`));
		const result = await signUpWithInvitation(db, youth(token, { displayName: 'Lotus Kite' }));
		stop();
		expect(result.pendingConsent).toBe(false);
		expect(result.committeeId).toBe(bangkok);
		expect(joined).toEqual([`${bangkok}:Lotus Kite`]);
		const membership = await db.selectFrom('memberships').select('role').where('user_id', '=', result.userId).where('committee_id', '=', bangkok).executeTakeFirstOrThrow();
		expect(membership.role).toBe('member');
		await rejects(signUpWithInvitation(db, youth(token)), 'error_invitation_used');
	});

	it('refuses an expired link and a revoked one', async () => {
		const past = Date.now() - INVITATION_TTL_MS - DAY_MS;
		const old = await invite(bangkok, past);
		await rejects(describeInvitation(db, old.token), 'error_invitation_expired');
		await rejects(signUpWithInvitation(db, youth(old.token)), 'error_invitation_expired');
		const revoked = await invite();
		await revokeInvitation(db, await actor(db, demoEmail('facilitator')), { committeeId: bangkok, invitationId: revoked.id });
		await rejects(signUpWithInvitation(db, youth(revoked.token)), 'error_invitation_revoked');
		await rejects(describeInvitation(db, 'notatoken'), 'error_invitation_invalid');
	});

	it('gives a link to exactly one of two people who use it at the same moment', async () => {
		const { token } = await invite();
		const results = await Promise.allSettled([signUpWithInvitation(db, youth(token)), signUpWithInvitation(db, youth(token))]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
	});

	it('keeps display names unique within a committee, ignoring case and spacing', async () => {
		const { token } = await invite();
		await rejects(signUpWithInvitation(db, youth(token, { displayName: 'river kite' })), 'error_display_name_taken');
		// The same name is fine in another committee.
		const other = await invite(manila);
		await signUpWithInvitation(db, youth(other.token, { displayName: 'RiverKite' }));
	});

	it('refuses display names that are too short, too long or carry contact details', async () => {
		const { token } = await invite();
		for (const name of ['a', 'x'.repeat(25), 'me@mail.com', '+66812345678', '1234', 'a<script>']) {
			const error = await rejects(signUpWithInvitation(db, youth(token, { displayName: name })), /^error_display_name_/);
			expect(error.field).toBe('displayName');
		}
		// Nothing was used up by the failed attempts.
		expect((await describeInvitation(db, token)).committeeName).toBeTruthy();
	});

	it('refuses too-young, too-old and future birth dates', async () => {
		const { token } = await invite();
		await rejects(signUpWithInvitation(db, youth(token, { birthYear: thisYear - 7 })), 'error_too_young');
		await rejects(signUpWithInvitation(db, youth(token, { birthYear: thisYear - 30 })), 'error_too_old');
		await rejects(signUpWithInvitation(db, youth(token, { birthYear: thisYear + 1 })), 'error_birth_date_future');
	});

	it('refuses an email that already has an account, and keeps the invitation open', async () => {
		const { token } = await invite();
		await rejects(signUpWithInvitation(db, youth(token, { email: demoEmail('mangostar') })), 'error_email_taken');
		expect((await describeInvitation(db, token)).committeeName).toBeTruthy();
	});

	it('lets only facilitators of that committee make and list invitations', async () => {
		await rejects(createInvitation(db, await actor(db, demoEmail('riverkite')), { committeeId: bangkok }), 'error_role_required');
		await rejects(createInvitation(db, await actor(db, demoEmail('official')), { committeeId: bangkok }), 'error_committee_not_found');
		await rejects(createInvitation(db, null, { committeeId: bangkok }), 'error_sign_in_required');
		await rejects(listInvitations(db, await actor(db, demoEmail('sampaguita')), bangkok), 'error_committee_not_found');
		const lead = await actor(db, demoEmail('lead'));
		expect((await listInvitations(db, lead, bangkok)).length).toBeGreaterThan(0);
	});

	it('lets a member join a second committee with the same account, but not an adult', async () => {
		const { token } = await invite(manila);
		const noodle = await actor(db, demoEmail('noodlefox'));
		expect(await joinWithInvitation(db, noodle, token)).toBe(manila);
		await rejects(joinWithInvitation(db, noodle, token), 'error_invitation_used');
		const another = await invite(manila);
		await rejects(joinWithInvitation(db, noodle, another.token), 'error_already_member');
		// A name already used in the other committee must be changed first.
		await rejects(joinWithInvitation(db, await actor(db, demoEmail('riverkite')), another.token), 'error_display_name_taken');
		await rejects(joinWithInvitation(db, await actor(db, demoEmail('official')), another.token), 'error_adults_cannot_join_as_member');
	});
});
