// Measures the meetings section's pure work (calendar, due bodies, follow-ups,
// report-back, .ics) at the generator's sizes and prints figures (not a test).
// The TypeScript is bundled with Vite first, as the browser gets it.
// Usage: node scripts/bench-meetings.mjs [region|county5|national]
import { build } from 'vite';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the project, so the bundle's imports of zod and dexie resolve from node_modules.
const outDir = join(root, 'node_modules', '.cache', 'bench-meetings');
try {
	await build({
		root,
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: `${root}src/lib` } },
		build: {
			ssr: 'scripts/bench/meetings.ts',
			outDir,
			minify: false,
			rollupOptions: { output: { entryFileNames: 'bench.mjs' } }
		}
	});
	const { run } = await import(pathToFileURL(join(outDir, 'bench.mjs')).href);
	run(process.argv.slice(2));
} finally {
	await rm(outDir, { recursive: true, force: true });
}
