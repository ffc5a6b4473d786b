import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import type { Body } from '$lib/domain/entities';
import type { Fields } from '$lib/db/repository';
import {
	endMembership,
	saveBody,
	saveFamilyCentre,
	saveMembership,
	saveMunicipality,
	saveRegion
} from './network';
import { openTestDb } from '$lib/testing/db';

let db: VerkostoDb;
const demo = buildDemoNetwork();
const TODAY = '2026-11-24';

beforeEach(async () => {
	db = await openTestDb(demo);
});
afterEach(() => db.delete());

/** The issues of a refused save, as path:message. */
async function refused(p: Promise<unknown>): Promise<string[]> {
	try {
		await p;
	} catch (e) {
		if (e instanceof StorageError && e.details)
			return e.details.issues.map((i) => `${i.path}:${i.message}`);
		throw e;
	}
	throw new Error('the save was not refused');
}

const bodyFields = (fields: Partial<Fields<'bodies'>> = {}): Fields<'bodies'> => ({
	name: 'Uusi työryhmä',
	level: 'provincial',
	kind: 'working_group',
	goals: ['Tavoite'],
	tasks: ['Tehtävä'],
	meetingsPerYear: 4,
	requiredRepresentation: ['ngo', 'ngo', 'parish'],
	status: 'active',
	...fields
});

describe('saveBody', () => {
	it('creates a body and gives a local one its family centre’s region', async () => {
		const b = await saveBody(
			db,
			bodyFields({
				level: 'local',
				familyCentreId: demoId('familyCentre:536'),
				regionId: demoId('region:north')
			})
		);
		const stored = (await db.bodies.get(b.id)) as Body;
		expect(stored).toMatchObject({ regionId: demoId('region:west'), version: 1 });
		expect(stored.requiredRepresentation).toEqual(['ngo', 'parish']);
	});

	it('edits a body: changed fields saved, cleared fields removed, version bumped', async () => {
		const id = demoId('body:provincial');
		const current = (await db.bodies.get(id))!;
		const { id: _id, createdAt, updatedAt, version, ...fields } = current;
		void [_id, createdAt, updatedAt];
		await saveBody(
			db,
			{ ...fields, goals: ['Yksi tavoite'], description: undefined },
			{ id, base: current }
		);
		const stored = (await db.bodies.get(id))!;
		expect(stored.goals).toEqual(['Yksi tavoite']);
		expect(stored).not.toHaveProperty('description');
		expect(stored.version).toBe(version + 1);
	});

	it('refuses a local body without a family centre and a parent below it, changing nothing', async () => {
		expect(await refused(saveBody(db, bodyFields({ level: 'local' })))).toEqual([
			'familyCentreId:scopeFamilyCentre'
		]);
		const id = demoId('body:provincial');
		const before = await db.bodies.get(id);
		const { id: _i, createdAt: _c, updatedAt: _u, version: _v, ...fields } = before!;
		void [_i, _c, _u, _v];
		expect(
			await refused(
				saveBody(db, { ...fields, parentBodyId: demoId('body:local-536') }, { id, base: before! })
			)
		).toEqual(['parentBodyId:parentCycle']);
		expect(await db.bodies.get(id)).toEqual(before);
	});

	it('refuses an empty name, naming the field', async () => {
		const issues = await refused(saveBody(db, bodyFields({ name: '  ' })));
		expect(issues.map((i) => i.split(':')[0])).toEqual(['name']);
		expect(await db.bodies.where('name').equals('').count()).toBe(0);
	});
});

const withoutBase = <
	T extends { id: string; createdAt: string; updatedAt: string; version: number }
>(
	r: T
) => {
	const { id: _i, createdAt: _c, updatedAt: _u, version: _v, ...rest } = r;
	void [_i, _c, _u, _v];
	return rest;
};

describe('regions, municipalities, family centres', () => {
	it('creates and edits a region: undefined clears a field, absent keeps it', async () => {
		const r = await saveRegion(db, { name: 'Itäinen alue', county: 'Pirkanmaan hyvinvointialue' });
		await saveRegion(
			db,
			{ name: 'Itäinen alue', description: 'Uusi', county: undefined },
			{ id: r.id, base: r }
		);
		expect(await db.regions.get(r.id)).toMatchObject({ description: 'Uusi', version: 2 });
		expect(await db.regions.get(r.id)).not.toHaveProperty('county');
	});

	it('refuses a municipality code that another municipality has', async () => {
		expect(await refused(saveMunicipality(db, { code: '536', name: 'Toinen Nokia' }))).toEqual([
			'code:codeTaken'
		]);
		const nokia = (await db.municipalities.get(demoId('municipality:536')))!;
		await saveMunicipality(
			db,
			{ ...withoutBase(nokia), nameSv: 'Nokia' },
			{ id: nokia.id, base: nokia }
		);
		expect((await db.municipalities.get(nokia.id))!.nameSv).toBe('Nokia');
	});

	it('saves a family centre’s municipalities and contact persons without duplicates', async () => {
		const fc = await saveFamilyCentre(db, {
			name: 'Uusi perhekeskus',
			municipalityIds: [demoId('municipality:536'), demoId('municipality:536')],
			contactPersonIds: [demoId('person:liaison-536')],
			status: 'in_development'
		});
		expect((await db.familyCentres.get(fc.id))!.municipalityIds).toEqual([
			demoId('municipality:536')
		]);
	});
});

