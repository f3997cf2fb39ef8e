// `npm run jobs [name …]`: runs the app's periodic jobs (src/lib/server/jobs.ts) once each, or only those named,
// against the database at DATABASE_PATH, beside running app processes or instead of their scheduler (SCHEDULER=off).
// Prints each job's result; exits 1 if one failed. Notifications made here are announced live by a running app.
import { closeDb, databasePath, getDb } from '../src/lib/server/db/index';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { runJobsOnce } from '../src/lib/server/scheduler';
import { jobs } from '../src/lib/server/jobs';

const names = process.argv.slice(2);
const unknown = names.filter((name) => !jobs.some((job) => job.name === name));
if (unknown.length) {
	console.error(`No job named ${unknown.join(', ')}. The jobs: ${jobs.map((job) => job.name).join(', ')}`);
	process.exit(2);
}

await migrateToLatest(getDb());
const outcomes = await runJobsOnce(getDb(), names.length ? jobs.filter((job) => names.includes(job.name)) : jobs);
await closeDb();
for (const outcome of outcomes) {
	if (outcome.ok) console.log(`${databasePath()}: ${outcome.name}: ${JSON.stringify(outcome.result ?? null)}`);
	else console.error(`${databasePath()}: ${outcome.name} FAILED:`, outcome.error);
}
if (outcomes.some((outcome) => !outcome.ok)) process.exit(1);
