/**
 * The app runs under its own Content-Security-Policy: Kit's inline bootstrap
 * script (by its hash), the service worker and the Web Workers all work, and
 * nothing the app does is refused by the policy or tries to leave the origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { loadDemo, open, PAGES, waitForServiceWorker } from './helpers';

/** Notes every policy violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	await page.exposeFunction('__cspViolation', (v: string) => seen.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __cspViolation(v: string): void }).__cspViolation(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(m.text());
	});
	return seen;
}

test('the app works under its policy: pages, workers, service worker, export and import', async ({
	page
}) => {
	test.setTimeout(120_000);
	const violations = await watchViolations(page);
	await open(page, '/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("script-src 'self' 'sha256-");
	expect(policy).toContain("connect-src 'self'");
	expect(policy).not.toContain('unsafe-eval');
	await waitForServiceWorker(page);
	await loadDemo(page);
	for (const path of PAGES) await open(page, path);
	// The directory's search worker answers a query.
	await open(page, '/directory?q=perhe');
	await expect(page.getByRole('link', { name: /perhe/i }).first()).toBeVisible();
	// The exchange worker exports and reads a file back.
	await open(page, '/sharing');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Vie tiedosto', exact: true }).click();
	await page
		.getByRole('dialog', { name: 'Tiedostossa on henkilötietoja' })
		.getByRole('button', { name: 'Vie', exact: true })
		.click();
	const text = await readFile(await (await download).path(), 'utf8');
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Valitse tiedosto' }).click();
	await (
		await chooser
	).setFiles({ name: 'oma.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(
		page.getByRole('heading', { name: 'Esikatselu: mitä tuonti muuttaisi' })
	).toBeVisible();
	// A deep link served by the service worker's cached shell carries the policy too.
	await page.reload();
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
	expect(violations).toEqual([]);
});

test('a script the app did not ship does not run', async ({ page }) => {
	await open(page, '/');
	const ran = await page.evaluate(async () => {
		(window as unknown as { injected?: boolean }).injected = false;
		const s = document.createElement('script');
		s.textContent = 'window.injected = true';
		document.body.append(s);
		await new Promise((r) => setTimeout(r, 50));
		return (window as unknown as { injected?: boolean }).injected;
	});
	expect(ran).toBe(false);
});
