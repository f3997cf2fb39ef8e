// A user's own notifications: the list on /notifications (newest first, a page at a time), the unread count in the
// header, and marking them read. Every query is scoped to the signed-in user; someone else's notification is "not
// found", so no one can read, open or mark another's.
import { sql } from 'kysely';
import type { Db } from '../db/index';
import { requireSignedIn, type Actor } from '../auth/guards';
import { DomainError } from '../errors';
import { publish } from '../events';

export const PAGE_SIZE = 20;
/** The header shows up to this many, then "99+": counting stops there, so a large backlog costs no more. */
export const UNREAD_SHOWN = 99;

export interface NotificationView {
	id: string;
	kind: string;
	title: string;
	body: string;
	url: string;
	createdAt: number;
	read: boolean;
}

export interface NotificationPage {
	items: NotificationView[];
	/** Where the next (older) page starts, when there is one. */
	olderCursor: string | null;
}

/** A page of the user's notifications, newest first; `before` is a page's olderCursor (anything else: the first page). */
export async function listNotifications(db: Db, actor: Actor, before: string | null = null, limit = PAGE_SIZE): Promise<NotificationPage> {
	const user = requireSignedIn(actor);
	const cursor = parseCursor(before);
	const rows = await db
		.selectFrom('notifications')
		.select(['id', 'kind', 'title', 'body', 'url', 'created_at', 'read_at'])
		.where('user_id', '=', user.id)
		.$if(cursor !== null, (qb) =>
			qb.where((eb) => eb.or([eb('created_at', '<', cursor!.at), eb.and([eb('created_at', '=', cursor!.at), eb('id', '<', cursor!.id)])]))
		)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.limit(limit + 1)
		.execute();
	const items = rows.slice(0, limit).map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, url: r.url, createdAt: r.created_at, read: r.read_at !== null }));
	const last = items.at(-1);
	return { items, olderCursor: rows.length > limit && last ? `${last.createdAt}-${last.id}` : null };
}

function parseCursor(value: string | null): { at: number; id: string } | null {
	const match = value?.match(/^(\d{1,15})-([a-z2-7]{16})$/);
	return match ? { at: Number(match[1]), id: match[2] } : null;
}

/** How many of the user's notifications are unread, counting no further than UNREAD_SHOWN + 1. */
export async function unreadCount(db: Db, userId: string): Promise<number> {
	const row = await db
		.selectFrom((eb) =>
			eb
				.selectFrom('notifications')
				.select(sql<number>`1`.as('one'))
				.where('user_id', '=', userId)
				.where('read_at', 'is', null)
				.limit(UNREAD_SHOWN + 1)
				.as('unread')
		)
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/** Marks one of the user's notifications read (again is fine) and returns where it points. */
export async function markRead(db: Db, actor: Actor, id: string, now = Date.now()): Promise<{ url: string }> {
	const user = requireSignedIn(actor);
	const row = await db.selectFrom('notifications').select(['url', 'read_at']).where('id', '=', id).where('user_id', '=', user.id).executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error_notification_not_found');
	if (row.read_at === null) {
		await db.updateTable('notifications').set({ read_at: now }).where('id', '=', id).where('user_id', '=', user.id).where('read_at', 'is', null).execute();
		publish('notification.read', { userId: user.id });
	}
	return { url: row.url };
}

/**
 * Marks the user's unread notifications read, those made up to `upTo` when given (what the page showed), so one that
 * arrived after the page was drawn stays unread. Returns how many.
 */
export async function markAllRead(db: Db, actor: Actor, upTo: number | null = null, now = Date.now()): Promise<number> {
	const user = requireSignedIn(actor);
	const result = await db
		.updateTable('notifications')
		.set({ read_at: now })
		.where('user_id', '=', user.id)
		.where('read_at', 'is', null)
		.$if(upTo !== null, (qb) => qb.where('created_at', '<=', upTo!))
		.executeTakeFirst();
	const count = Number(result.numUpdatedRows);
	if (count > 0) publish('notification.read', { userId: user.id });
	return count;
}
