// The rest of the moderation desk: muting and suspending a member (who is told why and can ask for a review), the
// committee's own words for the screen, and the child helplines the caring message names. Each from the wrong role too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { editComment, listComments, postComment } from '../../src/lib/server/consultations/comments';
import { requireConsultation } from '../../src/lib/server/consultations/consultations';
import { getCommitteeHome } from '../../src/lib/server/committees/committees';
import { proposePosition } from '../../src/lib/server/voting/positions';
import { liftSanction, listSanctions, myStanding, pendingReviewRequests, requestSanctionReview, restrictMember } from '../../src/lib/server/safeguarding/sanctions';
import { addCommitteeWord, listCommitteeWords, removeCommitteeWord } from '../../src/lib/server/safeguarding/committee-words';
import { helplinesFor, listHelplines, removeHelpline, saveHelpline } from '../../src/lib/server/safeguarding/helplines';
import { listConcerns } from '../../src/lib/server/safeguarding/concerns';
import { createStaffAccount } from '../../src/lib/server/accounts/staff';
import { verifyAuditChain } from '../../src/lib/server/audit/audit-log';
import { HOUR_MS } from '../../src/lib/server/clock';
import { actor, BASE_URL, committeeId, demoDb, demoEmail, fail, openConsultation, posted } from '../helpers';

let db: Db;
let bangkok: string;
let manila: string;
let facilitator: SessionUser;
let manilaOnly: SessionUser;

beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	manila = await committeeId(db, 'Manila');
	facilitator = await actor(db, demoEmail('facilitator'));
	const admin = await actor(db, demoEmail('admin'));
	await createStaffAccount(db, admin, { kind: 'facilitator', email: 'manila-only@example.test', realName: 'Manila Only', displayName: 'Ms Manila', country: 'PH', committeeId: manila }, BASE_URL);
	manilaOnly = await actor(db, 'manila-only@example.test');
});

const say = (who: SessionUser, consultationId: string, body: string) => postComment(db, who, { consultationId, sectionId: null, parentId: null, body }, Date.now(), BASE_URL);

describe('muting a member', () => {
	it('stops them posting with a message that says why, lets them read, and ends when lifted', async () => {
		const { id } = await openConsultation(db, bangkok);
		const kite = await actor(db, demoEmail('riverkite'));
		const { comment } = await posted(db, kite, { consultationId: id, sectionId: null, parentId: null, body: 'before the mute' });
		const sanctionId = await restrictMember(db, facilitator, { committeeId: bangkok, userId: kite.id, kind: 'mute', period: 'day', reason: 'Three unkind replies today' });

		expect((await fail(say(kite, id, 'while muted'))).messageKey).toBe('error_muted_here');
		expect((await fail(editComment(db, kite, { commentId: comment.id, body: 'edited while muted' }))).messageKey).toBe('error_muted_here');
		expect((await listComments(db, kite, id)).map((c) => c.id)).toContain(comment.id);
		expect((await fail(proposePosition(db, kite, { consultationId: id, sectionId: null, statement: 'We support section 1' }))).messageKey).toBe('error_muted_here');
		const standing = await myStanding(db, kite, bangkok);
		expect(standing.restriction).toMatchObject({ kind: 'mute', reason: 'Three unkind replies today', reviewRequested: false });
		expect(standing.restriction!.endsAt).toBeGreaterThan(Date.now() + 23 * HOUR_MS);

		await liftSanction(db, facilitator, { committeeId: bangkok, sanctionId, reason: 'Talked it through' });
		expect((await posted(db, kite, { consultationId: id, sectionId: null, parentId: null, body: 'after the mute' })).held).toBe(false);
		expect((await fail(liftSanction(db, facilitator, { committeeId: bangkok, sanctionId, reason: 'again' }))).code).toBe('conflict');
	});

	it('ends by itself when its period is over', async () => {
		const { id } = await openConsultation(db, bangkok);
		const mango = await actor(db, demoEmail('mangostar'));
		const sanctionId = await restrictMember(db, facilitator, { committeeId: bangkok, userId: mango.id, kind: 'mute', period: 'hour', reason: 'Cooling off' });
		expect((await fail(say(mango, id, 'muted for an hour'))).messageKey).toBe('error_muted_here');
		await db.updateTable('member_sanctions').set({ ends_at: Date.now() - 1 }).where('id', '=', sanctionId).execute();
		expect((await posted(db, mango, { consultationId: id, sectionId: null, parentId: null, body: 'the hour is over' })).held).toBe(false);
		const views = await listSanctions(db, facilitator, bangkok);
		expect(views.find((v) => v.id === sanctionId)).toMatchObject({ active: false });
	});
});

