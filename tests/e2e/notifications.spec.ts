// Notifications in the browser: the unread count in the header, the list (unread ones say so in words), a new one
// arriving live at the top without a reload and announced politely, marking read; all of it without JavaScript too,
// and the email choices on My account. Notifications are made through notify() on the server's database, as a job
// run by `npm run jobs` would make them; the server announces them live.
import { expect, test, type Page } from '@playwright/test';
import { demoEmail, expectNoSeriousA11yViolations, newPerson, notifyUser, signIn, uniqueName } from './support';

/** Returns a function that tells whether the page's socket has connected to the server (either transport). */
function watchSocket(page: Page): () => boolean {
	let connected = false;
	// socket.io's CONNECT answer for the default namespace: `40{"sid":…}`.
	const check = (text: string) => {
		if (text.includes('40{"sid"')) connected = true;
	};
	page.on('websocket', (ws) => ws.on('framereceived', (frame) => check(String(frame.payload))));
	page.on('response', (response) => {
		if (response.url().includes('/socket.io/')) response.text().then(check, () => {});
	});
	return () => connected;
}

const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const countLink = (page: Page, unread: number) =>
	nav(page).getByRole('link', unread === 0 ? { name: 'Notifications', exact: true } : { name: new RegExp(`^Notifications\\s*${unread} unread$`) });

test('a member sees the unread count, opens the list, a new notification arrives live at the top, and they mark all read', async ({ page }) => {
	const email = demoEmail('jeepneyjo');
	const older = `${uniqueName('Sent')}: your recommendation reached the ministry`;
	const newer = `${uniqueName('Acknowledged')}: the ministry acknowledged your recommendation`;
	await notifyUser(email, { kind: 'recommendation_status', title: older, body: 'It was sent on behalf of your committee.', url: '/committees' });
	await notifyUser(email, { kind: 'recommendation_status', title: newer, body: 'They will answer within 60 days.', url: '/account' });

	const socketConnected = watchSocket(page);
	await signIn(page, email);
	await expect(countLink(page, 2)).toBeVisible();
	await countLink(page, 2).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
	const items = main(page).getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText(newer);
	await expect(items.nth(1)).toContainText(older);
	for (const item of await items.all()) await expect(item).toContainText('Unread');
	await expectNoSeriousA11yViolations(page, 'the notifications page with unread notifications');

	// A new one, while the page is open: it appears at the top, the count goes up, a screen reader hears it, and the
	// keyboard stays where it was.
	await expect.poll(socketConnected, { message: 'the page’s socket connects', timeout: 10_000 }).toBe(true);
	await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
	const markAll = page.getByRole('button', { name: 'Mark all as read' });
	await markAll.focus();
	const live = `${uniqueName('Answered')}: the ministry answered your recommendation`;
	await notifyUser(email, { kind: 'recommendation_status', title: live, body: 'They accepted two of your three points.', url: '/committees' });
	await expect(items).toHaveCount(3, { timeout: 10_000 });
	await expect(items.first()).toContainText(live);
	await expect(items.first()).toContainText('Unread');
	await expect(countLink(page, 3)).toBeVisible();
	await expect(page.locator('[aria-live="polite"]', { hasText: `New notification: ${live}` })).toHaveCount(1);
	await expect(markAll).toBeFocused();
	expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

	await markAll.click();
	await expect(page.getByText('All marked as read.')).toBeVisible();
	await expect(items.filter({ hasText: 'Unread' })).toHaveCount(0);
	await expect(countLink(page, 0)).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the notifications page, all read');

	// A read notification is a plain link to where it points.
	await main(page).getByRole('link', { name: older }).click();
	await expect(page).toHaveURL(/\/committees$/);
});

test('without JavaScript: the count, marking one read, opening one, marking all read, and choosing what comes by email', async ({ browser }) => {
	const email = demoEmail('sampaguita');
	const first = `${uniqueName('Sent')}: your recommendation reached the ministry`;
	const second = `${uniqueName('Updated')}: the ministry posted progress`;
	await notifyUser(email, { kind: 'recommendation_status', title: first, body: 'It was sent on behalf of your committee.', url: '/committees' });
	await notifyUser(email, { kind: 'recommendation_status', title: second, body: 'A new progress update.', url: '/account' });

	const { context, page } = await newPerson(browser, email, { javaScriptEnabled: false });
	await expect(countLink(page, 2)).toBeVisible();
	await countLink(page, 2).click();
	const items = main(page).getByRole('listitem');
	await expect(items).toHaveCount(2);

	await page.getByRole('button', { name: `Mark as read: ${first}`, exact: true }).click();
	await expect(page.getByText('Marked as read.')).toBeVisible();
	await expect(items.filter({ hasText: first })).not.toContainText('Unread');
	await expect(items.filter({ hasText: second })).toContainText('Unread');
	await expect(countLink(page, 1)).toBeVisible();

	// Opening an unread one marks it read and goes where it points.
	await page.getByRole('button', { name: second, exact: true }).click();
	await expect(page).toHaveURL(/\/account$/);
	await expect(countLink(page, 0)).toBeVisible();

	// On My account: deadlines come by email unless turned off.
	const deadlines = page.getByRole('checkbox', { name: 'Deadlines' });
	await expect(deadlines).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Our recommendations' })).not.toBeChecked();
	await deadlines.uncheck();
	await page.getByRole('button', { name: 'Save email choices' }).click();
	await expect(page.getByText('Email choices saved.')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Deadlines' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Recommendations for my government body' })).toBeChecked();

	// Mark all as read.
	const third = `${uniqueName('Late')}: the ministry's answer is late`;
	await notifyUser(email, { kind: 'recommendation_status', title: third, body: 'It was due yesterday.', url: '/committees' });
	await page.goto('/notifications');
	await expect(countLink(page, 1)).toBeVisible();
	await expect(items.first()).toContainText(third);
	await page.getByRole('button', { name: 'Mark all as read' }).click();
	await expect(page.getByText('All marked as read.')).toBeVisible();
	await expect(items.filter({ hasText: 'Unread' })).toHaveCount(0);
	await expect(countLink(page, 0)).toBeVisible();
	await context.close();
});

test('someone signed out is asked to sign in, and comes back to the list', async ({ page }) => {
	await page.goto('/notifications');
	await expect(page).toHaveURL(/\/signin\?next=%2Fnotifications$/);
	await page.getByLabel('Email').fill(demoEmail('sampaguita'));
	await page.getByLabel('Password').fill('youth-voice-demo');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/notifications$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
});
