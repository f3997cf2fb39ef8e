// Members muted (may read, not write) or suspended (may not enter) in one committee by its facilitators, for a
// period or until lifted. The member is told why and may ask, once per restriction, for a facilitator to look again.
// The guard that enforces them is requireCommitteeRole (auth/guards.ts): every committee request already asks it.
import type { Db } from '../db/index';
import type { SanctionKind } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { DAY_MS, HOUR_MS } from '../clock';
import { requireCanWrite, requireCommitteeRole, type Actor, type Restriction } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { memberRole } from '../committees/committees';
import { publish } from '../events';
import { publicBaseUrl } from '../notifications/email-outbox';
import { reviewContribution } from './intake';
import { raiseConcern } from './concerns';
import { screenWordsFor } from './committee-words';

/** The periods a facilitator picks from; null is "until a facilitator lifts it". */
export const SANCTION_PERIODS = { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS, month: 30 * DAY_MS, until_lifted: null } as const;
export type SanctionPeriod = keyof typeof SANCTION_PERIODS;

export const REVIEW_REQUEST_MAX = 2000;

export interface NewSanction {
	committeeId: string;
	userId: string;
	kind: SanctionKind;
	period: SanctionPeriod;
	reason: string;
}

export async function restrictMember(db: Db, actor: Actor, input: NewSanction, now = Date.now()): Promise<string> {
	const { user: me } = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('invalid', 'error_sanction_reason_required', {}, 'reason');
	const target = await memberRole(db, input.committeeId, input.userId);
	// Adults are answerable to the admins, not muted by their peers; the desk is for keeping members safe.
	if (target !== 'member' || input.userId === me.id) throw new DomainError('forbidden', 'error_only_members_restricted');
	const period = SANCTION_PERIODS[input.period];
	const id = newId();
	await db.transaction().execute(async (trx) => {
		const same = await activeQuery(trx, input.committeeId, input.userId, now).where('kind', '=', input.kind).select('id').executeTakeFirst();
		if (same) throw new DomainError('conflict', 'error_already_restricted');
		await trx
			.insertInto('member_sanctions')
			.values({
				id,
				committee_id: input.committeeId,
				user_id: input.userId,
				kind: input.kind,
				reason,
				created_by: me.id,
				created_at: now,
				ends_at: period === null ? null : now + period,
				lifted_at: null,
				lifted_by: null,
				lift_reason: null,
				review_request: null,
				review_requested_at: null
			})
			.execute();
		await recordAudit(
			trx,
			{ actorId: me.id, action: `member.${input.kind === 'mute' ? 'muted' : 'suspended'}`, committeeId: input.committeeId, subjectType: 'user', subjectId: input.userId, reason, data: { sanction: id, period: input.period } },
			now
		);
	});
	publish('member.restricted', { committeeId: input.committeeId, userId: input.userId, kind: input.kind });
	return id;
}

export async function liftSanction(db: Db, actor: Actor, input: { committeeId: string; sanctionId: string; reason: string }, now = Date.now()): Promise<void> {
	const { user: me } = await requireCommitteeRole(db, actor, input.committeeId, 'facilitator');
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('invalid', 'error_sanction_reason_required', {}, 'reason');
	const row = await db.selectFrom('member_sanctions').select(['id', 'user_id', 'kind']).where('id', '=', input.sanctionId).where('committee_id', '=', input.committeeId).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_sanction_not_found');
	await db.transaction().execute(async (trx) => {
		// Two facilitators lifting at once: the first one lands, the second is told it is already done.
		const result = await activeUpdate(trx, row.id, now).set({ lifted_at: now, lifted_by: me.id, lift_reason: reason }).executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_sanction_not_active');
		await recordAudit(trx, { actorId: me.id, action: 'sanction.lifted', committeeId: input.committeeId, subjectType: 'user', subjectId: row.user_id, reason, data: { sanction: row.id } }, now);
	});
	publish('member.restricted', { committeeId: input.committeeId, userId: row.user_id, kind: null });
	publish('moderation.changed', { committeeId: input.committeeId });
}

/**
 * The member's side: a few words asking a facilitator to look again, once per restriction. Only facilitators read it,
 * but it passes the screen all the same: a young person may tell of harm here too, and then the leads must know.
 */
export async function requestSanctionReview(
	db: Db,
	actor: Actor,
	input: { committeeId: string; text: string },
	now = Date.now(),
	baseUrl = publicBaseUrl()
): Promise<{ concern: boolean }> {
	const me = requireCanWrite(actor);
	const { committee, role, restriction } = await requireCommitteeRole(db, actor, input.committeeId, 'member', { allowSuspended: true });
	if (!restriction) throw new DomainError('conflict', 'error_sanction_not_active');
	if (restriction.reviewRequested) throw new DomainError('conflict', 'error_review_already_requested');
	const text = input.text.trim();
	if (!text) throw new DomainError('invalid', 'error_review_request_required', {}, 'text');
	if (text.length > REVIEW_REQUEST_MAX) throw new DomainError('too_large', 'error_too_long', {}, 'text');
	const extraWords = await screenWordsFor(db, committee.id);
	const verdict = reviewContribution({ text, authorRole: role, moderationMode: 'post', authorCountry: me.country, committeeCountry: committee.country, extraWords });
	await db.transaction().execute(async (trx) => {
		const result = await activeUpdate(trx, restriction.id, now).where('review_requested_at', 'is', null).set({ review_request: text, review_requested_at: now }).executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) throw new DomainError('conflict', 'error_review_already_requested');
		await recordAudit(trx, { actorId: me.id, action: 'sanction.review_requested', committeeId: committee.id, subjectType: 'user', subjectId: me.id, data: { sanction: restriction.id } }, now);
	});
	if (verdict.state === 'concern') {
		await raiseConcern(db, { committeeId: committee.id, authorId: me.id, consultationId: null, source: 'review_request', text, reasons: verdict.reasons }, baseUrl, now);
	}
	publish('moderation.changed', { committeeId: committee.id });
	return { concern: verdict.state === 'concern' };
}

