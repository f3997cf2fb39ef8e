// Government bodies (ministries, agencies, parliamentary committees) and the officials who answer for them.
import type { Db } from '../db/index';
import type { GovernmentBody } from '../db/schema';
import { newId } from '../ids';
import { requireAdmin, requireSignedIn, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';
import { DomainError } from '../errors';
import type { SessionUser } from '../auth/session';

export interface BodyInput {
	name: string;
	country: string;
	acknowledgeWithinDays: number;
	respondWithinDays: number;
	headContactEmail?: string | null;
}

export async function createGovernmentBody(db: Db, actor: Actor, input: BodyInput, now = Date.now()): Promise<string> {
	const admin = requireAdmin(actor);
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('government_bodies')
			.values({
				id,
				name: input.name.trim(),
				country: input.country,
				acknowledge_within_days: input.acknowledgeWithinDays,
				respond_within_days: input.respondWithinDays,
				head_contact_email: input.headContactEmail?.trim().toLowerCase() || null,
				created_at: now
			})
			.execute();
		await recordAudit(trx, { actorId: admin.id, action: 'government_body.created', subjectType: 'government_body', subjectId: id, data: { name: input.name } }, now);
	});
	return id;
}

export async function listGovernmentBodies(db: Db, actor: Actor): Promise<(GovernmentBody & { officials: number })[]> {
	requireAdmin(actor);
	return db
		.selectFrom('government_bodies')
		.selectAll('government_bodies')
		.select((eb) => eb.selectFrom('officials').whereRef('officials.body_id', '=', 'government_bodies.id').select(eb.fn.countAll<number>().as('n')).as('officials'))
		.orderBy('name')
		.execute()
		.then((rows) => rows.map((r) => ({ ...r, officials: Number(r.officials ?? 0) })));
}

/** The bodies an official works for. */
export async function listMyBodies(db: Db, actor: Actor): Promise<GovernmentBody[]> {
	const me = requireSignedIn(actor);
	return db
		.selectFrom('government_bodies')
		.innerJoin('officials', 'officials.body_id', 'government_bodies.id')
		.selectAll('government_bodies')
		.where('officials.user_id', '=', me.id)
		.orderBy('name')
		.execute();
}

/** The body, for one of its officials (or an admin); anyone else is told it does not exist. */
export async function requireOfficialOf(db: Db, actor: Actor, bodyId: string): Promise<{ user: SessionUser; body: GovernmentBody }> {
	const user = requireSignedIn(actor);
	const body = await db.selectFrom('government_bodies').selectAll().where('id', '=', bodyId).executeTakeFirst();
	if (!body) throw new DomainError('not_found', 'error_body_not_found');
	if (user.isAdmin) return { user, body };
	const official = await db.selectFrom('officials').select('user_id').where('body_id', '=', bodyId).where('user_id', '=', user.id).executeTakeFirst();
	if (!official) throw new DomainError('not_found', 'error_body_not_found');
	return { user, body };
}

/**
 * The body sets its own deadlines (an official of it, or an admin): how many days it takes to acknowledge and to
 * answer a recommendation. They apply to recommendations sent from now on; those already sent keep the dates they
 * were sent with, so a body cannot move a deadline it is already bound by. Audited.
 */
export async function setBodyDeadlines(db: Db, actor: Actor, bodyId: string, input: { acknowledgeWithinDays: number; respondWithinDays: number }, now = Date.now()): Promise<void> {
	const { user, body } = await requireOfficialOf(db, actor, bodyId);
	const ack = input.acknowledgeWithinDays;
	const answer = input.respondWithinDays;
	if (!Number.isInteger(ack) || ack < 1 || ack > 90) throw new DomainError('invalid', 'error_number_out_of_range', {}, 'acknowledgeWithinDays');
	if (!Number.isInteger(answer) || answer < 1 || answer > 365) throw new DomainError('invalid', 'error_number_out_of_range', {}, 'respondWithinDays');
	if (answer < ack) throw new DomainError('invalid', 'error_answer_before_acknowledge', {}, 'respondWithinDays');
	await db.transaction().execute(async (trx) => {
		await trx.updateTable('government_bodies').set({ acknowledge_within_days: ack, respond_within_days: answer }).where('id', '=', body.id).execute();
		await recordAudit(
			trx,
			{ actorId: user.id, action: 'government_body.deadlines_set', subjectType: 'government_body', subjectId: body.id, data: { from: [body.acknowledge_within_days, body.respond_within_days], to: [ack, answer] } },
			now
		);
	});
}

/** Names of every government body, for choosing who asked for a consultation (any signed-in facilitator may see them). */
export async function listBodyChoices(db: Db): Promise<{ value: string; label: string }[]> {
	const rows = await db.selectFrom('government_bodies').select(['id', 'name']).orderBy('name').execute();
	return rows.map((r) => ({ value: r.id, label: r.name }));
}
