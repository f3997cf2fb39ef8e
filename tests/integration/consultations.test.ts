import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { DAY_MS, MINUTE_MS } from '../../src/lib/server/clock';
import { toLocalInput } from '../../src/lib/server/time';
import {
	addSectionAfter,
	changeConsultationState,
	consultationState,
	createConsultation,
	deleteSection,
	getSections,
	getSourceText,
	listConsultations,
	requireConsultation,
	resplitDraft,
	setThreadClosed,
	updateSection
} from '../../src/lib/server/consultations/consultations';
import { deleteComment, editComment, exportDiscussion, listComments, pinComment } from '../../src/lib/server/consultations/comments';
import { approveComment } from '../../src/lib/server/safeguarding/moderation';
import { subscribe } from '../../src/lib/server/events';
import { createInvitation, signUpWithInvitation } from '../../src/lib/server/committees/invitations';
import { actor, committeeId, demoDb, demoEmail, openConsultation as openWith, fail, posted } from '../helpers';

let db: Db;
let bangkok: string;
let manila: string;
const tz = 'Asia/Bangkok';
const draft = '# A Bill\nPreamble.\n\nSection 1. Title\nThis Act is the Test Act.\n\nSection 2. Age\nNo one under 16.';

beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	manila = await committeeId(db, 'Manila');
});


/** A new member with no comments yet (the demo seed has posted as the demo members). */
async function freshMember() {
	const { token } = await createInvitation(db, await actor(db, demoEmail('facilitator')), { committeeId: bangkok });
	const n = Math.random().toString(36).slice(2, 8);
	const email = `fresh-${n}@example.test`;
	await signUpWithInvitation(db, { token, displayName: `Fresh ${n}`, realName: 'Fresh', email, password: 'a long enough password', birthYear: new Date().getUTCFullYear() - 16, birthMonth: 1, country: 'TH', baseUrl: 'http://localhost' });
	return actor(db, email);
}

async function openConsultation(committee = bangkok, facilitatorEmail = demoEmail('facilitator')) {
	const { id, facilitator: f } = await openWith(db, committee, { facilitator: facilitatorEmail, draft });
	return { id, f, sections: await getSections(db, id) };
}

