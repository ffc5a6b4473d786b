/**
 * STAND-IN, to be replaced at merge by the readers of the spreadsheet-reader
 * branch (xlsx, ods, csv in every encoding). Reads only UTF-8 CSV with `;` or
 * `,` between cells and RFC 4180 quotes, so that the import's mapping, checks
 * and review work end to end meanwhile. Same signature as the real one.
 */
import { SpreadsheetRefused, type Workbook } from './types';

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<Workbook> {
	if (!/\.(csv|txt)$/i.test(fileName)) throw new SpreadsheetRefused({ code: 'notSpreadsheet' });
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		throw new SpreadsheetRefused({ code: 'corrupt' });
	}
	const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
	const sep =
		(firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === sep) {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (cell || row.length) {
		row.push(cell);
		rows.push(row);
	}
	for (const r of rows) while (r.length && !r[r.length - 1]) r.pop();
	while (rows.length && !rows[rows.length - 1].length) rows.pop();
	if (!rows.length) throw new SpreadsheetRefused({ code: 'empty' });
	return { format: 'csv', sheets: [{ name: fileName.replace(/\.[^.]+$/, ''), rows }] };
}
