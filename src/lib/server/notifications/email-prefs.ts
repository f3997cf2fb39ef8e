// Which kinds of notification a user also wants by email, as chosen on /account (notify.ts's wantsEmail reads the
// same rows). A stored choice overrides the kind's default; a kind added later starts at its default until chosen.
import type { Db } from '../db/index';
import { requireSignedIn, type Actor } from '../auth/guards';
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_NAMES, type NotificationKind } from './notify';

export interface EmailChoice {
	kind: NotificationKind;
	email: boolean;
}

/** Every kind, in NOTIFICATION_KINDS order, with whether the signed-in user gets it by email. */
export async function emailChoices(db: Db, actor: Actor): Promise<EmailChoice[]> {
	const user = requireSignedIn(actor);
	const rows = await db.selectFrom('notification_email_prefs').select(['kind', 'email']).where('user_id', '=', user.id).execute();
	const chosen = new Map(rows.map((r) => [r.kind, r.email === 1]));
	return NOTIFICATION_KIND_NAMES.map((kind) => ({ kind, email: chosen.get(kind) ?? NOTIFICATION_KINDS[kind].emailByDefault }));
}

/** Stores a choice for every kind (the form shows them all), in one transaction. */
export async function setEmailChoices(db: Db, actor: Actor, email: Record<NotificationKind, boolean>): Promise<void> {
	const user = requireSignedIn(actor);
	await db.transaction().execute(async (trx) => {
		for (const kind of NOTIFICATION_KIND_NAMES) {
			await trx
				.insertInto('notification_email_prefs')
				.values({ user_id: user.id, kind, email: email[kind] ? 1 : 0 })
				.onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ email: email[kind] ? 1 : 0 }))
				.execute();
		}
	});
}
