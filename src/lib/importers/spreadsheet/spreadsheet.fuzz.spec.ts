/**
 * A damaged or hostile spreadsheet is refused, never anything worse. Thousands
 * of truncated, bit-flipped and spliced files, files whose XML was rewritten
 * and re-zipped (so that it gets past the zip layer), and random text as CSV
 * are read: each must give a Workbook within the limits or a
 * SpreadsheetRefused — no other exception, no hang, no prototype pollution.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { readSpreadsheet } from './read';
import { MAX_CELL_LENGTH, MAX_COLUMNS, MAX_ROWS } from './limits';
import { SpreadsheetRefused } from './types';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const files = [
	'yhteyshenkilot.xlsx',
	'yhteyshenkilot.ods',
	'salasana.ods',
	'windows-1252-puolipiste.csv',
	'utf8-bom-pilkku.csv',
	'sarkain.txt'
].map(fixture);
const stats = { read: 0, refused: 0 };
afterAll(() => console.info('spreadsheet fuzz:', stats));

/** Reads `bytes`; fails the test on anything but a valid Workbook or a SpreadsheetRefused. */
async function feed(bytes: Uint8Array, name = 'fuzz.xlsx'): Promise<void> {
	const started = performance.now();
	try {
		const w = await readSpreadsheet(name, bytes);
		stats.read++;
		expect(['xlsx', 'ods', 'csv']).toContain(w.format);
		expect(w.sheets.some((s) => s.rows.length)).toBe(true);
		for (const s of w.sheets) {
			expect(typeof s.name).toBe('string');
			expect(s.rows.length).toBeLessThanOrEqual(MAX_ROWS);
			for (const row of s.rows) {
				expect(Array.isArray(row)).toBe(true);
				expect(row.length).toBeLessThanOrEqual(MAX_COLUMNS);
				if (row.length) expect(row[row.length - 1].trim()).not.toBe('');
				for (const cell of row) {
					expect(typeof cell).toBe('string');
					expect(cell.length).toBeLessThanOrEqual(MAX_CELL_LENGTH);
				}
			}
		}
	} catch (e) {
		if (!(e instanceof SpreadsheetRefused)) throw e;
		stats.refused++;
	}
	expect(performance.now() - started).toBeLessThan(5000);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(Object.prototype).not.toHaveProperty('0');
}

const anyFile = fc.constantFrom(...files);

describe('fuzzing the spreadsheet readers', () => {
	it('the unchanged fixtures read (the baseline of every mutation)', async () => {
		for (const f of files.filter((_, i) => i !== 2)) await feed(f);
		expect(stats.read).toBe(5);
	});

	it('damaged files: truncated, bytes changed, deleted, inserted, spliced', async () => {
		const damaged = anyFile.chain((f) =>
			fc.oneof(
				fc.nat({ max: f.length }).map((at) => f.slice(0, at)),
				fc
					.array(fc.tuple(fc.nat({ max: f.length - 1 }), fc.integer({ min: 0, max: 255 })), {
						minLength: 1,
						maxLength: 8
					})
					.map((changes) => {
						const out = f.slice();
						for (const [at, b] of changes) out[at] = b;
						return out;
					}),
				fc
					.tuple(fc.nat({ max: f.length }), fc.nat({ max: 400 }))
					.map(([at, n]) => new Uint8Array([...f.subarray(0, at), ...f.subarray(at + n)])),
				fc
					.tuple(fc.nat({ max: f.length }), fc.uint8Array({ minLength: 1, maxLength: 16 }))
					.map(([at, b]) => new Uint8Array([...f.subarray(0, at), ...b, ...f.subarray(at)])),
				fc
					.tuple(anyFile, fc.nat({ max: f.length }), fc.nat())
					.map(
						([g, at, from]) =>
							new Uint8Array([...f.subarray(0, at), ...g.subarray(from % g.length)])
					)
			)
		);
		await fc.assert(
			fc.asyncProperty(damaged, fc.constantFrom('a.xlsx', 'a.ods', 'a.csv'), (b, n) => feed(b, n)),
			{ numRuns: 2000 }
		);
	}, 120_000);

	it('hostile XML inside a valid zip: parts rewritten and re-zipped', async () => {
		const packages = ['yhteyshenkilot.xlsx', 'yhteyshenkilot.ods'].map((n) =>
			unzipSync(fixture(n))
		);
		const token = fc.constantFrom(
			'<c r="A1" t="s"><v>999999</v></c>',
			'<c r="XFD1"><v>1</v></c>',
			'<c r="A60000"><v>1</v></c>',
			'<c r="ZZZZ1"><v>1</v></c>',
			'<c t="d"><v>2024-02-30T25:00:00</v></c>',
			'<c t="n" s="99999"><v>1e400</v></c>',
			'<c s="1"><v>-1e308</v></c>',
			'<row r="-5">',
			'<si><t>__proto__</t></si>',
			'<sheet name="__proto__" r:id="rId2"/>',
			'<sheet name="constructor" r:id="x"/>',
			'<Relationship Id="__proto__" Type="/worksheet" Target="../../../etc/passwd"/>',
			'<!DOCTYPE x [<!ENTITY a "b">]>',
			'&a;',
			'&#0;',
			'&#x10FFFF;',
			'<![CDATA[',
			']]>',
			'<!--',
			'</',
			'<table:table-row table:number-rows-repeated="1000000000">',
			'<table:table-cell office:value-type="string" table:number-columns-repeated="99999"><text:p>x</text:p></table:table-cell>',
			'<table:table-cell office:value-type="float" office:value="NaN"/>',
			'<table:table-cell office:value-type="date" office:date-value="x"/>',
			'<text:s text:c="4000000000"/>',
			'<manifest:encryption-data/>',
			'x'.repeat(40_000),
			'"',
			"'",
			'<',
			'>',
			'\u0000'
		);
		const edit = fc.record({
			pkg: fc.nat({ max: 1 }),
			part: fc.nat(),
			at: fc.nat(),
			cut: fc.nat({ max: 50 }),
			insert: fc.oneof(token, fc.string({ maxLength: 12 }))
		});
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
				const pkg = packages[edits[0].pkg];
				const out: Zippable = {};
				for (const [name, data] of Object.entries(pkg)) out[name] = data;
				const xmlParts = Object.keys(pkg).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
				for (const e of edits) {
					const name = xmlParts[e.part % xmlParts.length];
					const text = strFromU8(out[name] as Uint8Array);
					const at = e.at % (text.length + 1);
					out[name] = strToU8(text.slice(0, at) + e.insert + text.slice(at + e.cut));
				}
				await feed(zipSync(out, { level: 1 }));
			}),
			{ numRuns: 1000 }
		);
	}, 180_000);

	it('random text read as CSV', async () => {
		const cell = fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 10 }),
			fc.constantFrom('"', '""', ';', ',', '\t', '\r\n', '\n', '\r', '=1+2', "'=x", '="0"', 'sep=,')
		);
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 300 }),
			fc.array(cell, { maxLength: 80 }).map((cells) => cells.join(''))
		);
		await fc.assert(
			fc.asyncProperty(text, fc.constantFrom('utf-8', 'bom', 'windows-1252'), async (t, enc) => {
				let bytes = strToU8(t);
				if (enc === 'bom') bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
				if (enc === 'windows-1252')
					bytes = Uint8Array.from(t, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
				await feed(bytes, 'a.csv');
			}),
			{ numRuns: 2000 }
		);
	}, 120_000);
});
