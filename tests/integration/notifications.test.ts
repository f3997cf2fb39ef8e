// A user's notifications: their own list, newest first, a page at a time; the unread count; marking read (never
// someone else's); which kinds also come by email; and announcing live those made where no one was listening.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { announceNotifications, ANNOUNCE_WITHIN_MS, notify, type NotificationKind } from '../../src/lib/server/notifications/notify';
import { listNotifications, markAllRead, markRead, unreadCount, UNREAD_SHOWN } from '../../src/lib/server/notifications/inbox';
import { emailChoices, setEmailChoices } from '../../src/lib/server/notifications/email-prefs';
import { deliverDueEmails, transportFromEnv } from '../../src/lib/server/notifications/email-outbox';
import { subscribe, type DomainEvents } from '../../src/lib/server/events';
import { MINUTE_MS } from '../../src/lib/server/clock';
import { actor, demoDb, demoEmail, fail } from '../helpers';
import { startSmtp, type TestSmtp } from '../smtp';

let db: Db;
let smtp: TestSmtp;
let kite: SessionUser;
let mango: SessionUser;
let official: SessionUser;
let n = 0;

beforeAll(async () => {
	db = await demoDb();
	smtp = await startSmtp();
	kite = await actor(db, demoEmail('riverkite'));
	mango = await actor(db, demoEmail('mangostar'));
	official = await actor(db, demoEmail('official'));
	// The demo's own story (recommendations sent and answered) left notifications; these tests count from none.
	await db.deleteFrom('notifications').execute();
});

afterAll(async () => {
	await smtp.close();
	await db.destroy();
});

/** A notification for `who`, made at `at`; returns its id. */
async function notice(who: SessionUser, at = Date.now(), kind: NotificationKind = 'recommendation_status'): Promise<string> {
	const title = `Notice ${++n}`;
	await notify(db, { userId: who.id, kind, title, body: `About notice ${n}.`, url: `/committees?n=${n}` }, at);
	const row = await db.selectFrom('notifications').select('id').where('title', '=', title).executeTakeFirstOrThrow();
	return row.id;
}

/** Records every event of one kind published while `work` runs. */
async function heard<E extends keyof DomainEvents>(event: E, work: () => Promise<unknown>): Promise<DomainEvents[E][]> {
	const events: DomainEvents[E][] = [];
	const stop = subscribe(event, (payload) => events.push(payload));
	try {
		await work();
	} finally {
		stop();
	}
	return events;
}

