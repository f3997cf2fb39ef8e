// The screen in the real app: a phone number and a disguised swear word are held with a kind explanation; "my uncle
// hurts me" is never posted, the young person sees a caring message, and only the safeguarding lead can read it,
// live, with JavaScript or without.
import { expect, test, type Page } from '@playwright/test';
import { BANGKOK, committeeId, demoEmail, expectNoSeriousA11yViolations, newPerson, query } from './support';

const BILL = 'Child Online Protection Bill';
const billId = () => query<{ id: string }>('select id from consultations where title = ?', BILL)[0].id;

async function postGeneral(page: Page, text: string) {
	await page.goto(`/consultations/${billId()}`, { waitUntil: 'networkidle' });
	const general = page.locator('#thread-general');
	await general.getByLabel(/What do you think about General discussion/).fill(text);
	await general.getByRole('button', { name: 'Post comment' }).click();
}

test('a phone number and a disguised swear word wait for a facilitator, and the author is told why', async ({ browser }) => {
	const river = await newPerson(browser, demoEmail('riverkite'));
	const noodle = await newPerson(browser, demoEmail('noodlefox'));
	try {
		const phone = `message me on 081 234 5678 about section 4 (${Date.now() % 1000})`;
		await postGeneral(river.page, phone);
		const mine = river.page.locator('article.comment', { hasText: phone });
		await expect(mine.getByText(/phone number, an email, a link, an address/)).toBeVisible();

		const swear = `this bill is \u0455h\u0456t honestly (${Date.now() % 1000})`;
		await postGeneral(river.page, swear);
		await expect(river.page.locator('article.comment', { hasText: swear }).getByText(/words that can hurt/)).toBeVisible();

		// Another member sees neither.
		await noodle.page.goto(`/consultations/${billId()}?more=general`);
		await expect(noodle.page.getByText(phone)).toHaveCount(0);
		await expect(noodle.page.getByText(swear)).toHaveCount(0);
		// The facilitator sees them held, with what the screen found.
		const ben = await newPerson(browser, demoEmail('facilitator'));
		await ben.page.goto(`/consultations/${billId()}?more=general`);
		await expect(ben.page.locator('article.comment', { hasText: phone }).getByText(/The screen found: .*personal information/)).toBeVisible();
		await ben.context.close();
	} finally {
		await river.context.close();
		await noodle.context.close();
	}
});