export interface SanctionView {
	id: string;
	userId: string;
	displayName: string;
	kind: SanctionKind;
	reason: string;
	byName: string;
	createdAt: number;
	endsAt: number | null;
	liftedAt: number | null;
	liftReason: string | null;
	reviewRequest: string | null;
	reviewRequestedAt: number | null;
	active: boolean;
}

/** For the committee's facilitators: restrictions in force first, then those that ended in the last 30 days. */
export async function listSanctions(db: Db, actor: Actor, committeeId: string, now = Date.now()): Promise<SanctionView[]> {
	await requireCommitteeRole(db, actor, committeeId, 'facilitator');
	const rows = await db
		.selectFrom('member_sanctions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.innerJoin('users as by', 'by.id', 's.created_by')
		.select(['s.id', 's.user_id', 'u.display_name', 's.kind', 's.reason', 'by.display_name as by_name', 's.created_at', 's.ends_at', 's.lifted_at', 's.lift_reason', 's.review_request', 's.review_requested_at'])
		.where('s.committee_id', '=', committeeId)
		.where((eb) => eb.or([eb('s.lifted_at', 'is', null).and(eb.or([eb('s.ends_at', 'is', null), eb('s.ends_at', '>', now - 30 * DAY_MS)])), eb('s.lifted_at', '>', now - 30 * DAY_MS)]))
		.orderBy('s.created_at', 'desc')
		.execute();
	const views = rows.map(
		(r): SanctionView => ({
			id: r.id,
			userId: r.user_id,
			displayName: r.display_name,
			kind: r.kind,
			reason: r.reason,
			byName: r.by_name,
			createdAt: r.created_at,
			endsAt: r.ends_at,
			liftedAt: r.lifted_at,
			liftReason: r.lift_reason,
			reviewRequest: r.review_request,
			reviewRequestedAt: r.review_requested_at,
			active: r.lifted_at === null && (r.ends_at === null || r.ends_at > now)
		})
	);
	return [...views.filter((v) => v.active), ...views.filter((v) => !v.active)];
}

/** Restrictions in force with a review request no facilitator has answered: counted with the review queue. */
export async function pendingReviewRequests(db: Db, committeeId: string, now = Date.now()): Promise<number> {
	const row = await activeQuery(db, committeeId, null, now)
		.where('review_requested_at', 'is not', null)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/**
 * The actor's standing in a committee, for its pages' notice: its heading and any restriction, suspended members
 * included (they may see this much: why, until when, and where to ask for a review).
 */
export async function myStanding(db: Db, actor: Actor, committeeId: string): Promise<{ committee: { id: string; name: string; timezone: string }; restriction: Restriction | null }> {
	const { committee, restriction } = await requireCommitteeRole(db, actor, committeeId, 'member', { allowSuspended: true });
	return { committee: { id: committee.id, name: committee.name, timezone: committee.timezone }, restriction };
}

/**
 * Suspensions in force at `at` (made by then, neither lifted nor ended by then), as a query to narrow and select from:
 * voting asks it inside its own statements, for the eligible list at a ballot's opening and for each vote.
 */
export function suspensionsAt(db: Db, at: number) {
	return db
		.selectFrom('member_sanctions')
		.where('kind', '=', 'suspend')
		.where('created_at', '<=', at)
		.where((eb) => eb.or([eb('lifted_at', 'is', null), eb('lifted_at', '>', at)]))
		.where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', at)]));
}

function activeQuery(db: Db, committeeId: string, userId: string | null, now: number) {
	let q = db
		.selectFrom('member_sanctions')
		.where('committee_id', '=', committeeId)
		.where('lifted_at', 'is', null)
		.where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]));
	if (userId) q = q.where('user_id', '=', userId);
	return q;
}

function activeUpdate(db: Db, sanctionId: string, now: number) {
	return db
		.updateTable('member_sanctions')
		.where('id', '=', sanctionId)
		.where('lifted_at', 'is', null)
		.where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]));
}

/** The youth members a facilitator may restrict, by display name, for the desk's form. */
export async function restrictableMembers(db: Db, actor: Actor, committeeId: string): Promise<{ userId: string; displayName: string }[]> {
	await requireCommitteeRole(db, actor, committeeId, 'facilitator');
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.id', 'users.display_name'])
		.where('memberships.committee_id', '=', committeeId)
		.where('memberships.role', '=', 'member')
		.where('users.status', '!=', 'erased')
		.orderBy('users.display_name')
		.execute();
	return rows.map((r) => ({ userId: r.id, displayName: r.display_name }));
}
