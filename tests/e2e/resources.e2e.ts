import { expect, test } from '@playwright/test';
import { loadDemo, open } from './helpers';
import { axeViolations } from './axe';

const axe = (page: import('@playwright/test').Page) => axeViolations(page);

test('records who brings what, filters it, edits and deletes it', async ({ page }) => {
	await loadDemo(page);
	await open(page, '/resources');
	const summary = page.getByRole('table', {
		name: 'Resurssipanosten määrä sektorin ja lajin mukaan'
	});
	await expect(summary.getByRole('row', { name: /Seurakunta/ })).toContainText('1');

	await page.getByRole('link', { name: 'Lisää resurssipanos' }).click();
	await expect(page.getByRole('heading', { name: 'Uusi resurssipanos' })).toBeVisible();
	expect(await axe(page)).toEqual([]);
	// Saving without the required fields names them and changes nothing.
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByText('pakollinen tieto puuttuu').first()).toBeVisible();
	await page.getByLabel('Organisaatio').selectOption({ label: 'Nokian seurakunta' });
	await page.getByLabel('Laji').selectOption({ label: 'Tarvikkeet' });
	await page.getByLabel('Kuvaus').fill('Askartelutarvikkeet perhekerhoon');
	await page.getByLabel('Vuosi').fill('2026');
	await page.getByRole('button', { name: 'Tallenna' }).click();

	await expect(page.getByRole('heading', { name: 'Resurssit ja tietolähteet' })).toBeVisible();
	await expect(summary.getByRole('row', { name: /Seurakunta/ })).toContainText('2');
	await page.getByLabel('Näytä laji').selectOption({ label: 'Tarvikkeet' });
	const card = page.locator('.cards li', { hasText: 'Askartelutarvikkeet perhekerhoon' });
	await expect(card).toBeVisible();
	await expect(page.locator('.cards li')).toHaveCount(1);

	await card.getByRole('link', { name: 'Nokian seurakunta' }).click();
	await expect(page.getByRole('heading', { name: 'Muokkaa resurssipanosta' })).toBeVisible();
	expect(await axe(page)).toEqual([]);
	await page.getByRole('button', { name: 'Poista' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('Mikään muu tieto ei viittaa tähän');
	await dialog.getByRole('button', { name: 'Poista' }).click();
	await expect(page.getByRole('heading', { name: 'Resurssit ja tietolähteet' })).toBeVisible();
	await expect(summary.getByRole('row', { name: /Seurakunta/ })).toContainText('1');
});

test('a knowledge source refuses a javascript: link and keeps the stored one', async ({ page }) => {
	await loadDemo(page);
	await open(page, '/resources');
	await page.getByRole('link', { name: 'Kouluterveyskysely', exact: true }).click();
	const url = page.getByLabel('Verkko-osoite');
	const before = await url.inputValue();
	await url.fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByText('linkin pitää alkaa http:// tai https://').first()).toBeVisible();
	await expect(url).toHaveAttribute('aria-invalid', 'true');
	await page.reload();
	await expect(page.getByLabel('Verkko-osoite')).toHaveValue(before);
});
