// The one role guard, used by pages, the API and sockets alike. Roles are per committee and checked on every call.
// Admins pass every committee check with the effective role 'admin' (they run the platform, but are never members).
import type { Db } from '../db/index';
import type { Committee, CommitteeRole } from '../db/schema';
import { DomainError } from '../errors';
import type { SessionUser } from './session';

export type Actor = SessionUser | null;
export type EffectiveRole = CommitteeRole | 'admin';

const rank: Record<EffectiveRole, number> = { member: 1, facilitator: 2, safeguarding_lead: 3, admin: 4 };

export function requireSignedIn(actor: Actor): SessionUser {
	if (!actor) throw new DomainError('unauthenticated', 'error_sign_in_required');
	return actor;
}

export function requireAdmin(actor: Actor): SessionUser {
	const user = requireSignedIn(actor);
	if (!user.isAdmin) throw new DomainError('forbidden', 'error_admins_only');
	return user;
}

/** A member waiting for a guardian's consent (or otherwise not active) may read but not write. */
export function requireCanWrite(actor: Actor): SessionUser {
	const user = requireSignedIn(actor);
	if (user.status === 'pending_guardian_consent') throw new DomainError('forbidden', 'error_awaiting_guardian_consent');
	if (user.status !== 'active') throw new DomainError('forbidden', 'error_account_not_active');
	return user;
}

export function hasRoleAtLeast(role: EffectiveRole, min: CommitteeRole): boolean {
	return rank[role] >= rank[min];
}

/**
 * The actor's role in a committee, at least `min`. A committee the actor does not belong to is reported as
 * not found, so outsiders cannot even learn that it exists.
 */
export async function requireCommitteeRole(
	db: Db,
	actor: Actor,
	committeeId: string,
	min: CommitteeRole
): Promise<{ user: SessionUser; committee: Committee; role: EffectiveRole }> {
	const user = requireSignedIn(actor);
	// One query for the committee and the actor's place in it: every guarded request asks this.
	const row = await db
		.selectFrom('committees')
		.leftJoin('memberships', (join) => join.onRef('memberships.committee_id', '=', 'committees.id').on('memberships.user_id', '=', user.id))
		.selectAll('committees')
		.select('memberships.role as member_role')
		.where('committees.id', '=', committeeId)
		.executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_committee_not_found');
	const { member_role, ...committee } = row;
	const role: EffectiveRole | undefined = user.isAdmin ? 'admin' : (member_role ?? undefined);
	if (!role) throw new DomainError('not_found', 'error_committee_not_found');
	if (!hasRoleAtLeast(role, min)) throw new DomainError('forbidden', 'error_role_required');
	return { user, committee, role };
}
