// The committee decides: a facilitator puts two positions to a secret vote, members vote from their phones (with and
// without JavaScript), one changes their vote, the vote closes, and everyone sees the result — but no one can see how
// anyone voted.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BASE_URL, demoEmail, expectNoSeriousA11yViolations, newPerson, openForm, query } from './support';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SECTION_3 = /We oppose Section 3 unless a teacher/;
const SECTION_5 = /We support Section 5 if the report button/;
const VOTERS = ['RiverKite', 'MangoStar', 'NoodleFox', 'LotusLeaf', 'SkyLantern', 'Tamarind'];

function consultationId(): string {
	return query<{ id: string }>('SELECT id FROM consultations WHERE title = ?', 'Child Online Protection Bill')[0].id;
}

async function pick(page: Page, position: number, option: string) {
	await page.getByRole('group', { name: new RegExp(`^Position ${position}:`) }).getByLabel(option, { exact: true }).check();
}

/** Presses Tab, and no other key, until `target` has the focus; then checks that the focus can be seen. */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(target).toBeFocused();
	await expect(target).toHaveCSS('outline-style', 'solid');
}

async function fitsThePhone(page: Page, what: string) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, `${what} scrolls sideways on a 390 px wide screen`).toBeLessThanOrEqual(0);
}

test('a secret vote from the opening to the result, on phones, with and without JavaScript', async ({ browser }) => {
	test.setTimeout(120_000);
	const cid = consultationId();

	// The facilitator puts the two positions that are still proposed to a secret vote.
	const f = await newPerson(browser, demoEmail('facilitator'));
	await f.page.goto(`/consultations/${cid}`);
	await f.page.getByRole('link', { name: 'Positions and votes' }).click();
	await expect(f.page.getByRole('heading', { level: 1, name: 'Positions and votes' })).toBeVisible();
	await expectNoSeriousA11yViolations(f.page, 'the positions page (facilitator)');
	await f.page.getByRole('link', { name: 'Put positions to a vote' }).click();
	await expect(f.page.getByRole('heading', { level: 1, name: 'Put positions to a vote' })).toBeVisible();
	await expectNoSeriousA11yViolations(f.page, 'the new vote form');
	// A quorum of 150% is refused with a message on the page.
	await f.page.getByLabel(SECTION_3).check();
	await f.page.getByLabel(SECTION_5).check();
	await f.page.getByLabel(/^Quorum/).fill('150');
	await f.page.getByRole('button', { name: 'Open the vote' }).click();
	await expect(f.page.getByText('The quorum is a whole percentage from 1 to 100.').first()).toBeVisible();
	await f.page.getByLabel(SECTION_3).check();
	await f.page.getByLabel(SECTION_5).check();
	// Five members will vote; other stories add members to the committee, so the quorum is set where five still meet it.
	const members = query<{ n: number }>(
		"select count(*) as n from memberships m join users u on u.id = m.user_id join committees c on c.id = m.committee_id where c.name = 'Bangkok Youth Advisory Committee' and m.role = 'member' and u.status = 'active'"
	)[0].n;
	const quorum = Math.min(50, Math.floor(500 / members));
	await f.page.getByLabel(/^Quorum/).fill(String(quorum));
	await f.page.getByRole('button', { name: 'Open the vote' }).click();
	await expect(f.page).toHaveURL(/\/ballots\/[a-z2-7]{16}$/);
	const ballotUrl = new URL(f.page.url()).pathname;
	// Who may vote is fixed when the ballot opens: the committee's youth members then (other stories add some).
	const eligible = query<{ n: number }>('select count(*) as n from ballot_voters where ballot_id = ?', ballotUrl.split('/').pop())[0].n;
	expect(eligible).toBeGreaterThanOrEqual(6);
	await expect(f.page.getByTestId('turnout')).toHaveText(`voted so far: 0 of ${eligible}`);
	await expect(f.page.getByRole('heading', { name: 'Your vote' })).toHaveCount(0);

	// Tamarind opens the vote without JavaScript and waits too long: it closes before the form is sent.
	const late = await newPerson(browser, demoEmail('tamarind'), { ...phone, javaScriptEnabled: false });
	await late.page.goto(ballotUrl);
	await pick(late.page, 1, 'Support');
	await pick(late.page, 2, 'Support');

	// Five members vote from their phones; SkyLantern changes their vote.
	const votes: [string, boolean, string, string][] = [
		['riverkite', false, 'Support', 'Support'],
		['mangostar', true, 'Support', 'Oppose'],
		['noodlefox', false, 'Oppose', 'Support'],
		['lotusleaf', true, 'Support', 'Abstain'],
		['skylantern', true, 'Oppose', 'Oppose']
	];
	const receipts: Record<string, string> = {};
	for (const [name, js, first, second] of votes) {
		const m = await newPerson(browser, demoEmail(name), { ...phone, javaScriptEnabled: js });
		await m.page.goto(ballotUrl);
		// axe runs in the page, so on a page with JavaScript.
		if (name === 'mangostar') {
			await expectNoSeriousA11yViolations(m.page, 'the ballot page on a phone (member)');
			await fitsThePhone(m.page, 'the ballot page');
		}
		await pick(m.page, 1, first);
		await pick(m.page, 2, second);
		await m.page.getByRole('button', { name: 'Cast my vote' }).click();
		await expect(m.page.getByRole('heading', { name: 'Your vote is recorded' })).toBeVisible();
		receipts[name] = (await m.page.getByTestId('my-receipt').textContent())!.trim();
		expect(receipts[name]).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
		await expect(m.page.getByText(`Position 1: ${first} · Position 2: ${second}`)).toBeVisible();
		if (name === 'skylantern') {
			receipts.skylanternFirst = receipts[name];
			await pick(m.page, 1, 'Support');
			await pick(m.page, 2, 'Support');
			await m.page.getByRole('button', { name: 'Change my vote' }).click();
			await expect(m.page.getByText('Position 1: Support · Position 2: Support')).toBeVisible();
			receipts[name] = (await m.page.getByTestId('my-receipt').textContent())!.trim();
			expect(receipts[name]).not.toBe(receipts.skylanternFirst);
		}
		await m.context.close();
	}
	// No results before the close, not even for the facilitator.
	await f.page.goto(ballotUrl);
	await expect(f.page.getByTestId('turnout')).toHaveText(`voted so far: 5 of ${eligible}`);
	await expect(f.page.getByText('Results are shown when the ballot closes.')).toBeVisible();
	await expect(f.page.getByRole('heading', { name: 'Results' })).toHaveCount(0);

	await f.page.getByRole('button', { name: 'Close it now' }).click();
	await expect(f.page.getByRole('heading', { name: 'Results' })).toBeVisible();

	// Tamarind's vote, sent after the close, is refused with a message, not an error page.
	await late.page.getByRole('button', { name: 'Cast my vote' }).click();
	await expect(late.page.getByText(/This ballot has closed/).first()).toBeVisible();
	await late.context.close();

	// Everyone sees the result: turnout, quorum, counts, adopted or not.
	const r = await newPerson(browser, demoEmail('riverkite'), phone);
	await r.page.goto(ballotUrl);
	await expect(r.page.getByText(`Turnout ${Math.round((5 * 100) / eligible)}%: 5 of ${eligible} members voted`)).toBeVisible();
	await expect(r.page.getByText(`quorum of ${quorum}% met`).first()).toBeVisible();
	const first = r.page.getByRole('table', { name: 'Votes for position 1' });
	await expect(first.getByRole('row', { name: 'Support 4' })).toBeAttached();
	await expect(first.getByRole('row', { name: 'Oppose 1' })).toBeAttached();
	const second = r.page.getByRole('table', { name: 'Votes for position 2' });
	await expect(second.getByRole('row', { name: 'Support 3' })).toBeAttached();
	await expect(second.getByRole('row', { name: 'Abstain 1' })).toBeAttached();
	await expect(r.page.getByText('Adopted', { exact: true })).toHaveCount(2);
	await expect(r.page.getByRole('img', { name: /Position 1:.*Support: 4, Oppose: 1, Abstain: 0/ })).toBeVisible();
	await expectNoSeriousA11yViolations(r.page, 'the results on a phone');
	await fitsThePhone(r.page, 'the results');

	// RiverKite checks their receipt: counted as cast. SkyLantern's first receipt was replaced by their new one.
	await r.page.getByRole('button', { name: 'Check' }).click();
	await expect(r.page.getByText('Found: your vote was counted as "Position 1: Support · Position 2: Support".')).toBeVisible();
	await r.page.getByLabel('Your receipt code').fill(receipts.skylanternFirst.toLowerCase());
	await r.page.getByRole('button', { name: 'Check' }).click();
	await expect(r.page.getByText('This code is not among the counted votes.', { exact: false })).toBeVisible();
	await r.context.close();

	// No one can find out how a member voted: not the facilitator's page, not the export, not the admin.
	await f.page.reload();
	await f.page.getByText('All counted votes (5)').click();
	const page = await f.page.locator('main').innerText();
	for (const name of VOTERS) expect(page).not.toContain(name);
	for (const receipt of Object.values(receipts).filter((x) => x !== receipts.skylanternFirst)) expect(page).toContain(receipt);
	const csv = await (await f.page.request.get(`${ballotUrl}/results.csv`)).text();
	expect(csv).toContain(`adopted 4–1, turnout ${Math.round((5 * 100) / eligible)}%`);
	for (const name of VOTERS) expect(csv).not.toContain(name);
	await f.context.close();

	const admin = await newPerson(browser, demoEmail('admin'));
	await admin.page.goto('/admin/audit');
	const log = await admin.page.locator('main').innerText();
	expect(log).toContain('ballot.created');
	expect(log).toContain('ballot.closed');
	// Voting is not an audited act: no entry names a vote, and nothing in the log carries a receipt or a choice.
	expect(log).not.toMatch(/vote\.(cast|changed)/);
	for (const receipt of Object.values(receipts)) expect(log).not.toContain(receipt);
	const entries = query<{ action: string; data: string }>("select action, data from audit_log where action like 'ballot.%' or action like 'vote%'");
	for (const e of entries) for (const name of VOTERS) expect(e.data, e.action).not.toContain(name);
	await admin.context.close();
});

