/** The body of scripts/bench-search.mjs (TypeScript, loaded through Vite). */
import { serialize, deserialize } from 'node:v8';
import { generateNetwork, SIZES } from '$lib/generator/network';
import { DirectoryIndex, type TagLabels } from '$lib/search/directoryIndex';
import { placeInfo } from '$lib/search/entries';
import type { DirectoryQuery } from '$lib/search/filters';
import { fold } from '$lib/search/normalize';
import vocab from '$lib/i18n/messages/vocab';
import { THEMES, TARGET_GROUPS, SECTORS } from '$lib/domain/fields';

/** Queries a coordinator types; each is timed at every prefix from two letters on. */
export const QUERIES = [
	'perhekahvila',
	'parisuhde',
	'erokahvila',
	'neuvonta',
	'vertaistuki',
	'järjestöagentti',
	'perhetyöntekijä',
	'mll nokia',
	'vauvaperhe',
	'parisuhdeneuvota', // typo
	'kerho koski',
	'väkivalta',
	'kotoutuminen',
	'nuoret',
	'leena virtanen'
];

export function typed(queries = QUERIES): string[] {
	return queries.flatMap((q) => Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)));
}

export function tagLabels(): TagLabels {
	const l = (pick: (v: typeof vocab.fi) => Record<string, string>, key: string) =>
		[vocab.fi, vocab.sv, vocab.en].map((v) => pick(v)[key]);
	return [
		...THEMES.map((t): [string, string[]] => [`theme:${t}`, l((v) => v.theme, t)]),
		...TARGET_GROUPS.map((t): [string, string[]] => [`group:${t}`, l((v) => v.targetGroup, t)]),
		...SECTORS.map((t): [string, string[]] => [`sector:${t}`, l((v) => v.representation, t)])
	];
}

const ms = (t: number) => `${t.toFixed(1)} ms`;
const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
const pct = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const heap = () => {
	globalThis.gc?.();
	return process.memoryUsage().heapUsed;
};

export async function run(args: string[], flexsearch?: typeof import('flexsearch')) {
	const sizeName = (args.find((a) => !a.startsWith('--')) ?? 'national') as keyof typeof SIZES;
	const size = SIZES[sizeName];
	let t = performance.now();
	const data = generateNetwork(size, 1);
	console.log(
		`${sizeName}: ${data.organisations.length} organisations, ${data.services.length} services, ${data.persons.length} persons (generated in ${ms(performance.now() - t)})`
	);
	const queries = typed();
	const h0 = heap();

	// The app's index: MiniSearch's radix tree with our own postings and scoring.
	t = performance.now();
	const places = placeInfo(data.municipalities, data.familyCentres);
	const index = new DirectoryIndex(places, tagLabels());
	index.upsert({
		organisations: data.organisations,
		services: data.services,
		persons: data.persons
	});
	const build = performance.now() - t;
	const q = (text: string): DirectoryQuery => ({
		text,
		type: 'services',
		filters: {},
		sort: 'relevance'
	});
	t = performance.now();
	index.search(q('')); // first call sorts by name and derives facets
	const firstList = performance.now() - t;
	const h1 = heap();
	t = performance.now();
	const snap = index.snapshot();
	const save = performance.now() - t;
	const bytes = serialize(snap).length;
	t = performance.now();
	const copy = DirectoryIndex.load(deserialize(serialize(snap)), places, tagLabels());
	const load = performance.now() - t;
	t = performance.now();
	copy.search(q('perhe'));
	const firstAfterLoad = performance.now() - t;

	const times: number[] = [];
	const timesFiltered: number[] = [];
	const municipalityId = data.municipalities[3].id;
	for (let round = 0; round < 2; round++)
		for (const text of queries) {
			let s = performance.now();
			const out = index.search(q(text));
			index.entriesOf(out.page(0, 50));
			if (round) times.push(performance.now() - s);
			s = performance.now();
			index.search({ ...q(text), filters: { municipalityId } });
			if (round) timesFiltered.push(performance.now() - s);
		}
	const sample = (text: string) => index.search({ ...q(text), type: 'all' }).ids.length;
	console.log(
		`\nApp index (MiniSearch radix tree + own postings): build ${ms(build)}, first list ${ms(firstList)}, heap +${mb(h1 - h0)}`
	);
	console.log(
		`  snapshot ${mb(bytes)} (structured clone), take ${ms(save)}, clone+load ${ms(load)}, first query after load ${ms(firstAfterLoad)}`
	);
	console.log(
		`  ${times.length} typed queries: median ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(Math.max(...times))}`
	);
	console.log(
		`  with a municipality filter: median ${ms(pct(timesFiltered, 50))}, p95 ${ms(pct(timesFiltered, 95))}`
	);
	const worst = queries
		.map((text, i) => [text, times[i]] as const)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 5);
	console.log(`  slowest: ${worst.map(([x, y]) => `"${x}" ${ms(y)}`).join(', ')}`);
	console.log(
		`  hits: perhe ${sample('perhe')}, neuvonta ${sample('neuvonta')}, perhekahvla (typo) ${sample('perhekahvla')}, perhekahvila ${sample('perhekahvila')}`
	);

	if (args.includes('--flexsearch')) {
		if (flexsearch) flex(flexsearch, data, queries);
		else console.log('\nFlexSearch is not installed: npm install --no-save flexsearch');
	}
}

