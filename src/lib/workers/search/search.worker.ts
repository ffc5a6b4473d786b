/**
 * The directory's search index, off the main thread. On start it loads the
 * index saved after the last build when the data has not changed since (same
 * stamp: the database's last change and table sizes), else builds it from
 * IndexedDB and saves it. It then follows every change, from this tab,
 * another tab or an import, through Dexie's storage-mutation events (which
 * Dexie broadcasts between tabs and workers): changed records are re-read
 * and re-indexed; a bulk change (an import, the demo) rebuilds. The saved
 * index holds personal data: when a person is deleted or erased, the writer
 * drops it at once (db/searchCache), and this worker saves the index without
 * that person right away instead of after the usual pause.
 */
import Dexie from 'dexie';
import { createDb } from '$lib/db/database';
import { openSearchCache } from '$lib/db/searchCache';
import type { Organisation, Person, Service } from '$lib/domain/entities';
import { DirectoryIndex, INDEX_FORMAT, type IndexSnapshot } from '$lib/search/directoryIndex';
import { placeInfo } from '$lib/search/entries';
import type { FromWorker, ToWorker } from './protocol';
import { readMutations } from '$lib/db/mutations';
import { synonymExpander, tagLabels } from './labels';
import {
	THEME_SYNONYMS_KEY,
	themeSynonymsSchema,
	type ThemeSynonyms
} from '$lib/domain/themeSynonyms';
import { isLive } from '$lib/domain/records';

const db = createDb();
const cache = openSearchCache();
const SNAPSHOT = `directory-v${INDEX_FORMAT}`;

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);

const DIRECTORY_TABLES = ['organisations', 'services', 'persons'] as const;
const PLACE_TABLES = ['municipalities', 'familyCentres', 'regions'] as const;

async function stamp(): Promise<string> {
	return db.transaction('r', ['meta', ...DIRECTORY_TABLES, ...PLACE_TABLES], async () => {
		const last = (await db.meta.get('lastChangeAt'))?.value ?? '';
		const counts = await Promise.all(
			[...DIRECTORY_TABLES, ...PLACE_TABLES].map((t) => db.table(t).count())
		);
		return `${String(last)}|${counts.join(',')}`;
	});
}

async function places() {
	const [municipalities, familyCentres] = await Promise.all([
		db.municipalities.toArray(),
		db.familyCentres.toArray()
	]);
	return placeInfo(municipalities, familyCentres);
}

/** The themes' synonyms as stored (meta); an unreadable value counts as none stored. */
async function readSynonyms(): Promise<ThemeSynonyms> {
	const parsed = themeSynonymsSchema.safeParse(
		(await db.meta.get(THEME_SYNONYMS_KEY))?.value ?? {}
	);
	return parsed.success ? parsed.data : {};
}
let synonymsSeen = '';

/** Gives the index the synonyms in effect; true when they differ from those it had. */
async function applySynonyms(i: DirectoryIndex): Promise<boolean> {
	const synonyms = await readSynonyms();
	const seen = JSON.stringify(synonyms);
	const changed = seen !== synonymsSeen;
	synonymsSeen = seen;
	i.setTagLabels(tagLabels(synonyms));
	i.setSynonyms(synonymExpander(synonyms));
	return changed;
}

let index: DirectoryIndex | undefined;
let ready: Promise<void> = Promise.resolve();

