/**
 * Finding things as a new coordinator would (issue 13 points 2, 6, 7, 8): hits
 * on another tab, the member picker's folding and ranking, theme synonyms, and
 * the expert networks of a theme in the referral view.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, open } from './helpers';
import { expectAccessible as axe } from './axe';

const search = (page: Page) => page.getByLabel('Hae nimellä, kuvauksella, tehtävällä tai teemalla');
const results = (page: Page) => page.locator('section[aria-labelledby="results-title"]');
const tab = (page: Page, name: string | RegExp) =>
	page.getByRole('group', { name: 'Näytettävät tiedot' }).getByRole('button', { name });
/** The demo's Sastamala steering group (stable demo id). */
const SASTAMALA_GROUP = '7a729a18-2244-4c38-9a93-1f6f397f7499';

async function noSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

test('an empty tab says where the hits are; a click or Enter goes there (point 2)', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await open(page, '/directory');
	await expect(tab(page, /Palvelut/)).toHaveAttribute('aria-pressed', 'true');

	await search(page).fill('Hämäläinen');
	await expect(results(page)).toContainText(
		'Ei osumia. Palveluista ei löytynyt mitään, mutta 4 osumaa henkilöistä.'
	);
	await expect(results(page)).not.toContainText('Kokeile lyhyempää hakusanaa');
	await axe(page, 'directory, hits on another tab');
	await results(page).getByRole('button', { name: 'Näytä henkilöt (4)' }).click();
	await expect(tab(page, /Henkilöt/)).toHaveAttribute('aria-pressed', 'true');
	const first = results(page)
		.getByRole('link', { name: /Hämäläinen/ })
		.first();
	await expect(first).toBeFocused();

	// Enter in the search box goes to the tab with the most hits.
	await tab(page, /Palvelut/).click();
	for (const word of ['styvfamilj', 'koordinaatioryhmä']) {
		await search(page).fill(word);
		const message = results(page).getByText(/^Ei osumia\. Palveluista ei löytynyt mitään, mutta /);
		if ((await message.count()) === 0) continue;
		await expect(message).toBeVisible();
		await search(page).press('Enter');
		await expect(tab(page, /Palvelut/)).toHaveAttribute('aria-pressed', 'false');
		await expect(results(page).locator('a:focus')).toHaveCount(1);
		await tab(page, /Palvelut/).click();
	}

	// Nothing anywhere: the old advice stays.
	await search(page).fill('qwxzyv');
	await expect(results(page)).toContainText('Ei osumia. Kokeile lyhyempää hakusanaa');
});

test('the member picker folds and ranks as the directory; the organisation is filled (point 6)', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	// A person the demo lacks: a Swedish-speaking name with å and ö.
	await open(page, '/directory/persons/new');
	await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Åsa Söderberg');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Åsa Söderberg' })).toBeVisible();

	await open(page, `/network/bodies/${SASTAMALA_GROUP}/members/new`);
	const filter = page.getByRole('searchbox', { name: 'Rajaa henkilöitä nimellä' });
	const person = page.getByRole('combobox', { name: 'Henkilö' });
	const options = () => person.locator('option').allTextContents();

	await filter.fill('soder');
	expect((await options()).slice(1)).toEqual(['Åsa Söderberg']);
	await filter.fill('makela');
	const makela = (await options()).slice(1);
	expect(makela.length).toBeGreaterThanOrEqual(2);
	for (const o of makela) expect(o).toMatch(/^\S+ Mäkelä/);
	// "asa": Åsa by her name before the people of Kangasala (a match inside a word).
	await filter.fill('asa');
	const asa = (await options()).slice(1);
	expect(asa[0]).toMatch(/^Åsa Söderberg/);
	expect(asa.slice(1).some((o) => /Kangasala/.test(o))).toBe(true);

	// Choosing a person fills the organisation they represent, and the seat from it.
	await filter.fill('sari mäkelä');
	await person.selectOption({ label: 'Sari Mäkelä – Perhetyönohjaaja, Oriveden seurakunta' });
	const represents = page.getByRole('combobox', { name: 'Edustettava organisaatio' });
	await expect(represents.locator('option:checked')).toHaveText(/^Oriveden seurakunta/);
	await expect(
		page.getByRole('combobox', { name: 'Paikka (sektori)' }).locator('option:checked')
	).toHaveText('Seurakunta');
	await axe(page, 'new member form');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	const row = page.getByRole('row', { name: /Sari Mäkelä/ });
	await expect(row).toBeVisible();
	await expect(row.getByRole('cell').nth(1)).toHaveText(/^\s*Oriveden seurakunta\s*Seurakunta\s*$/);
});

