import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadDemo, open, PAGES } from './helpers';

test('axe finds no WCAG 2.1 AA violation on the first-run screen', async ({ page }) => {
	await open(page, '/');
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(result.violations).toEqual([]);
});

test('axe finds no WCAG 2.1 AA violation on any page with the demo loaded', async ({ page }) => {
	// Every section adds pages here; give each its own share of time.
	test.setTimeout(30_000 + PAGES.length * 8_000);
	await loadDemo(page);
	for (const path of PAGES) {
		await open(page, path);
		await expect(page.locator('main#main h1').first()).toBeVisible();
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	}
});
