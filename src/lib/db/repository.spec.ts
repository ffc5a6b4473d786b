import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type VerkostoDb } from './database';
import { Repository } from './repository';
import { StorageError } from './errors';
import { readDataSet, writeDataSet, countLive } from './bulk';
import { sampleDataSet, sampleOf } from '$lib/testing/samples';
import type { Clock } from '$lib/domain/records';
import { openTestDb } from '$lib/testing/db';

let db: VerkostoDb;
let tick = 0;
const clock: Clock = {
	now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString(),
	newId: () => crypto.randomUUID()
};

beforeEach(async () => {
	db = await openTestDb();
});
afterEach(() => db.delete());

describe('Repository', () => {
	it('creates a record with id, timestamps and version 1', async () => {
		const orgs = new Repository(db, 'organisations', clock);
		const o = await orgs.create({
			name: 'Mannerheimin Lastensuojeluliitto',
			sector: 'ngo',
			municipalityIds: []
		});
		expect(o.version).toBe(1);
		expect(o.createdAt).toBe(o.updatedAt);
		expect(await orgs.get(o.id)).toEqual(o);
	});

	it('update bumps the version and keeps identity', async () => {
		const orgs = new Repository(db, 'organisations', clock);
		const o = await orgs.create({ name: 'MLL', sector: 'ngo', municipalityIds: [] });
		const u = await orgs.update(o.id, { name: 'MLL Nokia' });
		expect(u).toMatchObject({ id: o.id, createdAt: o.createdAt, version: 2, name: 'MLL Nokia' });
		expect(u.updatedAt > o.updatedAt).toBe(true);
	});

	it('refuses an invalid record and writes nothing', async () => {
		const orgs = new Repository(db, 'organisations', clock);
		const err = await orgs
			.create({ name: 'X', sector: 'ngo', municipalityIds: [], businessId: '1234567-0' })
			.catch((e) => e);
		expect(err).toBeInstanceOf(StorageError);
		expect(err.kind).toBe('validation');
		expect(err.details.issues.map((i: { path: string }) => i.path)).toEqual(['businessId']);
		expect(await db.organisations.count()).toBe(0);
	});

	it('an invalid update leaves the stored record unchanged', async () => {
		const orgs = new Repository(db, 'organisations', clock);
		const o = await orgs.create({ name: 'MLL', sector: 'ngo', municipalityIds: [] });
		await expect(orgs.update(o.id, { website: 'javascript:alert(1)' })).rejects.toThrow(
			StorageError
		);
		expect(await orgs.get(o.id)).toEqual(o);
	});

	it('delete leaves a tombstone that list() skips and restore() revives', async () => {
		const orgs = new Repository(db, 'organisations', clock);
		const o = await orgs.create({ name: 'MLL', sector: 'ngo', municipalityIds: [] });
		await orgs.remove(o.id);
		expect(await orgs.get(o.id)).toBeUndefined();
		expect(await orgs.list()).toEqual([]);
		const t = await orgs.getAny(o.id);
		expect(t?.deletedAt).toBeDefined();
		expect(t?.version).toBe(2);
		await orgs.restore(o.id);
		expect((await orgs.get(o.id))?.version).toBe(3);
	});

	it('finds records by index', async () => {
		await writeDataSet(db, sampleDataSet());
		const services = new Repository(db, 'services', clock);
		const s = sampleOf('services');
		expect((await services.where('organisationId', s.organisationId)).map((x) => x.id)).toEqual([
			s.id
		]);
		expect((await services.where('themes', 'couple_relationship')).length).toBe(1);
	});

	it('records the time of the last change', async () => {
		const orgs = new Repository(db, 'organisations', clock);
		await orgs.create({ name: 'MLL', sector: 'ngo', municipalityIds: [] });
		expect((await db.meta.get('lastChangeAt'))?.value).toBeTypeOf('string');
	});
});

describe('writeDataSet', () => {
	it('round-trips a whole data set', async () => {
		const data = sampleDataSet();
		await writeDataSet(db, data);
		expect(await readDataSet(db)).toEqual(data);
	});

	it('is all or nothing: one invalid record writes no table', async () => {
		const data = sampleDataSet();
		data.knowledgeSources[0] = { ...data.knowledgeSources[0], url: 'javascript:x' };
		await expect(writeDataSet(db, data)).rejects.toThrow(StorageError);
		const counts = await countLive(db);
		expect(Object.values(counts).every((c) => c === 0)).toBe(true);
	});

	it('is all or nothing when the write itself fails midway', async () => {
		await writeDataSet(db, sampleDataSet());
		const before = await readDataSet(db);
		const data = sampleDataSet();
		data.persons[0] = { ...data.persons[0], name: 'Muutettu' };
		// Make the last table's write fail inside the transaction.
		// The hook runs inside the transaction, after the earlier tables were written.
		const fail = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		db.knowledgeSources.hook('updating', fail);
		const err = await writeDataSet(db, data).catch((e) => e);
		db.knowledgeSources.hook('updating').unsubscribe(fail);
		expect(err).toBeInstanceOf(StorageError);
		expect(err.kind).toBe('quota');
		expect(await readDataSet(db)).toEqual(before);
	});
});
