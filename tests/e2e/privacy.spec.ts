// Safeguarding rule 2, swept across the running app: the public, officials and members follow every link they can
// reach (and try the committee's inner addresses directly) and never meet a young person's real name, email or a held,
// hidden or removed comment. Facilitators and admins may see real names; they are not swept here.
import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { BASE_URL, DEMO_PASSWORD, committeeId, demoEmail, query, BANGKOK, MANILA } from './support';

interface Secret {
	what: string;
	text: string;
	/** The one reader allowed to see it (its owner), if any. */
	owner?: string;
}

/** What no one but facilitators and admins may see: youth real names and emails, and comments not published. */
function secrets(): Secret[] {
	const youth = query<{ id: string; real_name: string; email: string; birth_year: number | null }>(
		`select distinct u.id, u.real_name, u.email, u.birth_year from users u join memberships m on m.user_id = u.id where m.role = 'member'`
	);
	const held = query<{ author_id: string; body: string }>(`select author_id, body from comments where state in ('held', 'hidden', 'removed')`);
	return [
		...youth.flatMap((u) => [
			{ what: 'a real name', text: u.real_name, owner: u.id },
			{ what: 'an email', text: u.email, owner: u.id }
		]),
		...held.filter((c) => c.body.length >= 12).map((c) => ({ what: 'a held or removed comment', text: c.body.slice(0, 40), owner: c.author_id }))
	];
}

/** Signs in through the form (as a browser does, with the Origin header) and returns the signed-in request context. */
async function signedIn(browser: Browser, email: string | null): Promise<BrowserContext> {
	const context = await browser.newContext();
	if (email) {
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByLabel('Email').fill(email);
		await page.getByLabel('Password').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page).not.toHaveURL(/\/signin/);
		await page.close();
	}
	return context;
}

/** Every same-site page reachable by links from the start pages, plus the addresses given, fetched with GET. */
async function sweep(request: APIRequestContext, extra: string[]): Promise<Map<string, string>> {
	const seen = new Map<string, string>();
	const queue = ['/', '/committees', '/account', ...extra];
	while (queue.length && seen.size < 80) {
		const path = queue.shift()!;
		if (seen.has(path) || path.startsWith('/signout')) continue;
		const response = await request.get(path, { maxRedirects: 3 });
		const body = await response.text();
		seen.set(path, body);
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		for (const match of body.matchAll(/href="(\/[^"#]*)/g)) {
			const next = match[1].replace(/&amp;/g, '&');
			if (!seen.has(next) && !next.startsWith('/_app') && !next.startsWith('/favicon')) queue.push(next);
		}
	}
	return seen;
}

function insideAddresses(): string[] {
	const committees = [committeeId(BANGKOK), committeeId(MANILA)];
	const consultations = query<{ id: string }>('select id from consultations').map((c) => c.id);
	return [
		...committees.flatMap((id) => [`/committees/${id}`, `/committees/${id}/moderation`, `/committees/${id}/safeguarding`, `/committees/${id}/sanctions`, `/committees/${id}/words`]),
		...consultations.flatMap((id) => [`/consultations/${id}`, `/consultations/${id}/print`, `/consultations/${id}/export.csv`, `/consultations/${id}/comments.json?after=0`]),
		'/admin',
		'/admin/accounts',
		'/admin/audit',
		'/admin/helplines'
	];
}

// A comment the screen holds, so the sweep has one to look for whatever ran before it.
test.beforeAll(async ({ browser }) => {
	const context = await signedIn(browser, demoEmail('mangostar'));
	const page = await context.newPage();
	const [bill] = query<{ id: string }>("select id from consultations where title = 'Child Online Protection Bill'");
	await page.goto(`/consultations/${bill.id}`, { waitUntil: 'networkidle' });
	const general = page.locator('#thread-general');
	await general.getByLabel(/What do you think about General discussion/).fill('my number is 081 555 0199, message me about section 4');
	await general.getByRole('button', { name: 'Post comment' }).click();
	await expect(page.getByText(/phone number, an email, a link, an address/).first()).toBeVisible();
	await context.close();
});

const readers = [
	{ who: 'the public', email: null },
	{ who: 'an official', email: demoEmail('official') },
	{ who: 'a member', email: demoEmail('riverkite') }
];

for (const reader of readers) {
	test(`${reader.who} never sees a young person's real name, email or a held comment, anywhere`, async ({ browser }) => {
		test.setTimeout(90_000);
		const context = await signedIn(browser, reader.email);
		const me = reader.email ? query<{ id: string }>('select id from users where email = ?', reader.email)[0].id : null;
		const pages = await sweep(context.request, insideAddresses());
		expect(pages.size).toBeGreaterThan(10);
		expect(secrets().some((x) => x.what === 'a held or removed comment')).toBe(true);
		const leaks: string[] = [];
		for (const secret of secrets()) {
			if (secret.owner && secret.owner === me) continue;
			for (const [path, body] of pages) if (body.includes(secret.text)) leaks.push(`${secret.what} ("${secret.text}") on ${path}`);
		}
		expect(leaks, `${reader.who} saw what only facilitators may`).toEqual([]);
		await context.close();
	});
}

test('the swept readers were really looking: a facilitator does find real names on the same addresses', async ({ browser }) => {
	const context = await signedIn(browser, demoEmail('facilitator'));
	const body = await (await context.request.get(`/committees/${committeeId(BANGKOK)}`)).text();
	const [kite] = query<{ real_name: string }>('select real_name from users where email = ?', demoEmail('riverkite'));
	expect(body).toContain(kite.real_name);
	await context.close();
	expect(BASE_URL).toMatch(/^http:\/\/localhost:\d+$/);
});
