// The scheduler: jobs run on their cron patterns, once per process, never overlapping themselves; runJobsOnce runs
// each once (tests, `npm run jobs`), and the app's own list delivers the outbox through SMTP_URL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { runJobsOnce, schedulerRunning, startScheduler, stopScheduler, type Job } from '../../src/lib/server/scheduler';
import { enqueueEmail } from '../../src/lib/server/notifications/email-outbox';
import { testDb } from '../helpers';
import { startSmtp, type TestSmtp } from '../smtp';

let db: Db;
let smtp: TestSmtp;

beforeAll(async () => {
	db = await testDb();
	smtp = await startSmtp();
});

afterEach(() => stopScheduler());

afterAll(async () => {
	await smtp.close();
	await db.destroy();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runJobsOnce', () => {
	it('runs every job once at the given time, and a failing job does not stop the others', async () => {
		const seen: string[] = [];
		const jobs: Job[] = [
			{ name: 'first', pattern: '0 * * * *', run: async (_db, now) => seen.push(`first@${now}`) },
			{ name: 'broken', pattern: '0 * * * *', run: async () => Promise.reject(new Error('no')) },
			{ name: 'last', pattern: '0 * * * *', run: async (_db, now) => (seen.push(`last@${now}`), 'done') }
		];
		const outcomes = await runJobsOnce(db, jobs, 1234);
		expect(seen).toEqual(['first@1234', 'last@1234']);
		expect(outcomes.map((o) => [o.name, o.ok])).toEqual([
			['first', true],
			['broken', false],
			['last', true]
		]);
		expect(outcomes[2]).toMatchObject({ result: 'done' });
	});
});

describe('startScheduler', () => {
	it('runs jobs on their pattern, never two runs of one job at once, once per process, until stopped', async () => {
		let runs = 0;
		let running = 0;
		let overlapped = false;
		const slow: Job = {
			name: 'slow',
			pattern: '* * * * * *',
			run: async () => {
				runs++;
				if (++running > 1) overlapped = true;
				await sleep(1500); // longer than the second between runs
				running--;
			}
		};
		let fastRuns = 0;
		const fast: Job = { name: 'fast', pattern: '* * * * * *', run: async () => void fastRuns++ };
		startScheduler(db, [slow, fast]);
		startScheduler(db, [fast]); // a second start in the same process is ignored
		expect(schedulerRunning()).toBe(true);
		await sleep(3600);
		expect(overlapped).toBe(false);
		expect(runs).toBeGreaterThanOrEqual(1);
		expect(runs).toBeLessThanOrEqual(2);
		expect(fastRuns).toBeGreaterThanOrEqual(2); // 3 or 4 on a quiet machine
		expect(fastRuns).toBeLessThanOrEqual(4);

		stopScheduler();
		expect(schedulerRunning()).toBe(false);
		const after = fastRuns;
		await sleep(1200);
		expect(fastRuns).toBe(after);
	});

	it('logs a job that fails and keeps running it', async () => {
		let tries = 0;
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => void errors.push(args);
		try {
			startScheduler(db, [{ name: 'flaky', pattern: '* * * * * *', run: async () => Promise.reject(new Error(`try ${++tries}`)) }]);
			await sleep(2300);
		} finally {
			console.error = original;
		}
		expect(tries).toBeGreaterThanOrEqual(2);
		expect(errors[0]).toEqual(['job flaky:', expect.objectContaining({ message: 'try 1' })]);
	});
});

describe('the app’s jobs', () => {
	it('deliver the outbox through SMTP_URL', async () => {
		process.env.SMTP_URL = smtp.url;
		const { jobs } = await import('../../src/lib/server/jobs');
		await enqueueEmail(db, { to: 'someone@example.test', subject: 'Through the job', text: 'Hello.' });
		const outcomes = await runJobsOnce(db, jobs);
		expect(outcomes.find((o) => o.name === 'deliver-emails')).toEqual({ name: 'deliver-emails', ok: true, result: 1 });
		expect(smtp.received.map((e) => [e.to, e.subject, e.text])).toEqual([['someone@example.test', 'Through the job', 'Hello.']]);
		expect(new Set(jobs.map((j) => j.name)).size).toBe(jobs.length);
	});
});
