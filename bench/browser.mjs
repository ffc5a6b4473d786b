// The benchmark's browser part: one size of network in headless Chromium with a
// persistent on-disk profile (Playwright's default contexts keep IndexedDB in
// memory, which flatters every write). Run by bench/run.mjs.
//
// First launch: the raw IndexedDB floor, the import through the Sharing page,
// an export of everything, the first directory visit (index built and saved).
// Second launch of the same profile, offline: the cold start to a usable
// directory, then 200 keystrokes in the search box. The JS heap of the page
// and of its workers is sampled all along.
import { chromium } from '@playwright/test';

export const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--no-default-browser-check'
];

const LONG = 15 * 60_000;
const ROW = 'section[aria-labelledby="results-title"] :is(ul.rows > li, .cards > *)';
/** The directory's own measure, one per query (src/lib/state/timing.ts). */
const SEARCH_MEASURE = 'verkosto:directory-search';

export function launch(profile, executablePath) {
	return chromium.launchPersistentContext(profile, {
		executablePath,
		args: FLAGS,
		serviceWorkers: 'allow',
		locale: 'fi-FI',
		timezoneId: 'Europe/Helsinki',
		viewport: { width: 1280, height: 800 },
		acceptDownloads: true
	});
}

/**
 * Samples the JS heap of the page (CDP Performance.getMetrics, JSHeapUsedSize)
 * and of each of its workers (Runtime.getHeapUsage through a session attached
 * to the worker) every 250 ms, keeping the peaks. A worker busy in one long
 * task answers late, so a peak inside such a task can be missed.
 */
export class HeapSampler {
	peaks = { page: 0, workers: {}, together: 0 };

	async start(context, page) {
		this.cdp = await context.newCDPSession(page);
		await this.cdp.send('Performance.enable');
		this.sessions = new Map();
		this.replies = new Map();
		this.next = 1;
		this.cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
			const m = JSON.parse(message);
			const key = `${sessionId}:${m.id}`;
			this.replies.get(key)?.(m.result);
			this.replies.delete(key);
		});
		this.cdp.on('Target.detachedFromTarget', ({ targetId }) => this.sessions.delete(targetId));
		this.timer = setInterval(() => void this.sample(), 250);
	}

	ask(sessionId, method) {
		const id = this.next++;
		return new Promise((resolve) => {
			const timeout = setTimeout(() => resolve(undefined), 2_000);
			this.replies.set(`${sessionId}:${id}`, (r) => {
				clearTimeout(timeout);
				resolve(r);
			});
			this.cdp
				.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
				.catch(() => resolve(undefined));
		});
	}

	async sample() {
		if (this.busy || !this.cdp) return;
		this.busy = true;
		try {
			const { metrics } = await this.cdp.send('Performance.getMetrics');
			const pageHeap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			this.peaks.page = Math.max(this.peaks.page, pageHeap);
			let together = pageHeap;
			const { targetInfos } = await this.cdp.send('Target.getTargets');
			for (const t of targetInfos.filter((x) => x.type === 'worker')) {
				let s = this.sessions.get(t.targetId);
				if (!s) {
					const { sessionId } = await this.cdp.send('Target.attachToTarget', {
						targetId: t.targetId,
						flatten: false
					});
					const name = /workers\/([a-z]+)\.worker/.exec(t.url)?.[1] ?? 'worker';
					s = { sessionId, name };
					this.sessions.set(t.targetId, s);
				}
				const used = (await this.ask(s.sessionId, 'Runtime.getHeapUsage'))?.usedSize ?? 0;
				this.peaks.workers[s.name] = Math.max(this.peaks.workers[s.name] ?? 0, used);
				together += used;
			}
			this.peaks.together = Math.max(this.peaks.together, together);
		} catch {
			// The page is navigating or closing: the next sample tries again.
		} finally {
			this.busy = false;
		}
	}

	async stop() {
		clearInterval(this.timer);
		await this.sample();
		await this.cdp?.detach().catch(() => undefined);
		this.cdp = undefined;
		return this.peaks;
	}
}

