import { expect, test, type Page } from '@playwright/test';
import { loadDemo, open } from './helpers';

/** A store's records as JSON text (typed arrays as their length), read straight from IndexedDB. */
function readAll(page: Page, dbName: string, store: string): Promise<string> {
	return page.evaluate(
		([dbName, store]) =>
			new Promise<string>((resolve, reject) => {
				const req = indexedDB.open(dbName);
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					if (!db.objectStoreNames.contains(store)) {
						db.close();
						return resolve('');
					}
					const all = db.transaction(store, 'readonly').objectStore(store).getAll();
					all.onsuccess = () => {
						resolve(
							JSON.stringify(all.result, (_k, v) =>
								ArrayBuffer.isView(v) ? (v as unknown as ArrayLike<number>).length : v
							)
						);
						db.close();
					};
				};
			}),
		[dbName, store] as const
	);
}
const cacheText = (page: Page) => readAll(page, 'verkosto-search-cache', 'snapshots');

type Person = { id: string; name: string; email?: string; deletedAt?: string };

/** The demo loaded, the directory's index saved with a person's name and e-mail in it. */
async function cachedPerson(page: Page): Promise<Person> {
	await loadDemo(page);
	await open(page, '/directory?type=persons');
	const persons = JSON.parse(await readAll(page, 'verkosto', 'persons')) as Person[];
	const p = persons.find((x) => x.email && !x.deletedAt)!;
	// The worker saves its index a moment after building it.
	await expect.poll(() => cacheText(page), { timeout: 15_000 }).toContain(p.email!);
	expect(await cacheText(page)).toContain(p.name);
	return p;
}

async function erase(page: Page, p: Person) {
	await open(page, `/directory/persons/${p.id}`);
	await page.getByRole('button', { name: 'Poista henkilötiedot kaikkialta' }).click();
	await page
		.getByRole('dialog')
		.getByRole('button', { name: 'Poista henkilötiedot kaikkialta' })
		.click();
	await expect(page.getByText('Henkilötiedot poistettu.')).toBeVisible();
}

test('an erased person is not left in the saved search index when the tab closes at once', async ({
	page,
	context
}) => {
	const p = await cachedPerson(page);
	await erase(page, p);
	await page.close();

	const next = await context.newPage();
	await open(next, '/settings');
	const stored = (JSON.parse(await readAll(next, 'verkosto', 'persons')) as Person[]).find(
		(x) => x.id === p.id
	);
	expect(stored?.deletedAt).toBeDefined();
	expect(JSON.stringify(stored)).not.toContain(p.email!);
	const cache = await cacheText(next);
	expect(cache).not.toContain(p.email!);
	expect(cache).not.toContain(p.name);
});

test('erasing in one tab while the directory is open in another: the index saved there leaves the person out', async ({
	page,
	context
}) => {
	const p = await cachedPerson(page);
	const other = await context.newPage();
	await erase(other, p);
	// The directory tab's worker re-indexes and saves again at once, without the person.
	await expect
		.poll(async () => (await cacheText(page)).includes('"key"'), { timeout: 15_000 })
		.toBe(true);
	const cache = await cacheText(page);
	expect(cache).not.toContain(p.email!);
	expect(cache).not.toContain(p.name);
	// And the directory no longer finds them.
	await open(page, '/directory?type=persons');
	await page.getByLabel('Hae nimellä, kuvauksella, tehtävällä tai teemalla').fill(p.name);
	await expect(page.getByRole('link', { name: p.name })).toHaveCount(0);
});
