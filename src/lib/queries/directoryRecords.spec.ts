import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import {
	colleaguesOrAnyone,
	organisationsInArea,
	servicesByIds,
	servicesOf
} from './directoryRecords';
import { openTestDb } from '$lib/testing/db';

const demo = buildDemoNetwork();
let db: VerkostoDb;
beforeAll(async () => {
	db = await openTestDb(demo);
});
afterAll(() => db.delete());
const fi = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
const GONE = '2026-01-01T00:00:00.000Z';

describe('servicesByIds', () => {
	it('gives the live services among the ids by name, skipping unknown and deleted ones', async () => {
		const [a, b, c] = demo.services;
		await db.services.put({ ...c, deletedAt: GONE });
		try {
			const found = await servicesByIds([c.id, b.id, 'nope', a.id], db);
			expect(found.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
			expect(found.map((s) => s.name)).toEqual([a.name, b.name].sort(fi.compare));
		} finally {
			await db.services.put(c);
		}
	});
});

describe('colleaguesOrAnyone', () => {
	it("gives a person's live colleagues, not the person", async () => {
		// Someone whose organisation employs others too.
		const p = demo.persons.find((x) =>
			demo.persons.some(
				(y) => y.id !== x.id && x.organisationId && y.organisationId === x.organisationId
			)
		)!;
		const others = demo.persons.filter(
			(x) => x.organisationId === p.organisationId && x.id !== p.id
		);
		const found = await colleaguesOrAnyone(p, db);
		expect(found.map((x) => x.id).sort()).toEqual(others.map((x) => x.id).sort());
	});

	it('gives everyone to a person with no organisation or no colleagues', async () => {
		expect(await colleaguesOrAnyone({ id: 'x' }, db)).toHaveLength(demo.persons.length);
		const alone = { id: 'x', organisationId: demoId('organisation:nope') };
		expect(await colleaguesOrAnyone(alone, db)).toHaveLength(demo.persons.length);
	});
});

describe('organisationsInArea and servicesOf', () => {
	it('finds the organisations sharing a municipality, each once', async () => {
		const o = demo.organisations.find((x) => x.municipalityIds.length > 0)!;
		const found = await organisationsInArea(o, db);
		expect(found.map((x) => x.id)).toContain(o.id);
		expect(new Set(found.map((x) => x.id)).size).toBe(found.length);
		for (const x of found)
			expect(x.municipalityIds.some((m) => o.municipalityIds.includes(m))).toBe(true);
	});

	it('finds the area-free organisations for an area-free one', async () => {
		const found = await organisationsInArea({ municipalityIds: [] }, db);
		const expected = demo.organisations.filter((x) => x.municipalityIds.length === 0);
		expect(found.map((x) => x.id).sort()).toEqual(expected.map((x) => x.id).sort());
	});

	it("gives an organisation's services", async () => {
		const s = demo.services[0];
		const found = await servicesOf(s.organisationId, db);
		expect(found.map((x) => x.id)).toContain(s.id);
		expect(found.every((x) => x.organisationId === s.organisationId)).toBe(true);
	});
});
