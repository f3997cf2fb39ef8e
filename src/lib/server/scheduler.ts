// Runs the app's periodic jobs (the list is in jobs.ts) on cron patterns, with croner, in every app process; or
// once each, from a test or `npm run jobs`. A job never overlaps itself within a process (croner's `protect`).
import { Cron } from 'croner';
import type { Db } from './db/index';

/**
 * A periodic job. It may run in several processes at once (every app process runs the scheduler, and `npm run jobs`
 * may run beside them), and a run may be cut off at any point: it must be idempotent, relying on unique keys and
 * conditional updates (a dedupe key, an UPDATE … WHERE nothing claimed it yet), never on being the only one.
 */
export interface Job {
	/** Unique in the list; names the job in logs and on the command line. */
	name: string;
	/** Cron, in the server's local time: five fields, or six with seconds first ('*\/2 * * * * *' is every 2 seconds). */
	pattern: string;
	/** Does the work due at `now`; what it returns is reported by runJobsOnce (e.g. how many it handled). */
	run(db: Db, now: number): Promise<unknown>;
}

export type JobOutcome = { name: string; ok: true; result: unknown } | { name: string; ok: false; error: unknown };

const key = Symbol.for('youth-voice.scheduler');
type WithScheduler = typeof globalThis & { [key]?: Cron[] };

/** Starts the jobs on their patterns; once per process (a second call, e.g. from a reloaded module, does nothing). */
export function startScheduler(db: Db, jobs: readonly Job[]): void {
	const g = globalThis as WithScheduler;
	if (g[key]) return;
	g[key] = jobs.map(
		(job) =>
			new Cron(job.pattern, { protect: true, unref: true }, async () => {
				try {
					await job.run(db, Date.now());
				} catch (error) {
					console.error(`job ${job.name}:`, error);
				}
			})
	);
}

/** Stops every scheduled job (a run in progress finishes); startScheduler may be called again afterwards. */
export function stopScheduler(): void {
	const g = globalThis as WithScheduler;
	for (const cron of g[key] ?? []) cron.stop();
	g[key] = undefined;
}

/** Whether this process runs the jobs on their patterns now. */
export function schedulerRunning(): boolean {
	return (globalThis as WithScheduler)[key] !== undefined;
}

/** Runs each job once, one after another, at `now`; a job that fails does not stop the others. */
export async function runJobsOnce(db: Db, jobs: readonly Job[], now = Date.now()): Promise<JobOutcome[]> {
	const outcomes: JobOutcome[] = [];
	for (const job of jobs) {
		try {
			outcomes.push({ name: job.name, ok: true, result: await job.run(db, now) });
		} catch (error) {
			outcomes.push({ name: job.name, ok: false, error });
		}
	}
	return outcomes;
}
