/**
 * App updates: with build v1 open, deploying v2 offers "new version available"
 * without reloading by itself; the open tab keeps working on v1's cached chunks
 * (no missing-chunk errors) until the user chooses to reload into v2.
 */
import { expect, test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServiceWorker } from './helpers';

const port = Number(process.env.PORT ?? 4173) + 50;
const origin = `http://localhost:${port}`;
let dir: string;
let server: ChildProcess | undefined;

function build(version: string) {
	const out = join(dir, version);
	execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
		env: { ...process.env, BUILD_DIR: out, APP_VERSION: version },
		stdio: 'inherit'
	});
	return out;
}

/** Points the served directory at another build, atomically, as a deploy would. */
function deploy(build: string) {
	const tmp = join(dir, `link-${Date.now()}`);
	symlinkSync(build, tmp);
	renameSync(tmp, join(dir, 'current'));
}

test.beforeAll(async () => {
	test.setTimeout(240_000);
	dir = mkdtempSync(join(tmpdir(), 'verkosto-update-'));
	const v1 = build('v1-test');
	build('v2-test');
	deploy(v1);
	server = spawn('node', ['scripts/serve.mjs', join(dir, 'current'), String(port)], {
		stdio: 'ignore'
	});
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(origin)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('update test server did not start');
});

test.afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

test('a deployed new version is offered, not forced, and old tabs keep working', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${origin}/settings`);
	await waitForServiceWorker(page);
	await expect(page.getByText(/^Versio .*, koottu v1-test$/)).toBeVisible();
	// Marks this document: a reload would lose the mark.
	await page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 1));

	deploy(join(dir, 'v2-test'));
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

	const banner = page.getByRole('status').filter({ hasText: 'Uusi versio on saatavilla.' });
	await expect(banner).toBeVisible({ timeout: 20_000 });
	expect(await page.evaluate(() => (window as unknown as { __mark?: number }).__mark)).toBe(1);

	// v1's route chunks are gone from the server but still come from v1's cache.
	for (const name of ['Kokoukset', 'Jakaminen', 'Hakemisto', 'Asetukset']) {
		await page.getByRole('link', { name, exact: true }).click();
		await expect(page.locator('main#main h1').first()).toBeVisible();
	}
	expect(await page.evaluate(() => (window as unknown as { __mark?: number }).__mark)).toBe(1);
	await expect(page.getByText(/^Versio .*, koottu v1-test$/)).toBeVisible();

	await banner.getByRole('button', { name: 'Päivitä nyt' }).click();
	await expect(page.getByText(/^Versio .*, koottu v2-test$/)).toBeVisible({ timeout: 20_000 });
	expect(errors).toEqual([]);
});
