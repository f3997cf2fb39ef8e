// axe on every page a person reaches today, as the person who reaches it: no serious or critical violation.
import { expect, test } from '@playwright/test';
import { acknowledgeRecommendation } from '../../src/lib/server/recommendations/answers';
import { actor, sentRecommendation } from '../helpers';
import { BANGKOK, committeeId, demoEmail, expectNoSeriousA11yViolations, fillSignUp, invitationFromFacilitator, newMember, openCommittee, openForm, openServerDb, query, signIn, uniqueName } from './support';

test('the start and sign-in pages are accessible to everyone', async ({ page }) => {
	await page.goto('/');
	await expectNoSeriousA11yViolations(page, 'the start page');
	await openForm(page, '/signin');
	await expectNoSeriousA11yViolations(page, 'the sign-in page');

	// With an error shown, too.
	await page.getByLabel('Email').fill('not-an-email@example');
	await page.getByLabel('Password').fill('x');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByText('The email or password is not right.').or(page.getByText("This doesn't look like an email address."))).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the sign-in page with an error');
});

test('the public accountability pages are accessible to everyone, and linked for everyone', async ({ page }) => {
	const [ministry] = query<{ id: string }>('SELECT id FROM government_bodies WHERE name = ?', 'Ministry of Social Development and Human Security');
	for (const [path, heading] of [
		['/accountability?status=overdue', 'Are governments answering on time?'],
		[`/accountability/${ministry!.id}`, 'Ministry of Social Development and Human Security']
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expectNoSeriousA11yViolations(page, path);
	}
	await signIn(page, demoEmail('official'));
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Government answers' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Are governments answering on time?' })).toBeVisible();
});

test('a young person can use the invitation sign-up page with assistive technology, errors included', async ({ browser, page }) => {
	const link = await invitationFromFacilitator(browser);
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: `Join ${BANGKOK}` })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the invitation sign-up page');

	// A password that is too short comes back with a field error.
	await fillSignUp(page, { ...newMember(16), password: 'short' });
	await expect(page.getByText('Your password needs at least 10 characters.')).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the invitation sign-up page with an error');
});

test('a youth member’s pages are accessible: my committees, the committee, my account, notifications', async ({ page }) => {
	await signIn(page, demoEmail('riverkite'));
	await expectNoSeriousA11yViolations(page, 'My committees (youth)');
	await openCommittee(page, BANGKOK);
	await expectNoSeriousA11yViolations(page, 'the committee page (youth)');
	await page.goto('/account');
	await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'My account (youth)');
	await page.goto('/notifications');
	await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'Notifications (youth)');
});

test('a member waiting for a guardian sees an accessible banner and account page', async ({ page }) => {
	await signIn(page, demoEmail('bluetuk'));
	await openCommittee(page, BANGKOK);
	await expectNoSeriousA11yViolations(page, 'the committee page (waiting for a guardian)');
	await page.goto('/account');
	await expect(page.getByRole('heading', { name: 'Waiting for your parent or guardian' })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'My account (waiting for a guardian)');
});

test('a facilitator’s committee page is accessible, with members’ details and a fresh invitation link', async ({ page }) => {
	await signIn(page, demoEmail('facilitator'));
	await expectNoSeriousA11yViolations(page, 'My committees (facilitator)');
	await openCommittee(page, BANGKOK);
	await expectNoSeriousA11yViolations(page, 'the committee page (facilitator)');
	await page.getByRole('button', { name: 'Make an invitation link' }).click();
	await expect(page.getByTestId('invitation-link')).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the committee page with a new invitation link (facilitator)');
});

