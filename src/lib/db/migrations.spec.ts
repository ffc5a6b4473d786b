/**
 * Opens a database created by every earlier schema version, filled with that
 * version's fixture, with the current app, and checks that every table reads
 * back exactly as the fixture after the documented upgrades (records, notes,
 * import history, undo data and sync base), and that every record - those
 * held in undo data too - is valid under the current schemas.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createDb } from './database';
import { CURRENT_VERSION, migrations } from './migrations';
import { ENTITY_NAMES, entitySchemas, type EntityName } from '$lib/domain/entities';

type Tables = Record<string, object[]>;

const fixtureDir = new URL('./fixtures/', import.meta.url);
const fixtureFor = (v: number): Tables =>
	JSON.parse(readFileSync(new URL(`db-v${v}.json`, fixtureDir), 'utf8'));

/**
 * What each migration's `upgrade` does to stored rows, written out again for
 * the test: a database at version N - 1 must read back as its fixture passed
 * through these. A migration with an upgrade step needs an entry here, and
 * its upgrade must reach the records held in `importUndo.replaced` too (they
 * are put back by undo, and undo checks them against today's schemas).
 */
const UPGRADES: Record<number, (tables: Tables) => Tables> = {};

/** A table's rows in primary-key order, as Dexie returns them. */
function byKey(rows: object[]): object[] {
	const key = (r: object) => {
		const o = r as Record<string, unknown>;
		return JSON.stringify(o.id ?? o.key ?? o.importId ?? [o.entity, o.bucket]);
	};
	return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function expected(from: number): Tables {
	let tables = structuredClone(fixtureFor(from));
	for (const m of migrations)
		if (m.version > from && UPGRADES[m.version]) tables = UPGRADES[m.version](tables);
	return tables;
}

describe('migrations', () => {
	it('are numbered 1, 2, 3 … without gaps', () => {
		expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
	});

	it('have a fixture for every version', () => {
		const files = readdirSync(fixtureDir).filter((f) => /^db-v\d+\.json$/.test(f));
		expect(files.sort()).toEqual(migrations.map((m) => `db-v${m.version}.json`).sort());
	});

	it('that transform records say how, for this test to check', () => {
		const upgrading = migrations.filter((m) => m.upgrade).map((m) => m.version);
		expect(Object.keys(UPGRADES).map(Number).sort()).toEqual(upgrading);
	});

	it('fixtures hold every table of their version, undo data and sync base included', () => {
		const last = fixtureFor(CURRENT_VERSION);
		for (const table of Object.keys(migrations[migrations.length - 1].stores))
			expect(last[table]?.length ?? 0, table).toBeGreaterThan(0);
	});

	it.each(migrations.map((m) => m.version))(
		'a database created at version %i opens with the current app, every table as it was',
		async (from) => {
			const name = `migrate-from-${from}-${crypto.randomUUID()}`;
			const old = createDb(name, from);
			const fixture = fixtureFor(from);
			await old.open();
			await old.transaction('rw', old.tables, async () => {
				for (const [table, rows] of Object.entries(fixture))
					await old.table(table).bulkAdd(rows as object[]);
			});
			old.close();

			const current = createDb(name);
			await current.open();
			expect(current.verno).toBe(CURRENT_VERSION);
			const want = expected(from);
			for (const table of current.tables.map((t) => t.name))
				expect(await current.table(table).toArray(), table).toEqual(byKey(want[table] ?? []));
			for (const n of ENTITY_NAMES)
				for (const r of await current[n].toArray())
					expect(entitySchemas[n].safeParse(r).error?.issues ?? [], `${n} ${r.id}`).toEqual([]);
			for (const undo of await current.importUndo.toArray())
				for (const [n, rows] of Object.entries(undo.replaced))
					for (const r of rows as { id: string }[])
						expect(
							entitySchemas[n as EntityName].safeParse(r).error?.issues ?? [],
							`importUndo ${n} ${r.id}`
						).toEqual([]);
			await current.delete();
		}
	);
});