test('a disclosure is never posted: the young person is cared for and only the safeguarding lead reads it, live', async ({ browser }) => {
	const lead = await newPerson(browser, demoEmail('lead'));
	const mango = await newPerson(browser, demoEmail('mangostar'));
	try {
		await lead.page.goto(`/committees/${committeeId(BANGKOK)}/safeguarding`, { waitUntil: 'networkidle' });
		await expect(lead.page.getByRole('heading', { level: 1, name: 'Safeguarding concerns' })).toBeVisible();
		await expectNoSeriousA11yViolations(lead.page, 'the safeguarding concerns page');
		await expect(lead.page.getByText('Updates live')).toBeVisible();

		const words = `my uncle hurts me when mum is at work, code ${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 5)}`;
		await postGeneral(mango.page, words);
		await expect(mango.page.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
		await expect(mango.page.getByText('What you wrote was not posted.', { exact: false })).toBeVisible();
		await expect(mango.page.getByText(words)).toHaveCount(0);

		// The lead's list updates without a reload; the words are on the concern's own page.
		const entry = lead.page.getByRole('link', { name: 'Concern from MangoStar' }).first();
		await expect(entry).toBeVisible({ timeout: 5000 });
		await entry.click();
		await expect(lead.page.getByText(words)).toBeVisible();
		await expectNoSeriousA11yViolations(lead.page, 'a safeguarding concern');
		// The lead records what they did; the status and the note stay with the concern.
		await lead.page.getByLabel('Status now').selectOption('referred');
		await lead.page.getByLabel('Note').fill('Referred to the 1300 hotline with MangoStar, who agreed.');
		await lead.page.getByRole('button', { name: 'Save' }).click();
		await expect(lead.page.getByText('Ms Dara: New → Referred')).toBeVisible();

		// A facilitator who is not the lead, and the member, cannot open either page.
		const concernUrl = lead.page.url();
		const ben = await newPerson(browser, demoEmail('facilitator'));
		for (const page of [ben.page, mango.page]) {
			for (const url of [concernUrl, `/committees/${committeeId(BANGKOK)}/safeguarding`]) {
				const response = await page.goto(url);
				expect([403, 404]).toContain(response?.status());
				await expect(page.getByText(words)).toHaveCount(0);
			}
		}
		await ben.context.close();
	} finally {
		await lead.context.close();
		await mango.context.close();
	}
});

test('without JavaScript the caring message shows too, and the concerns page works', async ({ browser }) => {
	const { context, page } = await newPerson(browser, demoEmail('noodlefox'), { javaScriptEnabled: false });
	try {
		await postGeneral(page, 'I want to kill myself');
		await expect(page.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
	} finally {
		await context.close();
	}
	const lead = await newPerson(browser, demoEmail('lead'), { javaScriptEnabled: false });
	await lead.page.goto(`/committees/${committeeId(BANGKOK)}/safeguarding`);
	await expect(lead.page.getByRole('link', { name: 'Concern from NoodleFox' }).first()).toBeVisible();
	await lead.context.close();
});

test('a facilitator redacts a phone number from the live review queue, and members then see the rest', async ({ browser }) => {
	const ben = await newPerson(browser, demoEmail('facilitator'));
	const river = await newPerson(browser, demoEmail('riverkite'));
	try {
		await ben.page.goto(`/committees/${committeeId(BANGKOK)}/moderation`, { waitUntil: 'networkidle' });
		await expect(ben.page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
		await expectNoSeriousA11yViolations(ben.page, 'the review queue');
		await expect(ben.page.getByText('Updates live')).toBeVisible();

		const words = `Section 5 needs a helpline, ring me on 089 876 5432 (${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 5)})`;
		await postGeneral(river.page, words);
		// It appears in the open queue without a reload, with the number marked.
		const item = ben.page.locator('li.card', { hasText: words.slice(-7) });
		await expect(item).toBeVisible({ timeout: 5000 });
		await expect(item.locator('mark', { hasText: '089 876 5432' })).toBeVisible();
		await item.getByLabel('Redact: publish with the personal details masked').check();
		await item.getByLabel('Reason').fill('phone number');
		await item.getByRole('button', { name: 'Decide' }).click();
		await expect(ben.page.getByText('Done. The decision is in the log.')).toBeVisible();
		await expect(item).toHaveCount(0);

		const noodle = await newPerson(browser, demoEmail('noodlefox'));
		await noodle.page.goto(`/consultations/${billId()}?more=general`);
		await expect(noodle.page.getByText('Section 5 needs a helpline, [removed to keep you safe]', { exact: false })).toBeVisible();
		await expect(noodle.page.getByText('089 876 5432')).toHaveCount(0);
		await noodle.context.close();

		// A member cannot open the queue.
		const response = await river.page.goto(`/committees/${committeeId(BANGKOK)}/moderation`);
		expect([403, 404]).toContain(response?.status());
	} finally {
		await ben.context.close();
		await river.context.close();
	}
});

test('an admin reads the audit log and sees its chain intact; nobody else can open it', async ({ browser }) => {
	const admin = await newPerson(browser, demoEmail('admin'));
	await admin.page.goto('/admin/audit');
	await expect(admin.page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
	await expect(admin.page.getByRole('status').getByText(/The chain of all \d+ entries is intact/)).toBeVisible();
	// The newest entry is listed first (the demo and earlier stories wrote many).
	const [newest] = query<{ seq: number; action: string }>('SELECT seq, action FROM audit_log ORDER BY seq DESC LIMIT 1');
	const row = admin.page.getByRole('row').filter({ has: admin.page.getByRole('cell', { name: String(newest!.seq), exact: true }) });
	await expect(row.getByRole('cell', { name: new RegExp(`^${newest!.action.replace('.', '\\.')}`) })).toBeVisible();
	await expectNoSeriousA11yViolations(admin.page, 'the audit log');
	await admin.context.close();
	const lead = await newPerson(browser, demoEmail('lead'));
	expect((await lead.page.goto('/admin/audit'))?.status()).toBe(403);
	await lead.context.close();
});

test('a member reports a comment, without JavaScript too, and the facilitator sees why in the queue', async ({ browser }) => {
	const noodle = await newPerson(browser, demoEmail('noodlefox'));
	const words = `section 3 fans are clowns ${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 5)}`;
	await postGeneral(noodle.page, words);
	await noodle.context.close();

	const mango = await newPerson(browser, demoEmail('mangostar'), { javaScriptEnabled: false });
	try {
		await mango.page.goto(`/consultations/${billId()}?more=general`);
		const comment = mango.page.locator('article.comment', { hasText: words });
		await comment.getByRole('link', { name: 'Report NoodleFox’s comment' }).or(comment.getByRole('link', { name: "Report NoodleFox's comment" })).click();
		await comment.getByLabel('It is bullying or mean').check();
		await comment.getByRole('button', { name: 'Send report' }).click();
		await expect(mango.page.getByText('Thanks for telling us. A facilitator will look at it.')).toBeVisible();
		await expect(mango.page.locator('article.comment', { hasText: words }).getByText('You reported this. A facilitator will look at it.')).toBeVisible();
	} finally {
		await mango.context.close();
	}

	const ben = await newPerson(browser, demoEmail('facilitator'));
	await ben.page.goto(`/committees/${committeeId(BANGKOK)}/moderation`);
	await expect(ben.page.locator('li.card', { hasText: words }).getByText('Reported by members: It is bullying or mean (1)')).toBeVisible();
	await ben.context.close();
});
