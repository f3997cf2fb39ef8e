// The government side in the browser: recommendations sent to the demo ministry (seeded through the services into the
// server's database), its official's inbox (overdue first, live), acknowledging, a refused answer that keeps what was
// typed, the answer with a committed action, a progress update; the same without JavaScript and by keyboard alone;
// nobody else reaches the inbox; the admin's requests for more time and API tokens.
import { expect, test, type Page } from '@playwright/test';
import type { Db } from '../../src/lib/server/db/index';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { DAY_MS } from '../../src/lib/server/clock';
import { createGovernmentBody } from '../../src/lib/server/government/bodies';
import { createStaffAccount } from '../../src/lib/server/accounts/staff';
import { acknowledgeRecommendation, answerRecommendation } from '../../src/lib/server/recommendations/answers';
import { askFollowUp } from '../../src/lib/server/recommendations/feedback';
import { actor, sentRecommendation } from '../helpers';
import { BASE_URL, committeeId, BANGKOK, demoEmail, expectNoSeriousA11yViolations, newPerson, openServerDb, signIn, uniqueName } from './support';

let db: Db;
let ministry: string;
let official: SessionUser;
const otherOfficial = { email: `${uniqueName('edu')}@example.test`, password: 'a long enough password' };
const titles = { overdue: uniqueName('Overdue '), fresh: uniqueName('Fresh '), noJs: uniqueName('Plain '), keyboard: uniqueName('Keys '), extension: uniqueName('Later '), asked: uniqueName('Asked ') };
const ids: Record<keyof typeof titles, string> = { overdue: '', fresh: '', noJs: '', keyboard: '', extension: '', asked: '' };
let askerName = '';
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const detail = (id: string) => `/government/${ministry}/recommendations/${id}`;

test.beforeAll(async () => {
	test.setTimeout(60_000);
	db = openServerDb();
	const bangkok = committeeId(BANGKOK);
	ministry = (await db.selectFrom('government_bodies').select('id').where('name', '=', 'Ministry of Social Development and Human Security').executeTakeFirstOrThrow()).id;
	const now = Date.now();
	// Sent 20 days ago: the ministry's 14 days to acknowledge have passed.
	ids.overdue = (await sentRecommendation(db, bangkok, ministry, { title: titles.overdue, at: now - 20 * DAY_MS })).id;
	ids.fresh = (await sentRecommendation(db, bangkok, ministry, { title: titles.fresh })).id;
	ids.noJs = (await sentRecommendation(db, bangkok, ministry, { title: titles.noJs })).id;
	ids.keyboard = (await sentRecommendation(db, bangkok, ministry, { title: titles.keyboard })).id;
	ids.extension = (await sentRecommendation(db, bangkok, ministry, { title: titles.extension })).id;
	official = await actor(db, demoEmail('official'));
	await acknowledgeRecommendation(db, official, { recommendationId: ids.keyboard, responsibleOfficial: 'Deputy Director' });
	// More time twice: the second request waits for an admin.
	await acknowledgeRecommendation(db, official, { recommendationId: ids.extension, responsibleOfficial: 'Deputy Director' });
	await answerRecommendation(db, official, { recommendationId: ids.extension, decision: 'more_time', rationale: 'We are asking other ministries.', newDueDate: date(now + 90 * DAY_MS) });
	await answerRecommendation(db, official, { recommendationId: ids.extension, decision: 'more_time', rationale: 'An election intervened.', newDueDate: date(now + 120 * DAY_MS) });

	// Answered, with a member's follow-up question.
	const asked = await sentRecommendation(db, bangkok, ministry, { title: titles.asked });
	ids.asked = asked.id;
	askerName = asked.voters[0]!.display_name;
	await acknowledgeRecommendation(db, official, { recommendationId: ids.asked, responsibleOfficial: 'Deputy Director' });
	await answerRecommendation(db, official, { recommendationId: ids.asked, decision: 'not_accepted', rationale: 'Not this year: the budget is spent.' });
	await askFollowUp(db, asked.voters[0]!, { recommendationId: ids.asked, body: 'Will you look at it again next year?' });

	const admin = await actor(db, demoEmail('admin'));
	const education = await createGovernmentBody(db, admin, { name: uniqueName('Ministry of Education '), country: 'TH', acknowledgeWithinDays: 7, respondWithinDays: 30, headContactEmail: null });
	await createStaffAccount(db, admin, { kind: 'official', email: otherOfficial.email, realName: 'Edu Official', displayName: uniqueName('Edu'), country: 'TH', bodyId: education }, BASE_URL, Date.now(), otherOfficial.password);
});

