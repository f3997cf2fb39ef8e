// Adult accounts: admins create facilitators, officials and other admins. No password is chosen for them:
// they get an emailed link to set one, so no password ever travels in an email.
import type { Db } from '../db/index';
import { DomainError } from '../errors';
import { requireAdmin, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { insertUser } from './users';
import { requestPasswordReset } from './passwords';
import { validateDisplayName } from './display-name';

export type StaffKind = 'facilitator' | 'official' | 'admin';

export interface StaffInput {
	kind: StaffKind;
	email: string;
	realName: string;
	displayName: string;
	country: string;
	/** For a facilitator: the committee they run. */
	committeeId?: string;
	/** For an official: their government body. */
	bodyId?: string;
}

/**
 * `initialPassword` is for the demo seed only (no form or API passes it): with it no welcome email is sent.
 */
export async function createStaffAccount(
	db: Db,
	actor: Actor,
	input: StaffInput,
	baseUrl: string,
	now = Date.now(),
	initialPassword: string | null = null
): Promise<string> {
	const admin = requireAdmin(actor);
	const displayName = validateDisplayName(input.displayName, input.country);
	const userId = await db.transaction().execute(async (trx) => {
		const id = await insertUser(
			trx,
			{ email: input.email, password: initialPassword, displayName, realName: input.realName, country: input.country, isAdmin: input.kind === 'admin' },
			now
		);
		if (input.kind === 'facilitator') {
			const committee = input.committeeId
				? await trx.selectFrom('committees').select('id').where('id', '=', input.committeeId).executeTakeFirst()
				: undefined;
			if (!committee) throw new DomainError('invalid', 'error_committee_required', {}, 'committeeId');
			await trx.insertInto('memberships').values({ user_id: id, committee_id: committee.id, role: 'facilitator', created_at: now }).execute();
		}
		if (input.kind === 'official') {
			const body = input.bodyId
				? await trx.selectFrom('government_bodies').select('id').where('id', '=', input.bodyId).executeTakeFirst()
				: undefined;
			if (!body) throw new DomainError('invalid', 'error_body_required', {}, 'bodyId');
			await trx.insertInto('officials').values({ user_id: id, body_id: body.id, created_at: now }).execute();
		}
		await recordAudit(
			trx,
			{ actorId: admin.id, action: `account.created.${input.kind}`, committeeId: input.committeeId ?? null, subjectType: 'user', subjectId: id },
			now
		);
		return id;
	});
	if (initialPassword === null) await requestPasswordReset(db, { email: input.email, baseUrl, welcome: true }, now);
	return userId;
}

/** Bootstraps the first admin (the demo seed and `npm run admin:create`); no actor, so never reachable from a route. */
export async function createFirstAdmin(
	db: Db,
	input: { email: string; password: string; realName: string; displayName: string; country: string },
	now = Date.now()
): Promise<string> {
	return db.transaction().execute(async (trx) => {
		const id = await insertUser(trx, { ...input, displayName: validateDisplayName(input.displayName, input.country), isAdmin: true }, now);
		await recordAudit(trx, { actorId: null, action: 'account.created.admin', subjectType: 'user', subjectId: id, reason: 'bootstrap' }, now);
		return id;
	});
}
