/**
 * Opens a database created by every earlier schema version, filled with that
 * version's fixture, with the current app, and checks that nothing was lost and
 * every record is valid under the current schemas.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createDb } from './database';
import { CURRENT_VERSION, migrations } from './migrations';
import { ENTITY_NAMES, entitySchemas } from '$lib/domain/entities';

const fixtureDir = new URL('./fixtures/', import.meta.url);
const fixtureFor = (v: number) =>
	JSON.parse(readFileSync(new URL(`db-v${v}.json`, fixtureDir), 'utf8'));

describe('migrations', () => {
	it('are numbered 1, 2, 3 … without gaps', () => {
		expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
	});

	it('have a fixture for every version', () => {
		const files = readdirSync(fixtureDir).filter((f) => /^db-v\d+\.json$/.test(f));
		expect(files.sort()).toEqual(migrations.map((m) => `db-v${m.version}.json`).sort());
	});

	it.each(migrations.map((m) => m.version))(
		'a database created at version %i opens with the current app without loss',
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
			for (const n of ENTITY_NAMES) {
				const rows = await current[n].toArray();
				expect(rows.length, n).toBe((fixture[n] ?? []).length);
				for (const r of rows)
					expect(entitySchemas[n].safeParse(r).error?.issues ?? [], `${n} ${r.id}`).toEqual([]);
			}
			await current.delete();
		}
	);
});
