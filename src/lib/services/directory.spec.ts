import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type VerkostoDb } from '$lib/db/database';
import { writeDataSet } from '$lib/db/bulk';
import { StorageError } from '$lib/db/errors';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { saveDirectoryRecord as saveRecord } from './directory';
import { deleteRecord } from './deletion';

let database: VerkostoDb;
let n = 0;
beforeEach(async () => {
	database = createDb(`directory-${n++}`);
	await writeDataSet(database, sampleDataSet());
});

const org = {
	name: 'Kataja ry',
	sector: 'ngo' as const,
	municipalityIds: [uuid(2)],
	businessId: '',
	website: ''
};

describe('saveRecord', () => {
	it('creates a record with blank text fields left out', async () => {
		const saved = await saveRecord('organisations', org, undefined, database);
		expect(saved.version).toBe(1);
		expect('businessId' in saved).toBe(false);
		expect(await database.organisations.get(saved.id)).toEqual(saved);
	});

	it('rejects invalid fields, naming each, and writes nothing', async () => {
		const before = await database.organisations.count();
		const error = await saveRecord(
			'organisations',
			{ ...org, name: ' ', businessId: '1234567-8', website: 'javascript:alert(1)' },
			undefined,
			database
		).catch((e) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect(error.kind).toBe('validation');
		expect(error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual([
			'businessId',
			'name',
			'website'
		]);
		expect(await database.organisations.count()).toBe(before);
	});

	it('on edit a cleared field is removed, the rest kept, the version bumped', async () => {
		const person = (await database.persons.get(uuid(5)))!;
		const { id, createdAt, updatedAt, version, ...fields } = person;
		void createdAt;
		void updatedAt;
		const saved = await saveRecord(
			'persons',
			{ ...fields, title: '', phone: undefined },
			{ id, base: person },
			database
		);
		expect(saved.version).toBe(version + 1);
		expect(saved.title).toBeUndefined();
		expect(saved.phone).toBeUndefined();
		expect(saved.email).toBe(person.email);
	});

	it('refuses to edit a deleted record', async () => {
		await deleteRecord(database, 'services', uuid(6));
		const service = (await database.services.get(uuid(6)))!;
		const { id, createdAt, updatedAt, version, deletedAt, ...fields } = service;
		void [createdAt, updatedAt, version, deletedAt];
		await expect(
			saveRecord('services', fields, { id, base: service }, database)
		).rejects.toMatchObject({
			kind: 'missing'
		});
	});
});
