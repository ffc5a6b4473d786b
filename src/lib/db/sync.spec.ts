import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type VerkostoDb } from './database';
import { applySyncChanges, bucketOf, readSync, restoreSyncEntries, restoreSyncRows } from './sync';
import { uuid } from '$lib/testing/samples';
import { openTestDb } from '$lib/testing/db';

let db: VerkostoDb;
afterEach(() => db.delete());

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
		db = await openTestDb();
		const id = uuid(7);
		const before = await db.transaction('rw', ['sync'], () =>
			applySyncChanges(db, [{ entity: 'regions', id, add: ['a', 'b'] }], 3)
		);
		expect(before).toEqual([{ entity: 'regions', id, entry: null }]);
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
		await db.transaction('rw', ['sync'], () => restoreSyncEntries(db, second));
		expect((await readSync(db)).get(`regions/${id}`)).toEqual({ seen: ['a', 'b'] });
		await db.transaction('rw', ['sync'], () => restoreSyncEntries(db, before));
		expect(await db.sync.count()).toBe(0);
	});

	it('undo puts back only the entries it changed: another record of the same row keeps what it gained since', async () => {
		db = await openTestDb();
		const [x, y] = [uuid(0x10), uuid(0x11)];
		expect(bucketOf(x)).toBe(bucketOf(y));
		const sync = (changes: Parameters<typeof applySyncChanges>[1]) =>
			db.transaction('rw', ['sync'], () => applySyncChanges(db, changes, 64));
		await sync([{ entity: 'regions', id: y, add: ['y1'] }]);
		// An import changes x; a later export adds to y in the same row.
		const before = await sync([{ entity: 'regions', id: x, add: ['x1'] }]);
		await sync([{ entity: 'regions', id: y, add: ['y2'] }]);
		await db.transaction('rw', ['sync'], () => restoreSyncEntries(db, before));
		const after = await readSync(db);
		expect(after.get(`regions/${x}`)).toBeUndefined();
		expect(after.get(`regions/${y}`)).toEqual({ seen: ['y1', 'y2'] });
	});

	it('a replaced history keeps only what is given (an erased person keeps the erasure alone)', async () => {
		db = await openTestDb();
		const id = uuid(5);
		await db.transaction('rw', ['sync'], async () => {
			await applySyncChanges(
				db,
				[{ entity: 'persons', id, add: ['a'], lite: ['l'], withheld: ['email'] }],
				64
			);
			await applySyncChanges(
				db,
				[{ entity: 'persons', id, add: ['z'], withheld: null, replace: true }],
				64
			);
		});
		expect((await readSync(db)).get(`persons/${id}`)).toEqual({ seen: ['z'] });
	});

	it('undo data of an older version (whole rows) is still put back', async () => {
		db = await openTestDb();
		const id = uuid(7);
		const row = {
			entity: 'regions' as const,
			bucket: bucketOf(id),
			entries: { [id]: { seen: ['a'] } }
		};
		await db.sync.put({ ...row, entries: { [id]: { seen: ['a', 'b'] } } });
		await db.transaction('rw', ['sync'], () =>
			restoreSyncRows(db, [{ entity: 'regions', bucket: row.bucket, row }])
		);
		expect((await readSync(db)).get(`regions/${id}`)).toEqual({ seen: ['a'] });
	});
});
