import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VerkostoDb } from '$lib/db/database';
import { countLive, readDataSet, writeDataSet } from '$lib/db/bulk';
import { getMeta } from '$lib/db/meta';
import { Repository } from '$lib/db/repository';
import { readSync } from '$lib/db/sync';
import { ENTITY_NAMES, type AnyEntity } from '$lib/domain/entities';
import { stateHash } from '$lib/exchange/hash';
import { areaId, buildAreaStart } from '$lib/demo/area';
import { device, exportText, importText, testClock } from '$lib/testing/exchange';
import { MemoryStorage } from '$lib/testing/storage';
import { sampleDataSet } from '$lib/testing/samples';
import { startEmpty, startFromArea } from './start';
import { loadDemo } from './demo';
import { meetingJournal } from './meetings';
import { previewImport } from './sharing';

vi.setConfig({ testTimeout: 30_000 });

const dbs: VerkostoDb[] = [];
async function fresh(name: string) {
	const db = await device(name);
	dbs.push(db);
	return db;
}
afterEach(async () => {
	vi.restoreAllMocks();
	for (const db of dbs.splice(0)) await db.delete();
});

const deps = (database: VerkostoDb, journal = new MemoryStorage()) => ({
	database,
	journal,
	clock: testClock()
});
const PIRKANMAA = { county: 'PI', structure: true };
const nonZero = (counts: Record<string, number>) =>
	Object.fromEntries(Object.entries(counts).filter(([, n]) => n));