test('without JavaScript, on a phone, a member proposes a position and another adds their name', async ({ browser }) => {
	const cid = consultationId();
	const statement = `We support Section 6 if games must also explain grooming to players ${Date.now().toString(36)}.`;
	const a = await newPerson(browser, demoEmail('mangostar'), { ...phone, javaScriptEnabled: false });
	await a.page.goto(`/consultations/${cid}/positions`);
	await a.page.getByLabel('About').selectOption({ label: 'Section 6: Grooming offence' });
	await a.page.getByLabel(/^The position/).fill(statement);
	await a.page.getByRole('button', { name: 'Propose' }).click();
	await expect(a.page.getByText('Your position is proposed.', { exact: false })).toBeVisible();
	await expect(a.page.getByText(statement)).toBeVisible();
	await a.context.close();

	const b = await newPerson(browser, demoEmail('noodlefox'), { ...phone, javaScriptEnabled: false });
	await b.page.goto(`/consultations/${cid}/positions`);
	const card = b.page.getByRole('article').filter({ hasText: statement });
	await card.getByRole('button', { name: 'Add my name' }).click();
	await expect(b.page.getByRole('article').filter({ hasText: statement })).toContainText('co-signed by: 1');
	await expect(b.page.getByRole('article').filter({ hasText: statement }).getByRole('button', { name: 'Take my name off' })).toBeVisible();
	await b.context.close();
});

