import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { scopeOptions } from './sharing';
import { openTestDb } from '$lib/testing/db';

const demo = buildDemoNetwork();
let db: VerkostoDb;
beforeAll(async () => {
	db = await openTestDb(demo);
});
afterAll(() => db.delete());
const fi = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });

describe('scopeOptions', () => {
	it('lists every live region, family centre, body and round by name in Finnish order', async () => {
		const o = await scopeOptions(db);
		expect(o.region.map((x) => x.id).sort()).toEqual(demo.regions.map((r) => r.id).sort());
		expect(o.body).toHaveLength(demo.bodies.length);
		expect(o.assessmentRound.map((x) => x.label)).toContain(demo.assessmentRounds[0].name);
		for (const list of [o.region, o.familyCentre, o.body, o.assessmentRound]) {
			const labels = list.map((x) => x.label);
			expect(labels).toEqual([...labels].sort(fi.compare));
		}
	});

	it('leaves out a deleted record', async () => {
		const body = demo.bodies[0];
		await db.bodies.put({ ...body, deletedAt: '2026-01-01T00:00:00.000Z' });
		try {
			expect((await scopeOptions(db)).body.map((x) => x.id)).not.toContain(body.id);
		} finally {
			await db.bodies.put(body);
		}
	});
});