describe('memberships', () => {
	const kihnio = demoId('body:local-216');
	const agent = demoId('person:agent-1');

	it('adds a member with role, whom they represent, term and responsibilities', async () => {
		const m = await saveMembership(
			db,
			{
				bodyId: kihnio,
				personId: agent,
				role: 'member',
				representsCategory: 'ngo',
				representsText: 'Kihniön järjestöt',
				termStart: '2026-01-01',
				termEnd: '2027-12-31',
				responsibilities: 'Tuo järjestöjen terveiset kokoukseen.'
			},
			undefined,
			{ today: TODAY }
		);
		expect(await db.memberships.get(m.id)).toMatchObject({ bodyId: kihnio, role: 'member' });
	});

	it('a membership form open while the term is ended elsewhere keeps the end date', async () => {
		const m = await saveMembership(
			db,
			{ bodyId: kihnio, personId: agent, role: 'member', termStart: '2026-01-01' },
			undefined,
			{ today: TODAY }
		);
		// The form opens; meanwhile the term is ended from the body's page in another tab.
		await endMembership(db, m.id, '2026-11-30');
		const saved = await saveMembership(
			db,
			{ ...withoutBase(m), responsibilities: 'Tuo terveiset.' },
			{ id: m.id, base: m },
			{ today: TODAY }
		);
		expect(saved).toMatchObject({ termEnd: '2026-11-30', responsibilities: 'Tuo terveiset.' });
		// Had the form changed the end date too, the save would have been refused.
		await expect(
			saveMembership(
				db,
				{ ...withoutBase(m), termEnd: '2026-12-31' },
				{ id: m.id, base: m },
				{ today: TODAY }
			)
		).rejects.toMatchObject({ kind: 'conflict' });
	});

	it('creates a new person and the membership together', async () => {
		const m = await saveMembership(
			db,
			{ bodyId: kihnio, role: 'member', representsCategory: 'families' },
			undefined,
			{ today: TODAY, newPerson: { name: 'Uusi Vanhempi', email: 'uusi@example.fi' } }
		);
		expect(await db.persons.get(m.personId)).toMatchObject({
			name: 'Uusi Vanhempi',
			fictional: false
		});
	});

	it('writes nothing when the new person is invalid', async () => {
		const before = await db.persons.count();
		const issues = await refused(
			saveMembership(db, { bodyId: kihnio, role: 'member' }, undefined, {
				today: TODAY,
				newPerson: { name: 'X', email: 'not-an-email' }
			})
		);
		expect(issues).toEqual([expect.stringMatching(/^email:/)]);
		expect(await db.persons.count()).toBe(before);
	});

	it('refuses a second current seat for the same person, allows a new term after the old', async () => {
		const chair = demoId('person:liaison-216');
		expect(
			await refused(
				saveMembership(db, { bodyId: kihnio, personId: chair, role: 'member' }, undefined, {
					today: TODAY
				})
			)
		).toEqual(['personId:alreadyMember']);
		const old = (await db.memberships.get(demoId('membership:local-216:liaison-216')))!;
		await endMembership(db, old.id, '2026-11-30');
		await saveMembership(
			db,
			{ bodyId: kihnio, personId: chair, role: 'chair', termStart: '2026-12-01' },
			undefined,
			{ today: TODAY }
		);
		const rows = await db.memberships.where('personId').equals(chair).toArray();
		expect(rows.filter((r) => r.bodyId === kihnio)).toHaveLength(2);
	});

	it('a deputy must stand in for a member of the same body', async () => {
		const otherBodys = demoId('membership:provincial:kela-1');
		expect(
			await refused(
				saveMembership(
					db,
					{ bodyId: kihnio, personId: agent, role: 'deputy', deputyForId: otherBodys },
					undefined,
					{ today: TODAY }
				)
			)
		).toEqual(['deputyForId:deputyFor']);
		const principal = demoId('membership:local-216:liaison-216');
		const d = await saveMembership(
			db,
			{ bodyId: kihnio, personId: agent, role: 'deputy', deputyForId: principal },
			undefined,
			{ today: TODAY }
		);
		expect(d.deputyForId).toBe(principal);
		// Changing the role away from deputy drops the link.
		const changed = await saveMembership(
			db,
			{ ...withoutBase(d), role: 'member' },
			{ id: d.id, base: d },
			{
				today: TODAY
			}
		);
		expect(changed).not.toHaveProperty('deputyForId');
	});

	it('refuses a term that ends before it starts', async () => {
		expect(
			await refused(
				saveMembership(
					db,
					{
						bodyId: kihnio,
						personId: agent,
						role: 'member',
						termStart: '2026-01-01',
						termEnd: '2025-01-01'
					},
					undefined,
					{ today: TODAY }
				)
			)
		).toEqual(['termEnd:termOrder']);
	});

	it('ends a term and keeps the membership as history', async () => {
		const id = demoId('membership:local-216:liaison-216');
		await endMembership(db, id, '2026-11-24');
		expect(await db.memberships.get(id)).toMatchObject({ termEnd: '2026-11-24', version: 2 });
		expect((await db.memberships.get(id))!.deletedAt).toBeUndefined();
	});
});
