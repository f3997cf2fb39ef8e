// The one role guard, used by pages, the API and sockets alike. Roles are per committee and checked on every call,
// and so are a member's mute or suspension there (safeguarding/sanctions.ts). Admins pass every committee check with
// the effective role 'admin' (they run the platform, but are never members).
import type { Db } from '../db/index';
import { sql } from 'kysely';
import type { Committee, CommitteeRole, SanctionKind } from '../db/schema';
import { DomainError, type MessageKey } from '../errors';
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

/** A member's active mute or suspension in one committee (DESIGN.md: the member is told why and can ask for review). */
export interface Restriction {
	id: string;
	kind: SanctionKind;
	reason: string;
	/** Null: until a facilitator lifts it. */
	endsAt: number | null;
	reviewRequested: boolean;
}

export interface CommitteeAccess {
	user: SessionUser;
	committee: Committee;
	role: EffectiveRole;
	/** The strongest active restriction on the actor here (a suspension over a mute), if any. */
	restriction: Restriction | null;
}

/**
 * The actor's role in a committee, at least `min`. A committee the actor does not belong to is reported as
 * not found, so outsiders cannot even learn that it exists. A suspended member is refused everywhere in the committee
 * except where `allowSuspended` is set: the committee page, which tells them why and takes their request for a review.
 */
export async function requireCommitteeRole(
	db: Db,
	actor: Actor,
	committeeId: string,
	min: CommitteeRole,
	options: { allowSuspended?: boolean } = {}
): Promise<CommitteeAccess> {
	const user = requireSignedIn(actor);
	const now = Date.now();
	// One query for the committee, the actor's place in it and any restriction on them: every guarded request asks this.
	const row = await db
		.selectFrom('committees')
		.leftJoin('memberships', (join) => join.onRef('memberships.committee_id', '=', 'committees.id').on('memberships.user_id', '=', user.id))
		.leftJoin('member_sanctions as s', (join) =>
			join
				.onRef('s.committee_id', '=', 'committees.id')
				.on('s.user_id', '=', user.id)
				.on('s.lifted_at', 'is', null)
				.on((eb) => eb.or([eb('s.ends_at', 'is', null), eb('s.ends_at', '>', now)]))
		)
		.selectAll('committees')
		.select(['memberships.role as member_role', 's.id as s_id', 's.kind as s_kind', 's.reason as s_reason', 's.ends_at as s_ends_at', 's.review_requested_at as s_review'])
		.where('committees.id', '=', committeeId)
		.orderBy(sql`case when ${sql.ref('s.kind')} = 'suspend' then 2 when ${sql.ref('s.kind')} = 'mute' then 1 else 0 end`, 'desc')
		.executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_committee_not_found');
	const { member_role, s_id, s_kind, s_reason, s_ends_at, s_review, ...committee } = row;
	const role = roleAtLeast(user, member_role, min);
	const restriction = s_id && s_kind && s_reason !== null ? { id: s_id, kind: s_kind, reason: s_reason, endsAt: s_ends_at, reviewRequested: s_review !== null } : null;
	if (restriction?.kind === 'suspend' && !options.allowSuspended) throw new DomainError('forbidden', 'error_suspended_here');
	return { user, committee, role, restriction };
}

/**
 * The actor's effective role from their membership row (null: none), at least `min`: requireCommitteeRole's role
 * check, for a service that reads the membership within its own query (castVote), which names what was not found.
 * Suspensions are that service's to check.
 */
export function roleAtLeast(user: SessionUser, memberRole: CommitteeRole | null, min: CommitteeRole, notFound: MessageKey = 'error_committee_not_found'): EffectiveRole {
	const role: EffectiveRole | null = user.isAdmin ? 'admin' : memberRole;
	if (!role) throw new DomainError('not_found', notFound);
	if (!hasRoleAtLeast(role, min)) throw new DomainError('forbidden', 'error_role_required');
	return role;
}

/** Writing in a committee: refused while the member is muted (or suspended) there. */
export function requireNotRestricted(access: { restriction: Restriction | null }): void {
	if (access.restriction) throw new DomainError('forbidden', access.restriction.kind === 'mute' ? 'error_muted_here' : 'error_suspended_here');
}
