// Child helplines per country, named in the caring message a young person sees when what they wrote went to the
// safeguarding leads (DESIGN.md, safeguarding rule 4). Admins keep the table; each number carries its public source.
import type { Db } from '../db/index';
import type { Helpline } from '../db/schema';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { requireAdmin, type Actor } from '../auth/guards';
import { recordAudit } from '../audit/audit-log';

export interface HelplineView {
	id: string;
	country: string;
	name: string;
	phone: string;
	url: string | null;
	hours: string | null;
	sourceUrl: string;
}

export type HelplineInput = Omit<HelplineView, 'id'>;

const view = (h: Helpline): HelplineView => ({ id: h.id, country: h.country, name: h.name, phone: h.phone, url: h.url, hours: h.hours, sourceUrl: h.source_url });

/** For the caring message: the young person's own country first, then the committee's; anyone may read them. */
export async function helplinesFor(db: Db, countries: (string | null | undefined)[]): Promise<HelplineView[]> {
	const wanted = [...new Set(countries.filter((c): c is string => !!c))];
	if (!wanted.length) return [];
	const rows = await db.selectFrom('helplines').selectAll().where('country', 'in', wanted).orderBy('name').execute();
	return wanted.flatMap((c) => rows.filter((r) => r.country === c).map(view)).slice(0, 4);
}

export async function listHelplines(db: Db, actor: Actor): Promise<HelplineView[]> {
	requireAdmin(actor);
	return (await db.selectFrom('helplines').selectAll().orderBy('country').orderBy('name').execute()).map(view);
}

/** Adds a helpline, or changes one when `id` is given. */
export async function saveHelpline(db: Db, actor: Actor, input: HelplineInput & { id?: string | null }, now = Date.now()): Promise<string> {
	const admin = requireAdmin(actor);
	const values = { country: input.country, name: input.name, phone: input.phone, url: input.url, hours: input.hours, source_url: input.sourceUrl, updated_by: admin.id, updated_at: now };
	return db.transaction().execute(async (trx) => {
		let id = input.id ?? null;
		if (id) {
			const result = await trx.updateTable('helplines').set(values).where('id', '=', id).executeTakeFirst();
			if (Number(result.numUpdatedRows) !== 1) throw new DomainError('not_found', 'error_helpline_not_found');
		} else {
			id = newId();
			await trx.insertInto('helplines').values({ id, ...values }).execute();
		}
		await recordAudit(trx, { actorId: admin.id, action: input.id ? 'helpline.changed' : 'helpline.added', subjectType: 'helpline', subjectId: id, data: { country: input.country, phone: input.phone, source: input.sourceUrl } }, now);
		return id;
	});
}

export async function removeHelpline(db: Db, actor: Actor, id: string, now = Date.now()): Promise<void> {
	const admin = requireAdmin(actor);
	await db.transaction().execute(async (trx) => {
		const row = await trx.selectFrom('helplines').selectAll().where('id', '=', id).executeTakeFirst();
		if (!row) throw new DomainError('not_found', 'error_helpline_not_found');
		await trx.deleteFrom('helplines').where('id', '=', id).execute();
		await recordAudit(trx, { actorId: admin.id, action: 'helpline.removed', subjectType: 'helpline', subjectId: id, data: { country: row.country, phone: row.phone } }, now);
	});
}
