import { expect, test, type Page } from '@playwright/test';
import { loadDemo, open } from './helpers';
import { expectAccessible } from './axe';

/** Every record of a table, read straight from IndexedDB. */
function records<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(store) =>
			new Promise<T[]>((resolve, reject) => {
				const req = indexedDB.open('verkosto');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const all = req.result.transaction(store).objectStore(store).getAll();
					all.onsuccess = () => {
						resolve(all.result as T[]);
						req.result.close();
					};
				};
			}),
		store
	);
}

type Person = { id: string; name: string; phone?: string; title?: string; deletedAt?: string };

/** A demo person with a phone and a title, and two tabs with their edit form open. */
async function twoForms(page: Page) {
	await loadDemo(page);
	const p = (await records<Person>(page, 'persons')).find(
		(x) => x.phone && x.title && !x.deletedAt
	)!;
	const a = page;
	const b = await page.context().newPage();
	for (const tab of [a, b]) {
		await open(tab, `/directory/persons/${p.id}/edit`);
		await expect(tab.getByLabel('Puhelin')).toHaveValue(p.phone!);
	}
	return { p, a, b };
}

const save = (tab: Page) => tab.getByRole('button', { name: 'Tallenna', exact: true }).click();

test('two tabs editing the same person: each tab’s change survives the other’s save', async ({
	page
}) => {
	const { p, a, b } = await twoForms(page);
	// Tab B changes the phone and saves.
	await b.getByLabel('Puhelin').fill('040 999 8888');
	await save(b);
	await expect(b).toHaveURL(new RegExp(`/directory/persons/${p.id}$`));
	// Tab A, opened before that, changes the job title and saves.
	await a.getByLabel('Tehtävänimike').fill('Uusi nimike');
	await save(a);
	await expect(a).toHaveURL(new RegExp(`/directory/persons/${p.id}$`));
	await a.reload();
	await expect(a.getByText('Uusi nimike')).toBeVisible();
	await expect(a.getByText('040 999 8888')).toBeVisible();
	const stored = (await records<Person>(a, 'persons')).find((x) => x.id === p.id)!;
	expect(stored).toMatchObject({ phone: '040 999 8888', title: 'Uusi nimike' });
});

test('a field changed in both tabs: shown next to the field, the user keeps theirs or takes the stored one', async ({
	page
}) => {
	const { p, a, b } = await twoForms(page);
	await b.getByLabel('Puhelin').fill('040 999 8888');
	await b.getByLabel('Tehtävänimike').fill('Nimike B');
	await save(b);
	await expect(b).toHaveURL(new RegExp(`/directory/persons/${p.id}$`));

	await a.getByLabel('Puhelin').fill('050 111 2222');
	await a.getByLabel('Tehtävänimike').fill('Nimike A');
	await a.getByLabel('Yksikkö').fill('Perhepalvelut');
	await save(a);
	// Nothing was saved; the form stays, and says which fields and what is stored now.
	await expect(a).toHaveURL(/\/edit$/);
	await expect(a.getByRole('alert').filter({ hasText: 'muutettiin muualla' })).toBeVisible();
	const phone = a.getByRole('group', { name: /Tätä kenttää muutettiin muualla.*Puhelin/ });
	const title = a.getByRole('group', { name: /Tätä kenttää muutettiin muualla.*Tehtävänimike/ });
	await expect(phone).toContainText('Tallennettu arvo: 040 999 8888');
	await expect(title).toContainText('Tallennettu arvo: Nimike B');
	await expect(title).toBeFocused(); // the first of them in the form
	// The note sits right after its field.
	expect(
		await a.locator('.field:has(input[type="tel"]) + .conflict').getAttribute('data-field')
	).toBe('phone');
	expect((await records<Person>(a, 'persons')).find((x) => x.id === p.id)).toMatchObject({
		phone: '040 999 8888',
		title: 'Nimike B'
	});
	await expect(a.getByLabel('Yksikkö')).toHaveValue('Perhepalvelut');

	await expectAccessible(a);

	await phone.getByRole('button', { name: 'Pidä oma arvoni' }).click();
	await title.getByRole('button', { name: 'Ota tallennettu arvo' }).click();
	await expect(a.getByLabel('Tehtävänimike')).toHaveValue('Nimike B');
	await expect(a.locator('.conflict')).toHaveCount(0);
	await expect(a.getByRole('button', { name: 'Tallenna', exact: true })).toBeFocused();
	await save(a);
	await expect(a).toHaveURL(new RegExp(`/directory/persons/${p.id}$`));
	expect(
		(await records<Person & { department?: string }>(a, 'persons')).find((x) => x.id === p.id)
	).toMatchObject({
		phone: '050 111 2222',
		title: 'Nimike B',
		department: 'Perhepalvelut'
	});
});

test('the network and resources forms keep a change made in another tab', async ({ page }) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	type Named = { id: string; name: string; description?: string; county?: string };
	const region = (await records<Named>(page, 'regions'))[0];
	const a = page;
	const b = await page.context().newPage();
	await open(a, `/network/regions/${region.id}/edit`);
	await open(b, `/network/regions/${region.id}/edit`);
	await expect(a.getByLabel('Kuvaus')).toBeVisible();
	await expect(b.getByLabel('Kuvaus')).toBeVisible();
	await b.getByLabel('Kuvaus').fill('Kuvaus B');
	await save(b);
	await expect(b).toHaveURL(new RegExp(`/network/regions/${region.id}$`));
	await a.getByLabel('Kuvaus').fill('Kuvaus A');
	await save(a);
	await expect(
		a.getByRole('group', { name: /Tätä kenttää muutettiin muualla.*Kuvaus/ })
	).toContainText('Tallennettu arvo: Kuvaus B');
	await a.getByRole('button', { name: /Ota tallennettu arvo/ }).click();
	await a.getByLabel('Nimi ruotsiksi').fill('Region A');
	await save(a);
	await expect(a).toHaveURL(new RegExp(`/network/regions/${region.id}$`));
	expect(
		(await records<Named & { nameSv?: string }>(a, 'regions')).find((x) => x.id === region.id)
	).toMatchObject({
		description: 'Kuvaus B',
		nameSv: 'Region A'
	});

	// Resources: a knowledge source, different fields in the two tabs.
	const source = (await records<Named>(a, 'knowledgeSources'))[0];
	await open(a, `/resources/knowledge/${source.id}`);
	await open(b, `/resources/knowledge/${source.id}`);
	await expect(a.getByLabel('Päivittyy')).toBeVisible();
	await b.getByLabel('Päivittyy').fill('Kerran vuodessa');
	await save(b);
	await expect(b).toHaveURL(/\/resources$/);
	await expect(a.getByLabel('Päivittyy')).not.toHaveValue('Kerran vuodessa');
	await a.getByLabel('Kuvaus').fill('Kuvaus A');
	await save(a);
	await expect(a).toHaveURL(/\/resources$/);
	expect(
		(await records<Named & { updateFrequency?: string }>(a, 'knowledgeSources')).find(
			(x) => x.id === source.id
		)
	).toMatchObject({ description: 'Kuvaus A', updateFrequency: 'Kerran vuodessa' });
});
