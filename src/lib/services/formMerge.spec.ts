/**
 * A form open while a colleague's file is imported, across two devices: the
 * colleague's change survives the form's save here, and so it is not undone
 * on the colleague's device either when our file goes back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VerkostoDb } from '$lib/db/database';
import { writeDataSet } from '$lib/db/bulk';
import { Repository } from '$lib/db/repository';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { device, exportText, importText, testClock } from '$lib/testing/exchange';
import { saveDirectoryRecord } from './directory';

vi.setConfig({ testTimeout: 30_000 });
const dbs: VerkostoDb[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});
async function fresh(name: string) {
	const db = await device(name);
	dbs.push(db);
	return db;
}

describe('an edit form open across an import', () => {
	it('keeps the imported change on both devices', async () => {
		const a = await fresh('a');
		await writeDataSet(a, sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));

		// B opens the person's form (reads the record once).
		const base = (await b.persons.get(uuid(5)))!;
		const { id, createdAt, updatedAt, version, deletedAt, ...fields } = base;
		void [createdAt, updatedAt, version, deletedAt];

		// A changes the phone and sends the file; B imports it.
		await new Repository(a, 'persons', testClock('2026-09-05T08:00:00.000Z')).update(uuid(5), {
			phone: '+358 50 999 9999'
		});
		await importText(b, await exportText(a));
		expect((await b.persons.get(uuid(5)))?.phone).toBe('+358 50 999 9999');

		// B saves the form it had open, having changed the title only.
		await saveDirectoryRecord('persons', { ...fields, title: 'Uusi titteli' }, { id, base }, b);
		expect(await b.persons.get(uuid(5))).toMatchObject({
			phone: '+358 50 999 9999',
			title: 'Uusi titteli'
		});

		// B's file goes back to A: A keeps its phone and takes B's title.
		await importText(a, await exportText(b));
		expect(await a.persons.get(uuid(5))).toMatchObject({
			phone: '+358 50 999 9999',
			title: 'Uusi titteli'
		});
	});
});