test('turnout updates live on the ballot page while members vote, and shows no one’s choice', async ({ browser }) => {
	// The demo's open ballot on the open consultation (the demo's earlier ballots have closed).
	const [{ id: ballotId }] = query<{ id: string }>("SELECT b.id FROM ballots b JOIN consultations c ON c.id = b.consultation_id WHERE c.title = 'Child Online Protection Bill' ORDER BY b.created_at LIMIT 1");
	const f = await newPerson(browser, demoEmail('facilitator'));
	await f.page.goto(`/ballots/${ballotId}`);
	await expect(f.page.getByText('Updates live')).toBeVisible();
	const before = Number((await f.page.getByTestId('turnout').textContent())!.match(/: (\d+) of/)![1]);

	const m = await newPerson(browser, demoEmail('tamarind'), phone);
	await m.page.goto(`/ballots/${ballotId}`);
	await pick(m.page, 1, 'Oppose');
	await pick(m.page, 2, 'Support');
	await m.page.getByRole('button', { name: 'Cast my vote' }).click();
	await expect(m.page.getByRole('heading', { name: 'Your vote is recorded' })).toBeVisible();

	// The facilitator's page counts the vote without a reload, and says nothing of what it was.
	await expect(f.page.getByTestId('turnout')).toHaveText(`voted so far: ${before + 1} of 6`);
	await expect(f.page.locator('main')).not.toContainText('Tamarind');
	await expect(f.page.getByRole('heading', { name: 'Results' })).toHaveCount(0);
	await m.context.close();
	await f.context.close();
});

