/**
 * A hostile or damaged file changes nothing. Thousands of mutated, truncated
 * and spliced files (and hostile ones with a recomputed checksum) are fed to
 * the import of a device that already has data. Each must be refused with an
 * ImportRefused (never any other exception) and leave the database exactly as
 * it was, or be accepted and imported exactly as planned; every accepted
 * import is then undone, which must restore the database exactly. Some
 * accepted imports are made to fail part-way through writing: nothing may be
 * left half-written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeDataSet } from '$lib/db/bulk';
import type { VerkostoDb } from '$lib/db/database';
import { Repository } from '$lib/db/repository';
import { entitySchemas, type AnyEntity, type EntityName } from '$lib/domain/entities';
import { generateNetwork } from '$lib/generator/network';
import {
	device,
	exportText,
	importText,
	snapshot,
	testClock,
	withChecksum
} from '$lib/testing/exchange';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { applyImport, previewImport, undoLastImport } from '$lib/services/sharing';
import { ImportRefused } from './problems';
import { newerSide } from './merge';

let b: VerkostoDb;
let file: string;
let before: Awaited<ReturnType<typeof snapshot>>;
const stats = { refused: 0, imported: 0, interrupted: 0 };

beforeAll(async () => {
	// A and B shared a network, then both changed it: the file holds changes, deletions and conflicts for B.
	const a = await device('fuzz-a');
	b = await device('fuzz-b');
	const data = generateNetwork(
		{
			municipalities: 3,
			regions: 1,
			organisations: 4,
			services: 4,
			persons: 3,
			bodies: 2,
			memberships: 3,
			meetings: 2
		},
		42
	);
	const sample = sampleDataSet();
	for (const n of Object.keys(sample) as EntityName[])
		(data[n] as AnyEntity[]).push(...(sample[n] as AnyEntity[]));
	await writeDataSet(a, data);
	await importText(b, await exportText(a));
	const clock = testClock('2026-10-01T00:00:00.000Z');
	await new Repository(a, 'regions', clock).update(uuid(1), { description: 'A muutti' });
	await new Repository(b, 'regions', clock).update(uuid(1), { description: 'B muutti' });
	await new Repository(a, 'organisations', clock).update(uuid(4), { phone: '040 123 4567' });
	await new Repository(a, 'knowledgeSources', clock).remove(uuid(16));
	await new Repository(a, 'persons').create({
		name: 'Uusi Henkilö',
		responsibilities: [],
		languages: ['fi'],
		fictional: true
	});
	file = await exportText(a);
	await a.delete();
	before = await snapshot(b);
}, 60_000);
afterAll(async () => {
	await b.delete();
	console.info('fuzz:', stats);
});

/** Imports `text` into B if it is acceptable; checks the outcome and puts B back. */
async function feed(text: string, interruptAt?: number): Promise<void> {
	let preview;
	try {
		preview = await previewImport(b, text, { fileName: 'fuzz.json' });
	} catch (e) {
		if (!(e instanceof ImportRefused)) throw e;
		expect(e.problems.length).toBeGreaterThan(0);
		stats.refused++;
		expect(await snapshot(b)).toEqual(before);
		return;
	}
	if (interruptAt !== undefined) {
		// The disk fails on the n-th write of the import.
		let calls = 0;
		const tables = b.tables;
		const originals = tables.map((t) => [t, t.bulkPut, t.bulkAdd] as const);
		for (const t of tables) {
			const put = t.bulkPut.bind(t);
			const add = t.bulkAdd.bind(t);
			t.bulkPut = ((...args: Parameters<typeof put>) =>
				++calls === interruptAt ? Promise.reject(new Error('disk failed')) : put(...args)) as never;
			t.bulkAdd = ((...args: Parameters<typeof add>) =>
				++calls === interruptAt ? Promise.reject(new Error('disk failed')) : add(...args)) as never;
		}
		try {
			await applyImport(b, preview, { conflicts: 'newer' });
		} catch {
			stats.interrupted++;
			expect(await snapshot(b)).toEqual(before);
			return;
		} finally {
			for (const [t, put, add] of originals) {
				t.bulkPut = put;
				t.bulkAdd = add;
			}
		}
	} else {
		await applyImport(b, preview, { conflicts: 'newer' });
	}
	stats.imported++;
	// Imported as planned: the file's copy where it won, ours where ours did.
	for (const item of preview.plan.items) {
		const now = await b.table<AnyEntity, string>(item.entity).get(item.id);
		const takes =
			item.kind === 'new' ||
			item.kind === 'changed' ||
			item.kind === 'deleted' ||
			(item.kind === 'conflict' && newerSide(item) === 'theirs');
		expect(now, `${item.entity} ${item.id} ${item.kind}`).toEqual(takes ? item.remote : item.local);
		expect(entitySchemas[item.entity].safeParse(now).success).toBe(true);
	}
	await undoLastImport(b);
	const after = await snapshot(b);
	// Undo restores the data and the sync base exactly; history, notes and the
	// older import's undo data (dropped when this import was applied) are reset by hand.
	const bookkeeping = ['imports', 'meta', 'importUndo'];
	for (const t of Object.keys(before))
		if (!bookkeeping.includes(t)) expect(after[t], t).toEqual(before[t]);
	await b.transaction('rw', bookkeeping, async () => {
		for (const t of bookkeeping) {
			await b.table(t).clear();
			await b.table(t).bulkAdd(before[t] as never[]);
		}
	});
}

