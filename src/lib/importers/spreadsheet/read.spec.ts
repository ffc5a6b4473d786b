import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync, Zip, ZipDeflate } from 'fflate';
import { readSpreadsheet } from './read';
import {
	MAX_CELL_LENGTH,
	MAX_COLUMNS,
	MAX_FILE_BYTES,
	MAX_ROWS,
	MAX_UNCOMPRESSED_BYTES
} from './limits';
import { SpreadsheetRefused, type SpreadsheetProblem, type Workbook } from './types';
import { odsContent, writeCfb, writeOds, writeXlsx } from './testing';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

async function refusal(name: string, bytes: Uint8Array): Promise<SpreadsheetProblem> {
	try {
		await readSpreadsheet(name, bytes);
	} catch (e) {
		if (e instanceof SpreadsheetRefused) return e.problem;
		throw e;
	}
	throw new Error(`${name} was read`);
}

/** The contact sheet as made in LibreOffice (fixtures/source/yhteyshenkilot.fods). */
const CONTACTS = [
	['Järjestöjen yhteyshenkilöt 2024'],
	[],
	[
		'Nimi',
		'Organisaatio',
		'Puhelin',
		'Sähköposti',
		'Kunta',
		'Aloituspäivä',
		'Postinumero',
		'Lisätiedot',
		'Ryhmiä'
	],
	[
		'Åsa Äijälä-Öhman',
		'Ylöjärven Perhetalo ry',
		'358401234567',
		'asa.aijala@example.fi',
		'Ylöjärvi',
		'2024-03-15',
		'00100',
		'Rivi 1\nRivi 2; "lainaus"',
		'3'
	],
	[
		'Matti Meikäläinen',
		'Tampereen kaupunki',
		'040 123 4567',
		'matti@example.fi',
		'Tampere',
		'2023-12-01',
		'02100',
		'=1+2',
		'0.3'
	],
	[
		'Björn Ståhlberg',
		'Folkhälsan',
		'+358 40 765 4321',
		'@bjorn',
		'Pirkkala',
		'',
		'-',
		'Kolme   välilyöntiä',
		'Tampere'
	]
];
const GROUPS = [
	['Ryhmä', 'Jäsen'],
	['Perhekeskusverkosto', 'Åsa Äijälä-Öhman'],
	['Perhekeskusverkosto', 'Matti Meikäläinen']
];
/** In CSV the dates are text as LibreOffice showed them (Finnish format). */
const CSV_CONTACTS = CONTACTS.map((row, i) =>
	i === 3 ? row.with(5, '15.03.2024') : i === 4 ? row.with(5, '01.12.2023') : row
);

describe('files made with LibreOffice', () => {
	it('xlsx: both sheets, Finnish letters, cached formula values, dates, numbers as shown', async () => {
		const w = await readSpreadsheet('yhteyshenkilot.xlsx', fixture('yhteyshenkilot.xlsx'));
		expect(w).toEqual({
			format: 'xlsx',
			sheets: [
				{ name: 'Yhteyshenkilöt', rows: CONTACTS },
				{ name: 'Ryhmät', rows: GROUPS }
			]
		} satisfies Workbook);
	});

	it('ods: the same workbook', async () => {
		const w = await readSpreadsheet('yhteyshenkilot.ods', fixture('yhteyshenkilot.ods'));
		expect(w).toEqual({
			format: 'ods',
			sheets: [
				{ name: 'Yhteyshenkilöt', rows: CONTACTS },
				{ name: 'Ryhmät', rows: GROUPS }
			]
		});
	});

	it('Windows-1252 CSV with semicolons, as Finnish Excel saves it', async () => {
		const bytes = fixture('windows-1252-puolipiste.csv');
		expect(bytes.includes(0xe4)).toBe(true); // ä as one byte: really not UTF-8
		const w = await readSpreadsheet('windows-1252-puolipiste.csv', bytes);
		expect(w).toEqual({
			format: 'csv',
			sheets: [{ name: 'windows-1252-puolipiste', rows: CSV_CONTACTS }]
		});
	});

	it('UTF-8 CSV with a byte order mark and commas', async () => {
		const w = await readSpreadsheet('utf8-bom-pilkku.csv', fixture('utf8-bom-pilkku.csv'));
		expect(w.sheets[0].rows).toEqual(CSV_CONTACTS);
	});

	it('tab-separated text', async () => {
		const w = await readSpreadsheet('sarkain.txt', fixture('sarkain.txt'));
		expect(w.sheets[0].rows).toEqual(CSV_CONTACTS);
	});

	it('a file is read by its content, not by its name', async () => {
		const w = await readSpreadsheet('vienti.csv', fixture('yhteyshenkilot.xlsx'));
		expect(w.format).toBe('xlsx');
		const o = await readSpreadsheet('taulukko.xlsx', fixture('yhteyshenkilot.ods'));
		expect(o.format).toBe('ods');
	});
});

