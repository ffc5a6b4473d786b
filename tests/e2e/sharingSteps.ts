/** Steps of the sharing tests: export and import as the user does, and edits made elsewhere. */
import { expect, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { open } from './helpers';

export interface ExportedFile {
	name: string;
	text: string;
	json: {
		exporter: { name?: string; organisation?: string };
		scope: { kind: string; personalData: string; label?: string };
		data: Record<string, { id: string; name?: string; email?: string; phone?: string }[]>;
	};
}

/** Exports from the sharing page (confirming the personal-data warning) and reads the file. */
export async function exportFile(page: Page, confirm = true): Promise<ExportedFile> {
	await open(page, '/sharing');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Vie tiedosto', exact: true }).click();
	if (confirm) {
		const dialog = page.getByRole('dialog', { name: 'Tiedostossa on henkilötietoja' });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'Vie', exact: true }).click();
	}
	const d = await download;
	const text = await readFile(await d.path(), 'utf8');
	await expect(page.getByText(/^Vietiin \d+ tietoa tiedostoon/)).toBeVisible();
	return { name: d.suggestedFilename(), text, json: JSON.parse(text) };
}

/** Chooses a file for import, as the user would, and waits for the preview or the refusal. */
export async function chooseFile(page: Page, name: string, text: string) {
	await open(page, '/sharing');
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Valitse tiedosto' }).click();
	await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A change made elsewhere in the app (another section's form), straight into the database. */
export async function edit(
	page: Page,
	table: string,
	id: string,
	changes: Record<string, unknown>
) {
	await page.evaluate(
		async ({ table, id, changes }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('verkosto');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(table, 'readwrite');
				const store = tx.objectStore(table);
				const get = store.get(id);
				get.onsuccess = () => {
					const r = get.result;
					store.put({
						...r,
						...changes,
						version: r.version + 1,
						updatedAt: new Date().toISOString()
					});
				};
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ table, id, changes }
	);
}

export async function read(
	page: Page,
	table: string,
	id: string
): Promise<Record<string, unknown>> {
	return page.evaluate(
		async ({ table, id }) => {
			const db = await new Promise<IDBDatabase>((resolve) => {
				const req = indexedDB.open('verkosto');
				req.onsuccess = () => resolve(req.result);
			});
			const r = await new Promise<Record<string, unknown>>((resolve) => {
				const get = db.transaction(table).objectStore(table).get(id);
				get.onsuccess = () => resolve(get.result);
			});
			db.close();
			return r;
		},
		{ table, id }
	);
}

export const counts = (page: Page, entity: string) =>
	page.locator('table.counts tbody tr', { hasText: entity }).locator('td');

export async function coordinator(browser: Browser) {
	const context = await browser.newContext({ acceptDownloads: true });
	return { context, page: await context.newPage() };
}

/** Every row of a table, tombstones included, read straight from the database. */
export async function records<T>(page: Page, table: string): Promise<T[]> {
	return page.evaluate(async (table) => {
		const db = await new Promise<IDBDatabase>((resolve) => {
			const req = indexedDB.open('verkosto');
			req.onsuccess = () => resolve(req.result);
		});
		const rows = await new Promise<T[]>((resolve) => {
			const all = db.transaction(table).objectStore(table).getAll();
			all.onsuccess = () => resolve(all.result);
		});
		db.close();
		return rows;
	}, table);
}
