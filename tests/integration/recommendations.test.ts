// The whole life of a recommendation through the services, with a clock the test moves (no sleeps): drafted and
// co-edited (screened), adopted by a ballot, submitted, acknowledged, answered (with "more time" once freely and
// again only with an admin), updated, given feedback and a follow-up question; deadline reminders and escalation
// sent once each; and everything refused to the wrong people.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { DAY_MS } from '../../src/lib/server/clock';
import { toLocalInput } from '../../src/lib/server/time';
import { createGovernmentBody, setBodyDeadlines } from '../../src/lib/server/government/bodies';
import { createStaffAccount } from '../../src/lib/server/accounts/staff';
import { listConcerns } from '../../src/lib/server/safeguarding/concerns';
import { createDraft, decideHeldRevision, editDraft, type DraftInput } from '../../src/lib/server/recommendations/drafts';
import { putToAdoptionVote } from '../../src/lib/server/recommendations/adoption';
import { submitRecommendations, withdrawRecommendation } from '../../src/lib/server/recommendations/submissions';
import { acknowledgeRecommendation, answerRecommendation, decideExtension, listPendingExtensions, postProgressUpdate, replyToFollowUp } from '../../src/lib/server/recommendations/answers';
import { askFollowUp, giveFeedback } from '../../src/lib/server/recommendations/feedback';
import { getCommitteeRecommendation, listCommitteeRecommendations } from '../../src/lib/server/recommendations/committee-view';
import { getSentRecommendation, listInbox } from '../../src/lib/server/recommendations/inbox';
import { sendDeadlineNotices } from '../../src/lib/server/recommendations/reminders';
import { authenticateApiToken, issueApiToken, revokeApiToken } from '../../src/lib/server/government/api-tokens';
import { actor, adoptedRecommendation as adoptedFixture, BASE_URL, committeeId, demoDb, demoEmail, fail, openConsultation } from '../helpers';

let db: Db;
let bangkok: string;
let ministry: string;
let otherBody: string;
let facilitator: SessionUser;
let admin: SessionUser;
let official: SessionUser;
let otherOfficial: SessionUser;
const tz = 'Asia/Bangkok';

beforeAll(async () => {
	db = await demoDb();
	bangkok = await committeeId(db, 'Bangkok');
	facilitator = await actor(db, demoEmail('facilitator'));
	admin = await actor(db, demoEmail('admin'));
	official = await actor(db, demoEmail('official'));
	ministry = (await db.selectFrom('government_bodies').select('id').executeTakeFirstOrThrow()).id;
	otherBody = await createGovernmentBody(db, admin, { name: 'Ministry of Education', country: 'TH', acknowledgeWithinDays: 7, respondWithinDays: 30, headContactEmail: null });
	await createStaffAccount(db, admin, { kind: 'official', email: 'edu.official@example.test', realName: 'Edu Official', displayName: 'Edu', country: 'TH', bodyId: otherBody }, BASE_URL, Date.now(), 'a long enough password');
	otherOfficial = await actor(db, 'edu.official@example.test');
});

const draft = (over: Partial<DraftInput> = {}): DraftInput => ({
	title: 'Ask young people before setting the age limit',
	body: 'Section 4 should set the age limit at 16 after asking a youth panel.',
	rationale: 'Young people know what age limit works for them.',
	bodyId: ministry,
	positionIds: [],
	...over
});

/** A recommendation to the ministry, adopted by five fresh members of the Bangkok committee, ready to submit. */
const adoptedRecommendation = (now = Date.now()) => adoptedFixture(db, { committeeId: bangkok, bodyId: ministry, facilitator }, now);

