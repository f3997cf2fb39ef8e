// The committee's side of a recommendation: members write and improve a draft together on their phones (live, with
// an edit on an old version refused and nothing typed lost), a facilitator puts it to a vote, members adopt it, and
// it is sent to the Ministry; then the official acknowledges and answers in another browser, the members see it
// live, and anyone can read it on its public page.
import { expect, test, type Page } from '@playwright/test';
import { demoEmail, expectNoSeriousA11yViolations, newPerson, query } from './support';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

function openConsultationId(): string {
	return query<{ id: string }>('SELECT id FROM consultations WHERE title = ?', 'Child Online Protection Bill')[0]!.id;
}

async function fitsThePhone(page: Page, what: string) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, `${what} scrolls sideways on a 390 px wide screen`).toBeLessThanOrEqual(0);
}

test('members write a recommendation together, live, and an edit of an old version keeps its text', async ({ browser }) => {
	test.setTimeout(120_000);
	const cid = openConsultationId();
	const title = `Report buttons everywhere ${Date.now().toString(36)}`;

	const river = await newPerson(browser, demoEmail('riverkite'), phone);
	await river.page.goto(`/consultations/${cid}`);
	await river.page.getByRole('link', { name: 'Recommendations to the government' }).click();
	await expect(river.page.getByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible();
	await river.page.getByRole('link', { name: 'Write a recommendation' }).click();
	await expectNoSeriousA11yViolations(river.page, 'the new recommendation form');
	await fitsThePhone(river.page, 'the new recommendation form');
	// An empty rationale is refused with a message, and what was typed stays.
	await river.page.getByLabel(/^Title/).fill(title);
	await river.page.getByLabel('What should the government do?').fill('Every chat and profile must have a report button.');
	await river.page.getByRole('button', { name: 'Save the draft' }).click();
	await expect(river.page.getByLabel(/^Title/)).toHaveValue(title);
	await river.page.getByLabel('Why? What did the committee find?').fill('Members could not find the report button in the apps they use.');
	await river.page.getByRole('button', { name: 'Save the draft' }).click();
	await expect(river.page.getByText('Saved. Everyone in the committee can see the new version.')).toBeVisible();
	await expect(river.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const url = new URL(river.page.url()).pathname;
	await expectNoSeriousA11yViolations(river.page, 'a draft recommendation (member)');
	await fitsThePhone(river.page, 'a draft recommendation');

	// MangoStar improves it; RiverKite's open page shows the new text without a reload.
	const mango = await newPerson(browser, demoEmail('mangostar'), phone);
	await mango.page.goto(url, { waitUntil: 'networkidle' });
	await mango.page.getByLabel('What should the government do?').fill('Every chat, profile and game lobby must have a report button that children can find.');
	await mango.page.getByRole('button', { name: 'Save changes' }).click();
	await expect(mango.page.getByText('Saved. Everyone in the committee can see the new version.')).toBeVisible();
	await expect(river.page.getByTestId('rec-body')).toHaveText(/game lobby/);

	// NoodleFox opened the page before MangoStar's next save; NoodleFox's save is refused and keeps their text.
	const noodle = await newPerson(browser, demoEmail('noodlefox'), { javaScriptEnabled: false });
	await noodle.page.goto(url);
	await mango.page.getByLabel('Why? What did the committee find?').fill('Nine of ten members could not find the report button.');
	await mango.page.getByRole('button', { name: 'Save changes' }).click();
	await expect(mango.page.getByText('Saved. Everyone in the committee can see the new version.')).toBeVisible();
	await noodle.page.getByLabel('What should the government do?').fill('My own wording, typed without JavaScript.');
	await noodle.page.getByRole('button', { name: 'Save changes' }).click();
	await expect(noodle.page.getByText(/Someone else saved this draft while you were editing/).first()).toBeVisible();
	await expect(noodle.page.getByLabel('What should the government do?')).toHaveValue('My own wording, typed without JavaScript.');
	await expect(noodle.page.getByText('Nine of ten members could not find the report button.').first()).toBeVisible();
	// Saving again, having seen the newer version, is a choice that goes through.
	await noodle.page.getByRole('button', { name: 'Save changes' }).click();
	await expect(noodle.page.getByText('Saved. Everyone in the committee can see the new version.')).toBeVisible();
	await expect(noodle.page.getByText(/Version 4 by NoodleFox/)).toBeVisible();

	// Another committee's member cannot open it; nor can anyone signed out (a draft is not public).
	const sampaguita = await newPerson(browser, demoEmail('sampaguita'));
	expect((await sampaguita.page.goto(url))!.status()).toBe(404);
	const anonymous = await newPerson(browser);
	expect((await anonymous.page.goto(url))!.status()).toBe(404);
	for (const p of [river, mango, noodle, sampaguita, anonymous]) await p.context.close();
});

test('the committee adopts a recommendation and sends it; the official answers in another browser, the committee sees it live, the public reads it', async ({ browser }) => {
	test.setTimeout(180_000);
	const cid = openConsultationId();
	const title = `Teach online safety in school ${Date.now().toString(36)}`;
	const lotus = await newPerson(browser, demoEmail('lotusleaf'));
	await lotus.page.goto(`/consultations/${cid}/recommendations/new`, { waitUntil: 'networkidle' });
	await lotus.page.getByLabel(/^Title/).fill(title);
	await lotus.page.getByLabel('What should the government do?').fill('Every school should teach online safety from grade 4, with lessons written with young people.');
	await lotus.page.getByLabel('Why? What did the committee find?').fill('Most members learned about online risks from friends, not from school.');
	await lotus.page.getByRole('button', { name: 'Save the draft' }).click();
	await expect(lotus.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const url = new URL(lotus.page.url()).pathname;
	const rid = url.split('/').pop()!;

	// A member cannot put it to a vote or send it: the facilitator's tools are not there for them.
	await expect(lotus.page.getByRole('heading', { name: 'Ask the committee to vote' })).toHaveCount(0);

	const f = await newPerson(browser, demoEmail('facilitator'));
	await f.page.goto(url, { waitUntil: 'networkidle' });
	await expectNoSeriousA11yViolations(f.page, 'a draft recommendation (facilitator)');
	const members = query<{ n: number }>(
		"select count(*) as n from memberships m join users u on u.id = m.user_id join committees c on c.id = m.committee_id where c.name = 'Bangkok Youth Advisory Committee' and m.role = 'member' and u.status = 'active'"
	)[0]!.n;
	await f.page.getByLabel(/^Quorum/).fill(String(Math.max(1, Math.min(50, Math.floor(300 / members)))));
	await f.page.getByRole('button', { name: 'Open the vote' }).click();
	await expect(f.page).toHaveURL(/\/ballots\/[a-z2-7]{16}$/);
	const ballotUrl = new URL(f.page.url()).pathname;

	for (const name of ['riverkite', 'mangostar', 'noodlefox']) {
		const m = await newPerson(browser, demoEmail(name), phone);
		await m.page.goto(ballotUrl);
		await m.page.getByRole('group', { name: /^Position 1:/ }).getByLabel('Support', { exact: true }).check();
		await m.page.getByRole('button', { name: 'Cast my vote' }).click();
		await expect(m.page.getByRole('heading', { name: 'Your vote is recorded' })).toBeVisible();
		await m.context.close();
	}
	await f.page.getByRole('button', { name: 'Close it now' }).click();
	await expect(f.page.getByRole('heading', { name: 'Results' })).toBeVisible();

	// The author's page shows the result (a secret ballot with fewer than 5 voters shows no counts); the facilitator sends it.
	await lotus.page.goto(url, { waitUntil: 'networkidle' });
	await expect(lotus.page.getByText('Adopted, not sent yet')).toBeVisible();
	await expect(lotus.page.getByText(/The committee's vote: adopted, turnout \d+%/)).toBeVisible();
	const anonymous = await newPerson(browser);
	expect((await anonymous.page.goto(url))!.status()).toBe(404);

	await f.page.goto(url, { waitUntil: 'networkidle' });
	await f.page.getByLabel('A note for the government (optional)').fill('From our online safety consultation.');
	await f.page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(f.page.getByText('Sent. The government has been told.')).toBeVisible();
	await expect(lotus.page.getByText('Sent, waiting to be acknowledged').first()).toBeVisible();
	expect(query<{ status: string }>('select status from recommendations where id = ?', rid)[0]!.status).toBe('submitted');

	// The official, in another browser, acknowledges and answers; LotusLeaf's open page shows each step live.
	const ministry = query<{ body_id: string }>('select body_id from recommendations where id = ?', rid)[0]!.body_id;
	const o = await newPerson(browser, demoEmail('official'));
	await o.page.goto(`/government/${ministry}/recommendations/${rid}`, { waitUntil: 'networkidle' });
	await o.page.getByLabel(/Who is responsible for the answer/).fill('Director, Education Division');
	await o.page.getByRole('button', { name: 'Acknowledge' }).click();
	await expect(o.page.getByText('Acknowledged. The committee has been told.')).toBeVisible();
	await expect(lotus.page.getByTestId('record-status')).toHaveText('Acknowledged, waiting for the answer');
	await o.page.getByRole('radio', { name: /^Accepted/ }).check();
	await o.page.getByLabel('Why (in plain words)').fill('We agree. Online safety lessons will start in grade 4 next school year.');
	await o.page.getByLabel('Action 1', { exact: true }).fill('Write the grade 4 lessons with a youth panel');
	await o.page.getByLabel('Target date for action 1').fill(new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10));
	await o.page.getByRole('button', { name: 'Publish the answer' }).click();
	await expect(lotus.page.getByTestId('record-status')).toHaveText('Answered');
	await expect(lotus.page.getByText('Online safety lessons will start in grade 4 next school year.')).toBeVisible();

	// LotusLeaf says what they think and asks one question; the answer's page never names them to the official.
	await lotus.page.getByRole('group', { name: 'Did you understand the answer?' }).getByLabel('Yes').check();
	await lotus.page.getByRole('group', { name: 'Does it answer the recommendation?' }).getByLabel('Partly').check();
	await lotus.page.getByRole('button', { name: 'Tell us' }).click();
	await expect(lotus.page.getByText('Thank you. The government sees how many members said what, never who.')).toBeVisible();
	await lotus.page.getByLabel('Your question').fill('Will the lessons be in Thai and in English?');
	await lotus.page.getByRole('button', { name: 'Send the question' }).click();
	await expect(lotus.page.getByText('Your question was sent.')).toBeVisible();
	await o.page.reload();
	await expect(o.page.getByText('Will the lessons be in Thai and in English?')).toBeVisible();
	await expect(o.page.getByText('LotusLeaf')).toHaveCount(0);

	// Anyone can now read it, with the answer, by committee name only.
	await anonymous.page.goto(url);
	await expect(anonymous.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(anonymous.page.getByText('From Bangkok Youth Advisory Committee')).toBeVisible();
	await expect(anonymous.page.getByText('Online safety lessons will start in grade 4 next school year.')).toBeVisible();
	await expect(anonymous.page.getByText('LotusLeaf')).toHaveCount(0);
	await expectNoSeriousA11yViolations(anonymous.page, 'a public recommendation');
	for (const p of [lotus, f, o, anonymous]) await p.context.close();
});
