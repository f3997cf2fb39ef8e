// Who sees what: youth see their own committees by display name; facilitators see their members' real names and
// ages; officials see their government body; only admins open the admin pages.
import { expect, test } from '@playwright/test';
import { BANGKOK, MANILA, committeeId, demoEmail, newPerson, openCommittee, signIn } from './support';

test('a youth member is kept out of the admin pages and cannot even find another committee', async ({ page }) => {
	await signIn(page, demoEmail('riverkite'));
	await expect(page.getByRole('link', { name: BANGKOK })).toBeVisible();
	await expect(page.getByRole('link', { name: MANILA })).toHaveCount(0);
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);

	for (const path of ['/admin', '/admin/bodies', '/admin/accounts']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
		await expect(page.getByText('Only platform admins can open this page.')).toBeVisible();
	}

	const manila = await page.goto(`/committees/${committeeId(MANILA)}`);
	expect(manila?.status()).toBe(404);
	await expect(page.getByText("We couldn't find that committee, or you are not a member of it.")).toBeVisible();
	await expect(page.getByText('Sampaguita')).toHaveCount(0);

	// A committee id that does not exist reads the same, so outsiders learn nothing.
	const unknown = await page.goto('/committees/aaaaaaaaaaaaaaaa');
	expect(unknown?.status()).toBe(404);
	await expect(page.getByText("We couldn't find that committee, or you are not a member of it.")).toBeVisible();
});

test('an admin finds every committee in the admin table', async ({ page }) => {
	await signIn(page, demoEmail('admin'));
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Committees' })).toBeVisible();
	const manilaLink = page.getByRole('table').getByRole('link', { name: MANILA });
	await expect(manilaLink).toHaveAttribute('href', `/committees/${committeeId(MANILA)}`);
	await manilaLink.click();
	await expect(page.getByRole('heading', { level: 1, name: MANILA })).toBeVisible();
	await expect(page.getByText('Maria Santos')).toBeVisible();
});

test('an official sees their ministry and its deadlines, no committee, and no admin pages', async ({ page }) => {
	await signIn(page, demoEmail('official'));
	await expect(page.getByRole('heading', { level: 2, name: 'My government body' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Ministry of Social Development and Human Security' })).toBeVisible();
	await expect(page.getByText('Acknowledge within 14 days, answer within 60 days.')).toBeVisible();
	await expect(page.getByRole('link', { name: BANGKOK })).toHaveCount(0);

	const admin = await page.goto('/admin');
	expect(admin?.status()).toBe(403);
	const bangkok = await page.goto(`/committees/${committeeId(BANGKOK)}`);
	expect(bangkok?.status()).toBe(404);
	await expect(page.getByText('Nicha Srisuk')).toHaveCount(0);
});

test('a facilitator sees members’ real names and ages; a youth member sees display names only', async ({ browser, page }) => {
	await signIn(page, demoEmail('facilitator'));
	await openCommittee(page, BANGKOK);
	await expect(page.getByText('Real names, ages and emails are shown only to facilitators.')).toBeVisible();
	const riverkite = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /RiverKite/ }) });
	await expect(riverkite).toContainText('Nicha Srisuk');
	await expect(riverkite).toContainText(demoEmail('riverkite'));
	await expect(riverkite.locator('dt', { hasText: 'Age' }).locator('xpath=following-sibling::dd[1]')).toHaveText('16');
	const bluetuk = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /BlueTuk/ }) });
	await expect(bluetuk).toContainText('Ploy Kaewmanee');
	await expect(bluetuk).toContainText('Waiting for guardian');

	const { context, page: youth } = await newPerson(browser, demoEmail('riverkite'));
	await openCommittee(youth, BANGKOK);
	await expect(youth.getByText('RiverKite', { exact: true })).toBeVisible();
	await expect(youth.getByText('BlueTuk', { exact: true })).toBeVisible();
	const main = youth.getByRole('main');
	for (const secret of ['Nicha Srisuk', 'Ploy Kaewmanee', 'Arthit Chaiyo', '@demo.youthvoice.test', 'Age', 'Waiting for guardian']) {
		await expect(main, `a youth member must not see “${secret}”`).not.toContainText(secret);
	}
	await context.close();
});