describe('drafting', () => {
	it('lets members co-edit a draft, refusing an edit made on an old version without losing anyone’s text', async () => {
		const { id: consultationId } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		const mango = await actor(db, demoEmail('mangostar'));
		const { id } = await createDraft(db, river, consultationId, draft(), Date.now(), BASE_URL);
		await editDraft(db, mango, { ...draft({ body: 'Section 4: sixteen, after asking a youth panel.' }), recommendationId: id!, baseVersion: 1 });
		const stale = await fail(editDraft(db, river, { ...draft({ body: 'My older edit' }), recommendationId: id!, baseVersion: 1 }));
		expect(stale.messageKey).toBe('error_recommendation_edited_meanwhile');
		const page = await getCommitteeRecommendation(db, river, id!);
		expect(page.record.body).toBe('Section 4: sixteen, after asking a youth panel.');
		expect(page.version).toBe(2);
		expect(page.history.map((h) => h.authorName)).toEqual(['RiverKite', 'MangoStar']);
	});

	it('holds an edit with a phone number for the facilitators, keeps the last text, and publishes it once approved (logged)', async () => {
		const { id: consultationId } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		const noodle = await actor(db, demoEmail('noodlefox'));
		const { id } = await createDraft(db, river, consultationId, draft(), Date.now(), BASE_URL);
		const held = await editDraft(db, river, { ...draft({ rationale: 'Call me on 081 234 5678 to talk about it.' }), recommendationId: id!, baseVersion: 1 });
		expect(held.held).toBe(true);
		expect((await getCommitteeRecommendation(db, noodle, id!)).held).toEqual([]);
		expect((await getCommitteeRecommendation(db, noodle, id!)).record.rationale).toBe(draft().rationale);
		const forFacilitator = await getCommitteeRecommendation(db, facilitator, id!);
		expect(forFacilitator.held[0]!.reasons.map((r) => r.kind)).toContain('personal_info');
		expect((await fail(decideHeldRevision(db, noodle, { recommendationId: id!, revisionId: forFacilitator.held[0]!.id, approve: true, reason: 'ok' }))).code).toBe('forbidden');
		await decideHeldRevision(db, facilitator, { recommendationId: id!, revisionId: forFacilitator.held[0]!.id, approve: true, reason: 'A public office number' });
		expect((await getCommitteeRecommendation(db, noodle, id!)).record.rationale).toContain('081 234 5678');
		const log = await db.selectFrom('audit_log').select(['action', 'reason']).where('subject_id', '=', id!).execute();
		expect(log).toContainEqual({ action: 'recommendation_revision.approved', reason: 'A public office number' });
	});

	it('never stores a disclosure written into a draft: it becomes a concern for the safeguarding lead', async () => {
		const { id: consultationId } = await openConsultation(db, bangkok);
		const mango = await actor(db, demoEmail('mangostar'));
		const words = `my uncle hurts me when mum is out ${Math.random().toString(36).slice(2, 7)}`;
		const result = await createDraft(db, mango, consultationId, draft({ rationale: words }), Date.now(), BASE_URL);
		expect(result).toMatchObject({ id: null, concern: { id: expect.any(String) } });
		expect(await db.selectFrom('recommendations').select('id').where('rationale', 'like', `%${words}%`).execute()).toEqual([]);
		const lead = await actor(db, demoEmail('lead'));
		expect((await listConcerns(db, lead, bangkok)).find((c) => c.id === result.concern!.id)).toMatchObject({ source: 'recommendation' });
	});

	it('refuses bad input and the wrong people with clear reasons', async () => {
		const { id: consultationId } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		expect((await fail(createDraft(db, river, consultationId, draft({ title: '  ' })))).field).toBe('title');
		expect((await fail(createDraft(db, river, consultationId, draft({ bodyId: 'aaaaaaaaaaaaaaaa' })))).field).toBe('bodyId');
		expect((await fail(createDraft(db, river, consultationId, draft({ positionIds: ['aaaaaaaaaaaaaaaa'] })))).field).toBe('positionIds');
		expect((await fail(createDraft(db, official, consultationId, draft()))).code).toBe('not_found');
		const sampaguita = await actor(db, demoEmail('sampaguita'));
		expect((await fail(createDraft(db, sampaguita, consultationId, draft()))).code).toBe('not_found');
		const { id } = await createDraft(db, river, consultationId, draft(), Date.now(), BASE_URL);
		expect((await fail(putToAdoptionVote(db, river, { recommendationId: id!, opensAt: toLocalInput(Date.now(), tz), closesAt: toLocalInput(Date.now() + DAY_MS, tz), quorumPercent: 50, threshold: 'majority', secret: true }))).code).toBe('forbidden');
		expect((await fail(putToAdoptionVote(db, facilitator, { recommendationId: id!, opensAt: toLocalInput(Date.now(), tz), closesAt: toLocalInput(Date.now() - DAY_MS, tz), quorumPercent: 50, threshold: 'majority', secret: true }))).field).toBe('closesAt');
		// The failed ballot left nothing behind: the draft is still a draft, no motion position remains.
		expect((await getCommitteeRecommendation(db, river, id!)).record.status).toBe('draft');
		expect(await db.selectFrom('positions').select('id').where('recommendation_id', '=', id!).execute()).toEqual([]);
	});
});

