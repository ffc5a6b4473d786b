import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSpreadsheet } from './read';
import { columnName, writeXlsx } from './testing';
import type { Sheet } from './types';

/** What the readers give for a grid: whitespace-only cells are empty, empty ends trimmed. */
function normalised(rows: string[][]): string[][] {
	const out = rows.map((r) => {
		const cells = r.map((c) => (c.trim() ? c : ''));
		while (cells.length && !cells[cells.length - 1]) cells.pop();
		return cells;
	});
	while (out.length && !out[out.length - 1].length) out.pop();
	return out;
}

describe('writeXlsx', () => {
	it('column names', () => {
		expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual([
			'A',
			'Z',
			'AA',
			'AZ',
			'BA',
			'ZZ',
			'AAA'
		]);
	});

	it('any workbook of texts reads back as written', async () => {
		const text = fc.string({ unit: 'grapheme', maxLength: 20 });
		const sheet = fc.record({
			name: fc.string({ minLength: 1, maxLength: 31 }),
			rows: fc.array(fc.array(text, { maxLength: 6 }), { maxLength: 8 })
		});
		await fc.assert(
			fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
				const written = { format: 'xlsx' as const, sheets };
				const expected: Sheet[] = sheets.map((s) => ({ name: s.name, rows: normalised(s.rows) }));
				if (!expected.some((s) => s.rows.length)) return;
				const read = await readSpreadsheet('w.xlsx', writeXlsx(written));
				expect(read).toEqual({ format: 'xlsx', sheets: expected });
			}),
			{ numRuns: 200 }
		);
	}, 60_000);

	it('makes a 10,000-row file that reads in one piece', async () => {
		const rows = [
			['Nimi', 'Organisaatio', 'Puhelin'],
			...Array.from({ length: 10_000 }, (_, i) => [
				`Henkilö ${i}`,
				`Yhdistys ${i % 300} ry`,
				`040 ${i}`
			])
		];
		const w = await readSpreadsheet(
			'iso.xlsx',
			writeXlsx({ format: 'xlsx', sheets: [{ name: 'S', rows }] })
		);
		expect(w.sheets[0].rows).toEqual(rows);
	}, 30_000);
});