/** Long tasks of the page's main thread, kept from the first script on. */
function observeLongTasks() {
	const w = /** @type {any} */ (window);
	w.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			w.__longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
}

/** When the directory first showed a result row, and when its search was ready (tab counts). */
function watchDirectory(row) {
	const w = /** @type {any} */ (window);
	const check = () => {
		if (w.__firstRow === undefined && document.querySelector(row)) w.__firstRow = performance.now();
		if (w.__searchReady === undefined && document.querySelector('.tabs .count'))
			w.__searchReady = performance.now();
		if (w.__firstRow !== undefined && w.__searchReady !== undefined) observer.disconnect();
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true });
}

/** The directory's search measures as they come (an observer sees every one). */
function collectSearchMeasures(name) {
	const w = /** @type {any} */ (window);
	w.__searches = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === name)
				w.__searches.push({ start: e.startTime, duration: e.duration, ...e.detail });
	}).observe({ type: 'measure' });
}

async function longestTaskBetween(page, from, to) {
	return page.evaluate(
		([a, b]) =>
			Math.max(
				0,
				.../** @type {any} */ (window).__longTasks
					.filter((t) => t.start >= a && t.start <= b)
					.map((t) => t.duration)
			),
		[from, to]
	);
}

/**
 * The floor: the file's records written with raw IndexedDB `put`s in one
 * transaction into a new database with the app's stores and indexes (same
 * durability as the app's Dexie transactions: the browser's default). The
 * file is read and parsed before the clock starts.
 */
