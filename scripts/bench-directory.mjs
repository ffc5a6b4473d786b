// Measures the directory in headless Chromium with a persistent on-disk profile
// and prints figures (not a test): data written by the generator at a size,
// the first (building) visit, a cold offline start to a usable list and to a
// ready search (from the saved index), results of a typed query, and the
// longest main-thread task while typing.
// Usage: npm run build && node scripts/bench-directory.mjs [region|county5|national] [port]
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const size = process.argv[2] ?? 'national';
const port = Number(process.argv[3] ?? process.env.PORT ?? 4175);
const base = `http://localhost:${port}`;
const ms = (t) => `${Math.round(t)} ms`;

// The generator as a script for the page, so the data is made where it is written.
const out = await mkdtemp(join(tmpdir(), 'bench-gen-'));
await build({
	root,
	configFile: false,
	logLevel: 'error',
	resolve: { alias: { $lib: `${root}src/lib` } },
	build: {
		outDir: out,
		lib: {
			entry: `${root}src/lib/generator/network.ts`,
			formats: ['iife'],
			name: 'Generator',
			fileName: () => 'generator.js'
		},
		minify: false
	}
});
const generator = await readFile(join(out, 'generator.js'), 'utf8');

const server = spawn(process.execPath, ['scripts/serve.mjs', 'build', String(port)], {
	cwd: root,
	stdio: 'ignore'
});
const profile = await mkdtemp(join(tmpdir(), 'bench-profile-'));
const launch = () =>
	chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
		serviceWorkers: 'allow',
		locale: 'fi-FI'
	});

try {
	await new Promise((r) => setTimeout(r, 500));
	let context = await launch();
	let page = context.pages()[0] ?? (await context.newPage());
	await page.goto(base);
	await page.getByRole('button', { name: 'Aloita tyhjästä' }).waitFor();
	await page.evaluate(() => navigator.serviceWorker.ready);

	// Write the generated network with raw IndexedDB into the app's own database.
	await page.addScriptTag({ content: generator });
	const written = await page.evaluate(async (sizeName) => {
		const g = /** @type {any} */ (globalThis).Generator;
		const t0 = performance.now();
		const data = g.generateNetwork(g.SIZES[sizeName], 1);
		const t1 = performance.now();
		const db = await new Promise((resolve, reject) => {
			const req = indexedDB.open('verkosto');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tables = Object.keys(data).filter((t) => data[t].length);
		await new Promise((resolve, reject) => {
			const tx = db.transaction([...tables, 'meta'], 'readwrite', { durability: 'relaxed' });
			for (const t of tables) for (const r of data[t]) tx.objectStore(t).put(r);
			tx.objectStore('meta').put({ key: 'lastChangeAt', value: new Date().toISOString() });
			tx.objectStore('meta').put({ key: 'onboarded', value: true });
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
		return {
			generate: t1 - t0,
			write: performance.now() - t1,
			counts: Object.fromEntries(tables.map((t) => [t, data[t].length]))
		};
	}, size);
	console.log(`${size}: ${JSON.stringify(written.counts)}`);
	console.log(
		`  generated in the page ${ms(written.generate)}, raw IndexedDB write ${ms(written.write)}`
	);

	// First visit: the worker builds the index and saves a snapshot.
	const tabCount = page.getByRole('button', { name: /^Palvelut\(/ });
	let t = Date.now();
	await page.goto(`${base}/directory`);
	await page
		.locator('section[aria-labelledby="results-title"] li')
		.first()
		.waitFor({ timeout: 120_000 });
	const firstList = Date.now() - t;
	await tabCount.waitFor({ timeout: 300_000 });
	console.log(
		`  first visit: list ${ms(firstList)}, search ready (index built) ${ms(Date.now() - t)}`
	);
	await page.waitForTimeout(8_000); // the snapshot is saved 3 s after the build
	await context.close();

	// Cold start, offline, from the saved index.
	context = await launch();
	await context.setOffline(true);
	page = context.pages()[0] ?? (await context.newPage());
	await page.addInitScript(() => {
		/** @type {any} */ (globalThis).__long = [];
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) /** @type {any} */ (globalThis).__long.push(e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	t = Date.now();
	await page.goto(`${base}/directory`);
	await page.getByRole('heading', { level: 1, name: 'Hakemisto' }).waitFor({ timeout: 60_000 });
	const shell = Date.now() - t;
	await page
		.locator('section[aria-labelledby="results-title"] li')
		.first()
		.waitFor({ timeout: 60_000 });
	const usable = Date.now() - t;
	await page.getByRole('button', { name: /^Palvelut\(/ }).waitFor({ timeout: 300_000 });
	const ready = Date.now() - t;
	const nav = await page.evaluate(() => {
		const n = /** @type {PerformanceNavigationTiming} */ (
			performance.getEntriesByType('navigation')[0]
		);
		return { response: n.responseEnd, dcl: n.domContentLoadedEventEnd };
	});
	console.log(
		`  cold offline start: page served ${ms(nav.response)}, DOM ready ${ms(nav.dcl)}, directory heading ${ms(shell)}, usable list ${ms(usable)}, search ready ${ms(ready)}`
	);

	// Typing: the longest main-thread task while typing, and the time to the results.
	await page.evaluate(() => /** @type {any} */ (globalThis.__long = []));
	const box = page.getByLabel('Hae nimellä, kuvauksella, tehtävällä tai teemalla');
	const times = [];
	for (const q of ['perhekahvila', 'parisuhde', 'vertaistuki', 'kerho koski', 'eroauttaminen']) {
		await box.fill('');
		t = Date.now();
		await box.pressSequentially(q, { delay: 60 });
		const typed = Date.now();
		await page.getByText(/^Näytetään 1–/).waitFor();
		await page.waitForFunction(
			(query) =>
				new URL(location.href).searchParams.get('q') === query &&
				!!document.querySelector('section[aria-labelledby="results-title"] li'),
			q
		);
		times.push(Date.now() - typed);
		void t;
	}
	const long = await page.evaluate(() => /** @type {any} */ (globalThis).__long);
	const startup = await page.evaluate(() => performance.getEntriesByType('longtask').length);
	void startup;
	console.log(
		`  after the last keystroke, results within ${ms(Math.max(...times))} (worst of ${times.length} queries); longest main-thread task while typing ${ms(Math.max(0, ...long))} (${long.length} over 50 ms)`
	);
	await context.close();
} finally {
	server.kill();
	await rm(profile, { recursive: true, force: true });
	await rm(out, { recursive: true, force: true });
}