describe('creating and publishing a consultation', () => {
	it('splits the draft, keeps it for facilitators until published, then shows it to members', async () => {
		const f = await actor(db, demoEmail('facilitator'));
		const youth = await actor(db, demoEmail('riverkite'));
		const now = Date.now();
		const id = await createConsultation(db, f, { committeeId: bangkok, title: 'Draft one', summary: 's', bodyId: null, guidingQuestions: '', opensAt: toLocalInput(now, tz), closesAt: toLocalInput(now + DAY_MS, tz), draft });
		expect((await getSections(db, id)).map((s) => s.number)).toEqual([null, '1', '2']);
		expect((await fail(requireConsultation(db, youth, id))).code).toBe('not_found');
		expect((await listConsultations(db, youth, bangkok)).map((c) => c.id)).not.toContain(id);
		await changeConsultationState(db, f, id, 'publish');
		expect((await requireConsultation(db, youth, id)).state).toBe('open');
		expect((await fail(changeConsultationState(db, f, id, 'publish'))).messageKey).toBe('error_cannot_publish');
	});

	it('takes dates in the committee’s time zone and refuses a closing time before the opening', async () => {
		const f = await actor(db, demoEmail('facilitator'));
		const id = await createConsultation(db, f, { committeeId: bangkok, title: 't', summary: 's', bodyId: null, guidingQuestions: '', opensAt: '2030-01-01T09:00', closesAt: '2030-01-02T09:00', draft });
		const row = await db.selectFrom('consultations').select(['opens_at']).where('id', '=', id).executeTakeFirstOrThrow();
		expect(new Date(row.opens_at).toISOString()).toBe('2030-01-01T02:00:00.000Z'); // Bangkok is UTC+7
		const error = await fail(createConsultation(db, f, { committeeId: bangkok, title: 't', summary: 's', bodyId: null, guidingQuestions: '', opensAt: '2030-01-02T09:00', closesAt: '2030-01-01T09:00', draft }));
		expect(error).toMatchObject({ messageKey: 'error_closes_before_opens', field: 'closesAt' });
		expect((await fail(createConsultation(db, f, { committeeId: bangkok, title: 't', summary: 's', bodyId: null, guidingQuestions: '', opensAt: 'tomorrow', closesAt: '2030-01-01T09:00', draft }))).field).toBe('opensAt');
	});

	it('refuses a draft with no recognisable sections, and one far too long, with a message for the draft field', async () => {
		const f = await actor(db, demoEmail('facilitator'));
		const base = { committeeId: bangkok, title: 't', summary: 's', bodyId: null, guidingQuestions: '', opensAt: '2030-01-01T09:00', closesAt: '2030-01-02T09:00' };
		expect(await fail(createConsultation(db, f, { ...base, draft: 'Just some words.' }))).toMatchObject({ messageKey: 'error_draft_no_sections', field: 'draft' });
		expect(await fail(createConsultation(db, f, { ...base, draft: 'Section 1\n' + 'x'.repeat(5_000_000) }))).toMatchObject({ code: 'too_large', field: 'draft' });
	});

	it('lets facilitators adjust the split only before publishing', async () => {
		const f = await actor(db, demoEmail('facilitator'));
		const id = await createConsultation(db, f, { committeeId: bangkok, title: 't', summary: 's', bodyId: null, guidingQuestions: '', opensAt: '2030-01-01T09:00', closesAt: '2030-01-02T09:00', draft });
		const [pre, one] = await getSections(db, id);
		const added = await addSectionAfter(db, f, id, one.id);
		await updateSection(db, f, id, { sectionId: added, number: '1A', heading: 'Inserted', body: 'New text', explanation: 'Plain words' });
		await deleteSection(db, f, id, pre.id);
		expect((await getSections(db, id)).map((s) => s.number)).toEqual(['1', '1A', '2']);
		await resplitDraft(db, f, id, 'Article 1\nOne.\nArticle 2\nTwo.\nArticle 3\nThree.');
		expect((await getSections(db, id)).map((s) => s.number)).toEqual(['1', '2', '3']);
		await changeConsultationState(db, f, id, 'publish');
		const [first] = await getSections(db, id);
		expect((await fail(resplitDraft(db, f, id, draft))).messageKey).toBe('error_only_in_draft');
		expect((await fail(updateSection(db, f, id, { sectionId: first.id, number: '1', heading: 'x', body: 'changed law', explanation: null }))).messageKey).toBe('error_text_fixed_after_publish');
		await updateSection(db, f, id, { sectionId: first.id, number: '1', heading: 'Better heading', body: first.body, explanation: 'Now explained' });
	});

	it('refuses every facilitator tool to members and to facilitators of other committees', async () => {
		const { id, sections, f } = await openConsultation();
		expect(await getSourceText(db, f, id)).toBe(draft);
		for (const who of ['riverkite', 'sampaguita', 'official']) {
			const a = await actor(db, demoEmail(who));
			expect(['forbidden', 'not_found']).toContain((await fail(changeConsultationState(db, a, id, 'close'))).code);
			expect(['forbidden', 'not_found']).toContain((await fail(setThreadClosed(db, a, id, sections[1].id, true))).code);
			expect(['forbidden', 'not_found']).toContain((await fail(exportDiscussion(db, a, id))).code);
			expect(['forbidden', 'not_found']).toContain((await fail(getSourceText(db, a, id))).code);
			expect(['forbidden', 'not_found']).toContain((await fail(createConsultation(db, a, { committeeId: bangkok, title: 't', summary: 's', bodyId: null, guidingQuestions: '', opensAt: '2030-01-01T09:00', closesAt: '2030-01-02T09:00', draft }))).code);
		}
	});

	it('opens and closes by date without anything running', () => {
		const c = { status: 'published' as const, opens_at: 1000, closes_at: 2000, closed_at: null };
		expect(consultationState(c, 999)).toBe('upcoming');
		expect(consultationState(c, 1000)).toBe('open');
		expect(consultationState(c, 2000)).toBe('closed');
		expect(consultationState({ ...c, closed_at: 1500 }, 1600)).toBe('closed');
	});
});