describe('adoption, submission and the answer', () => {
	it('runs the whole lifecycle and keeps youth identities from the official', async () => {
		const t0 = Date.now();
		const { id, members, positionId } = await adoptedRecommendation(t0);
		const river = members[0]!;
		const mine = await getCommitteeRecommendation(db, river, id, t0);
		expect(mine.record.status).toBe('adopted');
		expect(mine.record.adoptionEvidence).toMatch(/^adopted 4–1, turnout \d+%$/);
		expect(mine.record.evidence.map((e) => e.positionId)).toEqual([positionId]);

		// Only a facilitator submits; a member cannot.
		expect((await fail(submitRecommendations(db, river, { committeeId: bangkok, recommendationIds: [id], note: '' }, t0))).code).toBe('forbidden');
		await submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [id], note: 'From our July session.' }, t0);
		const sent = await getSentRecommendation(db, official, id, t0);
		expect(sent.record).toMatchObject({ status: 'submitted', committeeName: 'Bangkok Youth Advisory Committee', deadlines: { acknowledge: 'pending', acknowledgeDueAt: t0 + 14 * DAY_MS, answerDueAt: t0 + 60 * DAY_MS } });
		expect(JSON.stringify(sent.record)).not.toMatch(/RiverKite|Member |Test Member|@/);
		expect((await listInbox(db, official, ministry, {}, t0)).items.map((i) => i.id)).toContain(id);
		expect(await db.selectFrom('notifications').select('kind').where('user_id', '=', official.id).where('kind', '=', 'recommendation_inbox').execute()).not.toEqual([]);

		// Another body's official, and a member, cannot reach it as an official.
		expect((await fail(getSentRecommendation(db, otherOfficial, id))).code).toBe('not_found');
		expect((await fail(acknowledgeRecommendation(db, otherOfficial, { recommendationId: id, responsibleOfficial: 'x' }))).code).toBe('not_found');
		expect((await fail(acknowledgeRecommendation(db, river, { recommendationId: id, responsibleOfficial: 'x' }))).code).toBe('not_found');
		expect((await fail(listInbox(db, river, ministry))).code).toBe('not_found');

		// Answer before acknowledging; then the acknowledgement, once.
		expect((await fail(answerRecommendation(db, official, { recommendationId: id, decision: 'accepted', rationale: 'Yes', actions: [{ description: 'Do it', targetDate: '2099-01-01' }] }, t0))).messageKey).toBe('error_acknowledge_first');
		const t1 = t0 + 3 * DAY_MS;
		await acknowledgeRecommendation(db, official, { recommendationId: id, responsibleOfficial: 'Director, Child Protection Division' }, t1);
		expect((await fail(acknowledgeRecommendation(db, official, { recommendationId: id, responsibleOfficial: 'Again' }, t1))).messageKey).toBe('error_already_acknowledged');

		// Bad decisions and dates.
		expect((await fail(answerRecommendation(db, official, { recommendationId: id, decision: 'maybe', rationale: 'x' }, t1))).field).toBe('decision');
		expect((await fail(answerRecommendation(db, official, { recommendationId: id, decision: 'more_time', rationale: 'x', newDueDate: '2020-01-01' }, t1))).messageKey).toBe('error_date_in_past');
		expect((await fail(answerRecommendation(db, official, { recommendationId: id, decision: 'more_time', rationale: 'x', newDueDate: '2099-02-30' }, t1))).messageKey).toBe('error_date_invalid');
		expect((await fail(answerRecommendation(db, official, { recommendationId: id, decision: 'accepted', rationale: 'x', actions: [] }, t1))).messageKey).toBe('error_actions_required');

		// More time: once freely, the second time only with an admin.
		const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
		await answerRecommendation(db, official, { recommendationId: id, decision: 'more_time', rationale: 'We are consulting other ministries.', newDueDate: date(t0 + 80 * DAY_MS) }, t1);
		const extended = (await getSentRecommendation(db, official, id, t1)).record;
		expect(extended).toMatchObject({ status: 'acknowledged', decision: 'more_time', extensions: 1 });
		expect(extended.deadlines.answerDueAt).toBeGreaterThan(t0 + 79 * DAY_MS);
		const second = await answerRecommendation(db, official, { recommendationId: id, decision: 'more_time', rationale: 'Still consulting.', newDueDate: date(t0 + 100 * DAY_MS) }, t1);
		expect(second.pendingApproval).toBe(true);
		expect((await getSentRecommendation(db, official, id, t1)).record.deadlines.answerDueAt).toBe(extended.deadlines.answerDueAt);
		expect((await fail(answerRecommendation(db, official, { recommendationId: id, decision: 'not_accepted', rationale: 'x' }, t1))).messageKey).toBe('error_extension_pending');
		expect((await fail(decideExtension(db, facilitator, { responseId: second.responseId, approve: true, reason: 'ok' }, t1))).code).toBe('forbidden');
		expect((await listPendingExtensions(db, admin)).map((p) => p.responseId)).toContain(second.responseId);
		await decideExtension(db, admin, { responseId: second.responseId, approve: true, reason: 'A national election intervened.' }, t1);
		expect((await getSentRecommendation(db, official, id, t1)).record.extensions).toBe(2);

		// The answer, with committed actions; then progress, feedback and a follow-up question.
		const t2 = t1 + 10 * DAY_MS;
		await answerRecommendation(db, official, { recommendationId: id, decision: 'accepted', rationale: 'We will set the age at 16 after a youth panel.', actions: [{ description: 'Hold a youth panel on the age limit', targetDate: date(t2 + 30 * DAY_MS) }] }, t2);
		expect((await fail(answerRecommendation(db, official, { recommendationId: id, decision: 'not_accepted', rationale: 'changed our mind' }, t2))).messageKey).toBe('error_already_answered');
		const answered = (await getCommitteeRecommendation(db, river, id, t2)).record;
		expect(answered).toMatchObject({ status: 'answered', decision: 'accepted', deadlines: { acknowledge: 'on_time', answer: 'on_time' } });
		const action = answered.actions[0]!;
		await postProgressUpdate(db, official, { recommendationId: id, actionId: action.id, body: 'The panel met on 3 March.', actionStatus: 'done' }, t2 + DAY_MS);
		expect((await fail(postProgressUpdate(db, river, { recommendationId: id, body: 'x' }))).code).toBe('not_found');
		await giveFeedback(db, river, { recommendationId: id, understood: true, answersIt: 'partly' }, t2);
		await giveFeedback(db, river, { recommendationId: id, understood: true, answersIt: 'yes' }, t2); // changes, not a second vote
		expect((await fail(giveFeedback(db, facilitator, { recommendationId: id, understood: true, answersIt: 'yes' }))).messageKey).toBe('error_only_members_feedback');
		const q = await askFollowUp(db, river, { recommendationId: id, body: 'Who will sit on the youth panel?' }, t2, BASE_URL);
		expect(q.held).toBe(false);
		expect((await fail(askFollowUp(db, river, { recommendationId: id, body: 'And when?' }, t2, BASE_URL))).messageKey).toBe('error_one_question');
		const forOfficial = (await getSentRecommendation(db, official, id, t2)).record;
		expect(forOfficial.feedback).toEqual({ responses: 1, understood: 1, yes: 1, partly: 0, no: 0 });
		expect(forOfficial.updates.map((u) => u.actionStatus)).toEqual(['done']);
		expect(forOfficial.actions[0]!.status).toBe('done');
		await replyToFollowUp(db, official, { recommendationId: id, questionId: q.id!, reply: 'Ten members of youth committees.' }, t2);
		expect((await getCommitteeRecommendation(db, river, id, t2)).myQuestion).toMatchObject({ reply: 'Ten members of youth committees.' });
		const statuses = await db.selectFrom('audit_log').select('action').where('subject_id', '=', id).orderBy('seq').execute();
		expect(statuses.map((s) => s.action)).toEqual(expect.arrayContaining(['recommendation.put_to_vote', 'recommendation.adopted', 'recommendation.submitted', 'recommendation.acknowledged', 'recommendation.answered', 'extension.approved', 'recommendation.progress_update', 'follow_up.replied']));
	});

	it('refuses to submit a draft, to mix bodies in one submission, and to answer a withdrawn recommendation', async () => {
		const { id: consultationId } = await openConsultation(db, bangkok);
		const river = await actor(db, demoEmail('riverkite'));
		const { id: draftId } = await createDraft(db, river, consultationId, draft(), Date.now(), BASE_URL);
		expect((await fail(submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [draftId!], note: '' }))).messageKey).toBe('error_submit_not_adopted');
		const a = await adoptedRecommendation();
		const b = await adoptedRecommendation();
		await editDraft(db, river, { ...draft(), recommendationId: draftId!, baseVersion: 1 }).catch(() => null);
		await db.updateTable('recommendations').set({ body_id: otherBody }).where('id', '=', b.id).execute();
		expect((await fail(submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [a.id, b.id], note: '' }))).messageKey).toBe('error_submit_one_body');
		await submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [a.id], note: '' });
		await withdrawRecommendation(db, facilitator, { recommendationId: a.id, reason: 'Sent to the wrong ministry.' });
		expect((await fail(acknowledgeRecommendation(db, official, { recommendationId: a.id, responsibleOfficial: 'Someone' }))).messageKey).toBe('error_recommendation_withdrawn');
		expect((await getSentRecommendation(db, official, a.id)).record).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Sent to the wrong ministry.' });
	});

	it('lists a committee’s recommendations for its members only', async () => {
		const list = await listCommitteeRecommendations(db, await actor(db, demoEmail('riverkite')), bangkok);
		expect(list.length).toBeGreaterThan(0);
		expect((await fail(listCommitteeRecommendations(db, await actor(db, demoEmail('sampaguita')), bangkok))).code).toBe('not_found');
	});
});

