// The screen at work on comments: what it holds, what it turns into a confidential concern, and who may see what.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { editComment, listComments, postComment } from '../../src/lib/server/consultations/comments';
import { addConcernNote, getConcern, listConcerns } from '../../src/lib/server/safeguarding/concerns';
import { listQueue, moderateComment, myReports, queueSize, reportComment } from '../../src/lib/server/safeguarding/moderation';
import { createStaffAccount } from '../../src/lib/server/accounts/staff';
import { setSafeguardingLead } from '../../src/lib/server/committees/committees';
import { verifyAuditChain } from '../../src/lib/server/audit/audit-log';
import { actor, BASE_URL, committeeId, demoDb, demoEmail, openConsultation, fail, posted } from '../helpers';

let db: Db;
let bangkok: string;
let manila: string;

beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	manila = await committeeId(db, 'Manila');
});


describe('held by the screen', () => {
	it('holds a phone number for a facilitator, tells the author why, and shows it to no other member', async () => {
		const { id } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		const { comment, held } = await posted(db, river, { consultationId: id, sectionId: null, parentId: null, body: 'text me on 081 234 5678 if you want to talk more' });
		expect(held).toBe(true);
		expect(comment).toMatchObject({ state: 'held', heldFor: ['contact_request', 'personal_info'] });
		expect((await listComments(db, await actor(db, demoEmail('noodlefox')), id)).map((c) => c.id)).not.toContain(comment.id);
		expect((await listComments(db, await actor(db, demoEmail('facilitator')), id)).find((c) => c.id === comment.id)?.heldFor).toEqual(['contact_request', 'personal_info']);
		const stored = await db.selectFrom('comments').select('screen_reasons').where('id', '=', comment.id).executeTakeFirstOrThrow();
		expect(JSON.parse(stored.screen_reasons!)).toContainEqual({ kind: 'personal_info', detail: 'phone', start: 11, end: 23 });
	});

	it('holds a swear word in disguise, and lets a policy comment about abuse material through', async () => {
		const { id } = await openConsultation(db, bangkok);
		const mango = await actor(db, demoEmail('mangostar'));
		expect((await posted(db, mango, { consultationId: id, sectionId: null, parentId: null, body: 'this bill is f\u200bu\u0441k\u0456ng useless' })).held).toBe(true);
		expect((await posted(db, mango, { consultationId: id, sectionId: null, parentId: null, body: 'Platforms must remove child sexual abuse material and report grooming and trafficking within 24 hours.' })).held).toBe(false);
	});
});

describe('a disclosure', () => {
	it('is never posted: it becomes a concern the leads are told of without its words, and the log holds no words either', async () => {
		const { id } = await openConsultation(db, bangkok);
		const noodle = await actor(db, demoEmail('noodlefox'));
		const words = `my uncle hurts me when mum is out, ${Math.random().toString(36).slice(2, 8)}`;
		const result = await postComment(db, noodle, { consultationId: id, sectionId: null, parentId: null, body: words }, Date.now(), BASE_URL);
		expect(result.comment).toBeNull();
		expect(result.concern?.id).toBeTruthy();
		expect(await db.selectFrom('comments').select('id').where('body', '=', words).execute()).toEqual([]);

		const lead = await actor(db, demoEmail('lead'));
		const concern = await getConcern(db, lead, bangkok, result.concern!.id);
		expect(concern).toMatchObject({ text: words, authorName: 'NoodleFox', kinds: ['disclosure'], status: 'new' });

		const emails = await db.selectFrom('email_outbox').select(['to_address', 'body_text']).where('dedupe_key', 'like', `concern:${result.concern!.id}:%`).execute();
		expect(emails.map((e) => e.to_address)).toEqual([demoEmail('lead')]);
		expect(emails[0].body_text).toContain(`/committees/${bangkok}/safeguarding/${result.concern!.id}`);
		expect(emails[0].body_text).not.toContain('uncle');

		const audit = await db.selectFrom('audit_log').select(['action', 'data']).where('subject_id', '=', result.concern!.id).execute();
		expect(audit).toEqual([{ action: 'concern.raised', data: JSON.stringify({ kinds: ['disclosure'] }) }]);
		expect((await verifyAuditChain(db)).ok).toBe(true);
	});

	it('through an edit, leaves the comment as it was and still reaches the leads', async () => {
		const { id } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		const { comment } = await posted(db, river, { consultationId: id, sectionId: null, parentId: null, body: 'Section 2 is fine' });
		const edited = await editComment(db, river, { commentId: comment.id, body: 'I want to kill myself' }, Date.now(), BASE_URL);
		expect(edited.concern?.id).toBeTruthy();
		expect(edited.comment.bodyHtml).toContain('Section 2 is fine');
		expect((await listConcerns(db, await actor(db, demoEmail('lead')), bangkok)).map((c) => c.id)).toContain(edited.concern!.id);
	});

	it('is for the committee’s safeguarding leads and admins only', async () => {
		const { id } = await openConsultation(db, bangkok);
		const result = await postComment(db, await actor(db, demoEmail('riverkite')), { consultationId: id, sectionId: null, parentId: null, body: 'I was raped last year and nobody knows' }, Date.now(), BASE_URL);
		const concernId = result.concern!.id;
		expect((await getConcern(db, await actor(db, demoEmail('admin')), bangkok, concernId)).kinds).toEqual(['disclosure']);

		// A facilitator who is not the lead, the members, an official: refused.
		for (const who of ['facilitator', 'riverkite', 'mangostar', 'official']) {
			const a = await actor(db, demoEmail(who));
			expect(['forbidden', 'not_found']).toContain((await fail(listConcerns(db, a, bangkok))).code);
			expect(['forbidden', 'not_found']).toContain((await fail(getConcern(db, a, bangkok, concernId))).code);
		}
		// The lead of another committee sees neither the list nor the concern, even asking through their own committee.
		const admin = await actor(db, demoEmail('admin'));
		const otherLeadId = await createStaffAccount(db, admin, { kind: 'facilitator', email: 'manila-lead@example.test', realName: 'Other Lead', displayName: 'Ms Other', country: 'PH', committeeId: manila }, BASE_URL);
		await setSafeguardingLead(db, await actor(db, demoEmail('facilitator')), { committeeId: manila, userId: otherLeadId, lead: true });
		const otherLead = await actor(db, 'manila-lead@example.test');
		expect(['forbidden', 'not_found']).toContain((await fail(listConcerns(db, otherLead, bangkok))).code);
		expect((await fail(getConcern(db, otherLead, manila, concernId))).code).toBe('not_found');
		expect((await listConcerns(db, otherLead, manila)).map((c) => c.id)).not.toContain(concernId);
	});
});

