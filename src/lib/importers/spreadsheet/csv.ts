/**
 * Delimited text as spreadsheet programs and other tools write it: UTF-8 with
 * or without a byte order mark, UTF-16 with one (Excel's "Unicode text"),
 * Windows-1252 as Finnish Excel saves "CSV (semicolon separated)" (told apart
 * by not being valid UTF-8); separated by ';', ',' or tab, whichever splits
 * the first lines most consistently (or Excel's `sep=` first line); RFC 4180
 * quotes with doubled quotes and line breaks inside. No library is needed.
 */
import { GridBuilder } from './grid';
import { MAX_COLUMNS } from './limits';
import { SpreadsheetRefused, type Workbook } from './types';

export type Delimiter = ';' | ',' | '\t';
const DELIMITERS: Delimiter[] = [';', ',', '\t'];

// Windows-1252's 0x80–0x9F (€, ‚, „, …, –, —, ™, curly quotes…). Browsers' TextDecoder maps them,
// Node's (as of 20) decodes 'windows-1252' as Latin-1 and leaves U+0080–U+009F: mapped here for both.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	return new TextDecoder('windows-1252')
		.decode(bytes)
		.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Text from bytes: by byte order mark, else UTF-8 if valid, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Not UTF-8: what Excel writes in Finland ("ANSI"), where ä is the single byte 0xE4.
		return decodeWindows1252(bytes);
	}
}

/**
 * Splits text into records of fields. `onRecord` gets each record; returning
 * false stops. Quotes open a field only at its start; a quote inside an
 * unquoted field, or text after a closing quote, is kept as it stands. Past
 * `maxFields` a record keeps only its first non-empty extra field (enough to
 * refuse it), so a line of a million separators costs no memory.
 */
export function splitRecords(
	text: string,
	delimiter: string,
	onRecord: (fields: string[]) => boolean | void,
	maxFields = Infinity
): void {
	const n = text.length;
	let i = 0;
	let fields: string[] = [];
	while (i <= n) {
		let field = '';
		if (text.charCodeAt(i) === 0x22) {
			i++;
			for (;;) {
				const q = text.indexOf('"', i);
				if (q < 0) {
					// Unterminated: the rest of the file is this field, as Excel reads it.
					field += text.slice(i);
					i = n;
					break;
				}
				field += text.slice(i, q);
				if (text.charCodeAt(q + 1) === 0x22) {
					field += '"';
					i = q + 2;
				} else {
					i = q + 1;
					break;
				}
			}
			field = field.replace(/\r\n?/g, '\n');
		}
		// Up to the delimiter or the end of the line (anything after a closing quote included).
		let j = i;
		while (j < n) {
			const c = text[j];
			if (c === delimiter || c === '\n' || c === '\r') break;
			j++;
		}
		field += text.slice(i, j);
		if (fields.length < maxFields || (fields.length === maxFields && field !== ''))
			fields.push(field);
		if (j >= n) {
			onRecord(fields);
			return;
		}
		const c = text[j];
		i = j + 1;
		if (c === delimiter) continue;
		if (c === '\r' && text[i] === '\n') i++;
		if (onRecord(fields) === false) return;
		fields = [];
		if (i >= n) return;
	}
}

/** The delimiter that gives the first lines the most consistent number of fields (more than one). */
export function detectDelimiter(text: string): Delimiter {
	const sample = text.slice(0, 65_536);
	let best: Delimiter = ';';
	let bestScore = 0;
	for (const d of DELIMITERS) {
		const counts: number[] = [];
		splitRecords(sample, d, (fields) => {
			if (fields.some((f) => f !== '')) counts.push(fields.length);
			return counts.length < 50;
		});
		// The most common field count, and how many lines have it.
		const tally = new Map<number, number>();
		for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
		let mode = 1;
		let share = 0;
		for (const [c, k] of tally) if (k > share || (k === share && c > mode)) [mode, share] = [c, k];
		if (mode < 2) continue;
		const score = (share / counts.length) * 1000 + Math.min(mode, 999);
		if (score > bestScore) [best, bestScore] = [d, score];
	}
	return best;
}

/**
 * A cell as a spreadsheet program shows it: `'=1+2` (the apostrophe that CSV
 * writers, Verkosto's own among them, put before formula-like text) shows as
 * `=1+2`, and `="00100"` (how exports keep leading zeros) as `00100`.
 */
function shown(field: string): string {
	if (field.length > 1 && field[0] === "'" && /^[=+\-@\t\r]/.test(field.slice(1)))
		return field.slice(1);
	const wrapped = /^="([^"]*)"$/.exec(field);
	return wrapped ? wrapped[1] : field;
}

export function readCsv(text: string, sheetName: string): Workbook {
	let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let delimiter: Delimiter | undefined;
	// Excel's hint line: "sep=;" alone on the first line.
	const hint = /^sep=(.)(\r\n|\n|\r|$)/.exec(body);
	if (hint && (DELIMITERS as string[]).includes(hint[1])) {
		delimiter = hint[1] as Delimiter;
		body = body.slice(hint[0].length);
	}
	delimiter ??= detectDelimiter(body);
	const grid = new GridBuilder(sheetName);
	let row = 0;
	splitRecords(
		body,
		delimiter,
		(fields) => {
			for (let c = 0; c < fields.length; c++) grid.set(row, c, shown(fields[c]));
			row++;
		},
		MAX_COLUMNS
	);
	return { format: 'csv', sheets: [grid.finish()] };
}

/** Text that is plainly some other format: markup, RTF, PDF. */
export function looksLikeOtherText(text: string): boolean {
	const start = text
		.slice(0, 512)
		.replace(/^\uFEFF?\s*/, '')
		.toLowerCase();
	return (
		start.startsWith('<?xml') ||
		start.startsWith('<!doctype') ||
		start.startsWith('<html') ||
		start.startsWith('<table') ||
		start.startsWith('{\\rtf') ||
		start.startsWith('%pdf-')
	);
}

export const notSpreadsheet = () => new SpreadsheetRefused({ code: 'notSpreadsheet' });
