import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { readBody, readMunicipality, readNetwork } from './network';
import { openTestDb } from '$lib/testing/db';

const demo = buildDemoNetwork();
let db: VerkostoDb;
beforeAll(async () => {
	db = await openTestDb(demo);
});
afterAll(() => db.delete());
const fi = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
const GONE = '2026-01-01T00:00:00.000Z';
const names = (xs: { name: string }[]) => xs.map((x) => x.name);
const sorted = (xs: string[]) => [...xs].sort(fi.compare);

describe('readNetwork', () => {
	it('lists places and bodies by name and finds the people the memberships name', async () => {
		const n = await readNetwork(db);
		expect(names(n.bodies)).toEqual(sorted(names(n.bodies)));
		expect(names(n.municipalities)).toEqual(sorted(names(n.municipalities)));
		expect(n.bodies).toHaveLength(demo.bodies.length);
		for (const m of n.memberships) expect(n.persons.has(m.personId)).toBe(true);
	});
});

describe('readBody', () => {
	const child = demo.bodies.find(
		(b) => b.parentBodyId && demo.memberships.some((m) => m.bodyId === b.id)
	)!;

	it('gives the body with its live members, meetings in date order and its parent', async () => {
		const view = (await readBody(child.id, db))!;
		expect(view.body.id).toBe(child.id);
		expect(view.parent?.id).toBe(child.parentBodyId);
		expect(view.memberships.map((m) => m.id).sort()).toEqual(
			demo.memberships
				.filter((m) => m.bodyId === child.id)
				.map((m) => m.id)
				.sort()
		);
		const starts = view.meetings.map((m) => m.start);
		expect(starts).toEqual([...starts].sort());
		for (const m of view.memberships) expect(view.persons.has(m.personId)).toBe(true);
	});

	it('leaves out a deleted member and a deleted parent; nothing for a deleted body', async () => {
		const membership = demo.memberships.find((m) => m.bodyId === child.id)!;
		const parent = demo.bodies.find((b) => b.id === child.parentBodyId)!;
		await db.memberships.put({ ...membership, deletedAt: GONE });
		await db.bodies.put({ ...parent, deletedAt: GONE });
		try {
			const view = (await readBody(child.id, db))!;
			expect(view.memberships.map((m) => m.id)).not.toContain(membership.id);
			expect(view.parent).toBeUndefined();
			expect(await readBody(parent.id, db)).toBeUndefined();
			expect(await readBody('nope', db)).toBeUndefined();
		} finally {
			await db.memberships.put(membership);
			await db.bodies.put(parent);
		}
	});
});

describe('readMunicipality', () => {
	it("lists the region of each of the municipality's family centres", async () => {
		const m = demo.municipalities.find(
			(x) => demo.familyCentres.filter((f) => f.municipalityIds.includes(x.id)).length > 1
		)!;
		const view = (await readMunicipality(m.id, db))!;
		const centres = demo.familyCentres.filter((f) => f.municipalityIds.includes(m.id));
		expect(view.familyCentres.map((f) => f.id).sort()).toEqual(centres.map((f) => f.id).sort());
		for (const f of centres) expect(view.regions.map((r) => r.id)).toContain(f.regionId);
		expect(names(view.organisations)).toEqual(sorted(names(view.organisations)));
	});
});
