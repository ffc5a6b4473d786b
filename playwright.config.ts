import { defineConfig } from '@playwright/test';

// Debian's Chromium by default (Playwright cannot download its own browsers here);
// set CHROMIUM_PATH to use another binary, or PW_BUNDLED=1 for Playwright's own.
const executablePath = process.env.PW_BUNDLED
	? undefined
	: (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

// PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		serviceWorkers: 'allow',
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--no-default-browser-check'
			]
		}
	},
	webServer: {
		command: process.env.SKIP_BUILD
			? `node scripts/serve.mjs build ${port}`
			: `node_modules/.bin/vite build && node scripts/serve.mjs build ${port}`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
