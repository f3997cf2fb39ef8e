// The rest of the moderation desk in the real app: a facilitator mutes a member, who sees why at once and asks for a
// review; a suspended member can reach only the notice (without JavaScript too); the committee's own word list holds a
// post; the caring message names the young person's helpline; admins keep the helplines.
import { expect, test, type Page } from '@playwright/test';
import { BANGKOK, committeeId, demoEmail, expectNoSeriousA11yViolations, invitationFromFacilitator, newMember, newPerson, query, signIn, signUpThroughLink } from './support';

// Each story runs two or three people's browsers, some without JavaScript: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });

const BILL = 'Child Online Protection Bill';
const billId = () => query<{ id: string }>('select id from consultations where title = ?', BILL)[0].id;
const letters = () => Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6);

async function postGeneral(page: Page, text: string) {
	await page.goto(`/consultations/${billId()}`, { waitUntil: 'networkidle' });
	const general = page.locator('#thread-general');
	await general.getByLabel(/What do you think about General discussion/).fill(text);
	await general.getByRole('button', { name: 'Post comment' }).click();
}

/** The facilitator restricts `name` from the committee page's member list. */
async function restrict(page: Page, name: string, kind: 'Mute' | 'Suspend', reason: string) {
	await page.goto(`/committees/${committeeId(BANGKOK)}`);
	await page.getByRole('link', { name: `Mute or suspend ${name}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mutes and suspensions' })).toBeVisible();
	await expect(page.getByLabel('Member', { exact: true })).toHaveValue(/[a-z2-7]{16}/);
	await page.getByRole('radio', { name: new RegExp(`${kind}:`) }).check();
	await page.getByLabel('For how long').selectOption('day');
	await page.getByLabel('Reason (the member will read it)').fill(reason);
	await page.getByRole('button', { name: 'Restrict' }).click();
	await expect(page.getByText('Done. The member will see why.')).toBeVisible();
}

test('a muted member sees why at once, asks for a review, and posts again once it is lifted', async ({ browser }) => {
	const member = newMember(15);
	const kid = await signUpThroughLink(browser, await invitationFromFacilitator(browser), member);
	const ben = await newPerson(browser, demoEmail('facilitator'));
	try {
		await kid.page.goto(`/consultations/${billId()}`, { waitUntil: 'networkidle' });
		await expect(kid.page.locator('#thread-general').getByRole('button', { name: 'Post comment' })).toBeVisible();

		const reason = `Three unkind replies in a row (${letters()})`;
		await restrict(ben.page, member.displayName, 'Mute', reason);
		await expectNoSeriousA11yViolations(ben.page, 'the mutes and suspensions page');

		// The member's open page changes without a reload: the notice with the reason, and no comment form.
		await expect(kid.page.getByRole('heading', { name: 'Your posting is paused' })).toBeVisible({ timeout: 5000 });
		await expect(kid.page.getByText(`Why: ${reason}`)).toBeVisible();
		await expect(kid.page.locator('#thread-general').getByRole('button', { name: 'Post comment' })).toHaveCount(0);

		// They ask for a review on the committee page; the facilitator's page shows it.
		await kid.page.getByRole('link', { name: 'Ask for a review' }).click();
		await kid.page.getByLabel('What you would like them to know').fill('I was answering a rude comment first, sorry');
		await kid.page.getByRole('button', { name: 'Send' }).click();
		await expect(kid.page.getByText('Sent. A facilitator will look at it.')).toBeVisible();
		await expectNoSeriousA11yViolations(kid.page, 'a muted member’s committee page');

		await ben.page.goto(`/committees/${committeeId(BANGKOK)}/sanctions`);
		const entry = ben.page.locator('li.card', { hasText: member.displayName });
		await expect(entry.getByText('Review requested: I was answering a rude comment first, sorry')).toBeVisible();
		await entry.getByLabel('Why lift it').fill('Fair point, talked it through');
		await entry.getByRole('button', { name: 'Lift' }).click();
		await expect(ben.page.getByText('Lifted. The member can take part again.')).toBeVisible();

		const text = `Back again, about section 2 (${letters()})`;
		await postGeneral(kid.page, text);
		await expect(kid.page.locator('article.comment', { hasText: text })).toBeVisible();
	} finally {
		await kid.context.close();
		await ben.context.close();
	}
});

test('without JavaScript a suspended member reaches only the notice, and can still ask for a review', async ({ browser }) => {
	const member = newMember(13);
	const signedUp = await signUpThroughLink(browser, await invitationFromFacilitator(browser), member);
	await signedUp.context.close();
	const ben = await newPerson(browser, demoEmail('facilitator'), { javaScriptEnabled: false });
	const kid = await newPerson(browser, undefined, { javaScriptEnabled: false });
	try {
		await signIn(kid.page, member.email, member.password);
		const reason = `Posted another member's photo (${letters()})`;
		await restrict(ben.page, member.displayName, 'Suspend', reason);

		const response = await kid.page.goto(`/consultations/${billId()}`);
		expect(response?.status()).toBe(403);
		await expect(kid.page.getByText(/suspended you from this committee/)).toBeVisible();

		await kid.page.goto(`/committees/${committeeId(BANGKOK)}`);
		await expect(kid.page.getByRole('heading', { name: 'You are suspended from this committee' })).toBeVisible();
		await expect(kid.page.getByText(`Why: ${reason}`)).toBeVisible();
		await expect(kid.page.getByRole('heading', { name: /Consultations/ })).toHaveCount(0);
		await kid.page.getByLabel('What you would like them to know').fill('It was a photo of me, I had said yes');
		await kid.page.getByRole('button', { name: 'Send' }).click();
		await expect(kid.page.getByText('Sent. A facilitator will look at it.')).toBeVisible();
		// The request is made once; after a reload the page says it was asked.
		await kid.page.reload();
		await expect(kid.page.getByText('You asked for a review. A facilitator will look at it.')).toBeVisible();
	} finally {
		await kid.context.close();
		await ben.context.close();
	}
});

