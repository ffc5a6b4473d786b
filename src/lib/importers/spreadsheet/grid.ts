/**
 * Collects one sheet's cells into rows while enforcing the limits: a value past
 * the row or column limit, or a cell longer than the cell limit, refuses the
 * whole file. Empty cells are never stored, so empty rows and columns past the
 * data (which spreadsheet programs write in their thousands) cost nothing.
 */
import { MAX_CELL_LENGTH, MAX_COLUMNS, MAX_ROWS } from './limits';
import { SpreadsheetRefused, type Sheet } from './types';

export class GridBuilder {
	private readonly rows: string[][] = [];

	constructor(readonly name: string) {}

	/** Puts `text` at a 0-based row and column; empty text is no value. */
	set(row: number, column: number, text: string): void {
		if (!text.trim()) return;
		if (row >= MAX_ROWS)
			throw new SpreadsheetRefused({ code: 'tooManyRows', sheet: this.name, limit: MAX_ROWS });
		if (column >= MAX_COLUMNS)
			throw new SpreadsheetRefused({
				code: 'tooManyColumns',
				sheet: this.name,
				limit: MAX_COLUMNS
			});
		if (text.length > MAX_CELL_LENGTH)
			throw new SpreadsheetRefused({
				code: 'cellTooLong',
				sheet: this.name,
				row: row + 1,
				column: column + 1,
				limit: MAX_CELL_LENGTH
			});
		while (this.rows.length <= row) this.rows.push([]);
		const cells = this.rows[row];
		while (cells.length < column) cells.push('');
		cells[column] = text;
	}

	/** The sheet, trailing empty rows dropped (cells are only ever set non-empty). */
	finish(): Sheet {
		return { name: this.name, rows: this.rows };
	}
}
