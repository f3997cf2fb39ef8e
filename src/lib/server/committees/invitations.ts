// Youth accounts exist only through a committee invitation: a one-time link a facilitator hands to one young
// person, valid for 14 days. Redeeming it creates the account (or adds an existing one) as a member.
import type { Db } from '../db/index';
import type { Invitation } from '../db/schema';
import { DomainError } from '../errors';
import { newId, newToken, sha256Hex } from '../ids';
import { DAY_MS } from '../clock';
import { requireCommitteeRole, requireSignedIn, type Actor } from '../auth/guards';
import { createSession } from '../auth/session';
import { recordAudit } from '../audit/audit-log';
import { publish } from '../events';
import { ageInYears, digitalConsentAge, memberAgeLimits } from '../accounts/age';
import { assertDisplayNameFree, validateDisplayName } from '../accounts/display-name';
import { insertUser, normalizeEmail } from '../accounts/users';
import { requestGuardianConsent } from '../accounts/guardian-consent';

export const INVITATION_TTL_MS = 14 * DAY_MS;

export async function createInvitation(
	db: Db,
	actor: Actor,
	input: { committeeId: string; label?: string | null },
	now = Date.now()
): Promise<{ id: string; token: string; expiresAt: number }> {
	const { user } = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	const token = newToken();
	const id = newId();
	const expiresAt = now + INVITATION_TTL_MS;
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('invitations')
			.values({
				id,
				committee_id: input.committeeId,
				token_hash: sha256Hex(token),
				label: input.label?.trim() || null,
				created_by: user.id,
				created_at: now,
				expires_at: expiresAt
			})
			.execute();
		await recordAudit(trx, { actorId: user.id, action: 'invitation.created', committeeId: input.committeeId, subjectType: 'invitation', subjectId: id }, now);
	});
	return { id, token, expiresAt };
}

export type InvitationState = 'open' | 'used' | 'expired' | 'revoked';

export function invitationState(inv: Pick<Invitation, 'used_at' | 'revoked_at' | 'expires_at'>, now: number): InvitationState {
	if (inv.used_at !== null) return 'used';
	if (inv.revoked_at !== null) return 'revoked';
	return inv.expires_at <= now ? 'expired' : 'open';
}

/** The committee's invitations of the last 30 days, newest first, for its facilitators. */
export async function listInvitations(db: Db, actor: Actor, committeeId: string, now = Date.now()) {
	await requireCommitteeRole(db, actor, committeeId, 'facilitator');
	const rows = await db
		.selectFrom('invitations')
		.leftJoin('users', 'users.id', 'invitations.used_by')
		.select(['invitations.id', 'invitations.label', 'invitations.created_at', 'invitations.expires_at', 'invitations.used_at', 'invitations.revoked_at', 'users.display_name as used_by_name'])
		.where('invitations.committee_id', '=', committeeId)
		.where('invitations.created_at', '>', now - 30 * DAY_MS)
		.orderBy('invitations.created_at', 'desc')
		.execute();
	return rows.map((r) => ({ ...r, state: invitationState(r, now) }));
}

export async function revokeInvitation(db: Db, actor: Actor, input: { committeeId: string; invitationId: string }, now = Date.now()): Promise<void> {
	const { user } = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	await db.transaction().execute(async (trx) => {
		const result = await trx
			.updateTable('invitations')
			.set({ revoked_at: now })
			.where('id', '=', input.invitationId)
			.where('committee_id', '=', input.committeeId)
			.where('used_at', 'is', null)
			.where('revoked_at', 'is', null)
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) throw new DomainError('not_found', 'error_invitation_not_open');
		await recordAudit(trx, { actorId: user.id, action: 'invitation.revoked', committeeId: input.committeeId, subjectType: 'invitation', subjectId: input.invitationId }, now);
	});
}

async function openInvitation(db: Db, token: string, now: number) {
	const inv = await db
		.selectFrom('invitations')
		.innerJoin('committees', 'committees.id', 'invitations.committee_id')
		.selectAll('invitations')
		.select(['committees.name as committee_name', 'committees.country as committee_country'])
		.where('invitations.token_hash', '=', sha256Hex(token))
		.executeTakeFirst();
	if (!inv) throw new DomainError('not_found', 'error_invitation_invalid');
	const state = invitationState(inv, now);
	if (state === 'used') throw new DomainError('conflict', 'error_invitation_used');
	if (state === 'expired') throw new DomainError('invalid', 'error_invitation_expired');
	if (state === 'revoked') throw new DomainError('invalid', 'error_invitation_revoked');
	return inv;
}