describe('CSV as other tools write it', () => {
	const csv = async (text: string | Uint8Array) =>
		(await readSpreadsheet('t.csv', typeof text === 'string' ? strToU8(text) : text)).sheets[0]
			.rows;

	it('CRLF line ends, quoted CRLF inside a cell, doubled quotes', async () => {
		expect(await csv('Nimi;Huom\r\n"Anna";"rivi 1\r\nrivi ""2"""\r\n')).toEqual([
			['Nimi', 'Huom'],
			['Anna', 'rivi 1\nrivi "2"']
		]);
	});

	it('Excel\'s "sep=" line chooses the delimiter', async () => {
		expect(await csv('sep=,\nNimi;x,Kunta\nA;b,Tampere\n')).toEqual([
			['Nimi;x', 'Kunta'],
			['A;b', 'Tampere']
		]);
	});

	it('decimal commas do not fool the semicolon detection', async () => {
		expect(await csv('Nimi;Summa\nA;1,5\nB;2,25\n')).toEqual([
			['Nimi', 'Summa'],
			['A', '1,5'],
			['B', '2,25']
		]);
	});

	it("UTF-16 with a byte order mark (Excel's Unicode text)", async () => {
		const text = 'Nimi\tKunta\nÄijä\tYlöjärvi\n';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) {
			bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
			bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
		}
		expect(await csv(bytes)).toEqual([
			['Nimi', 'Kunta'],
			['Äijä', 'Ylöjärvi']
		]);
	});

	it('formula-like cells stay text; an export\'s protective apostrophe and ="…" are unwrapped', async () => {
		expect(await csv(`a;b;c;d;e\n=SUM(A1);'=1+2;'-5;="00100";'normal\n`)).toEqual([
			['a', 'b', 'c', 'd', 'e'],
			['=SUM(A1)', '=1+2', '-5', '00100', "'normal"]
		]);
	});

	it('blank lines inside stay as empty rows; trailing ones and empty cells are trimmed', async () => {
		expect(await csv('a;b;;\n\nc;;;\n\n\n')).toEqual([['a', 'b'], [], ['c']]);
	});
});