describe('starting from your own area', () => {
	it('creates Pirkanmaa’s municipalities and the seeds’ structure, and no person, membership or meeting', async () => {
		const db = await fresh('a');
		expect(await startFromArea(PIRKANMAA, { replace: false }, deps(db))).toEqual({
			municipalities: 23,
			regions: 3,
			familyCentres: 24,
			bodies: 36
		});
		expect(nonZero(await countLive(db))).toEqual({
			regions: 3,
			municipalities: 23,
			familyCentres: 24,
			bodies: 36
		});
		for (const n of ['persons', 'memberships', 'meetings', 'organisations', 'services'] as const)
			expect(await db[n].count(), n).toBe(0);
		const tampere = await db.municipalities.where('code').equals('837').first();
		expect(tampere).toMatchObject({ name: 'Tampere', nameSv: 'Tammerfors' });
		expect(await getMeta(db, 'onboarded')).toBe(true);
		expect(await getMeta(db, 'start')).toEqual({
			kind: 'area',
			county: 'PI',
			structure: true,
			list: 2021,
			at: '2026-09-01T08:00:01.000Z'
		});
	});

	it('creates only the municipalities without the structure, or for another county', async () => {
		const db = await fresh('a');
		await startFromArea({ county: 'PI', structure: false }, { replace: false }, deps(db));
		expect(nonZero(await countLive(db))).toEqual({ municipalities: 23 });
		const hki = await fresh('h');
		await startFromArea({ county: 'HKI', structure: false }, { replace: false }, deps(hki));
		expect(await hki.municipalities.toArray()).toEqual([
			expect.objectContaining({ code: '091', name: 'Helsinki', nameSv: 'Helsingfors' })
		]);
	});

	it('asks before replacing data and writes nothing until told to', async () => {
		const db = await fresh('a');
		await writeDataSet(db, sampleDataSet());
		const before = await readDataSet(db);
		expect(await startFromArea(PIRKANMAA, { replace: false }, deps(db))).toBe('needs-confirmation');
		expect(await readDataSet(db)).toEqual(before);
		expect(await getMeta(db, 'start')).toBeUndefined();
		await startFromArea(PIRKANMAA, { replace: true }, deps(db));
		expect(nonZero(await countLive(db))).toEqual({
			regions: 3,
			municipalities: 23,
			familyCentres: 24,
			bodies: 36
		});
	});

	it('writes in one transaction: a failure at the last step leaves the data as it was', async () => {
		const db = await fresh('a');
		await loadDemo({ replace: true }, deps(db));
		const before = await readDataSet(db);
		const sync = await readSync(db);
		// The last write of the start (its meta) fails, after all records were written.
		vi.spyOn(db.meta, 'bulkPut').mockRejectedValueOnce(new Error('disk gone'));
		await expect(startFromArea(PIRKANMAA, { replace: true }, deps(db))).rejects.toMatchObject({
			name: 'StorageError'
		});
		expect(await readDataSet(db)).toEqual(before);
		expect(await readSync(db)).toEqual(sync);
		expect(await getMeta(db, 'start')).toMatchObject({ kind: 'demo' });
	});

	it('drops the replaced data’s import history, undo data and unsaved journal edits', async () => {
		const a = await fresh('a');
		await loadDemo({ replace: true }, deps(a));
		const b = await fresh('b');
		await writeDataSet(b, sampleDataSet());
		await importText(b, await exportText(a));
		expect(await b.imports.count()).toBe(1);
		expect(await b.importUndo.count()).toBe(1);
		const journal = new MemoryStorage();
		meetingJournal({ store: journal }).put(
			areaId('x'),
			{ op: 'agenda.set', id: areaId('y'), field: 'notes', value: 'vanha' },
			null
		);
		expect(journal.length).toBe(1);
		await startFromArea(PIRKANMAA, { replace: true }, deps(b, journal));
		expect(await b.imports.count()).toBe(0);
		expect(await b.importUndo.count()).toBe(0);
		expect(journal.length).toBe(0);
	});

	it('gives every device the same records with the same ids, and their own states as sync base', async () => {
		const a = await fresh('a');
		const b = await fresh('b');
		await startFromArea(PIRKANMAA, { replace: false }, deps(a));
		await startFromArea(
			PIRKANMAA,
			{ replace: false },
			{ ...deps(b), clock: testClock('2027-01-01T00:00:00.000Z') }
		);
		const data = await readDataSet(a);
		expect(await readDataSet(b)).toEqual(data);
		const shipped = buildAreaStart(PIRKANMAA);
		const byId = (rs: AnyEntity[]) => [...rs].sort((x, y) => x.id.localeCompare(y.id));
		for (const n of ENTITY_NAMES) expect(data[n], n).toEqual(byId(shipped[n] ?? []));
		expect((await a.municipalities.get(areaId('municipality:837')))?.name).toBe('Tampere');
		const sync = await readSync(b);
		const total = ENTITY_NAMES.reduce((s, n) => s + data[n].length, 0);
		expect(sync.size).toBe(total);
		for (const n of ENTITY_NAMES)
			for (const r of data[n] as AnyEntity[])
				expect(sync.get(`${n}/${r.id}`)?.seen, `${n}/${r.id}`).toEqual([stateHash(r)]);
	});

	it('lets two coordinators who both started from Pirkanmaa exchange an edit as one change', async () => {
		const a = await fresh('a');
		const b = await fresh('b');
		for (const d of [a, b]) await startFromArea(PIRKANMAA, { replace: false }, deps(d));
		const kihnio = (await a.municipalities.where('code').equals('250').first())!;
		await new Repository(a, 'municipalities', testClock()).update(kihnio.id, {
			name: 'Kihniö (kunta)'
		});
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		const changed = preview.plan.items.filter((i) => i.kind !== 'unchanged' && !i.tombstoneOnly);
		expect(changed.map((i) => [i.entity, i.id, i.kind])).toEqual([
			['municipalities', kihnio.id, 'changed']
		]);
	});

	it('refuses an area the app does not offer, writing nothing', async () => {
		const db = await fresh('a');
		await expect(
			startFromArea({ county: 'AHV', structure: false }, { replace: false }, deps(db))
		).rejects.toThrow(/unknown start area/);
		expect(await db.meta.get('onboarded')).toBeUndefined();
	});
});

describe('the empty start and the demo', () => {
	it('the empty start writes no record, only that the choice was made', async () => {
		const db = await fresh('a');
		await startEmpty({ database: db, clock: testClock() });
		expect(nonZero(await countLive(db))).toEqual({});
		expect(await getMeta(db, 'onboarded')).toBe(true);
		expect(await getMeta(db, 'start')).toEqual({ kind: 'empty', at: '2026-09-01T08:00:01.000Z' });
	});

	it('loading the demo marks the start as the demo in the same write', async () => {
		const db = await fresh('a');
		await loadDemo({ replace: false }, deps(db));
		expect(await getMeta(db, 'onboarded')).toBe(true);
		expect(await getMeta(db, 'start')).toMatchObject({ kind: 'demo' });
		// A start from the area over the demo replaces it only when told to.
		expect(await startFromArea(PIRKANMAA, { replace: false }, deps(db))).toBe('needs-confirmation');
		expect(await db.persons.count()).toBeGreaterThan(0);
	});
});
