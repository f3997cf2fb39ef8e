// The consultation page reads its first page of each thread from SQL (discussionPage). This checks it against the
// plain reading of the rules over every visible comment (listComments, grouped in memory) for a discussion with
// replies, deletions, held posts, pins and threads longer than a page, seen by a facilitator, an author and a member.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { getSections, requireConsultation } from '../../src/lib/server/consultations/consultations';
import { deleteComment, discussionPage, editComment, listComments, pinComment } from '../../src/lib/server/consultations/comments';
import { createInvitation, signUpWithInvitation } from '../../src/lib/server/committees/invitations';
import { GENERAL, PAGE_SIZE, groupThreads, threadKey, type CommentView } from '../../src/lib/comments';
import { approveComment, moderateComment } from '../../src/lib/server/safeguarding/moderation';
import { actor, committeeId, demoDb, demoEmail, openConsultation, posted } from '../helpers';

/** The reference: every visible comment grouped in memory, the first PAGE_SIZE conversations per thread. */
function reference(all: CommentView[], order: 'oldest' | 'newest', expanded: string | null) {
	const threads = groupThreads(all, order);
	const ids: string[] = [];
	const counts: Record<string, number> = {};
	const tops: Record<string, number> = {};
	for (const [key, list] of threads) {
		tops[key] = list.length;
		counts[key] = list.reduce((n, t) => n + (t.state === 'deleted' ? 0 : 1) + t.replies.filter((r) => r.state !== 'deleted').length, 0);
		for (const t of key === expanded ? list : list.slice(0, PAGE_SIZE)) ids.push(t.id, ...t.replies.map((r) => r.id));
	}
	for (const key of Object.keys(counts)) if (counts[key] === 0) delete counts[key];
	return { ids: ids.sort(), counts, tops, lastSeq: all.reduce((max, c) => Math.max(max, c.seq), 0) };
}

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
	return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

let db: Db;
let id: string;
let sectionIds: string[];
let facilitator: SessionUser;
let members: SessionUser[];

beforeAll(async () => {
	db = await demoDb();
	const manila = await committeeId(db, 'Manila'); // pre-moderated: youth posts are held until approved
	({ id, facilitator } = await openConsultation(db, manila, { draft: 'Section 1\nOne.\nSection 2\nTwo.\nSection 3\nThree.' }));
	sectionIds = (await getSections(db, id)).map((s) => s.id);
	members = [await actor(db, demoEmail('sampaguita')), await actor(db, demoEmail('jeepneyjo'))];
	for (let i = 0; i < 8; i++) {
		const { token } = await createInvitation(db, facilitator, { committeeId: manila });
		const email = `page-${i}@example.test`;
		await signUpWithInvitation(db, { token, displayName: `Page ${i}`, realName: 'Page', email, password: 'a long enough password', birthYear: new Date().getUTCFullYear() - 14, birthMonth: 1, country: 'PH', baseUrl: 'http://localhost' });
		members.push(await actor(db, email));
	}
	const rand = random(7);
	const published: CommentView[] = [];
	const mine = new Map<string, CommentView[]>();
	// Ten comments per member (the per-minute limit), most in the general thread so it runs past one page.
	for (let round = 0; round < 9; round++) {
		for (const member of members) {
			const r = rand();
			const parent = r < 0.3 && published.length ? published[Math.floor(rand() * published.length)] : null;
			const sectionId = r > 0.75 ? sectionIds[Math.floor(rand() * sectionIds.length)] : null;
			const { comment } = await posted(db, member, { consultationId: id, sectionId, parentId: parent?.id ?? null, body: `round ${round} by ${member.display_name}` });
			mine.set(member.id, [...(mine.get(member.id) ?? []), comment]);
			// The facilitator approves most posts; the rest stay held.
			if (rand() < 0.8) {
				await approveComment(db, facilitator, comment.id);
				if (!parent) published.push(comment);
			}
		}
	}
	// Some authors delete: a few opening comments that have replies, a few replies, a few lone comments.
	for (const member of members.slice(0, 6)) {
		const own = mine.get(member.id) ?? [];
		for (const comment of own.filter(() => rand() < 0.2)) await deleteComment(db, member, comment.id);
	}
	// An opening comment deleted after its only reply was deleted leaves nothing to show; one with a live reply stays.
	const post = (who: SessionUser, parentId: string | null, body: string) => posted(db, who, { consultationId: id, sectionId: null, parentId, body }).then((r) => r.comment);
	const gone = await post(facilitator, null, 'gone');
	const goneReply = await post(members[8], gone.id, 'reply to gone');
	await approveComment(db, facilitator, goneReply.id);
	await deleteComment(db, members[8], goneReply.id);
	await deleteComment(db, facilitator, gone.id);
	const kept = await post(facilitator, null, 'kept');
	await approveComment(db, facilitator, (await post(members[9], kept.id, 'reply to kept')).id);
	await deleteComment(db, facilitator, kept.id);
	for (const comment of published.filter(() => rand() < 0.1)) {
		const row = await db.selectFrom('comments').select('state').where('id', '=', comment.id).executeTakeFirstOrThrow();
		if (row.state === 'published') await pinComment(db, facilitator, { commentId: comment.id, pinned: true });
	}
});