function flex(
	FlexSearch: typeof import('flexsearch'),
	data: ReturnType<typeof generateNetwork>,
	queries: string[]
) {
	const { Document, Charset } = FlexSearch;
	const h0 = heap();
	const t = performance.now();
	// Closest configuration: prefix matching ('forward') with the Latin balance
	// encoder (diacritics off, phonetic folding as its typo tolerance); suffixes
	// would need 'reverse' or 'full', both tried below on names only.
	const doc = new Document({
		tokenize: 'forward',
		encoder: Charset.LatinBalance,
		document: {
			id: 'id',
			index: [
				{ field: 'name', tokenize: 'full' },
				{ field: 'text', tokenize: 'forward' },
				{ field: 'context', tokenize: 'forward' }
			]
		}
	});
	const orgName = new Map(data.organisations.map((o) => [o.id, o.name]));
	for (const o of data.organisations)
		doc.add({ id: o.id, name: o.name, text: o.description ?? '', context: '' });
	for (const s of data.services)
		doc.add({
			id: s.id,
			name: s.name,
			text: s.description ?? '',
			context: orgName.get(s.organisationId) ?? ''
		});
	for (const p of data.persons)
		doc.add({
			id: p.id,
			name: `${p.name} ${p.title ?? ''}`,
			text: p.jobDescription ?? '',
			context: orgName.get(p.organisationId ?? '') ?? ''
		});
	const build = performance.now() - t;
	const h1 = heap();
	const times: number[] = [];
	for (let round = 0; round < 2; round++)
		for (const text of queries) {
			const s = performance.now();
			doc.search(text, { limit: 1000, merge: true, suggest: false });
			if (round) times.push(performance.now() - s);
		}
	const hits = (x: string) => doc.search(x, { limit: 100000, merge: true }).length;
	console.log(`\nFlexSearch 0.8 (Document; name 'full', others 'forward'; LatinBalance):`);
	console.log(`  build ${ms(build)}, heap +${mb(h1 - h0)}`);
	console.log(
		`  ${times.length} typed queries (limit 1000): median ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(Math.max(...times))}`
	);
	console.log(
		`  hits: perhe ${hits('perhe')}, neuvonta ${hits('neuvonta')}, parisuhdeneuvota (typo) ${hits('parisuhdeneuvota')}, perhekahvla (typo) ${hits('perhekahvla')}, ${fold('perhekahvila')} ${hits('perhekahvila')}`
	);
}
