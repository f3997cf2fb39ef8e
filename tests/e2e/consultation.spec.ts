// The committee's main room: a draft law read section by section and discussed live, with the facilitators present.
import { expect, test, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { BANGKOK, BASE_URL, DEMO_PASSWORD, demoEmail, expectNoSeriousA11yViolations, newPerson, openCommittee, query, uniqueName } from './support';

const BILL = 'Child Online Protection Bill';
const billId = () => query<{ id: string }>('select id from consultations where title = ?', BILL)[0].id;

async function openBill(page: Page) {
	await page.goto(`/consultations/${billId()}`, { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1, name: BILL })).toBeVisible();
}

const section4 = (page: Page) => page.locator('section.law', { has: page.getByRole('heading', { name: /^Section 4:/ }) });

test('two members and a facilitator discuss a section live, without reloading', async ({ browser }) => {
	const river = await newPerson(browser, demoEmail('riverkite'));
	const noodle = await newPerson(browser, demoEmail('noodlefox'));
	const ben = await newPerson(browser, demoEmail('facilitator'));
	try {
		for (const p of [river.page, noodle.page, ben.page]) await openBill(p);
		await expect(noodle.page.getByText('people here now: 3')).toBeVisible();

		const text = `Point 3 must stay, strangers are the real danger ${uniqueName('')}`;
		await section4(river.page).getByLabel(/What do you think about Section 4/).fill(text);
		await section4(river.page).getByRole('button', { name: 'Post comment' }).click();
		await expect(river.page.getByRole('status').getByText('Your comment is posted.')).toBeVisible();

		// Everyone else sees it in the right section within a second or two, without reload.
		await expect(section4(noodle.page).getByText(text)).toBeVisible({ timeout: 3000 });
		await expect(section4(ben.page).getByText(text)).toBeVisible({ timeout: 3000 });

		// A reply from the facilitator appears under it for the members.
		const comment = section4(ben.page).locator('article.comment', { hasText: text });
		await comment.getByRole('link', { name: 'Reply to RiverKite' }).click();
		// The form opens in place, ready to type in.
		await expect(comment.getByLabel(/Your reply to RiverKite/)).toBeFocused();
		await comment.getByLabel(/Your reply to RiverKite/).fill('Thanks, we will put this in the recommendation.');
		await comment.getByRole('button', { name: 'Post comment' }).click();
		await expect(section4(river.page).getByText('Thanks, we will put this in the recommendation.')).toBeVisible({ timeout: 3000 });

		// The author deletes it; it disappears for the others.
		const mine = section4(river.page).locator('article.comment', { hasText: text });
		await mine.getByRole('button', { name: 'Delete' }).first().click();
		await expect(section4(noodle.page).getByText(text)).toHaveCount(0, { timeout: 3000 });
		await expect(section4(noodle.page).getByText('This comment was deleted.')).toBeVisible();

		await noodle.context.close();
		await expect(river.page.getByText('people here now: 2')).toBeVisible({ timeout: 3000 });
	} finally {
		for (const p of [river, noodle, ben]) await p.context.close();
	}
});

test('without JavaScript a member reads the draft, posts a comment and sees it after the page reloads', async ({ browser }) => {
	const { context, page } = await newPerson(browser, demoEmail('mangostar'), { javaScriptEnabled: false });
	try {
		await openBill(page);
		const general = page.locator('#thread-general');
		const text = `Without JavaScript it still works ${uniqueName('')}`;
		await general.getByLabel(/What do you think about General discussion/).fill(text);
		await general.getByRole('button', { name: 'Post comment' }).click();
		await expect(page.getByText('Your comment is posted.')).toBeVisible();
		await expect(page.locator('#thread-general').locator('.body', { hasText: text })).toHaveCount(1);
		// Reloading shows it again, and does not post it twice.
		await page.reload();
		await expect(page.locator('#thread-general').locator('.body', { hasText: text })).toHaveCount(1);
		// A reply form is one link away: the server draws it under that comment.
		const mine = general.locator('article.comment', { hasText: text });
		await mine.getByRole('link', { name: 'Reply to MangoStar' }).click();
		await mine.getByLabel('Your reply to MangoStar').fill(`A reply without JavaScript ${uniqueName('')}`);
		await mine.getByRole('button', { name: 'Post comment' }).click();
		await expect(page.getByText('Your comment is posted.')).toBeVisible();
		await expect(general.locator('article.comment', { hasText: text }).locator('.replies .body', { hasText: 'A reply without JavaScript' })).toHaveCount(1);
	} finally {
		await context.close();
	}
});