async function rawFloor(context, base, file, stores) {
	const page = await context.newPage();
	try {
		await page.goto(`${base}/robots.txt`);
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.type = 'file';
			input.id = 'floor-file';
			document.body.append(input);
		});
		await page.setInputFiles('#floor-file', file);
		return await page.evaluate(async (stores) => {
			const input = /** @type {HTMLInputElement} */ (document.getElementById('floor-file'));
			const data = JSON.parse(await input.files[0].text()).data;
			const db = await new Promise((resolve, reject) => {
				const req = indexedDB.open('bench-floor', 1);
				req.onupgradeneeded = () => {
					for (const [name, spec] of Object.entries(stores)) {
						if (!spec) continue;
						const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
						const keyPath = primary.startsWith('[')
							? primary.slice(1, -1).split('+')
							: primary.replace(/^[&*]/, '');
						const store = req.result.createObjectStore(name, { keyPath });
						for (const ix of indexes) {
							const key = ix.replace(/^[*&]/, '');
							store.createIndex(key, key, {
								multiEntry: ix.startsWith('*'),
								unique: ix.startsWith('&')
							});
						}
					}
				};
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const names = Object.keys(data).filter((n) => data[n].length);
			const t = performance.now();
			await new Promise((resolve, reject) => {
				const tx = db.transaction(names, 'readwrite');
				for (const n of names) {
					const store = tx.objectStore(n);
					for (const r of data[n]) store.put(r);
				}
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			const ms = performance.now() - t;
			db.close();
			await new Promise((resolve) => {
				const del = indexedDB.deleteDatabase('bench-floor');
				del.onsuccess = del.onerror = resolve;
			});
			return { ms, records: names.reduce((s, n) => s + data[n].length, 0) };
		}, stores);
	} finally {
		await page.close();
	}
}

/** Waits until the search worker has saved its index (it does so 3 s after a build). */
async function indexSaved(page) {
	await page.waitForFunction(
		() =>
			new Promise((resolve) => {
				const req = indexedDB.open('verkosto-search-cache');
				req.onsuccess = () => {
					const db = req.result;
					if (!db.objectStoreNames.contains('snapshots')) return (resolve(false), db.close());
					const count = db.transaction('snapshots').objectStore('snapshots').count();
					count.onsuccess = () => (resolve(count.result > 0), db.close());
					count.onerror = () => (resolve(false), db.close());
				};
				req.onerror = () => resolve(false);
			}),
		undefined,
		{ timeout: LONG, polling: 1_000 }
	);
}

const percentile = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/**
 * Measures one size. `file` is the generated export file, `stores` the app's
 * stores (for the floor), `keys` the text to type (the first 200 keystrokes
 * are measured; a query ends with a newline, which clears the box).
 */
export async function measureSize({ base, profile, executablePath, file, stores, queries, log }) {
	const out = {};
	const heap = new HeapSampler();

	// ---------------------------------------------------------- first launch
	let context = await launch(profile, executablePath);
	try {
		await context.addInitScript(observeLongTasks);
		let page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${base}/`);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((r) =>
					navigator.serviceWorker.addEventListener('controllerchange', r, { once: true })
				);
		});
		await heap.start(context, page);

		log('raw IndexedDB floor');
		out.floor = await rawFloor(context, base, file, stores);

		log('import through the Sharing page');
		await page.goto(`${base}/sharing`);
		await page.getByRole('heading', { level: 1, name: 'Jakaminen' }).waitFor();
		const from = await page.evaluate(() => performance.now());
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Valitse tiedosto' }).click();
		const t0 = Date.now();
		await (await chooser).setFiles(file);
		await page
			.getByRole('heading', { name: 'Esikatselu: mitä tuonti muuttaisi' })
			.waitFor({ timeout: LONG });
		const previewMs = Date.now() - t0;
		const t1 = Date.now();
		await page.getByRole('button', { name: 'Tuo muutokset' }).click();
		await page.getByText(/^Tuonti valmis/).waitFor({ timeout: LONG });
		const applyMs = Date.now() - t1;
		const to = await page.evaluate(() => performance.now());
		out.import = {
			previewMs,
			applyMs,
			totalMs: previewMs + applyMs,
			longestTaskMs: await longestTaskBetween(page, from, to)
		};

		log('export of everything');
		await page.goto(`${base}/settings`);
		const download = page.waitForEvent('download', { timeout: LONG });
		const t2 = Date.now();
		await page.getByRole('button', { name: 'Vie kaikki tiedot' }).click();
		const file2 = await download;
		out.exportMs = Date.now() - t2;
		await file2.delete();

		log('first directory visit (index built and saved)');
		await context.addInitScript(watchDirectory, ROW);
		await page.goto(`${base}/directory`);
		await page.locator(ROW).first().waitFor({ timeout: LONG });
		await page.locator('.tabs .count').first().waitFor({ timeout: LONG });
		out.firstVisit = await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			return { firstRowMs: w.__firstRow, searchReadyMs: w.__searchReady };
		});
		await indexSaved(page);
	} finally {
		await heap.stop();
		await context.close();
	}

	// ---------------------------------------------------------- cold offline start
	log('cold offline start, then typing');
	context = await launch(profile, executablePath);
	try {
		await context.setOffline(true);
		await context.addInitScript(observeLongTasks);
		await context.addInitScript(watchDirectory, ROW);
		await context.addInitScript(collectSearchMeasures, SEARCH_MEASURE);
		const page = context.pages()[0] ?? (await context.newPage());
		await heap.start(context, page);
		const response = await page.goto(`${base}/directory`);
		await page.locator(ROW).first().waitFor({ timeout: LONG });
		await page.locator('.tabs .count').first().waitFor({ timeout: LONG });
		out.cold = await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			return { firstRowMs: w.__firstRow, searchReadyMs: w.__searchReady };
		});
		out.cold.fromServiceWorker = response?.fromServiceWorker() ?? false;

		// The user starts typing once the page has settled: no long task for a second
		// (at most 15 s), so that start-up work is not counted as typing.
		await page
			.waitForFunction(
				() => {
					const tasks = /** @type {any} */ (window).__longTasks;
					const last = tasks.length ? tasks[tasks.length - 1] : { start: 0, duration: 0 };
					return performance.now() - (last.start + last.duration) > 1_000;
				},
				undefined,
				{ timeout: 15_000, polling: 250 }
			)
			.catch(() => undefined);

		// 200 keystrokes, each waited for (its results in the page) and at least
		// 120 ms apart, as a quick typist; a query is cleared with Ctrl+A, Backspace.
		const box = page.getByLabel('Hae nimellä, kuvauksella, tehtävällä tai teemalla');
		await box.focus();
		const start = await page.evaluate(() => performance.now());
		let typed = 0;
		const count = () => page.evaluate(() => /** @type {any} */ (window).__searches.length);
		const step = async (press) => {
			const before = await count();
			const t = Date.now();
			await press();
			await page.waitForFunction((n) => /** @type {any} */ (window).__searches.length > n, before, {
				timeout: 60_000,
				polling: 'raf'
			});
			const rest = 120 - (Date.now() - t);
			if (rest > 0) await page.waitForTimeout(rest);
		};
		outer: for (const q of queries) {
			for (const ch of q) {
				await step(() => page.keyboard.type(ch));
				if (++typed === 200) break outer;
			}
			await step(async () => {
				await page.keyboard.press('Control+A');
				await page.keyboard.press('Backspace');
			});
		}
		const end = await page.evaluate(() => performance.now());
		const searches = await page.evaluate(() => /** @type {any} */ (window).__searches);
		const typing = searches.filter((s) => s.text !== '' && s.indexed);
		const cleared = searches.filter((s) => s.text === '' && s.indexed);
		const d = typing.map((s) => s.duration);
		const w = typing.map((s) => s.worker ?? 0);
		// A first letter matches a large share of the country (every word starting with it).
		const longer = typing.filter((s) => s.text.trim().length >= 2).map((s) => s.duration);
		const first = typing.filter((s) => s.text.trim().length < 2);
		out.search = {
			n: typing.length,
			medianMs: percentile(d, 50),
			p95Ms: percentile(d, 95),
			p95From2Ms: percentile(longer, 95),
			firstLetters: first.length,
			firstLetterMedianMs: percentile(
				first.map((s) => s.duration),
				50
			),
			firstLetterWorkerMedianMs: percentile(
				first.map((s) => s.worker ?? 0),
				50
			),
			maxMs: Math.max(...d),
			workerMedianMs: percentile(w, 50),
			workerP95Ms: percentile(w, 95),
			slowest: typing
				.sort((a, b) => b.duration - a.duration)
				.slice(0, 3)
				.map((s) => [s.text, s.duration])
		};
		out.listAll = {
			n: cleared.length,
			total: cleared[0]?.total,
			medianMs: percentile(
				cleared.map((s) => s.duration),
				50
			),
			maxMs: Math.max(...cleared.map((s) => s.duration))
		};
		out.typingLongestTaskMs = await longestTaskBetween(page, start, end);
	} finally {
		out.heap = await heap.stop();
		await context.close();
	}
	return out;
}

/**
 * The JavaScript a first visit fetches before the network is idle, per page,
 * gzipped (level 9, as build tools report it): the page's own scripts and,
 * apart, the workers it starts. (The service worker's precache of the whole
 * app runs in the background and is not counted here.)
 */
export async function initialJavaScript({ base, profile, executablePath, paths }) {
	const { gzipSync } = await import('node:zlib');
	const { rm } = await import('node:fs/promises');
	const rows = [];
	for (const path of paths) {
		const dir = `${profile}-${rows.length}`;
		const context = await launch(dir, executablePath);
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			const files = new Map();
			const bodies = [];
			page.on('response', (res) => {
				const url = new URL(res.url());
				if (!url.pathname.endsWith('.js')) return;
				bodies.push(
					res
						.body()
						.then((body) => files.set(url.pathname, gzipSync(body, { level: 9 }).length))
						.catch(() => undefined)
				);
			});
			await page.goto(base + path, { waitUntil: 'networkidle' });
			await page.waitForTimeout(500);
			await Promise.all(bodies);
			const all = [...files];
			const workers = all.filter(([p]) => p.includes('/workers/'));
			const scripts = all.filter(([p]) => !p.includes('/workers/') && p !== '/service-worker.js');
			const sum = (xs) => xs.reduce((s, [, n]) => s + n, 0);
			rows.push({
				path,
				files: scripts.length,
				pageBytes: sum(scripts),
				workerBytes: sum(workers),
				workers: workers.map(([p]) => p.replace(/^.*\/|-[\w-]+\.js$/g, ''))
			});
		} finally {
			await context.close();
			await rm(dir, { recursive: true, force: true });
		}
	}
	return rows;
}
