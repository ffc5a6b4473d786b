// The one way scripts load the app's TypeScript modules: Vite's module runner
// (`runnerImport`), with the `$lib` alias and no SvelteKit plugin (the modules
// loaded this way are plain TypeScript: generator, exchange, search, rules).
// Dependencies such as zod are imported by Node from node_modules.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Loads a TypeScript module by its path from the repository root. */
export async function importTs(path) {
	const { module } = await runnerImport(`./${path.replace(/^\.?\//, '')}`, {
		root,
		configFile: false,
		resolve: { alias: { $lib: `${root}src/lib` } },
		logLevel: 'error'
	});
	return module;
}