describe('suspending a member', () => {
	it('keeps them out of every consultation but shows them the reason, and takes one review request', async () => {
		const { id } = await openConsultation(db, bangkok);
		const fox = await actor(db, demoEmail('noodlefox'));
		const sanctionId = await restrictMember(db, facilitator, { committeeId: bangkok, userId: fox.id, kind: 'suspend', period: 'until_lifted', reason: 'Shared another member’s photo' });

		expect((await fail(requireConsultation(db, fox, id))).messageKey).toBe('error_suspended_here');
		expect((await fail(getCommitteeHome(db, fox, bangkok))).messageKey).toBe('error_suspended_here');
		expect((await myStanding(db, fox, bangkok)).restriction).toMatchObject({ kind: 'suspend', endsAt: null });

		await requestSanctionReview(db, fox, { committeeId: bangkok, text: 'It was my own photo, please look again' });
		expect((await fail(requestSanctionReview(db, fox, { committeeId: bangkok, text: 'again' }))).code).toBe('conflict');
		expect(await pendingReviewRequests(db, bangkok)).toBeGreaterThanOrEqual(1);
		expect((await listSanctions(db, facilitator, bangkok)).find((v) => v.id === sanctionId)).toMatchObject({ reviewRequest: 'It was my own photo, please look again', active: true });

		await liftSanction(db, facilitator, { committeeId: bangkok, sanctionId, reason: 'It was their own photo' });
		expect((await requireConsultation(db, fox, id)).restriction).toBeNull();
		const actions = (await db.selectFrom('audit_log').select(['action', 'reason']).where('subject_id', '=', fox.id).execute()).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['member.suspended', 'sanction.review_requested', 'sanction.lifted']));
		expect((await verifyAuditChain(db)).ok).toBe(true);
	});

	it('turns a review request that tells of harm into a concern for the leads', async () => {
		const kite = await actor(db, demoEmail('riverkite'));
		await restrictMember(db, facilitator, { committeeId: bangkok, userId: kite.id, kind: 'mute', period: 'week', reason: 'Spamming the thread' });
		const { concern } = await requestSanctionReview(db, kite, { committeeId: bangkok, text: 'sorry, my stepdad hits me and i was upset' });
		expect(concern).toBe(true);
		const lead = await actor(db, demoEmail('lead'));
		expect((await listConcerns(db, lead, bangkok)).some((c) => c.source === 'review_request')).toBe(true);
	});
});

describe('who may restrict whom', () => {
	it('refuses members, facilitators of another committee, restricting an adult, a missing reason and a repeat', async () => {
		const mango = await actor(db, demoEmail('mangostar'));
		const kite = await actor(db, demoEmail('riverkite'));
		const lead = await actor(db, demoEmail('lead'));
		const input = { committeeId: bangkok, userId: mango.id, kind: 'suspend' as const, period: 'day' as const, reason: 'Because' };
		expect((await fail(restrictMember(db, kite, input))).code).toBe('forbidden');
		expect((await fail(restrictMember(db, manilaOnly, input))).code).toBe('not_found');
		expect((await fail(restrictMember(db, facilitator, { ...input, userId: lead.id }))).code).toBe('forbidden');
		expect((await fail(restrictMember(db, facilitator, { ...input, reason: '  ' }))).messageKey).toBe('error_sanction_reason_required');
		expect((await fail(restrictMember(db, facilitator, { ...input, userId: (await actor(db, demoEmail('sampaguita'))).id }))).code).toBe('not_found');
		const id = await restrictMember(db, facilitator, input);
		expect((await fail(restrictMember(db, facilitator, input))).code).toBe('conflict');
		expect((await fail(listSanctions(db, kite, bangkok))).code).toBe('forbidden');
		expect((await fail(listSanctions(db, manilaOnly, bangkok))).code).toBe('not_found');
		expect((await fail(liftSanction(db, manilaOnly, { committeeId: manila, sanctionId: id, reason: 'no' }))).code).toBe('not_found');
		expect((await fail(requestSanctionReview(db, kite, { committeeId: bangkok, text: 'not restricted' }))).code).toBe('conflict');
		await liftSanction(db, facilitator, { committeeId: bangkok, sanctionId: id, reason: 'test over' });
	});
});

