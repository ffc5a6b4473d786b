import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { Repository, type Fields } from '$lib/db/repository';
import { StorageError } from '$lib/db/errors';
import type { EntityOf } from '$lib/domain/entities';
import { clearBlanks, refuse, saveRecord, wholeContent } from './records';
import { openTestDb } from '$lib/testing/db';

let db: VerkostoDb;
beforeEach(async () => {
	db = await openTestDb(sampleDataSet());
});
afterEach(() => db.delete());

describe('saveRecord', () => {
	it('clears a blanked field, keeps a field the form did not give', async () => {
		const base = (await db.organisations.get(uuid(4)))!;
		const saved = await saveRecord(
			'organisations',
			{ name: 'Nokian seurakunta', sector: 'parish', municipalityIds: [], website: '' },
			{ id: uuid(4), base },
			{ db }
		);
		expect(saved).not.toHaveProperty('website');
		expect(saved.businessId).toBe('0112038-9');
		expect(saved.version).toBe(2);
	});

	it('clears an address whose parts were all blanked', async () => {
		const base = (await db.services.get(uuid(6)))!;
		const saved = await saveRecord(
			'services',
			{ address: { street: ' ', postalCode: '', city: '' } },
			{ id: uuid(6), base },
			{ db }
		);
		expect(saved).not.toHaveProperty('address');
	});

	it('runs the section rule inside the transaction; a refusal writes nothing', async () => {
		const before = await db.organisations.get(uuid(4));
		const err = await saveRecord(
			'organisations',
			{ name: 'Toinen nimi' },
			{ id: uuid(4), base: before! },
			{
				db,
				check: async () =>
					refuse('organisations', uuid(4), [{ path: 'name', code: 'custom', message: 'taken' }])
			}
		).catch((e) => e);
		expect(err.kind).toBe('validation');
		expect(err.details.issues[0].path).toBe('name');
		expect(await db.organisations.get(uuid(4))).toEqual(before);
	});
});

/** A form opened on the stored record now: its fields, and the record as its base. */
async function openForm<N extends 'persons' | 'services'>(entity: N, id: string) {
	const base = (await db.table(entity).get(id)) as EntityOf<N>;
	const { id: _i, createdAt: _c, updatedAt: _u, version: _v, deletedAt: _d, ...fields } = base;
	void [_i, _c, _u, _v, _d];
	return { fields: fields as Fields<N>, edit: { id, base } };
}
/** A change made elsewhere (another tab, an import, an autosave) while the form is open. */
const elsewhere = <N extends 'persons' | 'services'>(entity: N, id: string, changes: object) =>
	new Repository(db, entity).update(id, changes as never);

