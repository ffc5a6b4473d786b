/**
 * A minimal xlsx writer for tests and the bench: every cell an inline string,
 * no styles, so any workbook of text grids (200 or 10,000 rows) becomes a file
 * Excel and LibreOffice open, without LibreOffice at hand.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Workbook } from './types';

function escapeXml(s: string): string {
	return (
		s
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			// A literal _xHHHH_ is itself escaped, as Excel does, so it reads back unchanged.
			.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
			// Characters XML 1.0 cannot carry, as Excel escapes them.
			.replace(
				/[^\t\n\r\u0020-\uffff]/g,
				(c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`
			)
	);
}

export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

function sheetXml(rows: string[][]): string {
	const out: string[] = [];
	rows.forEach((cells, r) => {
		const cs = cells
			.map((text, c) =>
				text === ''
					? ''
					: `<c r="${columnName(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`
			)
			.join('');
		out.push(`<row r="${r + 1}">${cs}</row>`);
	});
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
		'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
		out.join('') +
		'</sheetData></worksheet>'
	);
}

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function writeXlsx(workbook: Workbook): Uint8Array {
	const sheets = workbook.sheets;
	const files: Zippable = {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
				'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
				'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
				'<Default Extension="xml" ContentType="application/xml"/>' +
				'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
				sheets
					.map(
						(_, i) =>
							`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
					)
					.join('') +
				'</Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
				'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
				`<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>` +
				'</Relationships>'
		),
		'xl/workbook.xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
				`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELS}"><sheets>` +
				sheets
					.map(
						(s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
					)
					.join('') +
				'</sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
				'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
				sheets
					.map(
						(_, i) =>
							`<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
					)
					.join('') +
				'</Relationships>'
		)
	};
	sheets.forEach((s, i) => {
		files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows));
	});
	return zipSync(files);
}
