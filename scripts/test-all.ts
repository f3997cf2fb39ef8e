// `npm test`: type check, lint, unit and integration tests (vitest), a production build, then the end-to-end tests
// (Playwright in Debian's Chromium). Every step runs even when an earlier one fails, and the last line gives the
// totals as "N passed, N failed" (type check and lint count as one test each).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const out = '.test-output';
fs.mkdirSync(out, { recursive: true });

interface Step {
	name: string;
	command: string;
	/** Reads how many tests passed and failed from the step's JSON report; a step without one counts as one test. */
	report?: () => { passed: number; failed: number };
}

function readJson<T>(file: string): T | null {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
	} catch {
		return null;
	}
}

const steps: Step[] = [
	{ name: 'type check', command: 'npm run --silent check' },
	{ name: 'lint', command: 'npx eslint .' },
	{
		name: 'unit and integration (vitest)',
		command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${out}/vitest.json`,
		report: () => {
			const r = readJson<{ numPassedTests: number; numFailedTests: number }>(`${out}/vitest.json`);
			return r ? { passed: r.numPassedTests, failed: r.numFailedTests } : { passed: 0, failed: 1 };
		}
	},
	{ name: 'build', command: 'npx vite build --logLevel warn' },
	{
		name: 'end-to-end (playwright)',
		command: 'npx playwright test',
		report: () => {
			const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(`${out}/playwright.json`);
			return r ? { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected } : { passed: 0, failed: 1 };
		}
	}
];

let passed = 0;
let failed = 0;
const lines: string[] = [];
for (const step of steps) {
	console.log(`\n=== ${step.name}: ${step.command}`);
	for (const file of [`${out}/vitest.json`, `${out}/playwright.json`]) if (step.report) fs.rmSync(file, { force: true });
	const started = Date.now();
	const result = spawnSync(step.command, { shell: true, stdio: 'inherit' });
	const ok = result.status === 0;
	const counts = step.report ? step.report() : ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
	// A runner that crashed before reporting a failure still fails the run.
	if (!ok && counts.failed === 0) counts.failed = 1;
	passed += counts.passed;
	failed += counts.failed;
	lines.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

const summary = `${passed} passed, ${failed} failed`;
console.log('\n' + lines.join('\n'));
fs.writeFileSync(`${out}/summary.txt`, summary + '\n');
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
