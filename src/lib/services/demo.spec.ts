import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VerkostoDb } from '$lib/db/database';
import { readDataSet, writeDataSet } from '$lib/db/bulk';
import { Repository } from '$lib/db/repository';
import { readSync } from '$lib/db/sync';
import { ENTITY_NAMES, type AnyEntity } from '$lib/domain/entities';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { stateHash } from '$lib/exchange/hash';
import { demoId } from '$lib/demo/ids';
import { device, exportText, importText, testClock } from '$lib/testing/exchange';
import { MemoryStorage } from '$lib/testing/storage';
import { sampleDataSet } from '$lib/testing/samples';
import { loadDemo } from './demo';
import { meetingJournal, replayMeetingEdits } from './meetings';
import { importHistory } from '$lib/queries/sharing';
import { NothingToUndo, previewImport, undoInfo, undoLastImport } from './sharing';

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

const demo = buildDemoNetwork();
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

	it('keeps as sync base only the demo records’ own states', async () => {
		const b = await fresh('b');
		await loadDemo({ replace: true }, { database: b, journal: new MemoryStorage() });
		const a = await fresh('a');
		await loadDemo({ replace: true }, { database: a, journal: new MemoryStorage() });
		// B learns fingerprints from an import of A's edited copy…
		const org = demo.organisations[4];
		await new Repository(a, 'organisations', testClock()).update(org.id, { description: 'A' });
		await importText(b, await exportText(a));
		expect((await readSync(b)).get(`organisations/${org.id}`)?.seen.length).toBeGreaterThan(1);
		// …which the reload forgets: they are states of records that no longer exist here.
		await loadDemo({ replace: true }, { database: b, journal: new MemoryStorage() });
		const sync = await readSync(b);
		const total = ENTITY_NAMES.reduce((s, n) => s + demo[n].length, 0);
		expect(sync.size).toBe(total);
		for (const n of ENTITY_NAMES)
			for (const r of demo[n] as AnyEntity[])
				expect(sync.get(`${n}/${r.id}`)?.seen, `${n}/${r.id}`).toEqual([stateHash(r)]);
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

describe('two coordinators who both loaded the demo', () => {
	async function both() {
		const a = await fresh('a');
		const b = await fresh('b');
		for (const d of [a, b])
			await loadDemo({ replace: true }, { database: d, journal: new MemoryStorage() });
		return { a, b };
	}
	const notUnchanged = (p: Awaited<ReturnType<typeof previewImport>>) =>
		p.plan.items.filter((i) => i.kind !== 'unchanged' && !i.tombstoneOnly);

	it('an edit on one side arrives as exactly one change, not a conflict', async () => {
		const { a, b } = await both();
		const org = demo.organisations[2];
		await new Repository(a, 'organisations', testClock()).update(org.id, {
			description: 'A:n uusi kuvaus'
		});
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		expect(notUnchanged(preview).map((i) => [i.entity, i.id, i.kind])).toEqual([
			['organisations', org.id, 'changed']
		]);
	});

	it('a deletion on one side arrives as a deletion; an edit on the receiver keeps it as newer', async () => {
		const { a, b } = await both();
		const [x, y] = [demo.services[1], demo.services[3]];
		await new Repository(a, 'services', testClock()).remove(x.id);
		await new Repository(b, 'services', testClock()).update(y.id, { description: 'B:n' });
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		const kinds = Object.fromEntries(notUnchanged(preview).map((i) => [i.id, i.kind]));
		expect(kinds).toEqual({ [x.id]: 'deleted', [y.id]: 'older' });
	});

	it('a person’s edit sent without contact details is a change too', async () => {
		const { a, b } = await both();
		const p = demo.persons.find((r) => r.email)!;
		await new Repository(a, 'persons', testClock()).update(p.id, { title: 'Uusi nimike' });
		const text = await exportText(a, { kind: 'all', personalData: 'noContactDetails' });
		const preview = await previewImport(b, text, { fileName: 'a.json' });
		expect(notUnchanged(preview).map((i) => [i.id, i.kind])).toEqual([[p.id, 'changed']]);
	});
});
