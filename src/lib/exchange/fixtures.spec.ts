/**
 * Every export format version ever shipped keeps importing: each has a frozen
 * file in fixtures/ (export-vN.json), made by the app of that time. A new
 * format version adds its fixture and an upgrade step (upgrade.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { ENTITY_NAMES, entitySchemas } from '$lib/domain/entities';
import { readDataSet } from '$lib/db/bulk';
import type { VerkostoDb } from '$lib/db/database';
import { device, importText } from '$lib/testing/exchange';
import { sampleDataSet } from '$lib/testing/samples';
import { FORMAT_VERSION } from './format';
import { FORMAT_UPGRADES } from './upgrade';

// Whole networks in fake IndexedDB: generous time on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const dir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(dir)
	.filter((f) => /^export-v\d+\.json$/.test(f))
	.map((f) => ({
		file: f,
		version: Number(/v(\d+)/.exec(f)![1]),
		text: readFileSync(new URL(f, dir), 'utf8')
	}))
	.sort((a, b) => a.version - b.version);

let db: VerkostoDb | undefined;
afterEach(async () => {
	await db?.delete();
	db = undefined;
});

describe('export files of every format version', () => {
	it('there is a fixture for every version up to the current one', () => {
		expect(fixtures.map((f) => f.version)).toEqual(
			Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1)
		);
	});

	it('there is an upgrade step from every older version', () => {
		const older = Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => i + 1);
		expect(older.filter((v) => !FORMAT_UPGRADES.some((u) => u.from === v))).toEqual([]);
	});

	it.each(fixtures)(
		'$file imports into an empty database, every record valid',
		async ({ text }) => {
			db = await device('fixture');
			const { record } = await importText(db, text);
			const file = JSON.parse(text);
			const got = await readDataSet(db);
			for (const n of ENTITY_NAMES) {
				expect(got[n].length, n).toBe(file.counts[n] ?? 0);
				for (const r of got[n])
					expect(entitySchemas[n].safeParse(r).success, `${n} ${r.id}`).toBe(true);
			}
			expect(record.exporter).toEqual(file.exporter);
		}
	);

	it('version 1 holds the sample network and a deletion', async () => {
		db = await device('fixture');
		await importText(db, fixtures[0].text);
		const got = await readDataSet(db);
		const sample = sampleDataSet();
		expect(got.organisations).toEqual(sample.organisations);
		expect(got.meetings).toEqual(sample.meetings);
		expect(got.knowledgeSources.filter((k) => k.deletedAt).map((k) => k.name)).toEqual([
			'Lapsibarometri'
		]);
	});

	it('version 2 holds an expert network with the themes it covers', async () => {
		db = await device('fixture');
		await importText(db, fixtures[1].text);
		const networks = (await readDataSet(db)).bodies.filter((b) => b.kind === 'expert_network');
		expect(networks.map((b) => [b.name, b.themes])).toEqual([
			['Maakunnallinen nepsy-verkosto', ['neuropsychiatric', 'disability']]
		]);
	});
});