async function build(useCache: boolean) {
	post({ kind: 'status', state: 'building', size: index?.size ?? 0 });
	const current = await stamp();
	if (useCache) {
		try {
			const saved = (await cache.table('snapshots').get(SNAPSHOT)) as
				{ key: string; stamp: string; snapshot: IndexSnapshot } | undefined;
			if (saved && saved.stamp === current && saved.snapshot.version === INDEX_FORMAT) {
				index = DirectoryIndex.load(saved.snapshot, await places());
				await applySynonyms(index);
				post({ kind: 'status', state: 'ready', size: index.size });
				return;
			}
		} catch {
			// An unreadable cache is rebuilt below.
		}
	}
	const next = new DirectoryIndex(await places());
	await applySynonyms(next);
	const live = <T extends { deletedAt?: string }>(xs: T[]) => xs.filter(isLive);
	next.upsert({ organisations: live(await db.organisations.toArray()) });
	next.upsert({ services: live(await db.services.toArray()) });
	next.upsert({ persons: live(await db.persons.toArray()) });
	index = next;
	post({ kind: 'status', state: 'ready', size: index.size });
	scheduleSave();
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleSave() {
	clearTimeout(saveTimer);
	saveTimer = setTimeout(() => void save(), 3_000);
}

async function save() {
	clearTimeout(saveTimer);
	if (!index) return;
	try {
		const s = await stamp();
		const snapshot = index.snapshot();
		const table = cache.table('snapshots');
		// One snapshot only: one of an older format would just take space.
		await cache.transaction('rw', table, async () => {
			await table.clear();
			await table.put({ key: SNAPSHOT, stamp: s, snapshot });
		});
	} catch {
		// Saving is an optimisation only: a full disk must not break search.
	}
}

let pending: Promise<void> = Promise.resolve();
Dexie.on('storagemutated', (parts) => {
	const m = readMutations(parts, db.name, DIRECTORY_TABLES);
	const places = PLACE_TABLES.some((t) => m.tables.has(t));
	const changed = Object.values(m.keys).some((k) => k.size);
	// Every data write notes its time in meta too: the synonyms are read again, cheaply.
	if (m.tables.has('meta') && !m.rebuild && !places && !changed) {
		pending = pending.then(async () => {
			await ready;
			if (index && (await applySynonyms(index))) post({ kind: 'changed' });
		});
		return;
	}
	if (!m.rebuild && !places && !changed) return;
	pending = pending.then(async () => {
		await ready;
		let peopleGone = m.rebuild && m.tables.has('persons');
		if (m.rebuild || places || !index) await build(false);
		else peopleGone = await apply(m.keys);
		if (m.tables.has('meta') && index) await applySynonyms(index);
		post({ kind: 'changed' });
		// A deleted or erased person must leave the saved index now, not in a while.
		if (peopleGone) await save();
		else scheduleSave();
	});
});

/** Re-indexes the changed records; true when a person was deleted or removed. */
async function apply(changed: Record<string, Set<string>>): Promise<boolean> {
	const i = index!;
	let peopleGone = false;
	const read = async <T extends { id: string }>(table: string, ids: Set<string> | undefined) => {
		if (!ids?.size) return [] as T[];
		const rows = (await db.table(table).bulkGet([...ids])) as (T | undefined)[];
		[...ids].forEach((id, k) => {
			if (!rows[k]) i.remove(id);
			if (table === 'persons' && (!rows[k] || (rows[k] as { deletedAt?: string }).deletedAt))
				peopleGone = true;
		});
		return rows.filter((r): r is T => !!r);
	};
	const organisations = await read<Organisation>('organisations', changed.organisations);
	const services = await read<Service>('services', changed.services);
	const persons = await read<Person>('persons', changed.persons);
	i.upsert({ organisations });
	// An organisation's name shows in its services' and people's index text.
	const again = { services: new Set<string>(), persons: new Set<string>() };
	for (const o of organisations) {
		const dep = i.dependentsOf(o.id);
		dep.services.forEach((s) => again.services.add(s));
		dep.persons.forEach((p) => again.persons.add(p));
	}
	services.forEach((s) => again.services.delete(s.id));
	persons.forEach((p) => again.persons.delete(p.id));
	i.upsert({
		services: [...services, ...(await read<Service>('services', again.services))],
		persons: [...persons, ...(await read<Person>('persons', again.persons))]
	});
	return peopleGone;
}

self.onmessage = async (ev: MessageEvent<ToWorker>) => {
	const m = ev.data;
	try {
		await ready;
		await pending;
		if (!index) throw new Error('no index');
		if (m.kind === 'contactServices') {
			post({ kind: 'ids', id: m.id, ids: index.servicesOfPerson(m.personId) });
			return;
		}
		const start = performance.now();
		const out = index.search(m.query);
		if (m.kind === 'ids') post({ kind: 'ids', id: m.id, ids: out.ids });
		else {
			const entries = index.entriesOf(out.page(m.offset, m.limit));
			post({
				kind: 'result',
				id: m.id,
				took: performance.now() - start,
				total: out.total,
				counts: out.counts,
				entries
			});
		}
	} catch (e) {
		post({ kind: 'error', id: m.id, message: String(e) });
	}
};

ready = build(true).catch((e) => post({ kind: 'error', message: String(e) }));
