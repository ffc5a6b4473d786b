import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type VerkostoDb } from './database';
import { writeDataSet } from './bulk';
import { Repository } from './repository';
import { openSearchCache, searchCacheGuard } from './searchCache';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { deleteRecord } from '$lib/services/deletion';
import { db as appDb } from './connection';
import { erasePerson } from '$lib/services/directory';

const cache = openSearchCache();
const saved = () => cache.table('snapshots').count();
/** A saved index, as the search worker writes it (names and e-mails inside). */
const saveSnapshot = () =>
	cache.table('snapshots').put({ key: 'directory-vX', stamp: 's', snapshot: 'Aino Esimerkki' });
/** The drop runs once the write has committed: wait for it. */
async function dropped() {
	for (let i = 0; i < 50 && (await saved()) > 0; i++) await new Promise((r) => setTimeout(r, 10));
	return (await saved()) === 0;
}

let db: VerkostoDb;
beforeEach(async () => {
	db = createDb(`cache-${crypto.randomUUID()}`);
	db.use(searchCacheGuard);
	await db.open();
	await writeDataSet(db, sampleDataSet());
	await saveSnapshot();
});
afterEach(async () => {
	await db.delete();
	await cache.table('snapshots').clear();
});

describe('the saved search index', () => {
	it('stays when people are only changed or added', async () => {
		await new Repository(db, 'persons').update(uuid(5), { title: 'Koordinaattori' });
		await new Repository(db, 'persons').create({
			name: 'Uusi Henkilö',
			responsibilities: [],
			languages: ['fi'],
			fictional: false
		});
		await new Repository(db, 'organisations').remove(uuid(4));
		await new Promise((r) => setTimeout(r, 50));
		expect(await saved()).toBe(1);
	});

	it('is dropped when a person is deleted', async () => {
		await new Repository(db, 'persons').remove(uuid(5));
		expect(await dropped()).toBe(true);
	});

	it('is dropped when a person is erased', async () => {
		await deleteRecord(db, 'persons', uuid(5), { mode: 'cascade' }, { erase: true });
		expect(await dropped()).toBe(true);
	});

	it('is dropped when a person tombstone arrives in bulk (an import) or a person is removed (an undo)', async () => {
		const p = (await db.persons.get(uuid(5)))!;
		await db.persons.bulkPut([{ ...p, deletedAt: '2026-09-01T08:00:00.000Z' }]);
		expect(await dropped()).toBe(true);
		await saveSnapshot();
		await db.persons.bulkDelete([uuid(5)]);
		expect(await dropped()).toBe(true);
	});

	it('is gone by the time erasing a person from the directory resolves', async () => {
		await writeDataSet(appDb(), sampleDataSet());
		await saveSnapshot();
		await erasePerson(uuid(5));
		expect(await saved()).toBe(0);
		await appDb().delete();
	});
});
