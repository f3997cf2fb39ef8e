// End-to-end tests: the built app (build/, from `npx vite build`) served by tests/e2e/serve.ts on a fresh, seeded
// SQLite file, driven by Debian's Chromium (never `npx playwright install`).
import { defineConfig, devices } from '@playwright/test';

const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

export default defineConfig({
	testDir: 'tests/e2e',
	// One server, one database, a sign-in throttle per address: tests run one after another.
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 5_000 },
	reporter: [['list'], ['json', { outputFile: '.test-output/playwright.json' }]],
	outputDir: 'test-results',
	use: {
		baseURL: BASE_URL,
		locale: 'en-US',
		timezoneId: 'Asia/Bangkok',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: 'npx tsx tests/e2e/serve.ts',
		url: BASE_URL,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 }
	}
});
