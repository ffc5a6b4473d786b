/**
 * OpenDocument spreadsheets (.ods) as LibreOffice writes them: content.xml's
 * tables, rows and cells, with their repeat counts (LibreOffice writes the
 * empty rest of a sheet as one row repeated a million times, so empty repeats
 * only move the position, and repeated values are counted against the size
 * limit as if they had been written out). Formulas are never read: a cell's
 * saved value is.
 */
import { plainNumber } from './format';
import { GridBuilder } from './grid';
import { MAX_CELL_LENGTH, MAX_COLUMNS } from './limits';
import { SpreadsheetRefused, type Sheet, type Workbook } from './types';
import { XmlError, XmlReader } from './xml';
import { Budget, readText, type ZipEntry } from './zip';

const corrupt = () => new SpreadsheetRefused({ code: 'corrupt' });

export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function repeatCount(value: string | undefined): number {
	if (value === undefined) return 1;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw corrupt();
	return n;
}

/** Elements inside a cell whose text is not the cell's: comments and drawings. */
function notCellText(name: string): boolean {
	return (
		name === 'office:annotation' ||
		name.startsWith('draw:') ||
		name.startsWith('svg:') ||
		name.startsWith('dr3d:')
	);
}

/** The text shown in the cell just opened: its paragraphs joined by line breaks. */
function readCellText(r: XmlReader): string {
	let text = '';
	let paragraphs = 0;
	const depth = r.depth;
	for (;;) {
		const e = r.next();
		if (e === 'end') throw corrupt();
		if (e === 'close') {
			if (r.depth < depth) return text;
			continue;
		}
		if (e === 'text') {
			// Text directly in the cell (outside a paragraph) is whitespace between elements.
			if (r.depth > depth) text += r.text;
		} else if (notCellText(r.name)) r.skip();
		else if (r.local === 'p' || r.local === 'h') {
			if (paragraphs++) text += '\n';
		} else if (r.local === 's') {
			const c = repeatCount(r.attr('c'));
			text += ' '.repeat(Math.min(c, MAX_CELL_LENGTH + 1));
		} else if (r.local === 'tab') text += '\t';
		else if (r.local === 'line-break') text += '\n';
		if (text.length > MAX_CELL_LENGTH) {
			// Long enough to be refused; the rest of the cell need not be gathered.
			r.skip();
			return text;
		}
	}
}

function cellValue(r: XmlReader): string {
	const type = r.attr('value-type');
	const value = r.attr('value');
	const dateValue = r.attr('date-value');
	const booleanValue = r.attr('boolean-value');
	const display = r.selfClosing ? '' : readCellText(r);
	switch (type) {
		case 'float':
		case 'currency':
		case 'percentage': {
			const n = Number(value);
			if (value === undefined || !Number.isFinite(n)) return display;
			// A number format with leading zeros (postal codes) shows them; keep what is shown.
			if (/^0[0-9]+$/.test(display) && Number(display) === n) return display;
			return type === 'percentage' ? plainNumber(n * 100) + '%' : plainNumber(n);
		}
		case 'date': {
			const m =
				dateValue && /^(-?\d{4,}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(dateValue);
			if (!m) return display;
			const [, date, hh, mm, ss] = m;
			if (!hh || (hh === '00' && mm === '00' && (!ss || ss === '00'))) return date;
			return `${date} ${hh}:${mm}` + (ss && ss !== '00' ? `:${ss}` : '');
		}
		case 'boolean':
			return booleanValue === 'true' ? 'TRUE' : booleanValue === 'false' ? 'FALSE' : display;
		default:
			return display;
	}
}

function readTable(r: XmlReader, name: string, budget: Budget): Sheet {
	const grid = new GridBuilder(name);
	const depth = r.depth;
	let row = 0;
	for (;;) {
		const e = r.next();
		if (e === 'end') throw corrupt();
		if (e === 'close') {
			if (r.depth < depth) return grid.finish();
			continue;
		}
		if (e !== 'open') continue;
		if (r.local === 'table-row') {
			const rows = repeatCount(r.attr('number-rows-repeated'));
			const cells: [number, string, number][] = [];
			let column = 0;
			if (!r.selfClosing) {
				const rowDepth = r.depth;
				for (;;) {
					const ce = r.next();
					if (ce === 'end') throw corrupt();
					if (ce === 'close') {
						if (r.depth < rowDepth) break;
						continue;
					}
					if (ce !== 'open') continue;
					const tag: string = r.local;
					if (tag === 'table-cell' || tag === 'covered-table-cell') {
						const columns = repeatCount(r.attr('number-columns-repeated'));
						const text = cellValue(r);
						if (text) {
							if (column + columns > MAX_COLUMNS)
								throw new SpreadsheetRefused({
									code: 'tooManyColumns',
									sheet: name,
									limit: MAX_COLUMNS
								});
							cells.push([column, text, columns]);
						}
						column += columns;
					} else r.skip();
				}
			}
			if (cells.length) {
				for (let i = 0; i < rows; i++) {
					for (const [at, text, columns] of cells) {
						for (let k = 0; k < columns; k++) {
							// Copies written out by the repeat counts cost what they would as XML.
							if (i || k) budget.spend(text.length + 16);
							grid.set(row + i, at + k, text);
						}
					}
				}
			}
			row += rows;
		} else if (
			r.local === 'table-column' ||
			r.local === 'table-columns' ||
			r.local === 'table-header-columns' ||
			r.local === 'table-column-group'
		) {
			r.skip();
		} else if (
			r.local !== 'table-header-rows' &&
			r.local !== 'table-rows' &&
			r.local !== 'table-row-group'
		) {
			// Named ranges, shapes, forms…: not cells.
			r.skip();
		}
	}
}

export async function readOds(
	bytes: Uint8Array,
	entries: Map<string, ZipEntry>,
	budget: Budget
): Promise<Workbook> {
	try {
		const manifest = entries.get('META-INF/manifest.xml');
		const content = entries.get('content.xml');
		budget.checkDeclared([manifest, content]);
		if (manifest) {
			// A password-protected ods: its parts are encrypted, described in the manifest.
			const r = new XmlReader(await readText(bytes, manifest, budget));
			for (let e = r.next(); e !== 'end'; e = r.next())
				if (e === 'open' && r.local === 'encryption-data')
					throw new SpreadsheetRefused({ code: 'encrypted' });
		}
		if (!content) throw corrupt();
		const r = new XmlReader(await readText(bytes, content, budget));
		const sheets: Sheet[] = [];
		let inSpreadsheet = false;
		for (let e = r.next(); e !== 'end'; e = r.next()) {
			if (e === 'open') {
				if (r.name === 'office:spreadsheet') inSpreadsheet = true;
				else if (inSpreadsheet && r.local === 'table') {
					const name = r.attr('name') ?? `${sheets.length + 1}`;
					sheets.push(r.selfClosing ? { name, rows: [] } : readTable(r, name, budget));
				}
			} else if (e === 'close' && r.name === 'office:spreadsheet') inSpreadsheet = false;
		}
		return { format: 'ods', sheets };
	} catch (e) {
		if (e instanceof XmlError) throw corrupt();
		throw e;
	}
}
