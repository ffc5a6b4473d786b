import { describe, expect, it } from 'vitest';
import {
	createRecord,
	restore,
	tombstone,
	updateRecord,
	withoutBlanks,
	sortByName,
	type Clock
} from './records';
import type { Organisation } from './entities';

let t = 0;
const clock: Clock = {
	now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)).toISOString(),
	newId: () => '00000000-0000-4000-8000-000000000001'
};

describe('record life cycle', () => {
	it('create → update → tombstone → restore bumps version and keeps identity', () => {
		const o = createRecord<Organisation>(
			{ name: 'MLL', sector: 'ngo', municipalityIds: [] },
			clock
		);
		expect(o).toMatchObject({ id: '00000000-0000-4000-8000-000000000001', version: 1 });
		const u = updateRecord(o, { name: 'MLL Nokia' }, clock);
		expect(u).toMatchObject({ version: 2, createdAt: o.createdAt, name: 'MLL Nokia' });
		const d = tombstone(u, clock);
		expect(d.deletedAt).toBe(d.updatedAt);
		expect(d.version).toBe(3);
		const r = restore(d, clock);
		expect(r.deletedAt).toBeUndefined();
		expect(r.version).toBe(4);
	});
	it('update cannot change id, createdAt or deletedAt', () => {
		const o = createRecord<Organisation>(
			{ name: 'MLL', sector: 'ngo', municipalityIds: [] },
			clock
		);
		const u = updateRecord(o, { id: 'x', createdAt: 'y' } as never, clock);
		expect(u.id).toBe(o.id);
		expect(u.createdAt).toBe(o.createdAt);
	});
});

describe('withoutBlanks', () => {
	it('drops blank strings and empty nested objects but keeps arrays, numbers and booleans', () => {
		expect(
			withoutBlanks({
				name: 'A',
				email: '  ',
				address: { street: '', city: '' },
				ids: [],
				free: false,
				n: 0
			})
		).toEqual({ name: 'A', ids: [], free: false, n: 0 });
		expect(withoutBlanks({ address: { street: 'Katu 1', city: '' } })).toEqual({
			address: { street: 'Katu 1' }
		});
	});
});

describe('sortByName', () => {
	it('sorts the Finnish way', () => {
		expect(
			sortByName([{ name: 'Ähtäri' }, { name: 'Akaa' }, { name: 'Virrat' }]).map((x) => x.name)
		).toEqual(['Akaa', 'Virrat', 'Ähtäri']);
	});
});