describe('the first page of a discussion', () => {
	it('runs past one page in the general thread, so paging is really exercised', async () => {
		const all = await listComments(db, facilitator, id);
		expect(groupThreads(all, 'oldest').get(GENERAL)!.length).toBeGreaterThan(PAGE_SIZE);
		expect(all.some((c) => c.state === 'held')).toBe(true);
		expect(all.some((c) => c.state === 'deleted')).toBe(true);
		expect(all.some((c) => c.pinned)).toBe(true);
	});

	it('matches the rules read over all visible comments, for every reader, order and expanded thread', async () => {
		const readers = { facilitator, author: members[0], member: members[9] };
		for (const [who, reader] of Object.entries(readers)) {
			const access = await requireConsultation(db, reader, id);
			const all = await listComments(db, reader, id);
			for (const order of ['oldest', 'newest'] as const) {
				for (const expanded of [null, GENERAL, sectionIds[0]]) {
					const page = await discussionPage(db, access, { order, expanded });
					const expected = reference(all, order, expanded);
					const label = `${who}, ${order}, expanded ${expanded}`;
					expect(page.comments.map((c) => c.id).sort(), label).toEqual(expected.ids);
					expect(page.counts, label).toEqual(expected.counts);
					expect(page.tops, label).toEqual(expected.tops);
					expect(page.lastSeq, label).toBe(expected.lastSeq);
				}
			}
		}
	});

	it('shows a member the held posts they wrote and nobody else’s', async () => {
		const author = members[0];
		const page = await discussionPage(db, await requireConsultation(db, author, id), { order: 'oldest', expanded: GENERAL });
		for (const c of page.comments.filter((x) => x.state === 'held')) expect(c.authorId).toBe(author.id);
		for (const key of Object.keys(page.counts)) expect([GENERAL, ...sectionIds].map(threadKey)).toContain(key);
	});

	it('also shows the comment just posted when it falls past the first page, but only to those who may see it', async () => {
		const access = await requireConsultation(db, facilitator, id);
		const all = await listComments(db, facilitator, id);
		const beyond = reference(all, 'oldest', null).ids;
		const late = all.find((c) => !c.parentId && c.sectionId === null && !beyond.includes(c.id) && c.state === 'published')!;
		expect(late).toBeDefined();
		const page = await discussionPage(db, access, { order: 'oldest', expanded: null, also: late.id });
		expect(page.comments.map((c) => c.id)).toContain(late.id);
		const heldByOther = all.find((c) => c.state === 'held' && c.authorId !== members[9].id)!;
		const memberPage = await discussionPage(db, await requireConsultation(db, members[9], id), { order: 'oldest', expanded: null, also: heldByOther.id });
		expect(memberPage.comments.map((c) => c.id)).not.toContain(heldByOther.id);
	});
});

describe('a kept discussion page', () => {
	/** The page as a reader gets it now must be the page read from scratch: same comments, each exactly as listed. */
	async function expectFresh(reader: SessionUser, consultationId: string, label: string) {
		const access = await requireConsultation(db, reader, consultationId);
		const page = await discussionPage(db, access, { order: 'oldest', expanded: null });
		const all = await listComments(db, reader, consultationId);
		expect(page.comments.map((c) => c.id).sort(), label).toEqual(reference(all, 'oldest', null).ids);
		expect(page.counts, label).toEqual(reference(all, 'oldest', null).counts);
		const byId = new Map(all.map((c) => [c.id, c]));
		for (const c of page.comments) expect(c, label).toEqual(byId.get(c.id));
	}

	it('changes with every write that shows on the page, for members and facilitators alike', async () => {
		const bangkok = await committeeId(db, 'Bangkok'); // post-moderated: youth posts are published at once
		const { id: cid, facilitator: fac } = await openConsultation(db, bangkok);
		const [kite, mango, fox] = await Promise.all(['riverkite', 'mangostar', 'noodlefox'].map((n) => actor(db, demoEmail(n))));
		const readers = [fox, fac];
		const step = async (label: string, write: () => Promise<unknown>) => {
			for (const r of readers) await expectFresh(r, cid, `before ${label}`);
			await write();
			for (const r of readers) await expectFresh(r, cid, `after ${label}`);
		};
		let first: CommentView | undefined;
		await step('a post', async () => (first = (await posted(db, kite, { consultationId: cid, sectionId: null, parentId: null, body: 'first words' })).comment));
		await step('a reply', () => posted(db, mango, { consultationId: cid, sectionId: null, parentId: first!.id, body: 'a reply' }));
		await step('an edit', () => editComment(db, kite, { commentId: first!.id, body: 'first words, edited' }));
		await step('a pin', () => pinComment(db, fac, { commentId: first!.id, pinned: true }));
		await step('a held post by another member', () => posted(db, mango, { consultationId: cid, sectionId: null, parentId: null, body: 'call me on 081 234 5678' }));
		await step('a hide', () => moderateComment(db, fac, { commentId: first!.id, action: 'hide', reason: 'checking' }));
		await step('an approval', () => moderateComment(db, fac, { commentId: first!.id, action: 'approve', reason: '' }));
		await step('a new display name', () => db.updateTable('users').set({ display_name: 'KiteRenamed' }).where('id', '=', kite.id).execute());
		await step('a new role', () => db.updateTable('memberships').set({ role: 'facilitator' }).where('user_id', '=', mango.id).where('committee_id', '=', bangkok).execute());
		await step('a deletion', () => deleteComment(db, kite, first!.id));
	});
});
