/**
 * Properties of sharing that must hold for any data, checked with generated
 * networks and generated edits (fast-check):
 * - export → import into an empty database gives back exactly the same data;
 * - two coordinators who changed different records end with the same data
 *   whichever way the files go (A into B and B into A), with no conflicts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDataSet, writeDataSet } from '$lib/db/bulk';
import type { VerkostoDb } from '$lib/db/database';
import { Repository } from '$lib/db/repository';
import { ENTITY_NAMES, type AnyEntity, type DataSet, type EntityName } from '$lib/domain/entities';
import { tombstone } from '$lib/domain/records';
import { generateNetwork } from '$lib/generator/network';
import { device, exportText, importText, testClock } from '$lib/testing/exchange';
import { sampleDataSet } from '$lib/testing/samples';
import { previewImport } from '$lib/services/sharing';

/** Text fields that accept any content, per entity (trimmed and bounded like the schemas). */
const TEXT_FIELD: Partial<Record<EntityName, string>> = {
	regions: 'description',
	organisations: 'description',
	services: 'description',
	persons: 'jobDescription',
	bodies: 'description',
	meetings: 'notes',
	knowledgeSources: 'description',
	familyCentres: 'description'
};
const EDITABLE = Object.keys(TEXT_FIELD) as EntityName[];

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const network = fc.record({
	seed: fc.integer({ min: 1, max: 1_000_000 }),
	municipalities: fc.integer({ min: 2, max: 6 }),
	organisations: fc.integer({ min: 2, max: 10 }),
	services: fc.integer({ min: 1, max: 10 }),
	persons: fc.integer({ min: 1, max: 10 }),
	bodies: fc.integer({ min: 1, max: 4 }),
	memberships: fc.integer({ min: 0, max: 8 }),
	meetings: fc.integer({ min: 0, max: 4 })
});
/** An edit: pick the n-th editable record; write text into it, or delete it. */
const edit = fc.record({
	entity: fc.constantFrom(...EDITABLE),
	n: fc.nat(),
	op: fc.oneof(
		fc.constant<'delete'>('delete'),
		text.map((t) => ({ text: t }))
	)
});

function buildNetwork(p: typeof network extends fc.Arbitrary<infer T> ? T : never): DataSet {
	const data = generateNetwork({ ...p, regions: 2 }, p.seed);
	const sample = sampleDataSet();
	for (const n of ENTITY_NAMES) (data[n] as AnyEntity[]).push(...(sample[n] as AnyEntity[]));
	return data;
}

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;
async function applyEdit(db: VerkostoDb, e: Edit, seed: number): Promise<void> {
	const records = (await db.table<AnyEntity, string>(e.entity).toArray()).filter(
		(r) => !r.deletedAt
	);
	if (!records.length) return;
	const target = records[e.n % records.length];
	const repo = new Repository(db, e.entity, testClock(`2026-10-0${1 + (seed % 9)}T08:00:00.000Z`));
	if (e.op === 'delete') await repo.remove(target.id);
	else await repo.update(target.id, { [TEXT_FIELD[e.entity]!]: e.op.text } as never);
}

describe('sharing properties', () => {
	it('export → import into an empty database gives back exactly the same data', async () => {
		await fc.assert(
			fc.asyncProperty(network, fc.array(edit, { maxLength: 8 }), async (p, edits) => {
				const a = await device('a');
				const b = await device('b');
				try {
					await writeDataSet(a, buildNetwork(p));
					for (const e of edits) await applyEdit(a, e, p.seed);
					// Some records deleted outright too, as raw tombstones.
					const org = (await a.organisations.toArray())[0];
					await a.organisations.put(tombstone(org));
					await importText(b, await exportText(a));
					expect(await readDataSet(b)).toEqual(await readDataSet(a));
				} finally {
					await a.delete();
					await b.delete();
				}
			}),
			{ numRuns: 25 }
		);
	}, 120_000);

	it('edits to different records merge to the same data whichever way the files go, with no conflicts', async () => {
		await fc.assert(
			fc.asyncProperty(
				network,
				fc.array(edit, { maxLength: 10 }),
				fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
				fc.boolean(),
				async (p, edits, side, aFirst) => {
					const a = await device('a');
					const b = await device('b');
					try {
						await writeDataSet(a, buildNetwork(p));
						await importText(b, await exportText(a));
						// Each edit happens on one side; a record is only ever edited on one side.
						const owner = new Map<string, VerkostoDb>();
						for (const [i, e] of edits.entries()) {
							const db = side[i] ? a : b;
							const records = (await db.table<AnyEntity, string>(e.entity).toArray()).filter(
								(r) => !r.deletedAt
							);
							if (!records.length) continue;
							const key = `${e.entity}/${records[e.n % records.length].id}`;
							if ((owner.get(key) ?? db) !== db) continue;
							owner.set(key, db);
							await applyEdit(db, e, p.seed + i);
						}
						// New records on both sides.
						await new Repository(a, 'regions').create({ name: 'A:n uusi alue' });
						await new Repository(b, 'regions').create({ name: 'B:n uusi alue' });

						const fromA = await exportText(a);
						const fromB = await exportText(b);
						const [first, second] = aFirst ? [a, b] : [b, a];
						for (const [db, file] of [
							[first, first === a ? fromB : fromA],
							[second, second === a ? fromB : fromA]
						] as const) {
							const preview = await previewImport(db, file, { fileName: 'f.json' });
							expect(preview.plan.items.filter((i) => i.kind === 'conflict')).toEqual([]);
							await importText(db, file);
						}
						expect(await readDataSet(a)).toEqual(await readDataSet(b));
					} finally {
						await a.delete();
						await b.delete();
					}
				}
			),
			{ numRuns: 25 }
		);
	}, 120_000);
});