describe('deadlines', () => {
	it('reminds three days before, escalates once overdue, and never sends a notice twice (even when run again or in parallel)', async () => {
		const t0 = Date.now();
		const { id } = await adoptedRecommendation(t0);
		await submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [id], note: '' }, t0);
		const notices = () => db.selectFrom('deadline_notices').select('kind').where('recommendation_id', '=', id).orderBy('created_at').execute();
		await sendDeadlineNotices(db, t0 + 10 * DAY_MS);
		expect(await notices()).toEqual([]);
		await Promise.all([sendDeadlineNotices(db, t0 + 12 * DAY_MS), sendDeadlineNotices(db, t0 + 12 * DAY_MS)]);
		await sendDeadlineNotices(db, t0 + 13 * DAY_MS);
		expect((await notices()).map((n) => n.kind)).toEqual(['acknowledge_soon']);
		const reminders = await db.selectFrom('notifications').select('title').where('user_id', '=', official.id).where('kind', '=', 'deadline').where('url', 'like', `%${id}`).execute();
		expect(reminders).toHaveLength(1);
		expect(await db.selectFrom('email_outbox').select('subject').where('to_address', '=', demoEmail('official')).where('subject', 'like', 'Due in%').where('body_text', 'like', `%${id}%`).execute()).toHaveLength(1);

		await sendDeadlineNotices(db, t0 + 15 * DAY_MS);
		await sendDeadlineNotices(db, t0 + 16 * DAY_MS);
		expect((await notices()).map((n) => n.kind)).toEqual(['acknowledge_soon', 'acknowledge_overdue']);
		expect(await db.selectFrom('email_outbox').select('subject').where('to_address', '=', demoEmail('head.msdhs')).where('subject', 'like', 'Overdue%').where('body_text', 'like', `%${id}%`).execute()).toHaveLength(1);
		expect(await db.selectFrom('notifications').select('id').where('user_id', '=', admin.id).where('url', '=', `/recommendations/${id}`).execute()).toHaveLength(1);
		expect((await getSentRecommendation(db, official, id, t0 + 15 * DAY_MS)).record.deadlines).toMatchObject({ acknowledge: 'overdue', overdue: true });

		// Acknowledged late: the answer clock has its own reminder.
		await acknowledgeRecommendation(db, official, { recommendationId: id, responsibleOfficial: 'Ms Late' }, t0 + 16 * DAY_MS);
		expect((await getSentRecommendation(db, official, id, t0 + 16 * DAY_MS)).record.deadlines).toMatchObject({ acknowledge: 'late', answer: 'pending', overdue: false });
		await sendDeadlineNotices(db, t0 + 58 * DAY_MS);
		expect((await notices()).map((n) => n.kind)).toEqual(['acknowledge_soon', 'acknowledge_overdue', 'answer_soon']);
	});
});