test('a comment posted through HTTP reaches a socket in the consultation room with display names only', async ({ browser, playwright }) => {
	const request = await playwright.request.newContext({ baseURL: BASE_URL });
	await request.post('/signin', { form: { email: demoEmail('noodlefox'), password: DEMO_PASSWORD }, headers: { origin: BASE_URL } });
	const cookie = (await request.storageState()).cookies.find((c) => c.name === 'yv_session')!;
	const socket: Socket = io(BASE_URL, { extraHeaders: { origin: BASE_URL, cookie: `yv_session=${cookie.value}` }, reconnection: false, forceNew: true });
	try {
		await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
		expect(await socket.timeout(5000).emitWithAck('join', { room: `consultation:${billId()}` })).toEqual({ ok: true });
		const received = new Promise<Record<string, unknown>>((resolve) => socket.once('comment:created', resolve));

		const { context, page } = await newPerson(browser, demoEmail('riverkite'));
		const response = await page.request.post(`/consultations/${billId()}?/comment`, {
			form: { body: 'Sent through **HTTP**', formKey: 'new-general' },
			headers: { origin: BASE_URL, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		expect(response.status()).toBe(200);
		const comment = await received;
		expect(comment).toMatchObject({ authorName: 'RiverKite', bodyHtml: '<p>Sent through <strong>HTTP</strong></p>\n', sectionId: null, parentId: null });
		expect(JSON.stringify(comment)).not.toMatch(/Nicha|@demo\.youthvoice/);
		await context.close();
	} finally {
		socket.close();
		await request.dispose();
	}
});

test('bad comments get a clear message and a 4xx, and nothing breaks', async ({ browser }) => {
	const { context, page } = await newPerson(browser, demoEmail('noodlefox'));
	try {
		const post = (form: Record<string, string>) =>
			page.request.post(`/consultations/${billId()}?/comment`, { form: { formKey: 'new-general', ...form }, headers: { origin: BASE_URL, accept: 'text/html' } });
		const tooLong = await post({ body: 'x'.repeat(5001) });
		expect(tooLong.status()).toBe(400);
		expect(await tooLong.text()).toContain('Your comment is too long');
		expect((await post({ body: '   ' })).status()).toBe(400);
		expect((await post({ body: 'hi', sectionId: 'zzzzzzzzzzzzzzzz' })).status()).toBe(404);
		expect((await post({ body: 'hi', parentId: 'not-an-id' })).status()).toBe(400);
		const reply = await post({ body: 'hi', parentId: 'zzzzzzzzzzzzzzzz' });
		expect(reply.status()).toBe(400);
		await openBill(page);
	} finally {
		await context.close();
	}
});

test('a facilitator turns a pasted draft into sections, explains one, publishes it, and closes it early', async ({ browser }) => {
	const ben = await newPerson(browser, demoEmail('facilitator'));
	const river = await newPerson(browser, demoEmail('riverkite'));
	try {
		await openCommittee(ben.page, BANGKOK);
		await ben.page.getByRole('link', { name: 'Start a new consultation' }).click();
		await ben.page.waitForLoadState('networkidle');
		const title = `School Safety Bill ${Date.now()}`;
		await ben.page.getByLabel('Title').fill(title);
		await ben.page.getByLabel('Short summary').fill('Rules for safe schools.');

		// A draft without sections is refused with a clear message, and what was typed stays.
		await ben.page.getByLabel('The draft law').fill('Just a paragraph with no headings.');
		await ben.page.getByRole('button', { name: 'Create and check the sections' }).click();
		await expect(ben.page.getByText("We couldn't find any sections.").first()).toBeVisible();
		await expect(ben.page.getByLabel('Title')).toHaveValue(title);

		await ben.page.getByLabel('The draft law').fill('Pasal 1. Tujuan\nSekolah harus aman.\nPasal 2. Pelaporan\nSetiap anak dapat melapor.');
		await ben.page.getByRole('button', { name: 'Create and check the sections' }).click();
		await expect(ben.page.getByText('We split the draft into 2 sections.')).toBeVisible();
		const first = ben.page.locator('section.card', { has: ben.page.getByRole('heading', { name: /Section 1: Tujuan/ }) });
		await first.getByLabel('Explanation in plain words').fill('Schools must be safe for you.');
		await first.getByRole('button', { name: 'Save section' }).click();
		await expect(ben.page.getByText('Section saved.')).toBeVisible();
		await ben.page.getByRole('button', { name: 'Publish to members' }).click();
		await expect(ben.page.getByRole('heading', { level: 1, name: title })).toBeVisible();

		await openCommittee(river.page, BANGKOK);
		await river.page.getByRole('link', { name: title }).click();
		await expect(river.page.getByText('Schools must be safe for you.')).toBeVisible();
		// It opens at the next full hour (the form's default), so members can read it but not comment yet.
		await expect(river.page.getByText('You can read the draft now. Comments open soon.')).toBeVisible();
		await expect(river.page.getByRole('button', { name: 'Post comment' })).toHaveCount(0);

		await ben.page.getByRole('link', { name: 'Manage this consultation' }).click();
		await ben.page.getByRole('button', { name: 'Close it now' }).click();
		await expect(ben.page.getByText('The consultation is closed.')).toBeVisible();
		await river.page.reload();
		await expect(river.page.getByText(/This consultation is closed/)).toBeVisible();
		await expect(river.page.getByRole('button', { name: 'Post comment' })).toHaveCount(0);
	} finally {
		await ben.context.close();
		await river.context.close();
	}
});

test('members of another committee and officials cannot open the consultation; youth cannot manage it', async ({ browser }) => {
	for (const who of ['sampaguita', 'official']) {
		const { context, page } = await newPerson(browser, demoEmail(who));
		expect((await page.goto(`/consultations/${billId()}`))?.status()).toBe(404);
		const catchUp = await page.request.get(`/consultations/${billId()}/comments.json?after=0`);
		expect(catchUp.status()).toBe(404);
		expect((await catchUp.json()).error.code).toBe('not_found');
		expect((await page.request.get(`/consultations/${billId()}/print`)).status()).toBe(404);
		await context.close();
	}
	const { context, page } = await newPerson(browser, demoEmail('riverkite'));
	expect((await page.goto(`/consultations/${billId()}/edit`))?.status()).toBe(403);
	expect((await page.request.get(`/consultations/${billId()}/export.csv`)).status()).toBe(403);
	expect((await page.request.get(`/consultations/${billId()}/print`)).status()).toBe(403);
	expect((await page.request.get(`/consultations/${billId()}/comments.json?after=-1`)).status()).toBe(400);
	expect((await page.request.get(`/consultations/${billId()}/comments.json?after=0`)).status()).toBe(200);
	expect((await page.goto(`/committees/${query<{ committee_id: string }>('select committee_id from consultations where id = ?', billId())[0].committee_id}/consultations/new`))?.status()).toBe(403);
	await context.close();
});

test('a facilitator downloads the discussion as CSV with display names only', async ({ browser }) => {
	const { context, page } = await newPerson(browser, demoEmail('lead'));
	const response = await page.request.get(`/consultations/${billId()}/export.csv`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	const csv = await response.text();
	expect(csv).toContain('"RiverKite"');
	expect(csv).not.toMatch(/Nicha|@demo\.youthvoice/);
	await context.close();
});

test('the consultation pages have no serious accessibility problems, on a phone too', async ({ browser }) => {
	const member = await newPerson(browser, demoEmail('riverkite'), { viewport: { width: 390, height: 844 } });
	await openBill(member.page);
	await expectNoSeriousA11yViolations(member.page, 'the consultation page (youth, phone)');
	await member.context.close();

	const lead = await newPerson(browser, demoEmail('lead'));
	await openBill(lead.page);
	await expectNoSeriousA11yViolations(lead.page, 'the consultation page (facilitator)');
	await lead.page.goto(`/consultations/${billId()}/edit`);
	await expectNoSeriousA11yViolations(lead.page, 'the manage page');
	await lead.page.goto(`/consultations/${billId()}/print`);
	await expectNoSeriousA11yViolations(lead.page, 'the printable page');
	await openCommittee(lead.page, BANGKOK);
	await lead.page.getByRole('link', { name: 'Start a new consultation' }).click();
	await expectNoSeriousA11yViolations(lead.page, 'the new consultation page');
	await lead.context.close();
});