test('an official’s pages are accessible: my committees, the inbox and a recommendation to answer', async ({ page }) => {
	const db = openServerDb();
	const ministry = (await db.selectFrom('government_bodies').select('id').where('name', '=', 'Ministry of Social Development and Human Security').executeTakeFirstOrThrow()).id;
	const title = uniqueName('Accessible ');
	const { id } = await sentRecommendation(db, committeeId(BANGKOK), ministry, { title });
	await db.destroy();
	await signIn(page, demoEmail('official'));
	await expect(page.getByRole('heading', { name: 'My government body' })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'My committees (official)');
	await page.goto('/government');
	await expect(page.getByRole('heading', { level: 1, name: /^Inbox: / })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the government inbox (official)');
	await page.getByRole('link', { name: title }).click();
	await expect(page).toHaveURL(new RegExp(`/recommendations/${id}$`));
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'a recommendation to acknowledge (official)');
});

test('the admin pages are accessible', async ({ page }) => {
	await signIn(page, demoEmail('admin'));
	for (const [path, heading] of [
		['/admin', 'Committees'],
		['/admin/bodies', 'Government bodies'],
		['/admin/accounts', 'Adult accounts'],
		['/admin/extensions', 'Requests for more time'],
		['/admin/api-tokens', 'API tokens']
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expectNoSeriousA11yViolations(page, path);
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a member’s positions, a position’s discussion and the open vote are accessible and fit a phone', async ({ page }) => {
		await signIn(page, demoEmail('noodlefox'));
		await openCommittee(page, BANGKOK);
		await page.getByRole('link', { name: 'Positions and votes' }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Positions and votes' })).toBeVisible();
		await expectNoSeriousA11yViolations(page, 'the positions page on a phone (member)');
		await page.getByRole('link', { name: /^Discussion/ }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Position' })).toBeVisible();
		await expectNoSeriousA11yViolations(page, 'a position’s discussion on a phone (member)');
		await page.goBack();
		await page.getByRole('link', { name: /^Vote on positions/ }).last().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Vote' })).toBeVisible();
		await expectNoSeriousA11yViolations(page, 'the seeded open vote on a phone (member)');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, 'the vote scrolls sideways on a 390 px wide screen').toBeLessThanOrEqual(0);
	});

	test('the accountability page is accessible and fits a phone screen, for anyone', async ({ page }) => {
		await page.goto('/accountability');
		await expect(page.getByRole('heading', { level: 1, name: 'Are governments answering on time?' })).toBeVisible();
		await expectNoSeriousA11yViolations(page, 'the accountability page on a phone');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, 'the page scrolls sideways on a 390 px wide screen').toBeLessThanOrEqual(0);
	});

	test('an official’s inbox and a recommendation with its answer form are accessible and fit a phone', async ({ page }) => {
		const db = openServerDb();
		const ministry = (await db.selectFrom('government_bodies').select('id').where('name', '=', 'Ministry of Social Development and Human Security').executeTakeFirstOrThrow()).id;
		const { id } = await sentRecommendation(db, committeeId(BANGKOK), ministry, { title: uniqueName('On a phone ') });
		await acknowledgeRecommendation(db, await actor(db, demoEmail('official')), { recommendationId: id, responsibleOfficial: 'Director, Child Protection Division' });
		await db.destroy();
		await signIn(page, demoEmail('official'));
		for (const [path, what] of [
			[`/government/${ministry}`, 'the government inbox on a phone'],
			[`/government/${ministry}/recommendations/${id}`, 'a recommendation to answer on a phone']
		]) {
			await page.goto(path, { waitUntil: 'networkidle' });
			await expectNoSeriousA11yViolations(page, what);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${what} scrolls sideways on a 390 px wide screen`).toBeLessThanOrEqual(0);
		}
	});

	test('the committee page is accessible and fits a phone screen, for a facilitator', async ({ page }) => {
		await signIn(page, demoEmail('facilitator'));
		await openCommittee(page, BANGKOK);
		await expectNoSeriousA11yViolations(page, 'the committee page on a phone (facilitator)');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, 'the page scrolls sideways on a 390 px wide screen').toBeLessThanOrEqual(0);
	});
});
