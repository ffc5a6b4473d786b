import { expect, test } from '@playwright/test';
import { loadDemo, PAGES } from './helpers';

test('the app never sends a request off its own origin', async ({ page, context }) => {
	const offOrigin: string[] = [];
	const origin = new URL(test.info().project.use.baseURL!).origin;
	context.on('request', (req) => {
		const url = req.url();
		if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'))
			offOrigin.push(url);
	});
	await loadDemo(page);
	for (const path of PAGES) {
		await page.goto(path);
		await expect(page.locator('main#main h1').first()).toBeVisible();
	}
	expect(offOrigin).toEqual([]);
});
