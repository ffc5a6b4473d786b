import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type VerkostoDb } from '$lib/db/database';
import { writeDataSet } from '$lib/db/bulk';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { clearBlanks, refuse, saveRecord } from './records';

let db: VerkostoDb;
beforeEach(async () => {
	db = createDb(`records-${crypto.randomUUID()}`);
	await db.open();
	await writeDataSet(db, sampleDataSet());
});
afterEach(() => db.delete());

describe('saveRecord', () => {
	it('clears a blanked field, keeps a field the form did not give', async () => {
		const saved = await saveRecord(
			'organisations',
			{ name: 'Nokian seurakunta', sector: 'parish', municipalityIds: [], website: '' },
			uuid(4),
			{ db }
		);
		expect(saved).not.toHaveProperty('website');
		expect(saved.businessId).toBe('0112038-9');
		expect(saved.version).toBe(2);
	});

	it('clears an address whose parts were all blanked', async () => {
		const saved = await saveRecord(
			'services',
			{ address: { street: ' ', postalCode: '', city: '' } },
			uuid(6),
			{ db }
		);
		expect(saved).not.toHaveProperty('address');
	});

	it('runs the section rule inside the transaction; a refusal writes nothing', async () => {
		const before = await db.organisations.get(uuid(4));
		const err = await saveRecord('organisations', { name: 'Toinen nimi' }, uuid(4), {
			db,
			check: async () =>
				refuse('organisations', uuid(4), [{ path: 'name', code: 'custom', message: 'taken' }])
		}).catch((e) => e);
		expect(err.kind).toBe('validation');
		expect(err.details.issues[0].path).toBe('name');
		expect(await db.organisations.get(uuid(4))).toEqual(before);
	});
});

describe('clearBlanks', () => {
	it('turns blank text into undefined and keeps lists and numbers', () => {
		expect(clearBlanks({ a: ' ', b: 'x', c: [], d: 0, e: { f: '', g: 'h' } })).toEqual({
			a: undefined,
			b: 'x',
			c: [],
			d: 0,
			e: { g: 'h' }
		});
	});
});