test("the committee's own word list holds a post that uses the word, and the author is told why", async ({ browser }) => {
	const ben = await newPerson(browser, demoEmail('facilitator'), { javaScriptEnabled: false });
	const river = await newPerson(browser, demoEmail('riverkite'));
	const word = `zorkle${letters()}`;
	try {
		await ben.page.goto(`/committees/${committeeId(BANGKOK)}/words`);
		await expect(ben.page.getByRole('heading', { level: 1, name: "The committee's word list" })).toBeVisible();
		await ben.page.getByLabel('Word or phrase').fill('(bad|regex)*');
		await ben.page.getByRole('button', { name: 'Add' }).click();
		await expect(ben.page.getByText('Use letters, numbers, spaces, apostrophes and hyphens only.').first()).toBeVisible();
		await ben.page.getByLabel('Language').selectOption('en');
		await ben.page.getByLabel('Word or phrase').fill(word);
		await ben.page.getByRole('button', { name: 'Add' }).click();
		await expect(ben.page.getByText('Added. New posts are checked for it.')).toBeVisible();
		// axe runs in the page, so it needs a browser with JavaScript.
		const withJs = await newPerson(browser, demoEmail('facilitator'));
		await withJs.page.goto(`/committees/${committeeId(BANGKOK)}/words`);
		await expect(withJs.page.getByText(word)).toBeVisible();
		await expectNoSeriousA11yViolations(withJs.page, "the committee's word list");
		await withJs.context.close();

		const text = `you are such a ${word.split('').join(' ')} about section 3`;
		await postGeneral(river.page, text);
		await expect(river.page.locator('article.comment', { hasText: 'about section 3' }).getByText(/words that can hurt/).first()).toBeVisible();

		await ben.page.getByRole('button', { name: `Remove ${word}` }).click();
		await expect(ben.page.getByText('Removed.')).toBeVisible();
	} finally {
		await ben.context.close();
		await river.context.close();
	}
});

test('the caring message names the helpline of the young person’s country, which admins keep with its source', async ({ browser }) => {
	const admin = await newPerson(browser, demoEmail('admin'));
	try {
		await admin.page.goto('/admin/helplines');
		await expect(admin.page.getByRole('heading', { level: 1, name: 'Child helplines' })).toBeVisible();
		await expectNoSeriousA11yViolations(admin.page, 'the helplines page');
		const thai = admin.page.getByRole('row', { name: /Childline Thailand/ });
		await expect(thai.getByRole('link', { name: '(source)' })).toHaveAttribute('href', /childlinethailand\.org/);
		// Bad input is answered on the page, with what was typed kept.
		await admin.page.getByLabel('Country').selectOption('TL');
		await admin.page.getByLabel('Name').fill('Test line');
		await admin.page.getByLabel('Phone number').fill('call us');
		await admin.page.getByLabel('Source: where the number is published').fill('https://example.org/helpline');
		await admin.page.getByRole('button', { name: 'Save' }).click();
		await expect(admin.page.getByText('Write the number with digits, spaces, +, - and brackets only.')).toBeVisible();
		await expect(admin.page.getByLabel('Name')).toHaveValue('Test line');
	} finally {
		await admin.context.close();
	}

	const kid = await newPerson(browser, demoEmail('riverkite'));
	try {
		await postGeneral(kid.page, `my stepdad hits me when he drinks (${letters()})`);
		const care = kid.page.locator('#care');
		await expect(care.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
		await expect(care.getByRole('link', { name: 'Call 1387' })).toHaveAttribute('href', 'tel:1387');
		await expectNoSeriousA11yViolations(kid.page, 'the caring message');
	} finally {
		await kid.context.close();
	}
});
