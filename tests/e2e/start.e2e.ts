import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildDemoNetwork } from '../../src/lib/demo/pirkanmaa';
import { loadDemo, open } from './helpers';

/** Every store of the app's IndexedDB database with all its records, read in the page. */
function allStores(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const req = indexedDB.open('verkosto');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names);
					const out: Record<string, unknown[]> = {};
					for (const n of names) {
						const all = tx.objectStore(n).getAll();
						all.onsuccess = () => (out[n] = all.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

const axe = (page: Page) =>
	new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

const demoIds = new Set(
	Object.values(buildDemoNetwork()).flatMap((rs) => (rs as { id: string }[]).map((r) => r.id))
);

async function chooseArea(page: Page, scope: Page | ReturnType<Page['locator']>, label: string) {
	await scope
		.getByRole('combobox', { name: 'Hyvinvointialue tai Helsinki' })
		.selectOption({ label });
}

test('a start from your own area (Pirkanmaa, structure) holds no fictional record anywhere', async ({
	page
}) => {
	await open(page, '/');
	await expect(page.getByRole('heading', { name: 'Miten haluat aloittaa?' })).toBeVisible();
	await expect(page.getByText(/^Kuntaluettelo 2021: Tilastokeskuksen/)).toBeVisible();

	// Starting with no area chosen says what is missing, at the list.
	const start = page.getByRole('button', { name: 'Aloita valitulta alueelta' });
	await start.click();
	const area = page.getByRole('combobox', { name: 'Hyvinvointialue tai Helsinki' });
	await expect(page.getByText('Valitse hyvinvointialue tai Helsinki.')).toBeVisible();
	await expect(area).toBeFocused();
	await expect(area).toHaveAttribute('aria-invalid', 'true');

	await chooseArea(page, page, 'Pirkanmaan hyvinvointialue');
	const structure = page.getByRole('checkbox', {
		name: 'Luo myös Pirkanmaan perhekeskusverkoston rakenne'
	});
	await expect(structure).toBeChecked();
	await expect(page.getByText('Luodaan 23 kuntaa.')).toBeVisible();
	expect((await axe(page)).violations).toEqual([]);

	await start.click();
	await expect(
		page.getByText(
			'Aloitettu: Pirkanmaan hyvinvointialue – 23 kuntaa, 3 aluetta, 24 perhekeskusta ja 36 ryhmää.'
		)
	).toBeVisible({ timeout: 20_000 });
	// Focus moves to what to do next.
	await expect(page.getByRole('heading', { name: 'Mitä seuraavaksi?' })).toBeFocused();
	await expect(
		page.getByText('Aloitettu alueelta: Pirkanmaan hyvinvointialue (kuntaluettelo 2021).')
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Tuo taulukko' })).toHaveAttribute(
		'href',
		'/sharing/spreadsheet'
	);
	await expect(page.getByRole('link', { name: 'Lisää organisaatio' })).toBeVisible();
	await expect(
		page.getByText('Verkostossa on 36 ryhmää, joilla ei vielä ole jäseniä.', { exact: false })
	).toBeVisible();
	// No zeros: the summary names only what there is.
	const summary = page.locator('.summary');
	await expect(summary.locator('dt')).toHaveText([
		'Alueet',
		'Kunnat',
		'Perhekeskukset',
		'Ryhmät ja verkostot'
	]);
	await expect(summary.locator('dd')).toHaveText(['3', '23', '24', '36']);
	expect((await axe(page)).violations).toEqual([]);

	// IndexedDB: no person, membership or meeting; nothing fictional or from the demo anywhere.
	const stores = await allStores(page);
	for (const s of ['persons', 'memberships', 'meetings', 'organisations', 'services'])
		expect(stores[s], s).toEqual([]);
	expect(stores.municipalities).toHaveLength(23);
	expect(stores.familyCentres).toHaveLength(24);
	expect(stores.bodies).toHaveLength(36);
	for (const [name, rows] of Object.entries(stores))
		for (const r of rows) {
			const json = JSON.stringify(r);
			expect(json, name).not.toMatch(/"fictional":true|"kind":"demo"|@|\+358/);
			const id = (r as { id?: unknown }).id;
			if (typeof id === 'string') expect(demoIds.has(id), `${name} ${id}`).toBe(false);
		}
	for (const b of stores.bodies as { coordinatorPersonId?: string }[])
		expect(b.coordinatorPersonId).toBeUndefined();

	// The pages say the same: no one in the directory, no members, no meetings.
	await open(page, '/directory');
	await expect(page.getByText(/^Hakemisto on tyhjä/)).toBeVisible();
	await open(page, '/network/bodies');
	await expect(page.getByRole('row')).toHaveCount(37);
	// Every group: no coordinator, no members.
	await expect(page.locator('tbody tr td:nth-child(2)')).toHaveText(Array(36).fill(''));
	await expect(page.locator('tbody tr td:nth-child(3)')).toHaveText(Array(36).fill('0'));
	await open(page, '/network/municipalities');
	await expect(page.getByRole('row', { name: /Kihniö/ })).toContainText('250');
	await expect(page.getByRole('row', { name: /Tampere/ })).toContainText('Tammerfors');
	await open(page, '/meetings');
	await expect(page.getByRole('heading', { name: 'Tulevat (0)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Menneet (0)' })).toBeVisible();
});

test('starting from an area over the demo asks first, then replaces it; municipalities stay editable', async ({
	page
}) => {
	await loadDemo(page);
	const startOver = page.getByRole('region', { name: 'Aloita alusta' });
	await chooseArea(page, startOver, 'Vantaan ja Keravan hyvinvointialue');
	// Only Pirkanmaa's structure ships.
	await expect(startOver.getByRole('checkbox')).toHaveCount(0);
	await startOver.getByRole('button', { name: 'Aloita valitulta alueelta' }).click();
	const dialog = page.getByRole('dialog', { name: 'Korvataanko nykyiset tiedot?' });
	await expect(dialog).toContainText('(Vantaan ja Keravan hyvinvointialue)');
	await dialog.getByRole('button', { name: 'Peruuta' }).click();
	await expect(dialog).toBeHidden();
	expect((await allStores(page)).persons.length).toBeGreaterThan(0);

	await startOver.getByRole('button', { name: 'Aloita valitulta alueelta' }).click();
	await dialog.getByRole('button', { name: 'Korvaa ja aloita alueelta' }).click();
	await expect(
		page.getByText('Aloitettu: Vantaan ja Keravan hyvinvointialue – 2 kuntaa.')
	).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('heading', { name: 'Mitä seuraavaksi?' })).toBeFocused();
	const stores = await allStores(page);
	expect(stores.persons).toEqual([]);
	expect(stores.imports).toEqual([]);
	expect(
		(stores.municipalities as { code: string; name: string; nameSv?: string }[])
			.map((m) => `${m.code} ${m.name} ${m.nameSv}`)
			.sort()
	).toEqual(['092 Vantaa Vanda', '245 Kerava Kervo']);

	// Renamed after a (made-up) merger, one removed, one added: the list is the user's.
	await open(page, '/network/municipalities');
	await page.getByRole('link', { name: 'Kerava' }).click();
	await page.getByRole('link', { name: 'Muokkaa' }).click();
	await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Kerava-Vantaa');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kerava-Vantaa' })).toBeVisible();
	await open(page, '/network/municipalities');
	await page.getByRole('link', { name: 'Vantaa', exact: true }).click();
	await page.getByRole('button', { name: 'Poista' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Poista' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kunnat' })).toBeVisible();
	await page.getByRole('link', { name: 'Uusi kunta' }).click();
	await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Tuusula');
	await page.getByRole('textbox', { name: 'Kuntanumero' }).fill('858');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tuusula' })).toBeVisible();
	await open(page, '/network/municipalities');
	await expect(page.locator('tbody th')).toHaveText([/^Kerava-Vantaa/, /^Tuusula/]);
});