describe("the committee's word list", () => {
	it('holds a word the facilitators added, in their committee only, also when disguised', async () => {
		const { id } = await openConsultation(db, bangkok);
		const { id: manilaConsultation } = await openConsultation(db, manila);
		const fox = await actor(db, demoEmail('noodlefox'));
		const jo = await actor(db, demoEmail('jeepneyjo'));
		expect((await posted(db, fox, { consultationId: id, sectionId: null, parentId: null, body: 'you are such a snollygoster' })).held).toBe(false);
		await addCommitteeWord(db, facilitator, { committeeId: bangkok, locale: 'en', phrase: 'Snollygoster' });
		const held = await posted(db, fox, { consultationId: id, sectionId: null, parentId: null, body: 'what a s n o l l y g o s t e r' });
		expect(held.held).toBe(true);
		expect(held.comment.heldFor).toEqual(['abuse']);
		// Manila pre-moderates every youth post; the facilitator's own post shows the word list is Bangkok's alone.
		expect((await posted(db, facilitator, { consultationId: manilaConsultation, sectionId: null, parentId: null, body: 'snollygoster is an old word' })).held).toBe(false);
		expect(jo).toBeTruthy();

		const { words } = await listCommitteeWords(db, facilitator, bangkok);
		expect(words.map((w) => w.phrase)).toEqual(['snollygoster']);
		await removeCommitteeWord(db, facilitator, { committeeId: bangkok, wordId: words[0].id });
		expect((await posted(db, fox, { consultationId: id, sectionId: null, parentId: null, body: 'snollygoster again' })).held).toBe(false);
	});

	it('refuses bad entries and the wrong people', async () => {
		const kite = await actor(db, demoEmail('riverkite'));
		const add = (who: SessionUser, phrase: string, locale = 'en') => addCommitteeWord(db, who, { committeeId: bangkok, locale, phrase });
		expect((await fail(add(facilitator, '(a|b)*'))).messageKey).toBe('error_word_characters');
		expect((await fail(add(facilitator, 'x'.repeat(61)))).messageKey).toBe('error_word_too_long');
		expect((await fail(add(facilitator, 'palabra', 'es'))).messageKey).toBe('error_word_language');
		expect((await fail(add(facilitator, '   '))).messageKey).toBe('error_word_required');
		await add(facilitator, 'ควายโง่', 'th');
		expect((await fail(add(facilitator, 'ควายโง่', 'th'))).messageKey).toBe('error_word_exists');
		expect((await fail(add(kite, 'meanie'))).code).toBe('forbidden');
		expect((await fail(add(manilaOnly, 'meanie'))).code).toBe('not_found');
		expect((await fail(listCommitteeWords(db, kite, bangkok))).code).toBe('forbidden');
		const [word] = (await listCommitteeWords(db, facilitator, bangkok)).words;
		expect((await fail(removeCommitteeWord(db, manilaOnly, { committeeId: manila, wordId: word.id }))).code).toBe('not_found');
	});
});

describe('child helplines', () => {
	it('are seeded with a cited source for the region and named for the author’s country first', async () => {
		const all = await listHelplines(db, await actor(db, demoEmail('admin')));
		for (const country of ['TH', 'PH', 'ID', 'VN', 'MY']) expect(all.some((h) => h.country === country), country).toBe(true);
		for (const h of all) expect(h.sourceUrl).toMatch(/^https?:\/\//);
		const forThaiInManila = await helplinesFor(db, ['TH', 'PH']);
		expect(forThaiInManila[0].country).toBe('TH');
		expect(forThaiInManila.some((h) => h.country === 'PH')).toBe(true);
		expect(await helplinesFor(db, [null, undefined])).toEqual([]);
	});

	it('are kept by admins only, every change logged', async () => {
		const admin = await actor(db, demoEmail('admin'));
		const input = { country: 'TL', name: 'Test line', phone: '116', url: null, hours: null, sourceUrl: 'https://example.org/116' };
		expect((await fail(saveHelpline(db, facilitator, input))).code).toBe('forbidden');
		const id = await saveHelpline(db, admin, input);
		await saveHelpline(db, admin, { ...input, id, phone: '117' });
		expect((await helplinesFor(db, ['TL']))[0].phone).toBe('117');
		expect((await fail(removeHelpline(db, facilitator, id))).code).toBe('forbidden');
		await removeHelpline(db, admin, id);
		expect(await helplinesFor(db, ['TL'])).toEqual([]);
		expect((await fail(saveHelpline(db, admin, { ...input, id }))).code).toBe('not_found');
		const actions = (await db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute()).map((a) => a.action);
		expect(actions).toEqual(['helpline.added', 'helpline.changed', 'helpline.removed']);
	});
});
