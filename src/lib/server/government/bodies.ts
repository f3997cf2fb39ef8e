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

/** Names of every government body, for choosing who asked for a consultation (any signed-in facilitator may see them). */
export async function listBodyChoices(db: Db): Promise<{ value: string; label: string }[]> {
	const rows = await db.selectFrom('government_bodies').select(['id', 'name']).orderBy('name').execute();
	return rows.map((r) => ({ value: r.id, label: r.name }));
}