describe('a body’s deadlines', () => {
	it('are set by the body’s officials (not another body’s, not a member), apply to what is sent from then on, and are logged', async () => {
		const t0 = Date.now();
		const before = await adoptedFixture(db, { committeeId: bangkok, bodyId: otherBody, facilitator }, t0);
		await submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [before.id], note: '' }, t0);
		expect((await fail(setBodyDeadlines(db, official, otherBody, { acknowledgeWithinDays: 3, respondWithinDays: 20 }))).code).toBe('not_found');
		expect((await fail(setBodyDeadlines(db, await actor(db, demoEmail('riverkite')), otherBody, { acknowledgeWithinDays: 3, respondWithinDays: 20 }))).code).toBe('not_found');
		expect((await fail(setBodyDeadlines(db, otherOfficial, otherBody, { acknowledgeWithinDays: 0, respondWithinDays: 20 }))).field).toBe('acknowledgeWithinDays');
		expect((await fail(setBodyDeadlines(db, otherOfficial, otherBody, { acknowledgeWithinDays: 10, respondWithinDays: 5 }))).messageKey).toBe('error_answer_before_acknowledge');
		await setBodyDeadlines(db, otherOfficial, otherBody, { acknowledgeWithinDays: 3, respondWithinDays: 20 });
		const after = await adoptedFixture(db, { committeeId: bangkok, bodyId: otherBody, facilitator }, t0);
		await submitRecommendations(db, facilitator, { committeeId: bangkok, recommendationIds: [after.id], note: '' }, t0);
		expect((await getSentRecommendation(db, otherOfficial, before.id, t0)).record.deadlines.acknowledgeDueAt).toBe(t0 + 7 * DAY_MS);
		expect((await getSentRecommendation(db, otherOfficial, after.id, t0)).record.deadlines).toMatchObject({ acknowledgeDueAt: t0 + 3 * DAY_MS, answerDueAt: t0 + 20 * DAY_MS });
		const log = await db.selectFrom('audit_log').select(['action', 'actor_id']).where('subject_id', '=', otherBody).where('action', '=', 'government_body.deadlines_set').execute();
		expect(log).toEqual([{ action: 'government_body.deadlines_set', actor_id: otherOfficial.id }]);
	});
});

describe('API tokens', () => {
	it('authenticates a body’s token, and refuses a missing, unknown or revoked one', async () => {
		expect((await fail(issueApiToken(db, official, { bodyId: ministry, label: 'Case system' }))).code).toBe('forbidden');
		const { id, token } = await issueApiToken(db, admin, { bodyId: ministry, label: 'Case system' });
		expect(await authenticateApiToken(db, `Bearer ${token}`)).toEqual({ apiToken: { id, bodyId: ministry, label: 'Case system' } });
		expect((await fail(authenticateApiToken(db, null))).code).toBe('unauthenticated');
		expect((await fail(authenticateApiToken(db, `Bearer ${token}x`))).code).toBe('unauthenticated');
		const foreign = await authenticateApiToken(db, `Bearer ${token}`);
		expect((await fail(listInbox(db, foreign, otherBody))).code).toBe('not_found');
		await revokeApiToken(db, admin, id);
		expect((await fail(authenticateApiToken(db, `Bearer ${token}`))).messageKey).toBe('error_api_token_invalid');
		expect(await db.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow()).not.toMatchObject({ token_hash: token });
	});
});
