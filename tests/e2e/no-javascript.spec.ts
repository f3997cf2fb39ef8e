// Every page and form works without JavaScript: writes are plain HTML form posts.
import { expect, test } from '@playwright/test';
import { BANGKOK, BASE_URL, committeeId, demoEmail, newMember, fillSignUp, uniqueName } from './support';

test.use({ javaScriptEnabled: false });

test('without JavaScript a facilitator signs in, opens the committee and makes an invitation link that works', async ({ browser, page }) => {
	await page.goto('/signin');
	await page.getByLabel('Email').fill(demoEmail('facilitator'));
	await page.getByLabel('Password').fill('youth-voice-demo');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/committees$/);

	await page.getByRole('link', { name: BANGKOK }).click();
	await expect(page).toHaveURL(new RegExp(`/committees/${committeeId(BANGKOK)}$`));
	await expect(page.getByRole('heading', { level: 1, name: BANGKOK })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Members \(\d+\)$/ })).toBeVisible();
	await expect(page.getByText('Nicha Srisuk')).toBeVisible();

	const label = uniqueName('Label');
	await page.getByLabel('Who is this link for?').fill(label);
	await page.getByRole('button', { name: 'Make an invitation link' }).click();
	const linkText = page.getByTestId('invitation-link');
	await expect(linkText).toHaveText(new RegExp(`^${BASE_URL}/invite/[a-z2-7]+$`));
	const link = (await linkText.textContent())!.trim();
	await expect(page.getByText(label)).toBeVisible();

	// A young person without JavaScript signs up with it.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const youth = await context.newPage();
	await youth.goto(link);
	const member = newMember(15);
	await fillSignUp(youth, member);
	await expect(youth).toHaveURL(/\/committees\/[a-z2-7]+\?welcome=1$/);
	await expect(youth.getByText('Welcome to the committee!')).toBeVisible();
	await expect(youth.getByText(member.displayName)).toBeVisible();
	await context.close();

	// The facilitator sees the link as used, by the new member's display name. (Not page.reload(): that would send
	// the invitation form again and make a second link.)
	await page.goto(`/committees/${committeeId(BANGKOK)}`);
	const row = page.getByRole('listitem').filter({ hasText: label });
	await expect(row).toContainText('Used');
	await expect(row).toContainText(member.displayName);

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
});
