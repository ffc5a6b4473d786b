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

/** An ods with the given content.xml (and manifest), zipped as LibreOffice does: mimetype first, stored. */
export function writeOds(contentXml: string, manifestXml?: string): Uint8Array {
	const files: Zippable = {
		mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
		'content.xml': strToU8(contentXml)
	};
	if (manifestXml) files['META-INF/manifest.xml'] = strToU8(manifestXml);
	return zipSync(files);
}

/** The content.xml of an ods whose tables are given as their row elements' XML. */
export function odsContent(tables: { name: string; rows: string }[]): string {
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
		'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
		'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
		'<office:body><office:spreadsheet>' +
		tables
			.map((t) => `<table:table table:name="${escapeXml(t.name)}">${t.rows}</table:table>`)
			.join('') +
		'</office:spreadsheet></office:body></office:document-content>'
	);
}

/**
 * A compound file (512-byte sectors: header, FAT, one directory sector) holding
 * empty streams with the given names: with `EncryptionInfo` and
 * `EncryptedPackage` it is what Excel writes for a password-protected xlsx.
 */
export function writeCfb(streamNames: string[]): Uint8Array {
	if (streamNames.length > 3)
		throw new Error('one directory sector holds the root and three streams');
	const bytes = new Uint8Array(512 * 3);
	const view = new DataView(bytes.buffer);
	[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
	view.setUint16(24, 0x3e, true); // minor version
	view.setUint16(26, 3, true); // major version 3: 512-byte sectors
	view.setUint16(28, 0xfffe, true); // byte order
	view.setUint16(30, 9, true); // sector shift
	view.setUint16(32, 6, true); // mini sector shift
	view.setUint32(44, 1, true); // FAT sectors
	view.setUint32(48, 1, true); // first directory sector
	view.setUint32(56, 4096, true); // mini stream cutoff
	view.setUint32(60, 0xfffffffe, true); // no mini FAT
	view.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
	for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : 0xffffffff, true);
	// FAT (sector 0): itself, then the directory's one-sector chain; the rest free.
	const fat = 512;
	for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
	view.setUint32(fat, 0xfffffffd, true);
	view.setUint32(fat + 4, 0xfffffffe, true);
	// Directory (sector 1): the root storage, then the streams.
	const entry = (index: number, name: string, type: number) => {
		const at = 1024 + index * 128;
		for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
		view.setUint16(at + 64, (name.length + 1) * 2, true);
		bytes[at + 66] = type;
		view.setUint32(at + 68, 0xffffffff, true);
		view.setUint32(
			at + 72,
			index === 0 || index === streamNames.length ? 0xffffffff : index + 1,
			true
		);
		view.setUint32(at + 76, index === 0 && streamNames.length ? 1 : 0xffffffff, true);
		view.setUint32(at + 116, 0xfffffffe, true);
	};
	entry(0, 'Root Entry', 5);
	streamNames.forEach((name, i) => entry(i + 1, name, 2));
	return bytes;
}
