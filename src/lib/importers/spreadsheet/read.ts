/**
 * File bytes → Workbook, by what the bytes are rather than by the file's name:
 * a zip is an xlsx or an ods (or refused as not a spreadsheet), a compound file
 * is a password-protected xlsx or an old .xls (both refused, with their own
 * reasons), other binary files are refused, and text is CSV. The zip readers
 * are imported on demand, so they are not part of the app's first download.
 */
import { cfbStreamNames, isCfb } from './cfb';
import { decodeText, looksLikeOtherText, notSpreadsheet, readCsv } from './csv';
import { MAX_FILE_BYTES } from './limits';
import { SpreadsheetRefused, type Workbook } from './types';
import { XmlError } from './xml';

const MAGIC: number[][] = [
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0xff, 0xd8, 0xff], // JPEG
	[0x47, 0x49, 0x46, 0x38], // GIF
	[0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
	[0x1f, 0x8b], // gzip
	[0x52, 0x61, 0x72, 0x21], // RAR
	[0x37, 0x7a, 0xbc, 0xaf] // 7z
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

function isZipLike(bytes: Uint8Array): boolean {
	// A local file header, or the end record of an empty zip.
	return (
		bytes[0] === 0x50 &&
		bytes[1] === 0x4b &&
		((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
	);
}

/** Binary, not text: a NUL byte early on (UTF-16 text says so with its byte order mark). */
function looksBinary(bytes: Uint8Array): boolean {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return false;
	return bytes.subarray(0, 8192).includes(0);
}

function baseName(fileName: string): string {
	const name = fileName
		.replace(/^.*[\\/]/, '')
		.replace(/\.[^.]*$/, '')
		.trim();
	return name || 'CSV';
}

async function read(fileName: string, bytes: Uint8Array): Promise<Workbook> {
	if (!bytes.length) throw new SpreadsheetRefused({ code: 'empty' });
	if (bytes.length > MAX_FILE_BYTES)
		throw new SpreadsheetRefused({ code: 'fileTooLarge', limit: MAX_FILE_BYTES });
	if (isZipLike(bytes)) {
		const { readZipped } = await import('./zipped');
		return readZipped(bytes);
	}
	if (isCfb(bytes)) {
		const names = cfbStreamNames(bytes);
		if (!names) throw new SpreadsheetRefused({ code: 'corrupt' });
		if (names.includes('EncryptionInfo')) throw new SpreadsheetRefused({ code: 'encrypted' });
		if (names.includes('Workbook') || names.includes('Book'))
			throw new SpreadsheetRefused({ code: 'legacyExcel' });
		throw notSpreadsheet();
	}
	if (MAGIC.some((m) => startsWith(bytes, m)) || looksBinary(bytes)) throw notSpreadsheet();
	const text = decodeText(bytes);
	if (looksLikeOtherText(text)) throw notSpreadsheet();
	return readCsv(text, baseName(fileName));
}

/**
 * Reads a spreadsheet file. Throws SpreadsheetRefused, and nothing else, for a
 * file that cannot or must not be read: too large, encrypted, damaged, not a
 * spreadsheet, or with nothing in it.
 */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<Workbook> {
	let workbook: Workbook;
	try {
		workbook = await read(fileName, bytes);
	} catch (e) {
		if (e instanceof SpreadsheetRefused) throw e;
		// A hostile file's offsets point outside it, or its XML is broken.
		if (e instanceof XmlError || e instanceof RangeError)
			throw new SpreadsheetRefused({ code: 'corrupt' });
		throw e;
	}
	if (!workbook.sheets.some((s) => s.rows.length)) throw new SpreadsheetRefused({ code: 'empty' });
	return workbook;
}
