// Joining a committee: a facilitator makes a one-time invitation link, a young person signs up with it and is a
// member at once; under 13 the account waits (read-only) until a guardian says yes through the emailed link.
import { expect, test } from '@playwright/test';
import {
	BANGKOK,
	BASE_URL,
	WAITING_FOR_GUARDIAN,
	committeeId,
	consentLinkFor,
	demoEmail,
	fillSignUp,
	invitationFromFacilitator,
	makeInvitation,
	newMember,
	newPerson,
	openCommittee,
	signIn,
	signOut,
	signUpThroughLink,
	uniqueName
} from './support';

test('a facilitator invites a 16-year-old, who signs up, sees members by display name only, and can sign in again', async ({ browser, page }) => {
	// The facilitator makes a link on the Bangkok committee's page.
	await signIn(page, demoEmail('facilitator'));
	await page.getByRole('link', { name: BANGKOK }).click();
	await expect(page.getByRole('heading', { level: 1, name: BANGKOK })).toBeVisible();
	const link = await makeInvitation(page, 'For a new member');
	expect(link.startsWith(`${BASE_URL}/invite/`)).toBe(true);
	expect(link).toMatch(/\/invite\/[a-z2-7]+$/);
	await expect(page.getByText('For a new member')).toBeVisible();
	await signOut(page);

	// The young person opens it in their own browser.
	const member = newMember(16);
	const { context, page: youth } = await newPerson(browser);
	await youth.goto(link);
	await expect(youth.getByRole('heading', { level: 1, name: `Join ${BANGKOK}` })).toBeVisible();
	await fillSignUp(youth, member);

	// … and is a member of the committee at once.
	await expect(youth).toHaveURL(new RegExp(`/committees/${committeeId(BANGKOK)}\\?welcome=1$`));
	await expect(youth.getByRole('heading', { level: 1, name: BANGKOK })).toBeVisible();
	await expect(youth.getByText('Welcome to the committee!')).toBeVisible();
	await expect(youth.getByText(WAITING_FOR_GUARDIAN)).toHaveCount(0);

	// Members appear by display name only: no real names, ages or emails for youth.
	const members = youth.locator('section', { has: youth.getByRole('heading', { name: /^Members \(\d+\)$/ }) });
	await expect(members.getByText(member.displayName)).toBeVisible();
	await expect(members.getByText('RiverKite')).toBeVisible();
	await expect(members.getByText('MangoStar')).toBeVisible();
	const main = youth.getByRole('main');
	for (const secret of [member.realName, member.email, 'Nicha Srisuk', 'Pim Wongsa', 'Ben Cruz', '@demo.youthvoice.test', 'Real name']) {
		await expect(main, `a youth member must not see “${secret}”`).not.toContainText(secret);
	}
	await expect(youth.getByRole('button', { name: 'Make an invitation link' })).toHaveCount(0);

	// Signing out and in again with the new account leads back to the committee.
	await signOut(youth);
	await signIn(youth, member.email, member.password);
	await expect(youth.getByRole('link', { name: BANGKOK })).toBeVisible();
	await openCommittee(youth, BANGKOK);
	await expect(youth.getByText(member.displayName)).toBeVisible();
	await context.close();
});

test('an invitation link works only once: opening it again says so clearly', async ({ browser, page }) => {
	const link = await invitationFromFacilitator(browser);
	const { context } = await signUpThroughLink(browser, link, newMember(17));
	await context.close();

	const response = await page.goto(link);
	expect(response?.status()).toBe(409);
	await expect(page.getByText('This invitation link was already used. Each link works once. Ask your facilitator for a new one.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Create my account' })).toHaveCount(0);

	// A made-up link is refused too, differently.
	const made_up = await page.goto('/invite/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
	expect(made_up?.status()).toBe(404);
	await expect(page.getByText("This invitation link doesn't work.")).toBeVisible();
});

