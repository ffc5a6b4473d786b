/**
 * The layers of ARCHITECTURE.md as rules, and no import loops. Runs in
 * `npm run lint` (and so in `npm test`); it reads .svelte files too.
 *
 * Each folder of src/lib may import only the folders listed for it (its own
 * folder always). Tests (*.spec.ts) and lib/testing/ may import anything.
 */
const LAYERS = {
	// folder: folders it may import
	domain: [],
	demo: ['domain'],
	db: ['domain'],
	exchange: ['domain'],
	search: ['domain'],
	i18n: ['domain', 'exchange'],
	outputs: ['domain', 'i18n'],
	importers: ['domain', 'exchange', 'i18n'],
	generator: ['domain', 'demo', 'exchange'],
	queries: ['domain', 'db', 'search', 'exchange', 'i18n'],
	services: [
		'domain',
		'db',
		'queries',
		'exchange',
		'importers',
		'outputs',
		'search',
		'demo',
		'i18n'
	],
	workers: ['domain', 'db', 'services', 'queries', 'exchange', 'importers', 'search', 'i18n'],
	state: [
		'domain',
		'queries',
		'services',
		'workers',
		'exchange',
		'importers',
		'outputs',
		'search',
		'i18n'
	],
	ui: ['domain', 'state', 'exchange', 'outputs', 'search', 'i18n']
};
/** Packages that tie code to a runtime: only the listed folders may import them. */
const PACKAGES = {
	dexie: ['db', 'workers'],
	svelte: ['state', 'ui', 'i18n'],
	'\\$app': ['state', 'ui']
};
const TESTS = '(\\.spec\\.ts$|^src/lib/testing/)';
/** The storage error kinds: every layer above storage may name them to tell the user what failed. */
const STORAGE_ERRORS = '^src/lib/db/errors\\.ts$';
const ABOVE_STORAGE = ['queries', 'services', 'workers', 'state', 'ui'];
const lib = (names) => `^src/lib/(${names.join('|')})/`;

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'An import loop: modules that need each other belong together or need a third.',
			from: {},
			to: { circular: true }
		},
		...Object.entries(LAYERS).map(([layer, allowed]) => ({
			name: `layer-${layer}`,
			severity: 'error',
			comment: `src/lib/${layer}/ may import only ${allowed.join(', ') || 'itself and packages'} (ARCHITECTURE.md).`,
			from: { path: `^src/lib/${layer}/`, pathNot: TESTS },
			to: {
				path: '^src/',
				pathNot: [
					lib([layer, ...allowed]),
					...(ABOVE_STORAGE.includes(layer) ? [STORAGE_ERRORS] : [])
				]
			}
		})),
		{
			name: 'routes-no-storage',
			severity: 'error',
			comment: 'Pages read through lib/queries and write through lib/services, never the database.',
			from: { path: '^src/routes/' },
			to: { path: [lib(['db', 'workers', 'testing', 'generator'])], pathNot: STORAGE_ERRORS }
		},
		...Object.entries(PACKAGES).map(([pkg, allowed]) => ({
			name: `package-${pkg.replace(/\W/g, '')}`,
			severity: 'error',
			comment: `Only ${allowed.map((a) => `lib/${a}`).join(', ')} (and routes for svelte/$app) may import ${pkg}.`,
			from: {
				path: '^src/lib/',
				pathNot: [lib(allowed), TESTS]
			},
			to: { path: `^(node_modules/)?${pkg}(/|$)` }
		})),
		{
			name: 'tests-only',
			severity: 'error',
			comment: 'lib/testing/ is for tests.',
			from: { path: '^src/', pathNot: TESTS },
			to: { path: '^src/lib/testing/' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '\\.svelte-kit' },
		tsConfig: { fileName: '.dependency-cruiser.tsconfig.json' },
		tsPreCompilationDeps: true,
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte'],
			extensions: ['.ts', '.js', '.svelte', '.svelte.ts']
		}
	}
};
