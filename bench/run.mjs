// `npm run bench`: the one benchmark (issue 8). For each size of generated
// network it measures, in headless Debian Chromium with a persistent on-disk
// profile, the import through the Sharing page against the raw IndexedDB
// floor, the export, the cold offline start to a usable directory, search
// latency and main-thread tasks while typing, the list of all services and
// the peak JS heap; in Node, the search index and the meetings rules alone.
// Then the initial JavaScript of the first pages and Lighthouse. Prints the
// figures beside their budgets and writes them into BENCHMARKS.md.
//
// Usage: npm run bench [-- --sizes=region,county5,national] [--no-lighthouse]
//        [--flexsearch] [--no-write] [--no-spreadsheet] [--spreadsheet-only]
// Env:   PORT (app server, default 4173), BENCH_DEBUG_PORT (Lighthouse's Chromium,
//        default 9333), CHROMIUM_PATH, SKIP_BUILD=1 (use the existing build/).
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { importTs, root } from '../scripts/importTs.mjs';
import { writeGeneratedFile } from '../scripts/generate.mjs';
import { initialJavaScript, measureSize, FLAGS } from './browser.mjs';
import { lighthouse, LIGHTHOUSE_PAGES } from './lighthouse.mjs';
import { measureSpreadsheet } from './spreadsheet.mjs';
import { render, writeReport } from './report.mjs';

const run = promisify(execFile);
const started = Date.now();
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const ALL_SIZES = ['region', 'county5', 'national'];
// --spreadsheet-only: the 10,000-row spreadsheet import alone (a minute, not the whole run).
const sheetOnly = flag('spreadsheet-only');
const sizes = sheetOnly ? [] : (option('sizes')?.split(',') ?? ALL_SIZES);
for (const s of sizes) if (!ALL_SIZES.includes(s)) throw new Error(`unknown size ${s}`);
const port = Number(option('port') ?? process.env.PORT ?? 4173);
const debugPort = Number(process.env.BENCH_DEBUG_PORT ?? 9333);
const base = `http://localhost:${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);

class SheetOnlyDone extends Error {}
const work = await mkdtemp(join(os.tmpdir(), 'verkosto-bench-'));
let server;
async function cleanUp() {
	server?.kill();
	await rm(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => void cleanUp().finally(() => process.exit(130)));

async function machine() {
	const release = await readFile('/etc/os-release', 'utf8').catch(() => '');
	const chromium = await run(executablePath, ['--version']).catch(() => ({ stdout: '?' }));
	const pw = JSON.parse(
		await readFile(join(root, 'node_modules/@playwright/test/package.json'), 'utf8')
	);
	return {
		cpu: os.cpus()[0]?.model.trim() ?? '?',
		cores: os.cpus().length,
		ramGB: Math.round(os.totalmem() / 2 ** 30),
		os: `${/PRETTY_NAME="?([^"\n]*)/.exec(release)?.[1] ?? os.type()} (kernel ${os.release()})`,
		node: process.version,
		chromium: chromium.stdout.trim(),
		playwright: pw.version,
		load: os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' / ')
	};
}

async function startServer() {
	server = spawn(process.execPath, ['scripts/serve.mjs', 'build', String(port)], {
		cwd: root,
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(base)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the app server did not start on port ${port}`);
}

// The machine is shared: its load during the run says how far to trust the figures.
const loadSamples = [];
const loadTimer = setInterval(() => loadSamples.push(os.loadavg()[0]), 5_000).unref();
loadSamples.push(os.loadavg()[0]);

const results = {
	startedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
	machine: await machine(),
	sizes: {},
	lighthouseVersion: '12.8.2'
};
try {
	if (!process.env.SKIP_BUILD) {
		log('building the app');
		await run(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
			cwd: root
		});
	}
	await startServer();
	const pure = await importTs('bench/pure.ts');
	const flexsearch = flag('flexsearch')
		? await import('flexsearch').catch(() => {
				console.log('FlexSearch is not installed: npm install --no-save flexsearch');
				return undefined;
			})
		: undefined;
	const keys = pure.QUERIES;

	for (const size of sizes) {
		const t = Date.now();
		const file = join(work, `${size}.json`);
		log(`${size}: generating the export file`);
		const generated = await writeGeneratedFile(size, file);
		const browser = await measureSize({
			base,
			profile: join(work, `profile-${size}`),
			executablePath,
			file,
			stores: pure.STORES,
			queries: keys,
			log: (what) => log(`${size}: ${what}`)
		});
		log(`${size}: Node figures`);
		const node = await pure.nodeFigures(
			size,
			await readFile(file, 'utf8'),
			flexsearch?.default ?? flexsearch
		);
		results.sizes[size] = {
			file: { records: generated.records, bytes: generated.bytes },
			...browser,
			node,
			elapsedMs: Date.now() - t
		};
		await rm(file, { force: true });
		await rm(join(work, `profile-${size}`), { recursive: true, force: true });
	}

	if (!flag('no-spreadsheet'))
		results.spreadsheet = await measureSpreadsheet({
			base,
			work,
			executablePath,
			log
		});
	if (sheetOnly) throw new SheetOnlyDone();

	log('initial JavaScript of / and /directory');
	results.initialJs = await initialJavaScript({
		base,
		profile: join(work, 'profile-js'),
		executablePath,
		paths: ['/', '/directory']
	});

	if (!flag('no-lighthouse')) {
		log(`Lighthouse on ${LIGHTHOUSE_PAGES.length} pages`);
		results.lighthouse = await lighthouse({
			baseURL: base,
			executablePath,
			flags: FLAGS,
			port: debugPort
		});
	}
} catch (e) {
	if (!(e instanceof SheetOnlyDone)) throw e;
} finally {
	await cleanUp();
}

clearInterval(loadTimer);
results.load = { samples: loadSamples };
results.durationMs = Date.now() - started;
const markdown = render(results);
console.log(`\n${markdown}\n`);
if (!flag('no-write')) {
	await writeReport(join(root, 'BENCHMARKS.md'), markdown);
	log('written into BENCHMARKS.md');
}
