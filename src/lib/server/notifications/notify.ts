// In-app notifications: a row per user and event, shown live in the user's own room and listed with read/unread;
// each kind may also come by email, as the user chose (a kind's default otherwise). Called inside the transaction
// of the action that causes it, so a notification exists exactly when its cause does; `dedupeKey` makes a retried
// job notify once. Reading and marking them read is inbox.ts; choosing which come by email, email-prefs.ts.
import type { Db } from '../db/index';
import { newId } from '../ids';
import { hasSubscribers, publish } from '../events';
import { enqueueEmail, publicBaseUrl } from './email-outbox';

/**
 * Every kind of notification, with whether it comes by email when the user has not chosen. A new kind also needs
 * its plain-language name and description in src/lib/notification-kinds.ts (a type error says so).
 */
export const NOTIFICATION_KINDS = {
	/** A recommendation of one of my committees changed status (submitted, acknowledged, answered, updated, overdue). */
	recommendation_status: { emailByDefault: false },
	/** A recommendation was addressed to a body I work for, or a member asked a follow-up question. */
	recommendation_inbox: { emailByDefault: true },
	/** A deadline of my body is near or has passed. */
	deadline: { emailByDefault: true }
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export interface NewNotification {
	userId: string;
	kind: NotificationKind;
	title: string;
	body: string;
	/** A path inside the app, e.g. /recommendations/abc. */
	url: string;
	dedupeKey?: string;
}

export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

/**
 * Records the notification and queues its email when the user wants one. Returns whether it was new (a repeated
 * dedupeKey is not). The live event goes out at once, even inside the caller's transaction: it only tells the
 * user's open pages to read their notifications again, so one announced before a rollback shows nothing new.
 * Where no one listens live (a job run by `npm run jobs`, a script), the notification is left for an app
 * process to announce (announceNotifications).
 */
export async function notify(db: Db, n: NewNotification, now = Date.now()): Promise<boolean> {
	const id = newId();
	const live = hasSubscribers('notification.created');
	const inserted = await db
		.insertInto('notifications')
		.values({
			id,
			user_id: n.userId,
			kind: n.kind,
			title: n.title,
			body: n.body,
			url: n.url,
			dedupe_key: n.dedupeKey ?? null,
			created_at: now,
			read_at: null,
			announced_at: live ? now : null
		})
		.onConflict((oc) => oc.column('dedupe_key').doNothing())
		.executeTakeFirst();
	if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
	if (await wantsEmail(db, n.userId, n.kind)) {
		const user = await db.selectFrom('users').select(['email', 'status']).where('id', '=', n.userId).executeTakeFirst();
		if (user && user.status !== 'erased') {
			await enqueueEmail(db, { to: user.email, subject: n.title, text: `${n.body}\n\n${publicBaseUrl()}${n.url}`, dedupeKey: `notification:${id}` }, now);
		}
	}
	if (live) publish('notification.created', { userId: n.userId, id, kind: n.kind, title: n.title, url: n.url });
	return true;
}

/** Older than this, a notification nobody announced is not news: it is marked announced without a live event. */
export const ANNOUNCE_WITHIN_MS = 10 * 60 * 1000;

/**
 * Announces live the notifications that were made where no one listened, each once across every process (claimed by
 * a conditional UPDATE). Does nothing in a process without listeners, so a command-line run leaves them to the app.
 */
export async function announceNotifications(db: Db, now = Date.now()): Promise<number> {
	if (!hasSubscribers('notification.created')) return 0;
	const waiting = await db
		.selectFrom('notifications')
		.select(['id', 'user_id', 'kind', 'title', 'url', 'created_at'])
		.where('announced_at', 'is', null)
		.orderBy('created_at')
		.limit(100)
		.execute();
	let announced = 0;
	for (const n of waiting) {
		const claimed = await db.updateTable('notifications').set({ announced_at: now }).where('id', '=', n.id).where('announced_at', 'is', null).executeTakeFirst();
		if (Number(claimed.numUpdatedRows) !== 1 || n.created_at < now - ANNOUNCE_WITHIN_MS) continue;
		publish('notification.created', { userId: n.user_id, id: n.id, kind: n.kind, title: n.title, url: n.url });
		announced++;
	}
	return announced;
}

export async function wantsEmail(db: Db, userId: string, kind: NotificationKind): Promise<boolean> {
	const pref = await db.selectFrom('notification_email_prefs').select('email').where('user_id', '=', userId).where('kind', '=', kind).executeTakeFirst();
	return pref ? pref.email === 1 : NOTIFICATION_KINDS[kind].emailByDefault;
}