test('a 12-year-old signs up with a guardian’s email, waits read-only, and can take part once the guardian says yes', async ({ browser, page }) => {
	const link = await invitationFromFacilitator(browser);
	const guardianEmail = `guardian.${uniqueName('g').toLowerCase()}@example.test`;
	const member = newMember(12, { guardianEmail });

	await page.goto(link);
	await fillSignUp(page, member);
	await expect(page).toHaveURL(/\/committees\/[a-z2-7]+\?welcome=1$/);
	await expect(page.getByText(WAITING_FOR_GUARDIAN)).toBeVisible();
	await page.getByRole('link', { name: 'What to do' }).click();
	await expect(page.getByRole('heading', { name: 'Waiting for your parent or guardian' })).toBeVisible();

	// The guardian opens the emailed link in their own browser and agrees.
	const consentLink = await consentLinkFor(guardianEmail);
	expect(consentLink.startsWith(`${BASE_URL}/consent/`)).toBe(true);
	const { context, page: guardian } = await newPerson(browser);
	await guardian.goto(consentLink);
	await expect(guardian.getByRole('heading', { level: 1, name: 'A young person wants to join Youth Voice' })).toBeVisible();
	await guardian.getByRole('button', { name: `I agree that ${member.displayName} can join` }).click();
	await expect(guardian.getByText(`Thank you. ${member.displayName} can now take part.`)).toBeVisible();
	// Opening the link again only thanks them.
	await guardian.reload();
	await expect(guardian.getByText(`Thank you. ${member.displayName} can now take part.`)).toBeVisible();
	await context.close();

	// The young person's banner is gone.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
	await expect(page.getByText(WAITING_FOR_GUARDIAN)).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Waiting for your parent or guardian' })).toHaveCount(0);
});

test('a 12-year-old who leaves out the guardian’s email is asked for it, and the link still works afterwards', async ({ browser }) => {
	const link = await invitationFromFacilitator(browser);
	// Without JavaScript, so the answer to the form post is the page itself, with its status.
	const { context, page } = await newPerson(browser, undefined, { javaScriptEnabled: false });
	await page.goto(link);
	const member = newMember(12);
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/invite/')),
		fillSignUp(page, member)
	]);
	expect(response.status()).toBe(400);
	const guardianField = page.getByLabel(/^Parent or guardian's email/);
	await expect(guardianField).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('.field-error', { hasText: "You are under 13, so we need your parent or guardian's email." })).toBeVisible();
	// What was typed is kept (but never the password).
	await expect(page.getByLabel(/^Display name/)).toHaveValue(member.displayName);
	await expect(page.getByLabel(/^Password/)).toHaveValue('');

	// Adding the guardian's email on the same link works: the failed try did not use it up.
	await fillSignUp(page, { ...member, guardianEmail: `guardian.${uniqueName('g').toLowerCase()}@example.test` });
	await expect(page).toHaveURL(/\/committees\/[a-z2-7]+\?welcome=1$/);
	await expect(page.getByText(WAITING_FOR_GUARDIAN)).toBeVisible();
	await context.close();
});

// App bug: src/routes/invite/[token]/+page.svelte writes pattern="[0-9]{4}" on the birth year field; in Svelte `{4}`
// is an expression, so the page gets pattern="[0-9]4" and the browser refuses every real year (the sign-up form
// cannot be sent). Write pattern={'[0-9]{4}'} or pattern="[0-9]{'{'}4{'}'}" instead. The other sign-up tests work
// around it (see workAroundBrokenYearPattern in support.ts).
test('the birth year field accepts a four-digit year', async ({ browser, page }) => {
	const link = await invitationFromFacilitator(browser);
	await page.goto(link);
	const year = page.getByLabel('Year');
	await year.fill('2010');
	expect(await year.evaluate((input: HTMLInputElement) => input.validity.valid), `pattern="${await year.getAttribute('pattern')}"`).toBe(true);
});
