// Measures the directory search at the generator's sizes and prints figures
// (not a test): index build, snapshot size and load, heap, and the latency of
// typed queries (every prefix of each query, as a user types it), for MiniSearch
// (the library the app uses) and, when installed, FlexSearch for comparison.
// Usage: node scripts/bench-search.mjs [region|county5|national] [--flexsearch]
//   (FlexSearch is not a dependency: `npm install --no-save flexsearch` first.)
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('./scripts/bench/search.ts', {
	root,
	configFile: false,
	resolve: { alias: { $lib: `${root}src/lib` } },
	logLevel: 'error'
});
// FlexSearch is loaded here, by Node, because it is not one of the app's dependencies.
const flexsearch = process.argv.includes('--flexsearch')
	? await import('flexsearch').catch(() => undefined)
	: undefined;
await module.run(process.argv.slice(2), flexsearch);
