import { expect, test } from './axe';
import { loadDemo, open, PAGES } from './helpers';

test('axe finds no WCAG 2.1 AA violation on the first-run screen', async ({ page, axe }) => {
	await open(page, '/');
	await axe('/');
});

test('axe finds no WCAG 2.1 AA violation on any page with the demo loaded', async ({
	page,
	axe
}) => {
	// Every section adds pages here; give each its own share of time.
	test.setTimeout(30_000 + PAGES.length * 8_000);
	await loadDemo(page);
	for (const path of PAGES) {
		await open(page, path);
		await expect(page.locator('main#main h1').first()).toBeVisible();
		await axe(path);
	}
});
