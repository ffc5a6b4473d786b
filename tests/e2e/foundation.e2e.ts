import { expect, test } from '@playwright/test';
import { loadDemo, open, waitForServiceWorker } from './helpers';

test('first run offers the demo or an empty start; empty start stays empty', async ({ page }) => {
	await open(page, '/');
	await expect(page.getByRole('heading', { name: 'Miten haluat aloittaa?' })).toBeVisible();
	await page.getByRole('button', { name: 'Aloita tyhjästä' }).click();
	await expect(page.getByRole('heading', { name: 'Verkoston tiedot' })).toBeVisible();
	// No records, and the page says so instead of listing zeros (issue 14).
	await expect(page.getByText('Verkostossa ei ole vielä tietoja.')).toBeVisible();
	await expect(page.locator('.summary dd')).toHaveCount(0);
});

test('loads the demo network, then works offline after a reload, deep links too', async ({
	page,
	context
}) => {
	await open(page, '/');
	await waitForServiceWorker(page);
	await loadDemo(page);
	const municipalities = page.locator('.summary div', { hasText: 'Kunnat' }).locator('dd');
	await expect(municipalities).toHaveText('23');

	await context.setOffline(true);
	// The network really is gone, for the page and its service worker alike.
	const reachable = await page.evaluate(() =>
		fetch('/not-precached-' + Date.now()).then(
			(r) => r.ok,
			() => false
		)
	);
	expect(reachable).toBe(false);

	const res = await page.reload();
	expect(res?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { name: 'Tervetuloa Verkostoon' })).toBeVisible();
	await expect(page.getByText('Ei verkkoyhteyttä – kaikki toimii silti')).toBeVisible();
	await expect(municipalities).toHaveText('23');

	// A deep link opened offline renders the app, not the browser's error page.
	await page.goto('/settings');
	await expect(page.getByRole('heading', { name: 'Asetukset' })).toBeVisible();
	await page.goto('/some/unknown/route');
	await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
});

test('loading the demo over existing data asks first and keeps data on cancel', async ({
	page
}) => {
	await loadDemo(page);
	await page.getByRole('button', { name: 'Lataa esimerkkiverkosto uudelleen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Korvataanko nykyiset tiedot?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Peruuta' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.locator('.summary div', { hasText: 'Kunnat' }).locator('dd')).toHaveText('23');
});

test('the UI language switches to Swedish and English and is remembered', async ({ page }) => {
	await open(page, '/settings');
	await page.getByRole('combobox', { name: 'Kieli' }).first().selectOption('sv');
	await expect(page.getByRole('heading', { name: 'Inställningar' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await page.reload();
	await expect(page.getByRole('link', { name: 'Katalog' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Språk' }).first().selectOption('en');
	await expect(page.getByRole('link', { name: 'Directory' })).toBeVisible();
});

test('the web app manifest is installable: name, icons, standalone, Finnish', async ({
	request
}) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({ lang: 'fi', display: 'standalone', start_url: '/' });
	const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});
