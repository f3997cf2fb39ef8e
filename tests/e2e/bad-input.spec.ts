// Wrong, huge or forged input gets a readable 4xx, never a 500, and the server keeps serving.
import { expect, test } from '@playwright/test';
import { BASE_URL, demoEmail, openForm, signIn } from './support';

const formPost = { origin: BASE_URL, accept: 'text/html' };

test('a wrong password is refused with a clear message, and a no-JavaScript post gets a 400', async ({ page }) => {
	await openForm(page, '/signin');
	await page.getByLabel('Email').fill(demoEmail('mangostar'));
	await page.getByLabel('Password').fill('not the right password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByText('The email or password is not right. Please try again.')).toBeVisible();
	await expect(page).toHaveURL(/\/signin$/);
	await expect(page.getByLabel('Email')).toHaveValue(demoEmail('mangostar'));

	// The same form posted the way a browser without JavaScript does (an unknown email: no account is penalised).
	const response = await page.request.post('/signin', { form: { email: 'nobody@example.test', password: 'not the right password' }, headers: formPost, maxRedirects: 0 });
	expect(response.status()).toBe(400);
	const body = await response.text();
	expect(body).toContain('The email or password is not right.');
	expect(body).not.toContain('something went wrong on our side');

	// An empty form is a 400 with field errors, not a 500.
	const empty = await page.request.post('/signin', { form: { email: '', password: '' }, headers: formPost, maxRedirects: 0 });
	expect(empty.status()).toBe(400);
	expect(await empty.text()).toContain('Please fill this in.');

	// The right password still works afterwards.
	await signIn(page, demoEmail('mangostar'));
});

test('a form post from another site is refused', async ({ page }) => {
	const response = await page.request.post('/signin', {
		form: { email: demoEmail('riverkite'), password: 'youth-voice-demo' },
		headers: { origin: 'https://evil.example', accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
	expect(response.headers()['set-cookie'] ?? '').not.toContain('yv_session=');
});

test('a 10 MB form post is not a server error, and the server keeps serving', async ({ page }) => {
	const response = await page.request.post('/signin', {
		form: { email: 'big@example.test', password: 'x'.repeat(10 * 1024 * 1024) },
		headers: formPost,
		maxRedirects: 0
	});
	expect(response.status()).toBeGreaterThanOrEqual(400);
	expect(response.status()).toBeLessThan(500);

	const home = await page.goto('/');
	expect(home?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1, name: 'Your ideas can change the law' })).toBeVisible();
});

// App bug: src/lib/server/kit/forms.ts readForm() turns every failure of request.formData() into fail(400,
// error_bad_request), including SvelteKit's 413 "Payload Too Large" for a body over BODY_SIZE_LIMIT, so the
// answer is 400 instead of 413 (the `too_large` error code is never used).
test('a 10 MB form post is answered 413 Payload Too Large', async ({ page }) => {
	const response = await page.request.post('/signin', {
		form: { email: 'big@example.test', password: 'x'.repeat(10 * 1024 * 1024) },
		headers: formPost,
		maxRedirects: 0
	});
	expect(response.status()).toBe(413);
});

test('a forged session cookie counts as signed out', async ({ context, page }) => {
	await context.addCookies([{ name: 'yv_session', value: 'aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', url: BASE_URL }]);
	await page.goto('/committees');
	await expect(page).toHaveURL(`${BASE_URL}/signin?next=%2Fcommittees`);
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	// The server also clears the bad cookie.
	expect((await context.cookies()).find((c) => c.name === 'yv_session')).toBeUndefined();

	// Malformed values are no different.
	for (const value of ['garbage', 'a.b.c', '%00%ff', 'x'.repeat(4000)]) {
		await context.addCookies([{ name: 'yv_session', value, url: BASE_URL }]);
		const response = await page.goto('/committees');
		expect(response?.status(), value.slice(0, 20)).toBe(200);
		await expect(page).toHaveURL(/\/signin\?next=/);
	}
});

test('after signing in, the page asked for first opens, but never one on another site', async ({ page }) => {
	await openForm(page, '/account');
	await expect(page).toHaveURL(`${BASE_URL}/signin?next=%2Faccount`);
	await page.getByLabel('Email').fill(demoEmail('noodlefox'));
	await page.getByLabel('Password').fill('youth-voice-demo');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(`${BASE_URL}/account`);
	await expect(page.getByText(`Signed in as NoodleFox (${demoEmail('noodlefox')}).`)).toBeVisible();

	await page.getByRole('button', { name: 'Sign out' }).click();
	await openForm(page, '/signin?next=//evil.example/');
	await page.getByLabel('Email').fill(demoEmail('noodlefox'));
	await page.getByLabel('Password').fill('youth-voice-demo');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(`${BASE_URL}/committees`);
});