const position = (text: string) => fc.nat({ max: text.length });

describe('fuzzing the import', () => {
	it('the unchanged file imports (the baseline of every mutation)', async () => {
		await feed(file);
		expect(stats.imported).toBe(1);
	});

	it('damaged files: truncated, bytes changed, deleted or inserted', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					position(file).map((at) => file.slice(0, at)),
					fc
						.tuple(position(file), fc.string({ minLength: 1, maxLength: 3 }))
						.map(([at, s]) => file.slice(0, at) + s + file.slice(at + s.length)),
					fc
						.tuple(position(file), fc.nat({ max: 200 }))
						.map(([at, n]) => file.slice(0, at) + file.slice(at + n)),
					fc
						.tuple(position(file), fc.json({ maxDepth: 3 }))
						.map(([at, s]) => file.slice(0, at) + s + file.slice(at))
				),
				async (text) => feed(text)
			),
			{ numRuns: 2000 }
		);
	}, 120_000);

	it('hostile files: any value anywhere, with a correct checksum, sometimes failing mid-write', async () => {
		const parsed = JSON.parse(file);
		const paths: (string | number)[][] = [];
		const walk = (v: unknown, path: (string | number)[]) => {
			paths.push(path);
			if (v && typeof v === 'object')
				for (const [k, x] of Object.entries(v))
					walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
		};
		walk(parsed, []);
		const value = fc.oneof(
			fc.jsonValue({ maxDepth: 3 }),
			fc.constantFrom(
				'javascript:alert(1)',
				'2026-02-30',
				'2026-13-01T00:00:00Z',
				-1,
				1e308,
				'',
				'x'.repeat(20_000),
				JSON.parse('{"__proto__":{"polluted":1}}'),
				{ constructor: { prototype: {} } },
				[[[[[[[[[[[[[['deep']]]]]]]]]]]]]]
			),
			fc.constant(undefined)
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.constantFrom(...paths), value), { minLength: 1, maxLength: 3 }),
				fc.boolean(),
				fc.option(fc.integer({ min: 1, max: 20 }), { freq: 3 }),
				async (changes, recompute, interruptAt) => {
					const f = structuredClone(parsed);
					for (const [path, v] of changes) {
						if (!path.length) continue;
						let target = f;
						for (const k of path.slice(0, -1)) target = target?.[k];
						if (target && typeof target === 'object') {
							const last = path[path.length - 1];
							// A fresh copy: the same constant must not end up twice in one file.
							if (v === undefined) delete target[last];
							else target[last] = JSON.parse(JSON.stringify(v));
						}
					}
					const text = recompute ? await withChecksum(f) : JSON.stringify(f);
					await feed(text, interruptAt ?? undefined);
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				}
			),
			{ numRuns: 1500 }
		);
	}, 120_000);

	it('plausible files: records dropped, rewritten, deleted, re-dated, histories cut', async () => {
		const parsed = JSON.parse(file);
		const entities = Object.keys(parsed.data).filter((n) => parsed.data[n].length);
		const op = fc.record({
			entity: fc.constantFrom(...entities),
			n: fc.nat(),
			kind: fc.constantFrom('drop', 'rename', 'delete', 'redate', 'forget', 'withhold'),
			text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
			when: fc.date({
				min: new Date('2020-01-01'),
				max: new Date('2030-01-01'),
				noInvalidDate: true
			})
		});
		await fc.assert(
			fc.asyncProperty(
				fc.array(op, { minLength: 1, maxLength: 6 }),
				fc.option(fc.integer({ min: 1, max: 20 }), { freq: 4 }),
				async (ops, interruptAt) => {
					const f = structuredClone(parsed);
					for (const o of ops) {
						const list = f.data[o.entity] as Record<string, unknown>[];
						if (!list.length) continue;
						const i = o.n % list.length;
						const r = list[i];
						const id = r.id as string;
						if (o.kind === 'drop') {
							list.splice(i, 1);
							f.counts[o.entity] = list.length;
							delete f.sync.ancestry[o.entity]?.[id];
						} else if (o.kind === 'rename') {
							const field = 'name' in r ? 'name' : 'description' in r ? 'description' : undefined;
							if (field && typeof r[field] === 'string') r[field] = o.text.trim() || 'x';
							r.version = (r.version as number) + 1;
						} else if (o.kind === 'delete') {
							r.deletedAt = o.when.toISOString();
							r.updatedAt = o.when.toISOString();
						} else if (o.kind === 'redate') {
							r.updatedAt = o.when.toISOString();
						} else if (o.kind === 'forget') {
							if (f.sync.ancestry[o.entity]) f.sync.ancestry[o.entity][id] = [];
						} else if (o.entity === 'persons') {
							f.sync.withheld.persons = { ...f.sync.withheld.persons, [id]: ['email', 'phone'] };
							delete r.email;
							delete r.phone;
						}
					}
					await feed(await withChecksum(f), interruptAt ?? undefined);
				}
			),
			{ numRuns: 600 }
		);
	}, 120_000);
});