describe('the review queue', () => {
	it('lists held comments with what was found marked, for the committee’s facilitators only', async () => {
		const { id } = await openConsultation(db, bangkok);
		const { comment } = await posted(db, await actor(db, demoEmail('mangostar')), { consultationId: id, sectionId: null, parentId: null, body: 'ring me on 081 234 5678 ok' });
		const queue = await listQueue(db, await actor(db, demoEmail('facilitator')), bangkok);
		const item = queue.find((q) => q.commentId === comment.id)!;
		expect(item.pieces.filter((p) => p.kind)).toEqual([
			{ text: 'ring me', kind: 'contact_request' },
			{ text: '081 234 5678', kind: 'personal_info' }
		]);
		expect(item.pieces.map((p) => p.text).join('')).toBe('ring me on 081 234 5678 ok');
		expect(await queueSize(db, await actor(db, demoEmail('facilitator')), bangkok)).toBe(queue.length);
		expect((await fail(queueSize(db, await actor(db, demoEmail('mangostar')), bangkok))).code).toBe('forbidden');
		for (const who of ['mangostar', 'riverkite', 'official']) expect(['forbidden', 'not_found']).toContain((await fail(listQueue(db, await actor(db, demoEmail(who)), bangkok))).code);
	});

	it('approves, redacts, removes and escalates, each once, with a reason in the log; the wrong people cannot', async () => {
		const { id } = await openConsultation(db, bangkok);
		const sam = await actor(db, demoEmail('riverkite'));
		const ben = await actor(db, demoEmail('facilitator'));
		const held = async (body: string) => (await posted(db, sam, { consultationId: id, sectionId: null, parentId: null, body })).comment.id;
		const noodle = await actor(db, demoEmail('noodlefox'));
		const seenBy = async (commentId: string) => (await listComments(db, noodle, id)).find((c) => c.id === commentId);

		const a = await held('my email is kid.mango@example.com, write to me');
		expect((await fail(moderateComment(db, noodle, { commentId: a, action: 'approve', reason: '' }))).code).toBe('forbidden');
		expect((await fail(moderateComment(db, ben, { commentId: a, action: 'remove', reason: '  ' }))).messageKey).toBe('error_moderation_reason_required');
		await moderateComment(db, ben, { commentId: a, action: 'redact', reason: 'email' });
		expect((await seenBy(a))?.bodyHtml).not.toContain('example.com');
		expect((await seenBy(a))?.bodyHtml).toContain('[removed to keep you safe]');
		const history = await db.selectFrom('comment_edits').select('previous_body').where('comment_id', '=', a).execute();
		expect(history.map((h) => h.previous_body)).toEqual(['my email is kid.mango@example.com, write to me']);
		expect((await fail(moderateComment(db, ben, { commentId: a, action: 'redact', reason: 'again' }))).messageKey).toBe('error_nothing_to_redact');
		expect((await fail(moderateComment(db, ben, { commentId: a, action: 'approve', reason: '' }))).messageKey).toBe('error_already_decided');

		const b = await held('this is sh1t');
		await moderateComment(db, ben, { commentId: b, action: 'remove', reason: 'swearing' });
		expect(await seenBy(b)).toBeUndefined();
		expect((await fail(moderateComment(db, ben, { commentId: b, action: 'approve', reason: '' }))).messageKey).toBe('error_already_decided');

		const c = await held('what school do you go to? dm me');
		const lead = await actor(db, demoEmail('lead'));
		const before = (await listConcerns(db, lead, bangkok)).length;
		await moderateComment(db, ben, { commentId: c, action: 'escalate', reason: 'looks like grooming' });
		expect((await listConcerns(db, lead, bangkok)).length).toBe(before + 1);

		const audit = await db.selectFrom('audit_log').select(['action', 'reason']).where('subject_id', 'in', [a, b, c]).orderBy('seq').execute();
		expect(audit).toEqual([
			{ action: 'comment.redact', reason: 'email' },
			{ action: 'comment.remove', reason: 'swearing' },
			{ action: 'comment.escalate', reason: 'looks like grooming' }
		]);
		expect((await verifyAuditChain(db)).ok).toBe(true);
	});
});

