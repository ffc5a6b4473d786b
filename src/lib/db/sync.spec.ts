import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type VerkostoDb } from './database';
import { applySyncChanges, bucketOf, readSync, restoreSyncRows } from './sync';
import { uuid } from '$lib/testing/samples';

let db: VerkostoDb;
afterEach(async () => {
	await db.delete();
});

describe('the sync base', () => {
	it('arrives with version 2: a version-1 database keeps its history and notes and gains an empty sync table', async () => {
		const name = `sync-${crypto.randomUUID()}`;
		const old = createDb(name, 1);
		await old.open();
		await old.table('meta').put({ key: 'lastChangeAt', value: '2026-01-01T00:00:00.000Z' });
		await old
			.table('imports')
			.put({ id: uuid(1), at: '2026-01-01T00:00:00.000Z', fileName: 'a.json', counts: {} });
		old.close();
		db = createDb(name);
		await db.open();
		expect(await db.meta.get('lastChangeAt')).toBeDefined();
		expect(await db.imports.count()).toBe(1);
		expect(await db.sync.count()).toBe(0);
	});

	it('adds fingerprints without repeats, keeps the newest when cut, and undoes exactly', async () => {
		db = createDb(`sync-${crypto.randomUUID()}`);
		await db.open();
		const id = uuid(7);
		const before = await db.transaction('rw', ['sync'], () =>
			applySyncChanges(db, [{ entity: 'regions', id, add: ['a', 'b'] }], 3)
		);
		expect(before).toEqual([{ entity: 'regions', bucket: bucketOf(id), row: null }]);
		const second = await db.transaction('rw', ['sync'], () =>
			applySyncChanges(
				db,
				[{ entity: 'regions', id, add: ['b', 'c', 'd'], lite: ['x'], withheld: ['email'] }],
				3
			)
		);
		expect((await readSync(db)).get(`regions/${id}`)).toEqual({
			seen: ['b', 'c', 'd'],
			lite: ['x'],
			withheld: ['email']
		});
		await db.transaction('rw', ['sync'], () => restoreSyncRows(db, second));
		expect((await readSync(db)).get(`regions/${id}`)).toEqual({ seen: ['a', 'b'] });
		await db.transaction('rw', ['sync'], () => restoreSyncRows(db, before));
		expect(await db.sync.count()).toBe(0);
	});
});