test('synonyms find a theme by its other names, editable per theme (point 7)', async ({ page }) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await open(page, '/directory');
	for (const word of ['nepsy', 'neuropsykiatrinen', 'autismi', 'ADHD']) {
		await search(page).fill(word);
		await expect(
			results(page).getByRole('link', { name: 'Nepsy-vanhempien vertaisryhmä' }),
			word
		).toBeVisible();
	}

	// Edit the theme's words: a new Finnish synonym finds the theme at once.
	await page.getByRole('link', { name: 'Teemat ja synonyymit' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Teemat ja synonyymit' })).toBeVisible();
	const nepsy = page.getByRole('region', { name: 'Nepsy' });
	await expect(nepsy).toContainText('Maakunnallinen nepsy-verkosto');
	const fi = nepsy.getByRole('textbox', { name: 'Synonyymit suomeksi' });
	await expect(fi).toHaveValue(/neuropsykiatrinen, .*autismi, .*ADHD/);
	await fi.fill(`${await fi.inputValue()}, kehityshäiriö`);
	await nepsy.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByText('Tallennettu: Nepsy')).toBeVisible();
	await expect(nepsy.getByRole('button', { name: 'Palauta sovelluksen sanat' })).toBeVisible();
	await axe(page, 'themes page');

	await open(page, '/directory');
	await search(page).fill('kehityshäiriö');
	await expect(
		results(page).getByRole('link', { name: 'Nepsy-vanhempien vertaisryhmä' })
	).toBeVisible();

	// A word too long is refused beside its box.
	await open(page, '/directory/themes');
	const box = page
		.getByRole('region', { name: 'Ero' })
		.getByRole('textbox', { name: 'Synonyymit suomeksi' });
	await box.fill('x'.repeat(81));
	await expect(box).toHaveAccessibleDescription(/enintään 80 merkkiä/);

	await page.setViewportSize({ width: 390, height: 844 });
	await noSidewaysScroll(page);
});

test('the referral lists the expert networks of the theme with their coordinator (point 8)', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await open(page, '/directory/referral');
	await page.getByLabel('Kunta').selectOption({ label: 'Sastamala' });
	await page.getByLabel('Teema').selectOption({ label: 'Nepsy' });
	const networks = page.getByRole('region', { name: 'Asiantuntijaverkostot: Nepsy' });
	await expect(networks).toBeVisible();
	await expect(networks.getByRole('link', { name: 'Maakunnallinen nepsy-verkosto' })).toBeVisible();
	await expect(networks).toContainText('Koordinaattori:');
	// After the services.
	const order = await page.evaluate(() => {
		const net = document.querySelector('.networks');
		const lastService = [...document.querySelectorAll('.item')].pop();
		return !!net && !!lastService && !!(lastService.compareDocumentPosition(net) & 4);
	});
	expect(order).toBe(true);
	await axe(page, 'referral with expert networks');

	// Another theme, another network; a theme without one shows none.
	await page.getByLabel('Teema').selectOption({ label: 'Ero' });
	await expect(
		page.getByRole('region', { name: 'Asiantuntijaverkostot: Ero' }).getByRole('link', {
			name: 'Maakunnallinen eroasiantuntijaverkosto'
		})
	).toBeVisible();
	await page.getByLabel('Teema').selectOption({ label: 'Asuminen' });
	await expect(page.getByRole('region', { name: /Asiantuntijaverkostot/ })).toHaveCount(0);

	// The link is kept on the network's form.
	await open(page, '/network/bodies');
	await page.getByRole('link', { name: 'Maakunnallinen nepsy-verkosto' }).first().click();
	await page.getByRole('link', { name: 'Muokkaa', exact: true }).first().click();
	const themes = page.getByRole('group', { name: 'Teemat, joiden asiantuntijaverkosto tämä on' });
	await expect(themes.getByRole('checkbox', { name: 'Nepsy' })).toBeChecked();
	await expect(themes.getByRole('checkbox', { name: 'Ero' })).not.toBeChecked();
});
