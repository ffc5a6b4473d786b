/**
 * The benchmark's figures measured in Node, on the same modules the app runs:
 * the directory's search index on its own (build, snapshot, queries without a
 * worker or a page around them) and the meetings section's pure rules. They
 * explain the browser figures (how much of a keystroke is the index itself).
 * Loaded by bench/run.mjs through scripts/importTs.mjs.
 */
import { serialize, deserialize } from 'node:v8';
import type { DataSet } from '$lib/domain/entities';
import { migrations } from '$lib/db/migrations';
import { generateNetwork, SIZES } from '$lib/generator/network';
import { DirectoryIndex } from '$lib/search/directoryIndex';
import { placeInfo } from '$lib/search/entries';
import type { DirectoryQuery } from '$lib/search/filters';
import { fold } from '$lib/search/normalize';
import { tagLabels } from '$lib/workers/search/labels';
import { meetingEvent, writeIcs } from '$lib/outputs/ics';
import {
	dueBodies,
	filterMeetings,
	groupByMonth,
	monthsWithMeetings,
	regionResolver,
	splitByTime
} from '$lib/domain/rules/calendar';
import { followUpRows, groupByOwner } from '$lib/domain/rules/followUps';
import { pendingReportBacks } from '$lib/domain/rules/reportBack';
import { parseExportText } from '$lib/exchange/parse';
import { planMerge } from '$lib/exchange/merge';

export { SIZES };

/** The stores and indexes of the current database version (for the raw IndexedDB floor). */
export const STORES = migrations[migrations.length - 1].stores;

/**
 * What a coordinator types into the directory search. The browser figures
 * type them key by key (the first 200 keystrokes); the Node figures time
 * every prefix from two letters on.
 */
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
	'leena virtanen',
	'lapsiperhe',
	'mielenterveys',
	'seurakunta',
	'ohjausryhmä'
];

export function prefixes(queries = QUERIES): string[] {
	return queries.flatMap((q) => Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)));
}

const percentile = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const heap = () => {
	globalThis.gc?.();
	return process.memoryUsage().heapUsed;
};

export interface SearchFigures {
	buildMs: number;
	firstListMs: number;
	heapBytes: number;
	snapshotBytes: number;
	snapshotTakeMs: number;
	snapshotLoadMs: number;
	queries: number;
	medianMs: number;
	p95Ms: number;
	maxMs: number;
	filteredP95Ms: number;
	slowest: [string, number][];
}

/** The app's index (MiniSearch's radix tree with its own postings and scoring) in Node. */
export function searchFigures(data: DataSet): SearchFigures {
	const h0 = heap();
	let t = performance.now();
	const places = placeInfo(data.municipalities, data.familyCentres);
	const index = new DirectoryIndex(places, tagLabels());
	index.upsert({
		organisations: data.organisations,
		services: data.services,
		persons: data.persons
	});
	const buildMs = performance.now() - t;
	const q = (text: string): DirectoryQuery => ({
		text,
		type: 'services',
		filters: {},
		sort: 'relevance'
	});
	t = performance.now();
	index.search(q('')); // the first call sorts by name and derives facets
	const firstListMs = performance.now() - t;
	const heapBytes = heap() - h0;
	t = performance.now();
	const snap = index.snapshot();
	const snapshotTakeMs = performance.now() - t;
	const bytes = serialize(snap);
	t = performance.now();
	DirectoryIndex.load(deserialize(bytes), places, tagLabels());
	const snapshotLoadMs = performance.now() - t;

	const typed = prefixes();
	const times: number[] = [];
	const filtered: number[] = [];
	const municipalityId = data.municipalities[3].id;
	for (let round = 0; round < 2; round++)
		for (const text of typed) {
			let s = performance.now();
			const out = index.search(q(text));
			index.entriesOf(out.page(0, 50));
			if (round) times.push(performance.now() - s);
			s = performance.now();
			index.search({ ...q(text), filters: { municipalityId } });
			if (round) filtered.push(performance.now() - s);
		}
	return {
		buildMs,
		firstListMs,
		heapBytes,
		snapshotBytes: bytes.length,
		snapshotTakeMs,
		snapshotLoadMs,
		queries: times.length,
		medianMs: percentile(times, 50),
		p95Ms: percentile(times, 95),
		maxMs: Math.max(...times),
		filteredP95Ms: percentile(filtered, 95),
		slowest: typed
			.map((text, i): [string, number] => [text, times[i]])
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
	};
}

