// The public accountability record, read by someone with no account: the overdue recommendation first and marked,
// the figures, filters that work without JavaScript (and by keyboard), the CSV download with the same filters, the
// body's own page with its deadlines, the JSON API's errors, and no serious accessibility problem, on a phone too.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support';
import { seedAccountability, type SeededRecord } from './seed-accountability';

let seeded: SeededRecord;

test.beforeAll(async () => {
	seeded = await seedAccountability();
});

const list = (page: Page) => page.getByRole('region', { name: /^Recommendations \(\d+\)$/ }).getByRole('listitem');
/** A headline figure: its term and its value. */
const figure = (page: Page, name: string) => page.getByRole('region', { name: 'In figures' }).locator('dl > div').filter({ has: page.getByRole('term').getByText(name, { exact: true }) });

test('anyone sees the overdue recommendation first, marked Overdue, and the body’s record with its figures', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Government answers' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Are governments answering on time?' })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'the accountability page');

	const first = list(page).first();
	await expect(first.getByRole('heading', { level: 3 })).toHaveText(`Overdue: ${seeded.titles.overdue}`);
	await expect(first.getByRole('link', { name: seeded.titles.overdue })).toHaveAttribute('href', `/recommendations/${seeded.ids.overdue}`);
	await expect(first).toContainText('Waiting for acknowledgement');
	// Red as well as labelled.
	expect(await first.evaluate((li) => getComputedStyle(li).borderLeftColor)).toBe('rgb(164, 22, 26)');
	// The body's row in the per-body table, with its deadlines.
	const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: seeded.bodyName }) });
	await expect(row).toContainText('1 / 5 days');

	await row.getByRole('link', { name: seeded.bodyName }).click();
	await expect(page).toHaveURL(`/accountability/${seeded.bodyId}`);
	await expect(page.getByRole('heading', { level: 1, name: seeded.bodyName })).toBeVisible();
	await expect(page.getByText(`${seeded.bodyName} sets its own deadlines. Days to acknowledge a recommendation: 1. Days to answer it: 5.`)).toBeVisible();
	await expect(figure(page, 'Recommendations received')).toContainText('4');
	await expect(figure(page, 'Acknowledged on time')).toContainText('50%');
	await expect(figure(page, 'Acknowledged on time')).toContainText('1 of 2');
	await expect(figure(page, 'Answered on time')).toContainText('100%');
	await expect(figure(page, 'Overdue now')).toContainText('1');
	await expect(figure(page, 'Withdrawn by the committee')).toContainText('1');
	await expect(page.getByRole('row', { name: /^Accepted 1$/ })).toBeVisible();
	await expect(list(page).getByRole('heading', { level: 3 })).toHaveText([`Overdue: ${seeded.titles.overdue}`, seeded.titles.fresh, seeded.titles.withdrawn, seeded.titles.answered]);
	await expect(list(page).nth(3)).toContainText('Head of the Youth Desk');
	await expect(page.getByRole('heading', { name: 'How we count' })).toBeVisible();
	await expectNoSeriousA11yViolations(page, 'a government body’s accountability page');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the status filter works by keyboard, and the CSV download keeps the filter', async ({ page }) => {
		await page.goto(`/accountability/${seeded.bodyId}`);
		await page.getByLabel('Status').selectOption('overdue');
		await page.getByRole('button', { name: 'Show' }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/[?&]status=overdue/);
		await expect(page.getByLabel('Status')).toHaveValue('overdue');
		await expect(list(page)).toHaveCount(1);
		await expect(list(page).first()).toContainText(seeded.titles.overdue);

		const link = page.getByRole('link', { name: 'Download as a spreadsheet (CSV)' });
		await expect(link).toHaveAttribute('href', new RegExp(`^/accountability/${seeded.bodyId}\\.csv\\?.*status=overdue`));
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const csv = fs.readFileSync((await download.path())!, 'utf8');
		const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
		expect(lines[0]).toBe('"id","title","committee","government_body","country","status","overdue","submitted_at","acknowledge_due_at","acknowledged_at","acknowledgement","answer_due_at","answered_at","answer","decision","extensions","responsible_official","withdrawn_at","link"');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toContain(`"${seeded.ids.overdue}","${seeded.titles.overdue}","Bangkok Youth Advisory Committee","${seeded.bodyName}","TH","submitted","yes"`);

		// A wrong filter in the address is named on its field, not a crash.
		await page.goto('/accountability?status=late');
		await expect(page.getByText('Choose a status: submitted, acknowledged, answered, withdrawn or overdue.')).toBeVisible();
	});
});

test('the platform CSV quotes titles with quotes and commas, and lists the overdue one first', async ({ request }) => {
	const response = await request.get(`/accountability.csv?body=${seeded.bodyId}`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="accountability-\d{4}-\d\d-\d\d\.csv"$/);
	const lines = (await response.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
	expect(lines).toHaveLength(5);
	expect(lines[1]).toContain(`"${seeded.titles.overdue}"`);
	expect(lines[2]).toContain(`"${seeded.titles.fresh.replace(/"/g, '""')}"`);
	expect((await request.get('/accountability.csv?year=nineteen')).status()).toBe(400);
});

test('the JSON API answers the same record without a token, and bad input with a JSON 400 or 404', async ({ request }) => {
	const ok = await request.get(`/api/v1/accountability/${seeded.bodyId}?status=overdue`);
	expect(ok.status()).toBe(200);
	const body = await ok.json();
	expect(body.body).toMatchObject({ id: seeded.bodyId, acknowledgeWithinDays: 1, respondWithinDays: 5 });
	expect(body.items.map((i: { id: string }) => i.id)).toEqual([seeded.ids.overdue]);
	const platform = await (await request.get(`/api/v1/accountability?body=${seeded.bodyId}`)).json();
	expect(platform.figures).toMatchObject({ received: 4, withdrawn: 1, overdue: 1, acknowledgement: { onTime: 1, counted: 2, percent: 50 } });

	for (const [url, status, code] of [
		['/api/v1/accountability?status=late', 400, 'invalid'],
		['/api/v1/accountability?year=1999', 400, 'invalid'],
		['/api/v1/accountability?country=XX', 400, 'invalid'],
		['/api/v1/accountability?body=nope', 400, 'invalid'],
		['/api/v1/accountability/aaaaaaaaaaaaaaaa', 404, 'not_found'],
		['/api/v1/accountability/not-an-id', 404, 'not_found'],
		[`/api/v1/accountability/${seeded.bodyId}?committee=%00`, 400, 'invalid']
	] as const) {
		const response = await request.get(url);
		expect(response.status(), url).toBe(status);
		expect(response.headers()['content-type'], url).toContain('application/json');
		expect(await response.json(), url).toEqual({ error: { code, message: expect.any(String), ...(status === 400 ? { field: expect.any(String) } : {}) } });
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the accountability pages fit the screen and stay accessible', async ({ page }) => {
		for (const url of ['/accountability', `/accountability/${seeded.bodyId}`]) {
			await page.goto(url);
			await expect(list(page).first()).toContainText(seeded.titles.overdue);
			await expectNoSeriousA11yViolations(page, `${url} on a phone`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${url} scrolls sideways on a 390 px wide screen`).toBeLessThanOrEqual(0);
		}
	});
});
