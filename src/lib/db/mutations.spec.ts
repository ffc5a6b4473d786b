import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '$lib/db/database';
import { writeDataSet } from '$lib/db/bulk';
import { generateNetwork } from '$lib/generator/network';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { readMutations, type Mutations } from './mutations';

const FOLLOW = ['organisations', 'services', 'persons'];
let n = 0;
let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** Collects what Dexie reports for the writes `act` makes. */
async function observe(name: string, act: () => Promise<unknown>): Promise<Mutations[]> {
	const seen: Mutations[] = [];
	const listener = (parts: unknown) => seen.push(readMutations(parts, name, FOLLOW));
	Dexie.on('storagemutated', listener);
	stop = () => Dexie.on('storagemutated').unsubscribe(listener);
	await act();
	await new Promise((r) => setTimeout(r, 10));
	return seen;
}

describe('readMutations (with Dexie’s real notices)', () => {
	it('names the records a single write touched', async () => {
		const db = createDb(`mut-${n++}`);
		await writeDataSet(db, sampleDataSet());
		const seen = await observe(db.name, () =>
			db.persons.update(uuid(5), { title: 'Koordinaattori' })
		);
		expect(seen.some((s) => s.keys.persons?.has(uuid(5)) && !s.rebuild)).toBe(true);
		expect(seen.every((s) => !s.keys.services?.size)).toBe(true);
	});

	it('asks for a full re-read after a bulk write', async () => {
		const db = createDb(`mut-${n++}`);
		const data = generateNetwork({ ...SMALL }, 3);
		const seen = await observe(db.name, () => writeDataSet(db, data));
		expect(seen.some((s) => s.rebuild)).toBe(true);
	});

	it('ignores other databases and reports unfollowed tables', async () => {
		const db = createDb(`mut-${n++}`);
		await writeDataSet(db, sampleDataSet());
		const seen = await observe('another-db', () => db.regions.update(uuid(1), { name: 'Länsi' }));
		expect(seen.every((s) => s.tables.size === 0 && !s.rebuild)).toBe(true);
		const own = await observe(db.name, () => db.regions.update(uuid(1), { name: 'Länsi 2' }));
		expect(own.some((s) => s.tables.has('regions') && !s.rebuild)).toBe(true);
	});
});

const SMALL = {
	municipalities: 3,
	regions: 1,
	organisations: 30,
	services: 80,
	persons: 40,
	bodies: 3,
	memberships: 10,
	meetings: 3
};
