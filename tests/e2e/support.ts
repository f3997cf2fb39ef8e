// Shared steps for the end-to-end stories: signing in and out the way a person does, making invitation links,
// filling the sign-up form, reading the server's SQLite file (read-only) for what only an email would carry, and
// making notifications through the app's own service on that file, as a job run by `npm run jobs` does, and
// opening it to seed a story through the services.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { Kysely, SqliteDialect } from 'kysely';
import type { Db } from '../../src/lib/server/db/index';
import type { Database } from '../../src/lib/server/db/schema';
import { notify, type NewNotification } from '../../src/lib/server/notifications/notify';

export const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
export const DEMO_PASSWORD = 'youth-voice-demo';
export const demoEmail = (name: string) => `${name}@demo.youthvoice.test`;
export const BANGKOK = 'Bangkok Youth Advisory Committee';
export const MANILA = "Manila Children's Committee";
/** The banner a member sees while a guardian has not yet said yes. */
export const WAITING_FOR_GUARDIAN = /waiting for your parent or guardian to say yes/i;

let counter = 0;
/** A name no other test (or earlier run) has used: letters first, then letters and digits, at most 24 characters. */
export function uniqueName(prefix: string): string {
	counter += 1;
	return `${prefix}${Date.now().toString(36).slice(-6)}${Math.random().toString(36).slice(2, 5)}${counter}`;
}

// ---------------------------------------------------------------------------------------------------- the database

function dbPath(): string {
	return fs.readFileSync(path.resolve('.test-output/e2e-db-path'), 'utf8').trim();
}

/** Runs one read-only query against the server's database. */
export function query<T>(sql: string, ...params: unknown[]): T[] {
	const db = new SQLite(dbPath(), { readonly: true, fileMustExist: true });
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

/**
 * The server's database for writing, to seed a story through the services (not by writing rows): what they publish
 * stays in this process, so pages show it on their next load, not live. Two processes write this file, so each
 * transaction here takes the write lock when it begins (waiting for the server's): a transaction that read first
 * and wrote later would be refused at once ("database is locked") whenever the server wrote in between.
 */
export function openServerDb(): Db {
	const sqlite = new SQLite(dbPath(), { fileMustExist: true });
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 10000');
	const prepare = sqlite.prepare.bind(sqlite);
	sqlite.prepare = ((source: string) => prepare(source === 'begin' ? 'begin immediate' : source)) as typeof sqlite.prepare;
	return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export function committeeId(name: string): string {
	const [row] = query<{ id: string }>('SELECT id FROM committees WHERE name = ?', name);
	if (!row) throw new Error(`no committee named ${name}`);
	return row.id;
}

/** The guardian consent link in the newest email to `guardianEmail` (the outbox keeps every email). */
export async function consentLinkFor(guardianEmail: string): Promise<string> {
	let link: string | undefined;
	await expect
		.poll(() => {
			const rows = query<{ body_text: string }>('SELECT body_text FROM email_outbox WHERE to_address = ? ORDER BY created_at DESC', guardianEmail);
			for (const row of rows) {
				const match = row.body_text.match(/https?:\/\/\S+\/consent\/[a-z2-7]+/);
				if (match) return (link = match[0]);
			}
			return undefined;
		}, { message: `a consent email to ${guardianEmail}` })
		.toBeTruthy();
	return link!;
}

/**
 * Notifies the user with this email through notify(), on the server's database from this process, the way a job run
 * by `npm run jobs` would: the server's own job announces it live (within about a second) to the user's open pages.
 */
export async function notifyUser(email: string, notification: Omit<NewNotification, 'userId'>): Promise<void> {
	const db = openServerDb();
	try {
		const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
		await notify(db, { ...notification, userId: user.id });
	} finally {
		await db.destroy();
	}
}

// -------------------------------------------------------------------------------------------- signing in and out

/**
 * Opens a page with a form and waits until its JavaScript has loaded, so typing is not lost to hydration (text
 * typed into a field before the page hydrates can be wiped: see the report on Field.svelte).
 */
export async function openForm(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'networkidle' });
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await openForm(page, '/signin');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/committees$/);
}

export async function signOut(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(`${BASE_URL}/`);
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** A fresh browser (no cookies) with one page, signed in as `email` when given. */
export async function newPerson(browser: Browser, email?: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	if (email) await signIn(page, email);
	return { context, page };
}

export async function openCommittee(page: Page, name: string): Promise<void> {
	await page.goto('/committees');
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

// ------------------------------------------------------------------------------------------ invitations, sign-up

/** On a committee page, as a facilitator: makes an invitation link and returns it. */
export async function makeInvitation(page: Page, label?: string): Promise<string> {
	if (label) await page.getByLabel('Who is this link for?').fill(label);
	await page.getByRole('button', { name: 'Make an invitation link' }).click();
	const link = page.getByTestId('invitation-link');
	await expect(link).toHaveText(/\/invite\/[a-z2-7]+$/);
	return (await link.textContent())!.trim();
}

/** The facilitator signs in in a browser of their own, makes an invitation link to `committee`, and leaves. */
export async function invitationFromFacilitator(browser: Browser, committee = BANGKOK): Promise<string> {
	const { context, page } = await newPerson(browser, demoEmail('facilitator'));
	try {
		await openCommittee(page, committee);
		return await makeInvitation(page);
	} finally {
		await context.close();
	}
}

export interface NewMember {
	displayName: string;
	realName: string;
	email: string;
	password: string;
	age: number;
	country?: string;
	guardianEmail?: string;
}

export function newMember(age: number, extra: Partial<NewMember> = {}): NewMember {
	const displayName = uniqueName('Kite');
	return {
		displayName,
		realName: `Real ${uniqueName('Person')}`,
		email: `${displayName.toLowerCase()}@example.test`,
		password: 'a long enough password',
		age,
		country: 'TH',
		...extra
	};
}

/** Fills the invitation's sign-up form (born in January, so exactly `age` all year) and sends it. */
export async function fillSignUp(page: Page, member: NewMember): Promise<void> {
	const birthYear = new Date().getUTCFullYear() - member.age;
	// Let the page hydrate first (see openForm).
	await page.waitForLoadState('networkidle');
	await page.getByLabel(/^Display name/).fill(member.displayName);
	await page.getByLabel(/^Real name/).fill(member.realName);
	await page.getByLabel(/^Email/).fill(member.email);
	await page.getByLabel(/^Password/).fill(member.password);
	await page.getByLabel('Month').selectOption('1');
	await page.getByLabel('Year').fill(String(birthYear));
	await page.getByLabel('Country').selectOption(member.country ?? 'TH');
	if (member.guardianEmail) await page.getByLabel(/^Parent or guardian's email/).fill(member.guardianEmail);
	await page.getByRole('button', { name: 'Create my account' }).click();
}

/** A young person opens the link in their own browser, signs up and lands on the committee page. */
export async function signUpThroughLink(browser: Browser, link: string, member: NewMember): Promise<{ context: BrowserContext; page: Page }> {
	const { context, page } = await newPerson(browser);
	await page.goto(link);
	await fillSignUp(page, member);
	await expect(page).toHaveURL(/\/committees\/[a-z2-7]+\?welcome=1$/);
	return { context, page };
}

// ------------------------------------------------------------------------------------------------ accessibility

/** Runs axe on the page and fails on any serious or critical violation, naming each rule and element. */
export async function expectNoSeriousA11yViolations(page: Page, what: string): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const described = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`).join('\n  ');
	expect(serious, `axe found serious or critical problems on ${what}:\n  ${described}`).toEqual([]);
}
