/**
 * A failed open, a blocked upgrade, an upgrade from another tab and a full disk
 * each give a clear message instead of a blank page, and lose nothing.
 */
import { expect, test } from '@playwright/test';
import { loadDemo, open } from './helpers';

// Dexie stores version N as IndexedDB version N × 10.
const rawOpen = ([version, keepOpen]: [number, boolean]) =>
	new Promise<void>((resolve, reject) => {
		const req = indexedDB.open('verkosto', version);
		req.onsuccess = () => {
			const db = req.result;
			// A stubborn old tab: ignores the request to close.
			db.onversionchange = () => undefined;
			if (!keepOpen) db.close();
			resolve();
		};
		req.onerror = () => reject(req.error);
	});

test('a database saved by a newer app version gives a clear message', async ({ page }) => {
	await page.goto('/robots.txt');
	await page.evaluate(rawOpen, [9990, false] as [number, boolean]);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('Tietokantaa ei voitu avata');
	await expect(page.getByRole('alert')).toContainText('uudemmalla versiolla');
	await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
});

test('an upgrade blocked by another open tab says to close the other tabs', async ({ context }) => {
	const old = await context.newPage();
	await old.goto('/robots.txt');
	await old.evaluate(rawOpen, [1, true] as [number, boolean]);
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('Sulje muut Verkosto-välilehdet');
	// Once the other tab lets go, the upgrade continues and the app opens.
	await old.close();
	await expect(page.getByRole('heading', { name: 'Miten haluat aloittaa?' })).toBeVisible();
});

test('a tab whose database is upgraded by another tab asks to reload, keeping data', async ({
	page,
	context
}) => {
	await loadDemo(page);
	const other = await context.newPage();
	await other.goto('/robots.txt');
	// Another tab opens the database at a newer version (as a newer app would).
	await other.evaluate(async () => {
		const current = await new Promise<number>((resolve) => {
			const r = indexedDB.open('verkosto');
			r.onsuccess = () => {
				const v = r.result.version;
				r.result.close();
				resolve(v);
			};
		});
		await new Promise<void>((resolve, reject) => {
			const r = indexedDB.open('verkosto', current + 1);
			r.onsuccess = () => {
				r.result.close();
				resolve();
			};
			r.onerror = () => reject(r.error);
		});
	});
	await expect(page.getByRole('alert')).toContainText('Lataa tämä sivu uudelleen');
});

test('a write that fails for a full disk says so and leaves the data as it was', async ({
	page
}) => {
	await page.addInitScript(() => {
		const fail = () => {
			if ((window as unknown as { __diskFull?: boolean }).__diskFull)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		for (const name of ['put', 'add'] as const) {
			const orig = IDBObjectStore.prototype[name];
			IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: never[]) {
				fail();
				return (orig as (...a: never[]) => IDBRequest).apply(this, args);
			} as never;
		}
	});
	await open(page, '/');
	await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
	await page.getByRole('button', { name: 'Lataa esimerkkiverkosto (Pirkanmaa)' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'tallennustila on täynnä' })
	).toBeVisible();
	// Nothing was half-written: the database is still empty.
	const total = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const r = indexedDB.open('verkosto');
				r.onsuccess = () => {
					const db = r.result;
					const names = [...db.objectStoreNames].filter(
						(n) => !['meta', 'imports', 'importUndo'].includes(n)
					);
					const tx = db.transaction(names, 'readonly');
					let sum = 0;
					let left = names.length;
					for (const n of names) {
						const c = tx.objectStore(n).count();
						c.onsuccess = () => {
							sum += c.result;
							if (--left === 0) resolve(sum);
						};
					}
				};
			})
	);
	expect(total).toBe(0);
});