/** The meetings section's pure work: median of 9 runs after a warm-up, ms. */
export function meetingFigures(data: DataSet): [string, number][] {
	const TODAY = '2026-11-24';
	const { meetings, bodies, familyCentres, memberships } = data;
	const regionOf = regionResolver(bodies, familyCentres);
	const labels = { kind: (k: string) => k, agendaHeading: 'Asialista:' };
	const median = (fn: () => unknown) => {
		fn();
		const times: number[] = [];
		for (let i = 0; i < 9; i++) {
			const t = performance.now();
			fn();
			times.push(performance.now() - t);
		}
		return percentile(times, 50);
	};
	const rows: [string, () => unknown][] = [
		[
			'calendar filtered by region',
			() => filterMeetings(meetings, { regionId: data.regions[0].id }, regionOf)
		],
		[
			'calendar: upcoming/past by month',
			() => {
				const s = splitByTime(meetings, TODAY);
				groupByMonth(s.upcoming);
				groupByMonth(s.past);
				monthsWithMeetings(meetings);
			}
		],
		['bodies due a meeting', () => dueBodies(bodies, meetings, TODAY)],
		['open follow-ups by owner', () => groupByOwner(followUpRows(meetings, TODAY), (id) => id)],
		[
			'report-back of one body',
			() => pendingReportBacks(bodies[0].id, meetings, memberships, TODAY)
		],
		[
			`.ics of all ${meetings.length} meetings`,
			() => writeIcs(meetings.map((m) => meetingEvent(m, labels)))
		]
	];
	return rows.map(([what, fn]) => [what, median(fn)]);
}

export interface FlexFigures {
	buildMs: number;
	heapBytes: number;
	medianMs: number;
	p95Ms: number;
	hits: Record<string, number>;
}

/**
 * FlexSearch 0.8 on the same records and queries, for comparison (why the app
 * keeps its own index: FlexSearch has no edit-distance typo tolerance). Not a
 * dependency: `npm install --no-save flexsearch`, then `npm run bench -- --flexsearch`.
 */
export function flexFigures(FlexSearch: typeof import('flexsearch'), data: DataSet): FlexFigures {
	const { Document, Charset } = FlexSearch;
	const h0 = heap();
	const t = performance.now();
	// The closest configuration: prefix matching ('forward') with the Latin
	// balance encoder (diacritics off, phonetic folding as its typo tolerance);
	// 'full' on names so that inner parts of compounds match.
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
	const buildMs = performance.now() - t;
	const heapBytes = heap() - h0;
	const times: number[] = [];
	for (let round = 0; round < 2; round++)
		for (const text of prefixes()) {
			const s = performance.now();
			doc.search(text, { limit: 1000, merge: true, suggest: false });
			if (round) times.push(performance.now() - s);
		}
	const hits = (x: string) => doc.search(x, { limit: 100000, merge: true }).length;
	return {
		buildMs,
		heapBytes,
		medianMs: percentile(times, 50),
		p95Ms: percentile(times, 95),
		hits: Object.fromEntries(
			['neuvonta', 'parisuhdeneuvota', 'perhekahvla', fold('perhekahvila')].map((x) => [x, hits(x)])
		)
	};
}

/**
 * The import preview's stages on the generated file, ms each (the exchange
 * worker runs the same code): `parse` (JSON.parse), `check` (depth and
 * forbidden keys, the checksum over the re-serialised content, the envelope),
 * `records` (every record against its schema, ids, times), `plan` (the merge
 * plan against an empty database). They explain the import beside its floor,
 * which does none of this.
 */
export async function importFigures(text: string): Promise<Record<string, number>> {
	const stages: Record<string, number> = {};
	let stage = '';
	let since = performance.now();
	const progress = (next: string) => {
		if (next === stage) return;
		const now = performance.now();
		if (stage) stages[stage] = (stages[stage] ?? 0) + now - since;
		stage = next;
		since = now;
	};
	const file = await parseExportText(text, { progress });
	progress('plan');
	planMerge(file, {}, () => undefined);
	progress('');
	return stages;
}

/** Every Node figure of one size; `file` is the generated export file's text. */
export async function nodeFigures(
	size: keyof typeof SIZES,
	file: string,
	flexsearch?: typeof import('flexsearch')
): Promise<{
	importStages: Record<string, number>;
	search: SearchFigures;
	meetings: [string, number][];
	flex?: FlexFigures;
}> {
	const importStages = await importFigures(file);
	const data = generateNetwork(SIZES[size], 1);
	return {
		importStages,
		search: searchFigures(data),
		meetings: meetingFigures(data),
		flex: flexsearch ? flexFigures(flexsearch, data) : undefined
	};
}
