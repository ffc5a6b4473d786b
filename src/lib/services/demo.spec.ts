import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VerkostoDb } from '$lib/db/database';
import { readDataSet, writeDataSet } from '$lib/db/bulk';
import { demoId } from '$lib/demo/ids';
import { device, exportText, importText } from '$lib/testing/exchange';
import { MemoryStorage } from '$lib/testing/storage';
import { sampleDataSet } from '$lib/testing/samples';
import { loadDemo } from './demo';
import { meetingJournal, replayMeetingEdits } from './meetings';
import { importHistory, NothingToUndo, undoInfo, undoLastImport } from './sharing';

vi.setConfig({ testTimeout: 30_000 });

const dbs: VerkostoDb[] = [];
async function fresh(name: string) {
	const db = await device(name);
	dbs.push(db);
	return db;
}
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

const WORKSHOP = demoId('meeting:workshop-2024');

describe('reloading the demo', () => {
	it('drops the import history, its undo data and the sync base: undo never applies to the new data', async () => {
		// B has its own data and imports A's file: every record of it is new on B.
		const a = await fresh('a');
		await loadDemo({ replace: true }, { database: a, journal: new MemoryStorage() });
		const b = await fresh('b');
		await writeDataSet(b, sampleDataSet());
		await importText(b, await exportText(a));
		expect(await importHistory(b)).toHaveLength(1);
		expect(await undoInfo(b)).toBeDefined();

		// B then loads the demo over it: the same ids the import created.
		await loadDemo({ replace: true }, { database: b, journal: new MemoryStorage() });
		expect(await importHistory(b)).toEqual([]);
		expect(await undoInfo(b)).toBeUndefined();
		// Undoing would delete the demo's records (the ids the import created): refused.
		await expect(undoLastImport(b, { force: true })).rejects.toBeInstanceOf(NothingToUndo);
		expect(await readDataSet(b)).toEqual(await readDataSet(a));
		expect(await b.importUndo.count()).toBe(0);
	});

	it('forgets the sync base of the replaced data', async () => {
		const a = await fresh('a');
		await loadDemo({ replace: true }, { database: a, journal: new MemoryStorage() });
		const b = await fresh('b');
		await importText(b, await exportText(a));
		expect(await b.sync.count()).toBeGreaterThan(0);
		// Fingerprints of states of records that no longer exist here.
		await loadDemo({ replace: true }, { database: b, journal: new MemoryStorage() });
		expect(await b.sync.count()).toBe(0);
	});

	it('drops edits left in the write-ahead journal, which would otherwise land on the new demo', async () => {
		const b = await fresh('b');
		const store = new MemoryStorage();
		await loadDemo({ replace: true }, { database: b, journal: store });
		const meeting = (await b.meetings.get(WORKSHOP))!;
		const item = meeting.agenda[0];
		// Typed on the old data, never saved (the tab closed within the debounce).
		meetingJournal({ store }).put(
			WORKSHOP,
			{ op: 'agenda.set', id: item.id, field: 'notes', value: 'Vanhan datan muistiinpano' },
			item.notes ?? null
		);
		expect(store.length).toBe(1);
		await loadDemo({ replace: true }, { database: b, journal: store });
		expect(store.length).toBe(0);
		const replayed = await replayMeetingEdits(meetingJournal({ store }), { database: b });
		expect(replayed.applied).toBe(0);
		expect((await b.meetings.get(WORKSHOP))!.agenda[0]).toEqual(item);
	});
});
