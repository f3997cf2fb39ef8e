// Committees and what each role sees of one. Safeguarding rule 2: members see display names only; real names,
// ages and account states are for the committee's facilitators and admins.
import type { Db } from '../db/index';
import type { Committee, CommitteeRole, ModerationMode, UserStatus } from '../db/schema';
import { newId } from '../ids';
import { DomainError } from '../errors';
import { hasRoleAtLeast, requireAdmin, requireCommitteeRole, requireSignedIn, type Actor, type EffectiveRole } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { ageInYears } from '../accounts/age';
import { normalizeEmail } from '../accounts/users';

export interface CommitteeInput {
	name: string;
	country: string;
	timezone: string;
	languages: string[];
	moderationMode: ModerationMode;
}

export async function createCommittee(db: Db, actor: Actor, input: CommitteeInput, now = Date.now()): Promise<string> {
	const admin = requireAdmin(actor);
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('committees')
			.values({
				id,
				name: input.name.trim(),
				country: input.country,
				timezone: input.timezone,
				languages: JSON.stringify(input.languages),
				moderation_mode: input.moderationMode,
				created_at: now
			})
			.execute();
		await recordAudit(trx, { actorId: admin.id, action: 'committee.created', committeeId: id, subjectType: 'committee', subjectId: id, data: { name: input.name } }, now);
	});
	return id;
}

export async function listAllCommittees(db: Db, actor: Actor): Promise<(Committee & { members: number })[]> {
	requireAdmin(actor);
	const rows = await db
		.selectFrom('committees')
		.selectAll('committees')
		.select((eb) =>
			eb.selectFrom('memberships').whereRef('memberships.committee_id', '=', 'committees.id').select(eb.fn.countAll<number>().as('n')).as('members')
		)
		.orderBy('name')
		.execute();
	return rows.map((r) => ({ ...r, members: Number(r.members ?? 0) }));
}

export async function listMyCommittees(db: Db, actor: Actor): Promise<{ id: string; name: string; country: string; role: CommitteeRole }[]> {
	const me = requireSignedIn(actor);
	return db
		.selectFrom('committees')
		.innerJoin('memberships', 'memberships.committee_id', 'committees.id')
		.select(['committees.id', 'committees.name', 'committees.country', 'memberships.role'])
		.where('memberships.user_id', '=', me.id)
		.orderBy('committees.name')
		.execute();
}

export interface MemberView {
	userId: string;
	displayName: string;
	role: CommitteeRole;
	/** Only for facilitators, safeguarding leads and admins. */
	private?: { realName: string; age: number | null; status: UserStatus; email: string };
}

export interface CommitteeHome {
	committee: Committee & { languageList: string[] };
	role: EffectiveRole;
	members: MemberView[];
}

export async function getCommitteeHome(db: Db, actor: Actor, committeeId: string, now = Date.now()): Promise<CommitteeHome> {
	const { committee, role } = await requireCommitteeRole(db, actor, committeeId, 'member');
	const seesPrivate = hasRoleAtLeast(role, 'facilitator');
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.id', 'users.display_name', 'memberships.role', 'users.real_name', 'users.birth_year', 'users.birth_month', 'users.status', 'users.email'])
		.where('memberships.committee_id', '=', committeeId)
		.where('users.status', '!=', 'erased')
		.orderBy('users.display_name')
		.execute();
	const members = rows.map(
		(r): MemberView => ({
			userId: r.id,
			displayName: r.display_name,
			role: r.role,
			...(seesPrivate && {
				private: {
					realName: r.real_name,
					age: r.birth_year && r.birth_month ? ageInYears(r.birth_year, r.birth_month, now) : null,
					status: r.status,
					email: r.email
				}
			})
		})
	);
	return { committee: { ...committee, languageList: JSON.parse(committee.languages) as string[] }, role, members };
}

/** What a committee's inner pages show of it in their heading, for anyone who belongs to it (no member list). */
export async function getCommitteeHeader(db: Db, actor: Actor, committeeId: string): Promise<{ id: string; name: string; timezone: string }> {
	const { committee } = await requireCommitteeRole(db, actor, committeeId, 'member');
	return { id: committee.id, name: committee.name, timezone: committee.timezone };
}

/** Someone's role in a committee, for a facilitator acting on them; not a member at all is "not found". */
export async function memberRole(db: Db, committeeId: string, userId: string): Promise<CommitteeRole> {
	const row = await db.selectFrom('memberships').select('role').where('committee_id', '=', committeeId).where('user_id', '=', userId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_member_not_found');
	return row.role;
}

/** A facilitator designates (or stops designating) a fellow facilitator as the committee's safeguarding lead. */
export async function setSafeguardingLead(
	db: Db,
	actor: Actor,
	input: { committeeId: string; userId: string; lead: boolean },
	now = Date.now()
): Promise<void> {
	const { user } = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	const target = await memberRole(db, input.committeeId, input.userId);
	if (target === 'member') throw new DomainError('invalid', 'error_lead_must_be_facilitator');
	const role: CommitteeRole = input.lead ? 'safeguarding_lead' : 'facilitator';
	if (target === role) return;
	if (!input.lead) {
		const leads = await db
			.selectFrom('memberships')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('committee_id', '=', input.committeeId)
			.where('role', '=', 'safeguarding_lead')
			.executeTakeFirstOrThrow();
		if (Number(leads.n) <= 1) throw new DomainError('conflict', 'error_last_safeguarding_lead');
	}
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('memberships').set({ role }).where('committee_id', '=', input.committeeId).where('user_id', '=', input.userId).execute();
		await recordAudit(
			trx,
			{ actorId: user.id, action: input.lead ? 'safeguarding_lead.designated' : 'safeguarding_lead.removed', committeeId: input.committeeId, subjectType: 'user', subjectId: input.userId },
			now
		);
	});
}

/** An admin makes an existing adult account a facilitator of another committee. */
export async function addFacilitator(db: Db, actor: Actor, input: { committeeId: string; email: string }, now = Date.now()): Promise<void> {
	const admin = requireAdmin(actor);
	const user = await db.selectFrom('users').select(['id', 'birth_year']).where('email', '=', normalizeEmail(input.email)).executeTakeFirst();
	if (!user) throw new DomainError('not_found', 'error_no_account_with_email', {}, 'email');
	const committee = await db.selectFrom('committees').select('id').where('id', '=', input.committeeId).executeTakeFirst();
	if (!committee) throw new DomainError('not_found', 'error_committee_not_found', {}, 'committeeId');
	const existing = await db
		.selectFrom('memberships')
		.select('role')
		.where('committee_id', '=', committee.id)
		.where('user_id', '=', user.id)
		.executeTakeFirst();
	if (user.birth_year !== null || existing?.role === 'member') throw new DomainError('conflict', 'error_youth_cannot_facilitate', {}, 'email');
	if (existing) return;
	await db.transaction().execute(async (trx) => {
		await trx.insertInto('memberships').values({ user_id: user.id, committee_id: committee.id, role: 'facilitator', created_at: now }).execute();
		await recordAudit(trx, { actorId: admin.id, action: 'facilitator.added', committeeId: committee.id, subjectType: 'user', subjectId: user.id }, now);
	});
}