test('ranked choice between competing positions: members rank them, and the instant-runoff rounds pick one', async ({ browser }) => {
	test.setTimeout(120_000);
	const cid = consultationId();
	const tag = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 5);
	const statements = [`Age checks for every app (${tag})`, `Age checks only for social media (${tag})`, `No age checks, better teaching instead (${tag})`];
	// Three members each propose one alternative for Section 3.
	for (const [i, who] of ['riverkite', 'mangostar', 'noodlefox'].entries()) {
		const { context, page } = await newPerson(browser, demoEmail(who), phone);
		await openForm(page, `/consultations/${cid}/positions`);
		await page.getByLabel('About').selectOption({ label: 'Section 3: Minimum age and age assurance' });
		await page.getByLabel(/^The position/).fill(statements[i]);
		await page.getByRole('button', { name: 'Propose' }).click();
		await expect(page.getByText(statements[i])).toBeVisible();
		await context.close();
	}

	// The facilitator puts them to an open (not secret) ranked-choice vote.
	const f = await newPerson(browser, demoEmail('facilitator'));
	await f.page.goto(`/consultations/${cid}/ballots/new`);
	for (const s of statements) await f.page.getByLabel(s).check();
	await f.page.getByLabel('How members vote').selectOption('ranked');
	await f.page.getByRole('checkbox', { name: /Secret ballot/ }).uncheck();
	await f.page.getByLabel(/^Quorum/).fill('1');
	await f.page.getByRole('button', { name: 'Open the vote' }).click();
	await expect(f.page).toHaveURL(/\/ballots\/[a-z2-7]{16}$/);
	const ballotUrl = new URL(f.page.url()).pathname;

	// Five rankings (by statement): round 1 gives 2, 2 and 1; the third is out and its vote moves to the second, which
	// wins 3 to 2.
	const rankings: [string, number[]][] = [
		['riverkite', [0, 1]],
		['mangostar', [0]],
		['noodlefox', [1, 0]],
		['lotusleaf', [2, 1]],
		['skylantern', [1]]
	];
	const numbers: number[] = [];
	for (const [who, order] of rankings.slice(0, 4)) {
		const { context, page } = await newPerson(browser, demoEmail(who), phone);
		await page.goto(ballotUrl);
		for (const [rank, k] of order.entries()) await page.getByLabel(statements[k]).selectOption(String(rank + 1));
		// The ballot numbers the positions; read which number each statement got.
		for (const [k, s] of statements.entries()) numbers[k] ??= Number((await page.locator('label', { hasText: s }).textContent())!.match(/Position (\d+)/)![1]);
		await page.getByRole('button', { name: 'Cast my vote' }).click();
		await expect(page.getByRole('heading', { name: 'Your vote is recorded' })).toBeVisible();
		await context.close();
	}

	// The fifth sends the same first vote from ten tabs at once, over HTTP: one is stored, the others are told it changed.
	const { context: tabs } = await newPerson(browser, demoEmail('skylantern'), phone);
	const ballotId = ballotUrl.split('/').pop()!;
	const ids = statements.map((st) => query<{ id: string }>('select p.id from positions p join ballot_positions b on b.position_id = p.id where b.ballot_id = ? and p.statement = ?', ballotId, st)[0].id);
	const sent = await Promise.all(
		Array.from({ length: 10 }, () =>
			tabs.request.post(`${ballotUrl}?/vote`, { form: { version: '0', [`rank-${ids[1]}`]: '1' }, headers: { origin: BASE_URL, accept: 'text/html' }, maxRedirects: 0 })
		)
	);
	expect(sent.filter((r) => r.status() === 303)).toHaveLength(1);
	for (const r of sent.filter((x) => x.status() !== 303)) expect(r.status()).toBe(409);
	const [sky] = query<{ id: string }>('select id from users where email = ?', demoEmail('skylantern'));
	expect(query<{ n: number }>('select count(*) as n from votes where ballot_id = ? and voter_id = ?', ballotId, sky.id)[0].n).toBe(1);
	await tabs.close();

	await f.page.getByRole('button', { name: 'Close it now' }).click();
	await expect(f.page.getByRole('heading', { name: 'Instant-runoff rounds' })).toBeVisible();
	await expect(f.page.getByText(`Position ${numbers[2]} is out`)).toBeVisible();
	await expect(f.page.getByText(`Position ${numbers[1]} wins`)).toBeVisible();
	await expect(f.page.getByText(`Chosen: position ${numbers[1]}, "${statements[1]}"`)).toBeVisible();
	await expectNoSeriousA11yViolations(f.page, 'ranked-choice results');
	await f.context.close();
});