/** For the sign-up page: which committee the link is for (or why it cannot be used). */
export async function describeInvitation(db: Db, token: string, now = Date.now()) {
	const inv = await openInvitation(db, token, now);
	return { committeeName: inv.committee_name, committeeCountry: inv.committee_country, expiresAt: inv.expires_at };
}

/** Marks the invitation used; fails if a parallel request used it first. */
async function claim(db: Db, invitationId: string, userId: string, now: number): Promise<void> {
	const result = await db
		.updateTable('invitations')
		.set({ used_at: now, used_by: userId })
		.where('id', '=', invitationId)
		.where('used_at', 'is', null)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_invitation_used');
}

export interface SignUpInput {
	token: string;
	displayName: string;
	realName: string;
	email: string;
	password: string;
	birthYear: number;
	birthMonth: number;
	country: string;
	guardianEmail?: string | null;
	locale?: string | null;
	baseUrl: string;
}

/** Creates a youth account from an invitation and signs it in. Under the age of digital consent it waits for a guardian. */
export async function signUpWithInvitation(db: Db, input: SignUpInput, now = Date.now()) {
	const inv = await openInvitation(db, input.token, now);
	const displayName = validateDisplayName(input.displayName, input.country);
	const thisYear = new Date(now).getUTCFullYear();
	const thisMonth = new Date(now).getUTCMonth() + 1;
	if (input.birthYear > thisYear || (input.birthYear === thisYear && input.birthMonth > thisMonth)) {
		throw new DomainError('invalid', 'error_birth_date_future', {}, 'birthYear');
	}
	const age = ageInYears(input.birthYear, input.birthMonth, now);
	const limits = memberAgeLimits();
	if (age < limits.min) throw new DomainError('invalid', 'error_too_young', { min: limits.min }, 'birthYear');
	if (age > limits.max) throw new DomainError('invalid', 'error_too_old', { max: limits.max }, 'birthYear');
	const needsConsent = age < digitalConsentAge(input.country);
	const guardianEmail = input.guardianEmail ? normalizeEmail(input.guardianEmail) : null;
	if (needsConsent && !guardianEmail) throw new DomainError('invalid', 'error_guardian_email_required', { age: digitalConsentAge(input.country) }, 'guardianEmail');
	if (needsConsent && guardianEmail === normalizeEmail(input.email)) throw new DomainError('invalid', 'error_guardian_email_same', {}, 'guardianEmail');

	const result = await db.transaction().execute(async (trx) => {
		await assertDisplayNameFree(trx, inv.committee_id, displayName);
		const userId = await insertUser(
			trx,
			{
				email: input.email,
				password: input.password,
				displayName,
				realName: input.realName,
				country: input.country,
				birthYear: input.birthYear,
				birthMonth: input.birthMonth,
				locale: input.locale ?? null,
				status: needsConsent ? 'pending_guardian_consent' : 'active'
			},
			now
		);
		await claim(trx, inv.id, userId, now);
		await trx.insertInto('memberships').values({ user_id: userId, committee_id: inv.committee_id, role: 'member', created_at: now }).execute();
		if (needsConsent && guardianEmail) await requestGuardianConsent(trx, { userId, guardianEmail, baseUrl: input.baseUrl }, now);
		const session = await createSession(trx, userId, now);
		return { userId, ...session };
	});
	publish('committee.member_joined', { committeeId: inv.committee_id, displayName });
	return { ...result, committeeId: inv.committee_id, pendingConsent: needsConsent };
}

/** A signed-in young person uses a second invitation to join another committee with the same account. */
export async function joinWithInvitation(db: Db, actor: Actor, token: string, now = Date.now()): Promise<string> {
	const me = requireSignedIn(actor);
	const inv = await openInvitation(db, token, now);
	const account = await db.selectFrom('users').select('birth_year').where('id', '=', me.id).executeTakeFirstOrThrow();
	if (account.birth_year === null) throw new DomainError('forbidden', 'error_adults_cannot_join_as_member');
	await db.transaction().execute(async (trx) => {
		const existing = await trx
			.selectFrom('memberships')
			.select('role')
			.where('committee_id', '=', inv.committee_id)
			.where('user_id', '=', me.id)
			.executeTakeFirst();
		if (existing) throw new DomainError('conflict', 'error_already_member');
		await assertDisplayNameFree(trx, inv.committee_id, me.display_name, me.id);
		await claim(trx, inv.id, me.id, now);
		await trx.insertInto('memberships').values({ user_id: me.id, committee_id: inv.committee_id, role: 'member', created_at: now }).execute();
	});
	publish('committee.member_joined', { committeeId: inv.committee_id, displayName: me.display_name });
	return inv.committee_id;
}