test.afterAll(async () => {
	await db?.destroy();
});

/** Presses Tab until `name` has the focus (keyboard only), failing after 80 presses. */
async function tabTo(page: Page, accessibleName: RegExp) {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const name = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el) return '';
			const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
			return (label ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim();
		});
		if (accessibleName.test(name)) return;
	}
	throw new Error(`Tab never reached ${accessibleName}`);
}

test('an official works through the inbox: overdue first, acknowledge (seen live), a refused answer keeps the text, the answer, an update', async ({ page, context }) => {
	test.setTimeout(60_000);
	await signIn(page, demoEmail('official'));
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Government inbox' }).click();
	// One body: straight to its inbox.
	await expect(page).toHaveURL(`${BASE_URL}/government/${ministry}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Inbox: Ministry of Social Development and Human Security' })).toBeVisible();
	// Overdue ones first (the demo's own overdue recommendation, older, comes before this story's).
	const first = page.getByTestId('inbox-item').first();
	await expect(first).toContainText('Overdue');
	const items = await page.getByTestId('inbox-item').allTextContents();
	const overdueAt = items.findIndex((t) => t.includes(titles.overdue));
	expect(overdueAt).toBeGreaterThanOrEqual(0);
	expect(items[overdueAt]).toContain('Overdue');
	expect(overdueAt).toBeLessThan(items.findIndex((t) => t.includes(titles.fresh)));
	const fresh = page.getByTestId('inbox-item').filter({ hasText: titles.fresh });
	await expect(fresh).toContainText('Sent, waiting to be acknowledged');
	await expect(page.getByText('Updates live')).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the government inbox');

	// The status filter.
	await page.getByLabel('Show').selectOption('acknowledged');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/status=acknowledged/);
	await expect(page.getByTestId('inbox-item').filter({ hasText: titles.fresh })).toHaveCount(0);
	await expect(page.getByTestId('inbox-item').filter({ hasText: titles.keyboard })).toHaveCount(1);
	await page.goto(`/government/${ministry}`);
	await expect(page.getByText('Updates live')).toBeVisible();

	// The recommendation in a second tab; the inbox stays open in the first.
	const tab = await context.newPage();
	await tab.goto(detail(ids.fresh), { waitUntil: 'networkidle' });
	await expect(tab.getByRole('heading', { level: 1, name: titles.fresh })).toBeVisible();
	await expect(tab.getByText('From Bangkok Youth Advisory Committee')).toBeVisible();
	await expect(tab.getByText('Section 1 · not voted on')).toBeVisible();
	await expect(tab.getByText(/^Adopted by the committee's vote: adopted, turnout \d+%$/)).toBeVisible();
	await expectNoSeriousA11yViolations(tab, 'a recommendation waiting to be acknowledged');

	await tab.getByLabel(/Who is responsible for the answer/).fill('Director, Child Protection Division');
	await tab.getByRole('button', { name: 'Acknowledge' }).click();
	await expect(tab.getByText('Acknowledged. The committee has been told.')).toBeVisible();
	await expect(tab.getByTestId('step-acknowledge')).toContainText('Director, Child Protection Division');
	await expect(tab.getByTestId('step-acknowledge')).toContainText('On time');
	await expect(fresh).toContainText('Acknowledged, waiting for the answer');

	// "Accepted" with no action: the service's message, and the words typed are still there.
	await tab.getByRole('radio', { name: /^Accepted/ }).check();
	await tab.getByLabel('Why (in plain words)').fill('We agree: a youth panel will advise on the age limit.');
	await tab.getByRole('button', { name: 'Publish the answer' }).click();
	await expect(tab.getByText('Please list at least one action you commit to, with a target date.').first()).toBeVisible();
	await expect(tab.getByLabel('Why (in plain words)')).toHaveValue('We agree: a youth panel will advise on the age limit.');
	await expect(tab.getByRole('radio', { name: /^Accepted/ })).toBeChecked();
	await expectNoSeriousA11yViolations(tab, 'the answer form with an error');

	// Rows are added in place; then the answer with one action.
	await tab.getByRole('button', { name: 'Add another action' }).click();
	await expect(tab.getByLabel('Action 4', { exact: true })).toBeFocused();
	await tab.getByLabel('Action 1', { exact: true }).fill('Hold a youth panel on the age limit');
	await tab.getByLabel('Target date for action 1').fill(date(Date.now() + 60 * DAY_MS));
	await tab.getByRole('button', { name: 'Publish the answer' }).click();
	await expect(tab.getByText('Your answer is published. The committee has been told.')).toBeVisible();
	await expect(tab.getByRole('heading', { level: 3, name: 'Yes: they will do what the committee asked' })).toBeVisible();
	await expect(tab.getByRole('listitem').filter({ hasText: 'Hold a youth panel on the age limit' }).first()).toContainText('Promised');
	await expect(fresh).toContainText('Answered');

	// "You said, we did".
	await tab.getByLabel('Which action is it about?').selectOption({ label: 'Hold a youth panel on the age limit' });
	await tab.getByLabel("The action's new status").selectOption({ label: 'In progress' });
	await tab.getByLabel('What happened').fill('Twelve young people were invited to the panel.');
	await tab.getByRole('button', { name: 'Post the update' }).click();
	await expect(tab.getByText('Your update is published. The committee has been told.')).toBeVisible();
	const updates = tab.getByRole('region', { name: 'You said, we did' });
	await expect(updates).toContainText('Twelve young people were invited to the panel.');
	await expect(updates).toContainText('About: Hold a youth panel on the age limit');
	await expect(tab.getByRole('region', { name: 'The answer', exact: true }).getByRole('listitem').filter({ hasText: 'Hold a youth panel' })).toContainText('In progress');
	await expectNoSeriousA11yViolations(tab, 'an answered recommendation with its update');
});

test('a committee member and another body’s official cannot open the ministry’s inbox or its recommendations', async ({ browser }) => {
	const member = await newPerson(browser, demoEmail('riverkite'));
	expect((await member.page.goto(`/government/${ministry}`))?.status()).toBe(404);
	expect((await member.page.goto(detail(ids.fresh)))?.status()).toBe(404);
	await member.page.goto('/government');
	await expect(member.page.getByText("You don't answer for any government body.")).toBeVisible();
	await expect(member.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Government inbox' })).toHaveCount(0);
	await member.context.close();

	const other = await newPerson(browser);
	await signIn(other.page, otherOfficial.email, otherOfficial.password);
	expect((await other.page.goto(`/government/${ministry}`))?.status()).toBe(404);
	expect((await other.page.goto(detail(ids.fresh)))?.status()).toBe(404);
	await expect(other.page.getByText(titles.fresh)).toHaveCount(0);
	await other.context.close();
});

test('without JavaScript an official acknowledges, asks for another action row without losing anything, and answers', async ({ browser }) => {
	const { context, page } = await newPerson(browser, undefined, { javaScriptEnabled: false });
	await signIn(page, demoEmail('official'));
	await page.goto(detail(ids.noJs));
	await page.getByLabel(/Who is responsible for the answer/).fill('Head of Youth Affairs');
	await page.getByRole('button', { name: 'Acknowledge' }).click();
	await expect(page.getByText('Acknowledged. The committee has been told.')).toBeVisible();

	// Every part of the answer form shows; "Add another action" sends it back with a fourth row and nothing lost.
	await page.getByRole('radio', { name: /^Partially accepted/ }).check();
	await page.getByLabel('Why (in plain words)').fill('We will ask a youth panel, but the age stays 15 for now.');
	await page.getByLabel('Action 1', { exact: true }).fill('Set up the youth panel');
	await page.getByLabel('Target date for action 1').fill(date(Date.now() + 30 * DAY_MS));
	await expect(page.getByLabel('Action 4', { exact: true })).toHaveCount(0);
	await page.getByRole('button', { name: 'Add another action' }).click();
	await expect(page.getByLabel('Action 4', { exact: true })).toBeVisible();
	await expect(page.getByRole('radio', { name: /^Partially accepted/ })).toBeChecked();
	await expect(page.getByLabel('Why (in plain words)')).toHaveValue('We will ask a youth panel, but the age stays 15 for now.');
	await expect(page.getByLabel('Action 1', { exact: true })).toHaveValue('Set up the youth panel');
	await expect(page.getByLabel('Target date for action 1')).toHaveValue(date(Date.now() + 30 * DAY_MS));

	// More time with a date in the past: the service's message, fields kept.
	await page.getByRole('radio', { name: /^More time needed/ }).check();
	await page.getByLabel('The new date for your answer').fill('2020-01-01');
	await page.getByRole('button', { name: 'Publish the answer' }).click();
	await expect(page.getByText('Please choose a date that has not passed yet.').first()).toBeVisible();
	await expect(page.getByLabel('Why (in plain words)')).toHaveValue('We will ask a youth panel, but the age stays 15 for now.');
	await expect(page.getByLabel('Action 4', { exact: true })).toBeVisible();

	await page.getByRole('radio', { name: /^Partially accepted/ }).check();
	await page.getByLabel('Action 4', { exact: true }).fill('Publish the panel’s advice');
	await page.getByLabel('Target date for action 4').fill(date(Date.now() + 90 * DAY_MS));
	await page.getByRole('button', { name: 'Publish the answer' }).click();
	await expect(page.getByText('Your answer is published. The committee has been told.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Partly: they will do some of what the committee asked' })).toBeVisible();
	const actions = page.getByRole('region', { name: 'The answer', exact: true });
	await expect(actions).toContainText('Set up the youth panel');
	await expect(actions).toContainText('Publish the panel’s advice');
	await context.close();
});

test('an official replies to a follow-up question, whose asker is only “a member of” the committee', async ({ page }) => {
	await signIn(page, demoEmail('official'));
	await page.goto(`/government/${ministry}`);
	await expect(page.getByTestId('inbox-item').filter({ hasText: titles.asked })).toContainText('open follow-up questions: 1');
	await page.goto(detail(ids.asked), { waitUntil: 'networkidle' });
	const question = page.getByTestId('question');
	await expect(question).toContainText('A member of Bangkok Youth Advisory Committee asked');
	await expect(question).toContainText('Will you look at it again next year?');
	await expect(page.getByText(askerName)).toHaveCount(0);
	// An empty reply: the message beside this question.
	await question.getByRole('button', { name: 'Send the reply' }).click();
	await expect(question.getByText('Please fill this in.').first()).toBeVisible();
	await question.getByLabel('Your reply to this question').fill('Yes: we will review it in our next budget, in March.');
	await question.getByRole('button', { name: 'Send the reply' }).click();
	await expect(question.getByText('Your reply is published.')).toBeVisible();
	await expect(question).toContainText('Ministry of Social Development and Human Security replied');
	await expect(question).toContainText('Yes: we will review it in our next budget, in March.');
	await expect(question.getByRole('button', { name: 'Send the reply' })).toHaveCount(0);
});

test('bad input sent without the page gets the service’s message and a 4xx, never a 500', async ({ page }) => {
	await signIn(page, demoEmail('official'));
	const post = (id: string, action: string, form: Record<string, string>) => page.request.post(`${detail(id)}?/${action}`, { form, headers: { origin: BASE_URL, accept: 'text/html' }, maxRedirects: 0 });
	// Answering before acknowledging.
	let response = await post(ids.overdue, 'answer', { intent: 'answer', decision: 'accepted', rationale: 'Yes', 'action-0-description': 'Do it', 'action-0-date': '2099-01-01' });
	expect(response.status()).toBe(409);
	expect(await response.text()).toContain('Please acknowledge this recommendation before you answer it.');
	// A decision that is not one of the four (on one already acknowledged).
	response = await post(ids.extension, 'answer', { intent: 'answer', decision: 'maybe', rationale: 'Perhaps' });
	expect(response.status()).toBe(400);
	const body = await response.text();
	expect(body).toContain('Please choose one of the four decisions');
	expect(body).toContain('Perhaps');
	// A second acknowledgement.
	response = await post(ids.keyboard, 'acknowledge', { intent: 'acknowledge', responsibleOfficial: 'Someone else' });
	expect(response.status()).toBe(409);
	expect(await response.text()).toContain('This recommendation has already been acknowledged.');
	// A new status for an action without saying which action.
	response = await post(ids.asked, 'progress', { intent: 'progress', actionStatus: 'done', body: 'Done' });
	expect(response.status()).toBe(400);
});

test('an official answers with the keyboard alone', async ({ page }) => {
	await signIn(page, demoEmail('official'));
	await page.goto(detail(ids.keyboard), { waitUntil: 'networkidle' });
	await tabTo(page, /^Accepted/);
	await page.keyboard.press('Space');
	await expect(page.getByRole('radio', { name: /^Accepted/ })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Why (in plain words)')).toBeFocused();
	await page.keyboard.type('Yes. We will start in June.');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Action 1', { exact: true })).toBeFocused();
	await page.keyboard.type('Start the youth panel');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Target date for action 1')).toBeFocused();
	const target = new Date(Date.now() + 60 * DAY_MS);
	await page.keyboard.type(`${String(target.getUTCMonth() + 1).padStart(2, '0')}${String(target.getUTCDate()).padStart(2, '0')}${target.getUTCFullYear()}`);
	await expect(page.getByLabel('Target date for action 1')).toHaveValue(date(target.getTime()));
	await tabTo(page, /^Publish the answer$/);
	await page.keyboard.press('Enter');
	await expect(page.getByText('Your answer is published. The committee has been told.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'The answer', exact: true })).toContainText('Start the youth panel');
});

test('an admin decides a second request for more time, and issues and revokes an API token', async ({ page }) => {
	await signIn(page, demoEmail('admin'));
	await page.goto('/admin');
	await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'More time requests' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Requests for more time' })).toBeVisible();
	const request = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: titles.extension }) });
	await expect(request).toContainText('An election intervened.');
	// No reason: the service's message beside the request.
	await request.getByRole('button', { name: 'Refuse' }).click();
	await expect(request.getByText('Please fill this in.').first()).toBeVisible();
	await request.getByLabel('Your reason (the body reads it)').fill('An election is a good reason.');
	await request.getByRole('button', { name: 'Approve' }).click();
	await expect(page.getByText('Approved: the body has the new date.')).toBeVisible();
	await expect(page.getByRole('heading', { name: titles.extension })).toHaveCount(0);

	await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'API tokens' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
	const label = uniqueName('Case system ');
	await page.getByLabel('Government body').selectOption({ label: 'Ministry of Social Development and Human Security' });
	await page.getByLabel(/What it is for/).fill(label);
	await page.getByRole('button', { name: 'Issue the token' }).click();
	const token = page.getByTestId('new-token');
	await expect(token).toHaveValue(/^yv_/);
	await expect(page.getByText('It will not be shown again')).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the API tokens page with a new token');
	const row = page.getByTestId('token-row').filter({ hasText: label });
	await expect(row).toContainText('never');
	await expect(row).toContainText('Active');
	await row.getByText('Revoke…').click();
	await row.getByRole('button', { name: `Yes, revoke “${label}”` }).click();
	await expect(page.getByText('The token is revoked.')).toBeVisible();
	await expect(page.getByTestId('token-row').filter({ hasText: label })).toContainText('Revoked');
	// Shown once: a fresh load has no token on it.
	await page.reload();
	await expect(page.getByTestId('new-token')).toHaveCount(0);
});