describe('xlsx details', () => {
	it('round-trips through the test writer, including _x escapes and control characters', async () => {
		const w: Workbook = {
			format: 'xlsx',
			sheets: [
				{ name: 'A & <B>', rows: [['x_x0041_y', 'tab\there'], [], ['', 'b']] },
				{ name: '__proto__', rows: [['constructor', 'toString']] }
			]
		};
		expect(await readSpreadsheet('w.xlsx', writeXlsx(w))).toEqual(w);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('a DOCTYPE (entity expansion) is refused as corrupt', async () => {
		const bytes = writeXlsx({ format: 'xlsx', sheets: [{ name: 'S', rows: [['a']] }] });
		const { unzipSync } = await import('fflate');
		const files = unzipSync(bytes);
		files['xl/worksheets/sheet1.xml'] = strToU8(
			'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' +
				'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>'
		);
		expect(await refusal('x.xlsx', zipSync(files))).toEqual({ code: 'corrupt' });
	});
});

describe('limits', () => {
	const sheet = (rows: string[][]) =>
		writeXlsx({ format: 'xlsx', sheets: [{ name: 'Lista', rows }] });

	it(`${MAX_ROWS} rows are read, one more is refused`, async () => {
		const rows = Array.from({ length: MAX_ROWS }, (_, i) => [`r${i}`]);
		const w = await readSpreadsheet('ok.xlsx', sheet(rows));
		expect(w.sheets[0].rows.length).toBe(MAX_ROWS);
		expect(await refusal('many.xlsx', sheet([...rows, ['yksi liikaa']]))).toEqual({
			code: 'tooManyRows',
			sheet: 'Lista',
			limit: MAX_ROWS
		});
	}, 30_000);

	it(`${MAX_COLUMNS} columns are read, one more is refused (also in CSV)`, async () => {
		const wide = Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`);
		expect((await readSpreadsheet('ok.xlsx', sheet([wide]))).sheets[0].rows[0]).toEqual(wide);
		expect(await refusal('wide.xlsx', sheet([[...wide, 'x']]))).toMatchObject({
			code: 'tooManyColumns',
			limit: MAX_COLUMNS
		});
		expect(await refusal('wide.csv', strToU8([...wide, 'x'].join(';')))).toMatchObject({
			code: 'tooManyColumns'
		});
	});

	it('empty columns and rows past the limits cost nothing; a value there is refused', async () => {
		const { unzipSync } = await import('fflate');
		const files = unzipSync(sheet([['a']]));
		const xml = (cells: string) =>
			strToU8(
				`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>${cells}</sheetData></worksheet>`
			);
		files['xl/worksheets/sheet1.xml'] = xml('<row r="1048576"><c r="XFD1048576" s="1"/></row>');
		expect((await readSpreadsheet('x.xlsx', zipSync(files))).sheets[0].rows).toEqual([['a']]);
		files['xl/worksheets/sheet1.xml'] = xml('<row r="1048576"><c r="A1048576"><v>1</v></c></row>');
		expect(await refusal('x.xlsx', zipSync(files))).toMatchObject({ code: 'tooManyRows' });
	});

	it(`a cell of ${MAX_CELL_LENGTH} characters is read, a longer one is refused with its place`, async () => {
		const long = 'x'.repeat(MAX_CELL_LENGTH);
		expect((await readSpreadsheet('ok.xlsx', sheet([[long]]))).sheets[0].rows[0][0]).toBe(long);
		expect(await refusal('long.xlsx', sheet([['a'], ['b', long + 'x']]))).toEqual({
			code: 'cellTooLong',
			sheet: 'Lista',
			row: 2,
			column: 2,
			limit: MAX_CELL_LENGTH
		});
	});

	it('a file over the size limit is refused before it is looked at', async () => {
		const big = new Uint8Array(MAX_FILE_BYTES + 1);
		expect(await refusal('big.csv', big)).toEqual({ code: 'fileTooLarge', limit: MAX_FILE_BYTES });
	});
});

describe('zip bombs', () => {
	/** An honest xlsx whose one sheet unpacks to 1 MB more than the limit (about 100 kB packed). */
	function bomb(): Uint8Array {
		const parts: Uint8Array[] = [];
		const zip = new Zip((err, data) => {
			if (err) throw err;
			parts.push(data);
		});
		const add = (name: string, text: string) => {
			const f = new ZipDeflate(name, { level: 1 });
			zip.add(f);
			f.push(strToU8(text), true);
		};
		const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
		add(
			'_rels/.rels',
			`<Relationships><Relationship Id="r1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		);
		add('xl/workbook.xml', `<workbook><sheets><sheet name="S" r:id="s1"/></sheets></workbook>`);
		add(
			'xl/_rels/workbook.xml.rels',
			`<Relationships><Relationship Id="s1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
		);
		const sheetFile = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
		zip.add(sheetFile);
		sheetFile.push(strToU8('<worksheet><sheetData>'));
		const chunk = strToU8('<row/>'.repeat(1 << 18)); // 1.5 MB
		for (let n = 0; n <= MAX_UNCOMPRESSED_BYTES; n += chunk.length) sheetFile.push(chunk);
		sheetFile.push(strToU8('</sheetData></worksheet>'), true);
		zip.end();
		const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
		let at = 0;
		for (const p of parts) {
			out.set(p, at);
			at += p.length;
		}
		return out;
	}

	/** Rewrites the uncompressed size the central directory declares for `name`. */
	function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
		const out = zip.slice();
		const view = new DataView(out.buffer);
		const target = strToU8(name);
		for (let at = out.length - 22; at >= 0; at--) {
			if (view.getUint32(at, true) !== 0x02014b50) continue;
			const n = view.getUint16(at + 28, true);
			if (n === target.length && target.every((b, i) => out[at + 46 + i] === b)) {
				view.setUint32(at + 24, size, true);
				return out;
			}
		}
		throw new Error('entry not found');
	}

	const file = bomb();

	it('is refused by its declared size before anything is unpacked', async () => {
		expect(file.length).toBeLessThan(MAX_FILE_BYTES);
		const started = performance.now();
		expect(await refusal('bomb.xlsx', file)).toEqual({
			code: 'uncompressedTooLarge',
			limit: MAX_UNCOMPRESSED_BYTES
		});
		expect(performance.now() - started).toBeLessThan(1000);
	}, 60_000);

	it('is refused while unpacking when its header lies about the size', async () => {
		for (const size of [1000, 50 * 1024 * 1024]) {
			const liar = declare(file, 'xl/worksheets/sheet1.xml', size);
			const problem = await refusal('liar.xlsx', liar);
			expect(['corrupt', 'uncompressedTooLarge']).toContain(problem.code);
		}
	}, 60_000);

	it('an ods whose repeat counts expand past the limits is refused', async () => {
		const cell = `<table:table-cell office:value-type="string" table:number-columns-repeated="150"><text:p>${'x'.repeat(1000)}</text:p></table:table-cell>`;
		const rows = `<table:table-row table:number-rows-repeated="40000">${cell}</table:table-row>`;
		const ods = writeOds(odsContent([{ name: 'T', rows }]));
		expect(ods.length).toBeLessThan(10_000);
		expect(await refusal('repeat.ods', ods)).toEqual({
			code: 'uncompressedTooLarge',
			limit: MAX_UNCOMPRESSED_BYTES
		});
		const tall = `<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>`;
		expect(await refusal('tall.ods', writeOds(odsContent([{ name: 'T', rows: tall }])))).toEqual({
			code: 'tooManyRows',
			sheet: 'T',
			limit: MAX_ROWS
		});
	}, 30_000);

	it("an ods's million empty rows after the data (as LibreOffice writes) are no rows", async () => {
		const rows =
			`<table:table-row><table:table-cell office:value-type="string"><text:p>Nimi</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16383"/></table:table-row>` +
			`<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`;
		const w = await readSpreadsheet('t.ods', writeOds(odsContent([{ name: 'T', rows }])));
		expect(w.sheets[0].rows).toEqual([['Nimi']]);
	});
});

describe('refused files', () => {
	it('a password-protected ods (saved with a password in LibreOffice)', async () => {
		expect(await refusal('salasana.ods', fixture('salasana.ods'))).toEqual({ code: 'encrypted' });
	});

	it('a password-protected xlsx: a compound file with EncryptionInfo', async () => {
		const bytes = writeCfb(['EncryptionInfo', 'EncryptedPackage']);
		expect(await refusal('salasana.xlsx', bytes)).toEqual({ code: 'encrypted' });
	});

	it('an Excel 97–2003 workbook', async () => {
		expect(await refusal('vanha.xls', writeCfb(['Workbook']))).toEqual({ code: 'legacyExcel' });
		expect(await refusal('muistio.doc', writeCfb(['WordDocument']))).toEqual({
			code: 'notSpreadsheet'
		});
		// Cut short: a compound file all the same, and broken.
		expect(await refusal('vanha.xls', writeCfb(['Workbook']).subarray(0, 300))).toEqual({
			code: 'corrupt'
		});
	});

	it('an Excel binary workbook (.xlsb) is named as such, with what to do', async () => {
		// The package Excel writes for .xlsb: the same relationships as .xlsx, binary parts.
		const xlsb = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'_rels/.rels': strToU8(
				'<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'
			),
			'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00])
		});
		expect(await refusal('taulukko.xlsb', xlsb)).toEqual({ code: 'binaryExcel' });
	});

	it('a truncated xlsx', async () => {
		const bytes = fixture('yhteyshenkilot.xlsx');
		for (const cut of [10, 100, bytes.length / 2, bytes.length - 30])
			expect(await refusal('katkennut.xlsx', bytes.subarray(0, cut))).toEqual({
				code: 'corrupt'
			});
	});

	it('a PNG, a PDF, a .docx, a plain zip, HTML renamed .xlsx', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect(await refusal('kuva.xlsx', png)).toEqual({ code: 'notSpreadsheet' });
		expect(await refusal('a.xlsx', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({
			code: 'notSpreadsheet'
		});
		const docx = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'_rels/.rels': strToU8(
				'<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
			),
			'word/document.xml': strToU8('<w:document xmlns:w="w"/>')
		});
		expect(await refusal('kirje.xlsx', docx)).toEqual({ code: 'notSpreadsheet' });
		expect(await refusal('a.xlsx', zipSync({ 'a.txt': strToU8('hei') }))).toEqual({
			code: 'notSpreadsheet'
		});
		expect(await refusal('a.xlsx', strToU8('<html><table><tr><td>1</td></tr></table>'))).toEqual({
			code: 'notSpreadsheet'
		});
		const odt = writeOds('<x/>');
		odt.set(strToU8('application/vnd.oasis.opendocument.text\0\0\0\0\0\0\0'), 38);
		expect(['notSpreadsheet', 'corrupt']).toContain((await refusal('a.ods', odt)).code);
	});

	it('empty files and files with nothing in them', async () => {
		expect(await refusal('tyhja.csv', new Uint8Array())).toEqual({ code: 'empty' });
		expect(await refusal('tyhja.csv', strToU8(' ;\n;;\n'))).toEqual({ code: 'empty' });
		expect(
			await refusal('tyhja.xlsx', writeXlsx({ format: 'xlsx', sheets: [{ name: 'S', rows: [] }] }))
		).toEqual({ code: 'empty' });
	});
});