describe('the notifications list', () => {
	it('shows a user their own notifications, newest first, a page at a time, and counts the unread', async () => {
		const start = Date.now() - 60 * MINUTE_MS;
		const ids: string[] = [];
		for (let i = 0; i < 5; i++) ids.push(await notice(kite, start + i * 1000));
		await notice(mango, start + 10_000);

		const first = await listNotifications(db, kite, null, 2);
		expect(first.items.map((i) => i.id)).toEqual([ids[4], ids[3]]);
		expect(first.items[0]).toMatchObject({ title: 'Notice 5', body: 'About notice 5.', url: '/committees?n=5', kind: 'recommendation_status', read: false, createdAt: start + 4000 });
		const second = await listNotifications(db, kite, first.olderCursor, 2);
		expect(second.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
		const third = await listNotifications(db, kite, second.olderCursor, 2);
		expect(third.items.map((i) => i.id)).toEqual([ids[0]]);
		expect(third.olderCursor).toBeNull();
		// A cursor that is not one starts at the newest.
		expect((await listNotifications(db, kite, 'nonsense', 2)).items.map((i) => i.id)).toEqual([ids[4], ids[3]]);

		expect(await unreadCount(db, kite.id)).toBe(5);
		expect(await unreadCount(db, mango.id)).toBe(1);
	});

	it('keeps notifications made in the same millisecond apart across pages', async () => {
		const at = Date.now() - 30 * MINUTE_MS;
		const ids = [await notice(official, at), await notice(official, at), await notice(official, at)];
		const seen: string[] = [];
		let cursor: string | null = null;
		do {
			const page = await listNotifications(db, official, cursor, 1);
			seen.push(...page.items.map((i) => i.id));
			cursor = page.olderCursor;
		} while (cursor);
		expect(seen.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
		expect(seen.length).toBe(new Set(seen).size);
	});

	it('stops counting unread at what the header shows', async () => {
		const lotus = await actor(db, demoEmail('lotusleaf'));
		for (let i = 0; i < UNREAD_SHOWN + 5; i++) await notice(lotus);
		expect(await unreadCount(db, lotus.id)).toBe(UNREAD_SHOWN + 1);
	});

	it('asks someone signed out to sign in', async () => {
		expect((await fail(listNotifications(db, null))).code).toBe('unauthenticated');
		expect((await fail(markAllRead(db, null))).code).toBe('unauthenticated');
	});
});

describe('marking read', () => {
	it('marks one read and says where it points; again is harmless; the user’s other pages hear it once', async () => {
		const id = await notice(mango);
		const before = await unreadCount(db, mango.id);
		const events = await heard('notification.read', async () => {
			expect(await markRead(db, mango, id)).toEqual({ url: `/committees?n=${n}` });
			expect(await markRead(db, mango, id)).toEqual({ url: `/committees?n=${n}` });
		});
		expect(events).toEqual([{ userId: mango.id }]);
		expect(await unreadCount(db, mango.id)).toBe(before - 1);
		const item = (await listNotifications(db, mango)).items.find((i) => i.id === id);
		expect(item?.read).toBe(true);
	});

	it('marks all read up to when the page was drawn: one that arrived since stays unread', async () => {
		const skyLantern = await actor(db, demoEmail('skylantern'));
		const drawnAt = Date.now() - 5000;
		await notice(skyLantern, drawnAt - 2000);
		await notice(skyLantern, drawnAt - 1000);
		const later = await notice(skyLantern, drawnAt + 1000);
		expect(await markAllRead(db, skyLantern, drawnAt)).toBe(2);
		expect((await listNotifications(db, skyLantern)).items.filter((i) => !i.read).map((i) => i.id)).toEqual([later]);
		expect(await markAllRead(db, skyLantern)).toBe(1);
		expect(await unreadCount(db, skyLantern.id)).toBe(0);
		expect(await heard('notification.read', () => markAllRead(db, skyLantern))).toEqual([]);
	});

	it('never lets anyone read, open or mark someone else’s notification', async () => {
		const id = await notice(kite);
		// Not in anyone else's list…
		expect((await listNotifications(db, mango, null, 100)).items.map((i) => i.id)).not.toContain(id);
		// …not theirs to open or mark, and they cannot even learn it exists.
		const error = await fail(markRead(db, mango, id));
		expect(error.code).toBe('not_found');
		expect(error.messageKey).toBe('error_notification_not_found');
		expect((await fail(markRead(db, official, id))).code).toBe('not_found');
		expect((await fail(markRead(db, null, id))).code).toBe('unauthenticated');
		// Marking all of one's own touches no one else's.
		await markAllRead(db, mango);
		const row = await db.selectFrom('notifications').select('read_at').where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.read_at).toBeNull();
		expect((await listNotifications(db, kite, null, 100)).items.find((i) => i.id === id)?.read).toBe(false);
	});
});

describe('email choices', () => {
	it('starts at each kind’s default and keeps what the user chose', async () => {
		const jo = await actor(db, demoEmail('jeepneyjo'));
		expect(await emailChoices(db, jo)).toEqual([
			{ kind: 'recommendation_status', email: false },
			{ kind: 'recommendation_inbox', email: true },
			{ kind: 'deadline', email: true }
		]);
		await setEmailChoices(db, jo, { recommendation_status: true, recommendation_inbox: false, deadline: true });
		await setEmailChoices(db, jo, { recommendation_status: true, recommendation_inbox: false, deadline: false });
		expect(await emailChoices(db, jo)).toEqual([
			{ kind: 'recommendation_status', email: true },
			{ kind: 'recommendation_inbox', email: false },
			{ kind: 'deadline', email: false }
		]);
		expect((await fail(setEmailChoices(db, null, { recommendation_status: true, recommendation_inbox: true, deadline: true }))).code).toBe('unauthenticated');
	});

	it('a kind turned off comes in the app but not by email; one turned on comes by email too', async () => {
		const tamarind = await actor(db, demoEmail('tamarind'));
		const noodle = await actor(db, demoEmail('noodlefox'));
		await db.updateTable('email_outbox').set({ sent_at: 0 }).where('sent_at', 'is', null).execute(); // the seed's own emails
		// Deadlines come by email by default: Tamarind turns them off. Status changes do not: NoodleFox turns them on.
		await setEmailChoices(db, tamarind, { recommendation_status: false, recommendation_inbox: true, deadline: false });
		await setEmailChoices(db, noodle, { recommendation_status: true, recommendation_inbox: true, deadline: true });
		const off = await notice(tamarind, Date.now(), 'deadline');
		const on = await notice(noodle, Date.now(), 'recommendation_status');

		expect((await listNotifications(db, tamarind)).items.map((i) => i.id)).toContain(off);
		expect((await listNotifications(db, noodle)).items.map((i) => i.id)).toContain(on);
		expect(await deliverDueEmails(db, transportFromEnv({ SMTP_URL: smtp.url }))).toBe(1);
		expect(smtp.received.map((e) => [e.to, e.subject])).toEqual([[demoEmail('noodlefox'), `Notice ${n}`]]);
	});
});

describe('announcing live', () => {
	// The stories above made their notifications with no one listening: none of them is news here.
	beforeEach(() => db.updateTable('notifications').set({ announced_at: 0 }).where('announced_at', 'is', null).execute());

	it('announces at once where someone listens, and the job has nothing left to do', async () => {
		let id = '';
		const events = await heard('notification.created', async () => {
			id = await notice(kite);
			expect(await announceNotifications(db)).toBe(0);
		});
		expect(events).toEqual([{ userId: kite.id, id, kind: 'recommendation_status', title: `Notice ${n}`, url: `/committees?n=${n}` }]);
	});

	it('leaves one made where no one listens (a command-line job) to the app, which announces it once', async () => {
		const id = await notice(mango); // no one subscribed: as in `npm run jobs`
		expect(await announceNotifications(db)).toBe(0); // nor here: this process cannot announce it
		const events = await heard('notification.created', async () => {
			expect(await announceNotifications(db)).toBe(1);
			expect(await announceNotifications(db)).toBe(0);
		});
		expect(events).toEqual([{ userId: mango.id, id, kind: 'recommendation_status', title: `Notice ${n}`, url: `/committees?n=${n}` }]);
	});

	it('does not announce as news one that waited too long', async () => {
		await notice(official, Date.now() - ANNOUNCE_WITHIN_MS - MINUTE_MS);
		const events = await heard('notification.created', async () => {
			expect(await announceNotifications(db)).toBe(0);
		});
		expect(events).toEqual([]);
		expect(await db.selectFrom('notifications').select('id').where('announced_at', 'is', null).execute()).toEqual([]);
	});
});