test('approval voting between alternatives: members approve any of them, one abstains, one votes by keyboard alone, two tabs are kept apart, and the most approved wins', async ({ browser }) => {
	test.setTimeout(120_000);
	const cid = consultationId();
	const tag = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 5);
	const statements = [`A report button in every chat (${tag})`, `Lessons on grooming from age 10 (${tag})`, `Police answer reports within a day (${tag})`];
	// Three members each propose one alternative for Section 6.
	for (const [i, who] of ['riverkite', 'mangostar', 'noodlefox'].entries()) {
		const { context, page } = await newPerson(browser, demoEmail(who), phone);
		await openForm(page, `/consultations/${cid}/positions`);
		await page.getByLabel('About').selectOption({ label: 'Section 6: Grooming offence' });
		await page.getByLabel(/^The position/).fill(statements[i]);
		await page.getByRole('button', { name: 'Propose' }).click();
		await expect(page.getByText(statements[i])).toBeVisible();
		await context.close();
	}

	// The facilitator puts them to a secret approval vote.
	const f = await newPerson(browser, demoEmail('facilitator'));
	await f.page.goto(`/consultations/${cid}/ballots/new`);
	for (const s of statements) await f.page.getByLabel(s).check();
	await f.page.getByLabel('How members vote').selectOption('approval');
	await expect(f.page.getByRole('checkbox', { name: /Secret ballot/ })).toBeChecked();
	await f.page.getByLabel(/^Quorum/).fill('1');
	await f.page.getByRole('button', { name: 'Open the vote' }).click();
	await expect(f.page).toHaveURL(/\/ballots\/[a-z2-7]{16}$/);
	const ballotUrl = new URL(f.page.url()).pathname;
	const eligible = query<{ n: number }>('select count(*) as n from ballot_voters where ballot_id = ?', ballotUrl.split('/').pop())[0].n;

	// Four members approve different sets (by statement); LotusLeaf approves none and says so: an abstention.
	const sets: [string, number[]][] = [
		['riverkite', [0, 1]],
		['mangostar', [1]],
		['noodlefox', [1, 2]],
		['lotusleaf', []]
	];
	const numbers: number[] = [];
	for (const [who, approve] of sets) {
		const { context, page } = await newPerson(browser, demoEmail(who), { ...phone, javaScriptEnabled: who !== 'mangostar' });
		const boxes = approve.length ? approve.map((k) => page.getByRole('checkbox', { name: statements[k] })) : [page.getByRole('checkbox', { name: 'I abstain' })];
		if (who === 'riverkite') {
			// A slow phone: the boxes are ticked before the page's JavaScript has loaded, and stay ticked once it has.
			let release = () => {};
			const slow = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/_app/immutable/**/*.js', async (route) => (await slow, route.continue()));
			await page.goto(ballotUrl, { waitUntil: 'commit' });
			for (const box of boxes) await box.check();
			release();
			await expect(page.getByText('Updates live')).toBeVisible();
			for (const box of boxes) await expect(box).toBeChecked();
			await expectNoSeriousA11yViolations(page, 'the approval ballot on a phone (member)');
			await fitsThePhone(page, 'the approval ballot');
		} else {
			await page.goto(ballotUrl);
			for (const box of boxes) await box.check();
		}
		// The ballot numbers the positions; read which number each statement got.
		for (const [k, s] of statements.entries()) numbers[k] ??= Number((await page.locator('label', { hasText: s }).textContent())!.match(/Position (\d+)/)![1]);
		await page.getByRole('button', { name: 'Cast my vote' }).click();
		await expect(page.getByRole('heading', { name: 'Your vote is recorded' })).toBeVisible();
		const expected = approve.length ? `Approved positions ${approve.map((k) => numbers[k]).sort((a, b) => a - b).join(', ')}` : 'Abstained';
		await expect(page.getByText(`Your choice (only you see this): ${expected}`)).toBeVisible();
		// The form to change it starts from the vote as cast.
		for (const box of boxes) await expect(box).toBeChecked();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(boxes.length);
		await context.close();
	}

	// SkyLantern votes with the keyboard alone: Tab to each position, Space to approve, Enter on the button.
	const sky = await newPerson(browser, demoEmail('skylantern'));
	await sky.page.goto(ballotUrl);
	for (const k of [0, 1]) {
		const box = sky.page.getByRole('checkbox', { name: statements[k] });
		await tabTo(sky.page, box);
		await sky.page.keyboard.press('Space');
		await expect(box).toBeChecked();
	}
	await tabTo(sky.page, sky.page.getByRole('button', { name: 'Cast my vote' }));
	await sky.page.keyboard.press('Enter');
	await expect(sky.page.getByRole('heading', { name: 'Your vote is recorded' })).toBeVisible();
	await expect(sky.page.getByText(`Approved positions ${[numbers[0], numbers[1]].sort((a, b) => a - b).join(', ')}`)).toBeVisible();
	// The keyboard carries on from the recorded vote: one Tab reaches the form to change it, not the top of the page.
	await sky.page.keyboard.press('Tab');
	await expect(sky.page.getByRole('checkbox', { name: statements[numbers.indexOf(1)] })).toBeFocused();
	await sky.context.close();

	// Tamarind has the ballot open in two tabs: the first approves the first statement; the second, drawn before that,
	// approves the third and is refused, and then shows the vote as it stands.
	const t = await newPerson(browser, demoEmail('tamarind'));
	const [tab1, tab2] = [t.page, await t.context.newPage()];
	for (const tab of [tab1, tab2]) await openForm(tab, ballotUrl);
	await tab1.getByRole('checkbox', { name: statements[0] }).check();
	await tab1.getByRole('button', { name: 'Cast my vote' }).click();
	await expect(tab1.getByRole('heading', { name: 'Your vote is recorded' })).toBeVisible();
	await tab2.getByRole('checkbox', { name: statements[2] }).check();
	await tab2.getByRole('button', { name: 'Cast my vote' }).click();
	await expect(tab2.getByText('Your vote was changed in another tab or sent twice.', { exact: false }).first()).toBeVisible();
	await expect(tab2.getByRole('checkbox', { name: statements[0] })).toBeChecked();
	await expect(tab2.getByRole('checkbox', { name: statements[2] })).not.toBeChecked();
	await expect(tab2.getByRole('button', { name: 'Change my vote' })).toBeVisible();
	await t.context.close();

	await f.page.getByRole('button', { name: 'Close it now' }).click();
	await expect(f.page.getByRole('heading', { name: 'Results' })).toBeVisible();
	// Approvals: the first statement 3, the second 4, the third 1; one abstention. The second wins with 4 of the 5
	// members who approved something.
	const approvals = [3, 4, 1];
	await expect(f.page.getByText(`Turnout ${Math.round((6 * 100) / eligible)}%: 6 of ${eligible} members voted`)).toBeVisible();
	await expect(f.page.getByText('1 abstained (approved none)')).toBeVisible();
	await expect(f.page.getByText(`Chosen: position ${numbers[1]}, "${statements[1]}"`)).toBeVisible();
	for (const [k, n] of approvals.entries()) {
		await expect(f.page.getByRole('table', { name: `Votes for position ${numbers[k]}` }).getByRole('row', { name: `Approve ${n}` })).toBeAttached();
		await expect(f.page.getByRole('img', { name: new RegExp(`^Position ${numbers[k]}:.*Approve: ${n}$`) })).toBeVisible();
	}
	// The bars compare the positions: each is as long as its approvals against the most approved.
	const bar = async (k: number) => Number(await f.page.getByRole('img', { name: new RegExp(`^Position ${numbers[k]}:`) }).locator('rect').getAttribute('width'));
	for (const k of [0, 2]) expect((await bar(k)) / (await bar(1))).toBeCloseTo(approvals[k] / 4, 2);
	await f.page.getByText('All counted votes (6)').click();
	await expect(f.page.getByRole('row', { name: /Abstained$/ })).toHaveCount(1);
	await expectNoSeriousA11yViolations(f.page, 'approval results');
	await f.context.close();
});

