/**
 * A quick measurement of sharing at national size (run with BENCH=1; prints
 * figures, asserts only that the work was done). The file comes from
 * scripts/export-file.mjs. Compares importing it from the sharing page with
 * the floor: the same records written with raw IndexedDB `put`s in one
 * transaction into a database with the same indexes. Also records the
 * longest main-thread task while importing (the page must not freeze) and the
 * time of an export of everything.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations } from '../../src/lib/db/migrations';
import { loadDemo, open } from './helpers';

const SIZE = process.env.BENCH_SIZE ?? 'national';
const FILE = join(tmpdir(), `verkosto-bench-${SIZE}.json`);

test('@bench import and export at national size against the IndexedDB floor', async ({ page }) => {
	test.setTimeout(15 * 60_000);
	if (!existsSync(FILE))
		execFileSync('node', ['scripts/export-file.mjs', SIZE, FILE], { stdio: 'inherit' });
	const mb = statSync(FILE).size / 1e6;
	const stores = migrations[migrations.length - 1].stores;

	await loadDemo(page);
	// The floor: raw puts of the file's records, one transaction, same indexes.
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.type = 'file';
		input.id = 'bench-file';
		document.body.append(input);
	});
	await page.setInputFiles('#bench-file', FILE);
	const floor = await page.evaluate(async (stores) => {
		const input = document.getElementById('bench-file') as HTMLInputElement;
		const file = JSON.parse(await input.files![0].text());
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('bench-floor', 1);
			req.onupgradeneeded = () => {
				for (const [name, spec] of Object.entries(stores)) {
					if (!spec) continue;
					const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
					const store = req.result.createObjectStore(
						name,
						primary.startsWith('[')
							? { keyPath: primary.slice(1, -1).split('+') }
							: { keyPath: primary }
					);
					for (const ix of indexes) {
						const multi = ix.startsWith('*');
						const unique = ix.startsWith('&');
						const key = ix.replace(/^[*&]/, '');
						store.createIndex(key, key, { multiEntry: multi, unique });
					}
				}
			};
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const names = Object.keys(file.data);
		const t = performance.now();
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(names, 'readwrite');
			for (const n of names) {
				const store = tx.objectStore(n);
				for (const r of file.data[n]) store.put(r);
			}
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		const ms = performance.now() - t;
		db.close();
		indexedDB.deleteDatabase('bench-floor');
		return { ms, records: names.reduce((s, n) => s + file.data[n].length, 0) };
	}, stores);

	// The import, as a user does it, watching the page's main thread.
	await open(page, '/sharing');
	await page.evaluate(() => {
		const w = window as unknown as { longest: number };
		w.longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
		}).observe({ type: 'longtask', buffered: false });
	});
	const chooser = page.waitForEvent('filechooser');
	const t0 = Date.now();
	await page.getByRole('button', { name: 'Valitse tiedosto' }).click();
	await (await chooser).setFiles(FILE);
	await expect(
		page.getByRole('heading', { name: 'Esikatselu: mitä tuonti muuttaisi' })
	).toBeVisible({
		timeout: 10 * 60_000
	});
	const previewMs = Date.now() - t0;
	const t1 = Date.now();
	await page.getByRole('button', { name: 'Tuo muutokset' }).click();
	await expect(page.getByText(/^Tuonti valmis/)).toBeVisible({ timeout: 10 * 60_000 });
	const applyMs = Date.now() - t1;
	const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);

	// Export everything back out.
	await open(page, '/settings');
	const download = page.waitForEvent('download', { timeout: 10 * 60_000 });
	const t2 = Date.now();
	await page.getByRole('button', { name: 'Vie kaikki tiedot' }).click();
	await download;
	const exportMs = Date.now() - t2;

	const figures = {
		file: `${mb.toFixed(1)} MB, ${floor.records} records`,
		floorPutMs: Math.round(floor.ms),
		previewMs,
		applyMs,
		importTotalMs: previewMs + applyMs,
		ratioToFloor: Number(((previewMs + applyMs) / floor.ms).toFixed(2)),
		longestMainThreadTaskMs: Math.round(longest),
		exportMs
	};
	console.log('sharing bench', JSON.stringify(figures, null, 2));
	test.info().annotations.push({ type: 'figures', description: JSON.stringify(figures) });
	expect(floor.records).toBeGreaterThan(0);
});
