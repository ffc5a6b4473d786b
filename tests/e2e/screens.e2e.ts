// Small things a coordinator meets every day (screens): the home page's counts lead to
// their lists, a print carries the page and not the app around it, and a list
// of links reads as a list.
import { expect, test } from '@playwright/test';
import { loadDemo, open } from './helpers';
import { demoId } from '../../src/lib/demo/ids';

test('each count on the home page is a link to its list', async ({ page }) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	const tiles = page.locator('.summary > div');
	await expect(tiles.first()).toBeVisible();
	await expect(page.getByText('Valitse ruutu, niin pääset sen luetteloon')).toBeVisible();
	// The demo has records of 14 kinds: 14 tiles, each one a link.
	await expect(tiles).toHaveCount(14);
	const links = tiles.locator('dt a');
	await expect(links).toHaveCount(14);

	// The whole tile is the link: a click on the figure opens the list.
	// (force: the click lands where the figure is, on the link laid over it)
	await tiles.filter({ hasText: 'Kunnat' }).locator('dd').click({ force: true });
	await expect(page).toHaveURL('/network/municipalities');
	await expect(page.getByRole('heading', { level: 1, name: 'Kunnat' })).toBeVisible();

	await open(page, '/');
	await page.getByRole('link', { name: 'Palvelut ja toiminnot', exact: true }).click();
	await expect(page).toHaveURL('/directory');
	await open(page, '/');
	await page.getByRole('link', { name: 'Henkilöt', exact: true }).click();
	await expect(page).toHaveURL('/directory?type=persons');

	// Every tile leads to a page of the app, not to "page not found".
	await open(page, '/');
	await expect(links).toHaveCount(14);
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(new Set(hrefs).size).toBeGreaterThan(10);
	for (const href of new Set(hrefs)) {
		await open(page, href);
		await expect(page.locator('main#main h1').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Sivua ei löytynyt' })).toHaveCount(0);
	}
});

test('a print holds the page, not the app header or the navigation', async ({ page }) => {
	await loadDemo(page);
	// The referral for a family: printed and handed over (the group cards have their own print sheet).
	await open(page, `/directory/referral?municipalityId=${demoId('municipality:536')}`);
	await expect(page.getByRole('heading', { name: 'Palvelut: Nokia' })).toBeVisible();
	const header = page.getByRole('banner', { includeHidden: true });
	const nav = page.getByRole('navigation', { name: 'Päävalikko', includeHidden: true });
	await expect(header).toBeVisible();
	await expect(header).toContainText('Verkosto');
	await expect(nav).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(header).toBeHidden();
	await expect(nav).toBeHidden();
	await expect(page.locator('main#main h1')).toBeVisible();
});

test('the subgroups of a group are links separated by a comma and a space', async ({ page }) => {
	await loadDemo(page);
	await open(page, `/network/bodies/${demoId('body:provincial')}`);
	const term = page.locator('dt', { hasText: 'Alaryhmät' });
	const value = term.locator('xpath=following-sibling::dd[1]');
	await expect(value.getByRole('link')).not.toHaveCount(0);
	expect(await value.getByRole('link').count()).toBeGreaterThan(1);
	const text = (await value.textContent()) ?? '';
	expect(text).toMatch(/\S, \S/);
	expect(text).not.toMatch(/,\S/);
});