describe('saveRecord over a record changed since the form opened', () => {
	it('keeps a field changed only elsewhere and writes the one the user changed', async () => {
		const form = await openForm('persons', uuid(5));
		await elsewhere('persons', uuid(5), { phone: '040 999 8888' });
		const saved = await saveRecord(
			'persons',
			{ ...form.fields, title: 'Koordinaattori' },
			form.edit,
			{ db }
		);
		expect(saved).toMatchObject({ phone: '040 999 8888', title: 'Koordinaattori', version: 3 });
	});

	it('refuses a field changed both in the form and elsewhere, naming it, writing nothing', async () => {
		const form = await openForm('persons', uuid(5));
		await elsewhere('persons', uuid(5), { phone: '040 999 8888' });
		const before = await db.persons.get(uuid(5));
		const err = await saveRecord(
			'persons',
			{ ...form.fields, phone: '050 111 2222', title: 'Koordinaattori' },
			form.edit,
			{ db }
		).catch((e) => e);
		expect(err).toBeInstanceOf(StorageError);
		expect(err.kind).toBe('conflict');
		expect(err.details.issues.map((i: { path: string }) => i.path)).toEqual(['phone']);
		expect(err.details.stored.phone).toBe('040 999 8888');
		expect(await db.persons.get(uuid(5))).toEqual(before);
	});

	it('saves again over the new base once the user keeps their value', async () => {
		const form = await openForm('persons', uuid(5));
		await elsewhere('persons', uuid(5), { phone: '040 999 8888', title: 'Muualla' });
		const mine = { ...form.fields, phone: '050 111 2222' };
		await expect(saveRecord('persons', mine, form.edit, { db })).rejects.toMatchObject({
			kind: 'conflict'
		});
		const kept = { ...form.edit, base: { ...form.edit.base, phone: '040 999 8888' } };
		const saved = await saveRecord('persons', mine, kept, { db });
		expect(saved).toMatchObject({ phone: '050 111 2222', title: 'Muualla' });
	});

	it('applies the user’s change when nothing changed elsewhere', async () => {
		const form = await openForm('persons', uuid(5));
		const saved = await saveRecord(
			'persons',
			{ ...form.fields, email: 'uusi@example.fi' },
			form.edit,
			{ db }
		);
		expect(saved).toMatchObject({ email: 'uusi@example.fi', phone: '+358 40 123 4567' });
	});

	it('compares lists by value: a list changed elsewhere is kept, one changed in both refused', async () => {
		const form = await openForm('persons', uuid(5));
		await elsewhere('persons', uuid(5), { languages: ['fi', 'sv', 'en'] });
		// The form's copy of the same list, unchanged: the other change stays.
		const saved = await saveRecord(
			'persons',
			{ ...form.fields, languages: [...form.fields.languages], title: 'X' },
			form.edit,
			{ db }
		);
		expect(saved.languages).toEqual(['fi', 'sv', 'en']);
		const err = await saveRecord('persons', { ...form.fields, languages: ['fi'] }, form.edit, {
			db
		}).catch((e) => e);
		expect(err.kind).toBe('conflict');
		expect(err.details.issues[0].path).toBe('languages');
	});

	it('compares a nested address by value', async () => {
		const form = await openForm('services', uuid(6));
		await elsewhere('services', uuid(6), {
			address: { street: 'Välimäenkatu 2', postalCode: '37100', city: 'Nokia' }
		});
		// Same address in another key order: unchanged, the other street stays.
		const { street, postalCode, city } = form.fields.address!;
		const saved = await saveRecord(
			'services',
			{ ...form.fields, address: { city, postalCode, street }, name: 'Parisuhdeillat 2' },
			form.edit,
			{ db }
		);
		expect(saved.address?.street).toBe('Välimäenkatu 2');
		const err = await saveRecord(
			'services',
			{ ...form.fields, address: { street, postalCode, city: 'Tampere' } },
			form.edit,
			{ db }
		).catch((e) => e);
		expect(err.kind).toBe('conflict');
		expect(err.details.issues.map((i: { path: string }) => i.path)).toEqual(['address']);
	});

	it('refuses clearing a field that was edited elsewhere; clears it when it was not', async () => {
		const form = await openForm('persons', uuid(5));
		await elsewhere('persons', uuid(5), { phone: '040 999 8888' });
		const err = await saveRecord('persons', { ...form.fields, phone: '' }, form.edit, {
			db
		}).catch((e) => e);
		expect(err.kind).toBe('conflict');
		const cleared = await saveRecord('persons', { ...form.fields, email: '' }, form.edit, { db });
		expect(cleared).not.toHaveProperty('email');
		expect(cleared.phone).toBe('040 999 8888');
	});

	it('writes no new version when the user changed nothing', async () => {
		const form = await openForm('persons', uuid(5));
		await elsewhere('persons', uuid(5), { phone: '040 999 8888' });
		const saved = await saveRecord('persons', form.fields, form.edit, { db });
		expect(saved).toMatchObject({ version: 2, phone: '040 999 8888' });
		expect(await db.persons.get(uuid(5))).toEqual(saved);
	});

	it('a form opened before an import does not undo the import when saved', async () => {
		const form = await openForm('persons', uuid(5));
		// An import replaces the record as a whole (services/sharing writes with bulkPut).
		const current = (await db.persons.get(uuid(5)))!;
		await db.persons.put({
			...current,
			phone: '+358 50 999 9999',
			version: current.version + 1,
			updatedAt: '2026-09-05T08:00:00.000Z'
		});
		const saved = await saveRecord(
			'persons',
			{ ...form.fields, title: 'Uusi titteli' },
			form.edit,
			{ db }
		);
		expect(saved).toMatchObject({ phone: '+358 50 999 9999', title: 'Uusi titteli' });
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

describe('wholeContent', () => {
	it('gives a field the base has and the form left out as cleared', () => {
		expect(wholeContent({ name: 'A' }, { id: 'x', version: 2, name: 'B', area: 'C' })).toEqual({
			name: 'A',
			area: undefined
		});
		expect(wholeContent({ name: 'A' }, undefined)).toEqual({ name: 'A' });
	});
});