describe('a lead working on a concern', () => {
	it('records notes and status, kept with the concern and out of the log; nobody else can', async () => {
		const { id } = await openConsultation(db, bangkok);
		const { concern } = await postComment(db, await actor(db, demoEmail('mangostar')), { consultationId: id, sectionId: null, parentId: null, body: 'my coach touched me after practice' }, Date.now(), BASE_URL);
		const lead = await actor(db, demoEmail('lead'));
		const input = { committeeId: bangkok, concernId: concern!.id, status: 'in_progress' as const, note: 'Called the school counsellor; meeting MangoStar with her mother tomorrow.' };
		expect((await fail(addConcernNote(db, lead, { ...input, note: ' ' }))).messageKey).toBe('error_concern_note_required');
		for (const who of ['facilitator', 'mangostar']) expect(['forbidden', 'not_found']).toContain((await fail(addConcernNote(db, await actor(db, demoEmail(who)), input))).code);
		expect((await fail(addConcernNote(db, lead, { ...input, committeeId: manila }))).code).toBe('not_found');
		await addConcernNote(db, lead, input);
		const seen = await getConcern(db, lead, bangkok, concern!.id);
		expect(seen.status).toBe('in_progress');
		expect(seen.notes).toMatchObject([{ authorName: 'Ms Dara', statusFrom: 'new', statusTo: 'in_progress', body: input.note }]);
		const audit = await db.selectFrom('audit_log').select(['action', 'data']).where('subject_id', '=', concern!.id).where('action', '=', 'concern.noted').execute();
		expect(audit).toEqual([{ action: 'concern.noted', data: JSON.stringify({ from: 'new', to: 'in_progress' }) }]);
	});
});

describe('reports by members', () => {
	it('hides a comment once three members report it, tells reporters it was received and then handled', async () => {
		const { id } = await openConsultation(db, bangkok);
		const author = await actor(db, demoEmail('noodlefox'));
		const { comment } = await posted(db, author, { consultationId: id, sectionId: null, parentId: null, body: 'people who like section 2 are weird' });
		const reporters = [await actor(db, demoEmail('riverkite')), await actor(db, demoEmail('mangostar')), await actor(db, demoEmail('facilitator'))];

		expect((await fail(reportComment(db, author, { commentId: comment.id, reason: 'bullying' }))).messageKey).toBe('error_report_own_comment');
		expect((await fail(reportComment(db, await actor(db, demoEmail('sampaguita')), { commentId: comment.id, reason: 'bullying' }))).code).toBe('not_found');
		expect((await fail(reportComment(db, await actor(db, demoEmail('bluetuk')), { commentId: comment.id, reason: 'bullying' }))).code).toBe('forbidden');

		expect(await reportComment(db, reporters[0], { commentId: comment.id, reason: 'bullying' })).toEqual({ hidden: false });
		expect((await fail(reportComment(db, reporters[0], { commentId: comment.id, reason: 'unsafe' }))).messageKey).toBe('error_already_reported');
		expect(await myReports(db, reporters[0].id, id)).toEqual({ [comment.id]: 'open' });
		expect(await reportComment(db, reporters[1], { commentId: comment.id, reason: 'unsafe' })).toEqual({ hidden: false });
		const ben = await actor(db, demoEmail('facilitator'));
		expect((await listQueue(db, ben, bangkok)).find((q) => q.commentId === comment.id)).toMatchObject({ state: 'published', reports: { bullying: 1, unsafe: 1 } });
		expect(await reportComment(db, reporters[2], { commentId: comment.id, reason: 'bullying' })).toEqual({ hidden: true });
		expect((await listComments(db, reporters[0], id)).map((c) => c.id)).not.toContain(comment.id);

		await moderateComment(db, ben, { commentId: comment.id, action: 'approve', reason: 'not bullying, a joke' });
		expect((await listComments(db, reporters[0], id)).map((c) => c.id)).toContain(comment.id);
		expect(await myReports(db, reporters[0].id, id)).toEqual({ [comment.id]: 'handled' });
		expect((await listQueue(db, ben, bangkok)).map((q) => q.commentId)).not.toContain(comment.id);
		const audit = await db.selectFrom('audit_log').select(['action', 'actor_id']).where('subject_id', '=', comment.id).orderBy('seq').execute();
		expect(audit.map((a) => a.action)).toEqual(['comment.hidden_by_reports', 'comment.approve']);
	});
});