describe('discussing', () => {
	it('lets members comment on a section and reply once, and announces it', async () => {
		const { id, sections } = await openConsultation();
		const heard: string[] = [];
		const stop = subscribe('comment.created', (e) => heard.push(e.comment.authorName));
		const river = await actor(db, demoEmail('riverkite'));
		const { comment, held } = await posted(db, river, { consultationId: id, sectionId: sections[2].id, parentId: null, body: 'I think **16** is right. See https://www.unicef.org/child-rights' });
		expect(held).toBe(false);
		expect(comment.bodyHtml).toContain('<strong>16</strong>');
		expect(comment.bodyHtml).toContain('rel="nofollow ugc noopener"');
		const reply = await posted(db, await actor(db, demoEmail('mangostar')), { consultationId: id, sectionId: null, parentId: comment.id, body: 'Agree' });
		// A reply to a reply joins the first comment's thread, in its section.
		const nested = await posted(db, river, { consultationId: id, sectionId: null, parentId: reply.comment.id, body: 'Thanks' });
		expect(nested.comment).toMatchObject({ parentId: comment.id, sectionId: sections[2].id });
		stop();
		expect(heard).toEqual(['RiverKite', 'MangoStar', 'RiverKite']);
	});

	it('renders no raw HTML, images or script links', async () => {
		const { id } = await openConsultation();
		const { comment } = await posted(db, await actor(db, demoEmail('riverkite')), {
			consultationId: id,
			sectionId: null,
			parentId: null,
			body: '<script>alert(1)</script> <img src=x onerror=alert(1)> ![i](http://x/y.png) [click](javascript:alert(1))'
		});
		expect(comment.bodyHtml).not.toMatch(/<script|<img|<[^>]*\sonerror|href="javascript/i);
	});

	it('refuses empty, over-long, wrong-place and closed-thread comments, and nothing is saved', async () => {
		const { id, f, sections } = await openConsultation();
		const other = await openConsultation();
		const river = await actor(db, demoEmail('riverkite'));
		const before = (await listComments(db, river, id)).length;
		expect((await fail(posted(db, river, { consultationId: id, sectionId: null, parentId: null, body: '   ' }))).messageKey).toBe('error_comment_empty');
		expect((await fail(posted(db, river, { consultationId: id, sectionId: null, parentId: null, body: 'x'.repeat(5001) }))).messageKey).toBe('error_comment_too_long');
		expect((await fail(posted(db, river, { consultationId: id, sectionId: other.sections[0].id, parentId: null, body: 'hi' }))).messageKey).toBe('error_section_not_found');
		expect((await fail(posted(db, river, { consultationId: id, sectionId: 'zzzzzzzzzzzzzzzz', parentId: null, body: 'hi' }))).messageKey).toBe('error_section_not_found');
		const elsewhere = await posted(db, river, { consultationId: other.id, sectionId: null, parentId: null, body: 'elsewhere' });
		expect((await fail(posted(db, river, { consultationId: id, sectionId: null, parentId: elsewhere.comment.id, body: 'hi' }))).messageKey).toBe('error_reply_target_invalid');
		await setThreadClosed(db, f, id, sections[1].id, true);
		expect((await fail(posted(db, river, { consultationId: id, sectionId: sections[1].id, parentId: null, body: 'hi' }))).messageKey).toBe('error_thread_closed');
		expect((await listComments(db, river, id)).length).toBe(before);
	});

	it('refuses comments from outsiders, officials, admins and members awaiting consent', async () => {
		const { id } = await openConsultation();
		const c = { consultationId: id, sectionId: null, parentId: null, body: 'hello' };
		expect((await fail(posted(db, await actor(db, demoEmail('sampaguita')), c))).code).toBe('not_found');
		expect((await fail(posted(db, await actor(db, demoEmail('official')), c))).code).toBe('not_found');
		expect((await fail(posted(db, await actor(db, demoEmail('admin')), c))).messageKey).toBe('error_admins_do_not_comment');
		expect((await fail(posted(db, await actor(db, demoEmail('bluetuk')), c))).messageKey).toBe('error_awaiting_guardian_consent');
		expect((await fail(posted(db, null, c))).code).toBe('unauthenticated');
	});

	it('says a closed consultation is closed, and keeps it readable', async () => {
		const { id, f } = await openConsultation();
		const river = await actor(db, demoEmail('riverkite'));
		await posted(db, river, { consultationId: id, sectionId: null, parentId: null, body: 'before closing' });
		await changeConsultationState(db, f, id, 'close');
		expect((await fail(posted(db, river, { consultationId: id, sectionId: null, parentId: null, body: 'late' }))).messageKey).toBe('error_consultation_closed');
		expect((await listComments(db, river, id)).map((c) => c.body)).toEqual(['before closing']);
	});

	it('limits each member to 10 comments a minute', async () => {
		const { id } = await openConsultation();
		const jo = await freshMember();
		for (let i = 0; i < 10; i++) await posted(db, jo, { consultationId: id, sectionId: null, parentId: null, body: `comment ${i}` });
		expect((await fail(posted(db, jo, { consultationId: id, sectionId: null, parentId: null, body: 'one more' }))).code).toBe('rate_limited');
	});

	it('lets authors edit for 15 minutes, keeping the old text for moderators, and delete their own', async () => {
		const { id } = await openConsultation();
		const mango = await actor(db, demoEmail('mangostar'));
		const t0 = Date.now();
		const { comment } = await posted(db, mango, { consultationId: id, sectionId: null, parentId: null, body: 'first version' }, t0);
		await editComment(db, mango, { commentId: comment.id, body: 'second version' }, t0 + MINUTE_MS);
		const edits = await db.selectFrom('comment_edits').select('previous_body').where('comment_id', '=', comment.id).execute();
		expect(edits.map((e) => e.previous_body)).toEqual(['first version']);
		expect((await fail(editComment(db, mango, { commentId: comment.id, body: 'too late' }, t0 + 16 * MINUTE_MS))).messageKey).toBe('error_edit_window_over');
		expect((await fail(editComment(db, await actor(db, demoEmail('riverkite')), { commentId: comment.id, body: 'not mine' }))).messageKey).toBe('error_not_your_comment');
		expect((await fail(deleteComment(db, await actor(db, demoEmail('facilitator')), comment.id))).messageKey).toBe('error_not_your_comment');
		await deleteComment(db, mango, comment.id);
		const seen = (await listComments(db, mango, id)).find((c) => c.id === comment.id);
		expect(seen).toMatchObject({ state: 'deleted', body: '', bodyHtml: '', authorName: '' });
		const stored = await db.selectFrom('comments').select('body').where('id', '=', comment.id).executeTakeFirstOrThrow();
		expect(stored.body).toBe('second version');
	});

	it('holds youth posts in a pre-moderated committee until a facilitator approves them', async () => {
		const { id, f } = await openConsultation(manila, demoEmail('facilitator'));
		const sam = await actor(db, demoEmail('sampaguita'));
		const jo = await actor(db, demoEmail('jeepneyjo'));
		const { comment, held } = await posted(db, sam, { consultationId: id, sectionId: null, parentId: null, body: 'My idea' });
		expect(held).toBe(true);
		expect((await listComments(db, jo, id)).map((c) => c.id)).not.toContain(comment.id);
		expect((await listComments(db, sam, id)).map((c) => c.id)).toContain(comment.id);
		expect((await listComments(db, f, id)).map((c) => c.id)).toContain(comment.id);
		expect((await fail(approveComment(db, jo, comment.id))).code).toBe('forbidden');
		await approveComment(db, f, comment.id);
		expect((await listComments(db, jo, id)).map((c) => c.id)).toContain(comment.id);
		expect((await fail(approveComment(db, f, comment.id))).messageKey).toBe('error_already_decided');
	});

	it('lets facilitators pin, and exports the discussion with display names only', async () => {
		const { id, f } = await openConsultation();
		const { comment } = await posted(db, await actor(db, demoEmail('riverkite')), { consultationId: id, sectionId: null, parentId: null, body: '=HYPERLINK("x") idea' });
		expect((await fail(pinComment(db, await actor(db, demoEmail('riverkite')), { commentId: comment.id, pinned: true }))).code).toBe('forbidden');
		expect((await fail(pinComment(db, await actor(db, demoEmail('sampaguita')), { commentId: comment.id, pinned: true }))).code).toBe('not_found');
		await pinComment(db, f, { commentId: comment.id, pinned: true });
		expect((await listComments(db, f, id)).find((c) => c.id === comment.id)?.pinned).toBe(true);
		const rows = await exportDiscussion(db, f, id);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ author: 'RiverKite', role: 'member', pinned: 'yes', section: 'General' });
		expect(JSON.stringify(rows)).not.toMatch(/Nicha|demo\.youthvoice/);
	});

	it('returns only newer comments to a client catching up', async () => {
		const { id } = await openConsultation();
		const river = await actor(db, demoEmail('riverkite'));
		const a = await posted(db, river, { consultationId: id, sectionId: null, parentId: null, body: 'a' });
		const b = await posted(db, river, { consultationId: id, sectionId: null, parentId: null, body: 'b' });
		expect((await listComments(db, river, id, { afterSeq: a.comment.seq })).map((c) => c.id)).toEqual([b.comment.id]);
	});
});
