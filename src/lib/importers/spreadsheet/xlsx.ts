/**
 * Office Open XML workbooks (.xlsx, .xlsm) as Excel, LibreOffice and Google
 * Sheets write them: the workbook's sheet list, shared strings, number formats
 * (to tell dates and leading zeros) and each worksheet's cells. A formula is
 * read as the value Excel saved with it; the formula itself is never looked at.
 */
import { classifyFormat, formatNumber, type NumberFormat } from './format';
import { GridBuilder } from './grid';
import { SpreadsheetRefused, type Sheet, type Workbook } from './types';
import { XmlError, XmlReader } from './xml';
import { Budget, readText, type ZipEntry } from './zip';

const corrupt = () => new SpreadsheetRefused({ code: 'corrupt' });

/** Resolves a part name relative to the folder of the part that refers to it. */
function resolvePart(base: string, target: string): string {
	const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
	for (const p of target.replace(/^\/+/, '').split('/')) {
		if (p === '..') parts.pop();
		else if (p && p !== '.') parts.push(p);
	}
	return parts.join('/');
}

/** The relationships of a part: id → target part. */
function readRelationships(
	xml: string,
	base: string
): Map<string, { target: string; type: string }> {
	const rels = new Map<string, { target: string; type: string }>();
	const r = new XmlReader(xml);
	for (let e = r.next(); e !== 'end'; e = r.next()) {
		if (e === 'open' && r.local === 'Relationship') {
			const id = r.attr('Id');
			const target = r.attr('Target');
			if (id && target && r.attr('TargetMode') !== 'External')
				rels.set(id, { target: resolvePart(base, target), type: r.attr('Type') ?? '' });
		}
	}
	return rels;
}

function relsPath(part: string): string {
	const slash = part.lastIndexOf('/');
	return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Excel escapes control characters in strings as _xHHHH_. */
function unescapeXstring(s: string): string {
	if (!s.includes('_x')) return s;
	return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
		String.fromCharCode(parseInt(hex, 16))
	);
}

/** Line breaks as the user typed them: \n, whatever the writer used. */
function normalise(s: string): string {
	return unescapeXstring(s).replace(/\r\n?/g, '\n');
}

/** The text of an <si> or <is>: its <t>, or its rich-text runs' <t>s; phonetic hints left out. */
function readRichText(r: XmlReader): string {
	let text = '';
	const depth = r.depth;
	let inT = false;
	for (;;) {
		const e = r.next();
		if (e === 'end') throw corrupt();
		if (e === 'close') {
			if (r.depth < depth) return normalise(text);
			if (r.local === 't') inT = false;
		} else if (e === 'open') {
			if (r.local === 'rPh') r.skip();
			else if (r.local === 't') inT = true;
		} else if (inT) text += r.text;
	}
}

function readSharedStrings(xml: string): string[] {
	const strings: string[] = [];
	const r = new XmlReader(xml);
	for (let e = r.next(); e !== 'end'; e = r.next())
		if (e === 'open' && r.local === 'si') strings.push(readRichText(r));
	return strings;
}

/** Number format of each cell style (the `s` attribute indexes cellXfs). */
function readStyles(xml: string): NumberFormat[] {
	const codes = new Map<number, string>();
	const xfIds: number[] = [];
	const r = new XmlReader(xml);
	let inCellXfs = false;
	for (let e = r.next(); e !== 'end'; e = r.next()) {
		if (e === 'open') {
			if (r.local === 'numFmt') {
				const id = Number(r.attr('numFmtId'));
				const code = r.attr('formatCode');
				if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
			} else if (r.local === 'cellXfs') inCellXfs = true;
			else if (r.local === 'xf' && inCellXfs) xfIds.push(Number(r.attr('numFmtId') ?? 0));
		} else if (e === 'close' && r.local === 'cellXfs') inCellXfs = false;
	}
	return xfIds.map((id) => classifyFormat(id, codes.get(id)));
}

/** "BC12" → [11, 54] (0-based row, column); undefined when it is not a cell reference. */
function parseRef(ref: string): [number, number] | undefined {
	const m = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
	if (!m) return undefined;
	let column = 0;
	for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
	return [Number(m[2]) - 1, column - 1];
}

interface Context {
	strings: string[];
	formats: NumberFormat[];
	date1904: boolean;
}

function readWorksheet(xml: string, name: string, ctx: Context): Sheet {
	const grid = new GridBuilder(name);
	const r = new XmlReader(xml);
	let row = -1;
	let column = -1;
	for (let e = r.next(); e !== 'end'; e = r.next()) {
		if (e !== 'open') continue;
		if (r.local === 'row') {
			const n = Number(r.attr('r'));
			row = Number.isInteger(n) && n >= 1 ? n - 1 : row + 1;
			column = -1;
		} else if (r.local === 'c') {
			const ref = r.attr('r');
			const at = ref ? parseRef(ref) : undefined;
			if (ref && !at) throw corrupt();
			if (at) [row, column] = at;
			else column++;
			if (row < 0) row = 0;
			const type = r.attr('t') ?? 'n';
			const style = Number(r.attr('s') ?? 0);
			if (r.selfClosing) continue;
			let value: string | undefined;
			let inline: string | undefined;
			const depth = r.depth;
			for (;;) {
				const ce = r.next();
				if (ce === 'end') throw corrupt();
				if (ce === 'close' && r.depth < depth) break;
				if (ce !== 'open') continue;
				const tag: string = r.local;
				if (tag === 'v') {
					let v = '';
					for (let ve = r.next(); ve !== 'close'; ve = r.next()) {
						if (ve === 'text') v += r.text;
						else if (ve === 'open') r.skip();
						else if (ve === 'end') throw corrupt();
					}
					value = v;
				} else if (tag === 'is') inline = readRichText(r);
				else r.skip(); // <f> and anything else: formulas are never read
			}
			grid.set(row, column, cellText(type, value, inline, style, ctx));
		}
	}
	return grid.finish();
}

function cellText(
	type: string,
	value: string | undefined,
	inline: string | undefined,
	style: number,
	ctx: Context
): string {
	switch (type) {
		case 's': {
			const i = Number(value);
			if (!Number.isInteger(i) || i < 0 || i >= ctx.strings.length) throw corrupt();
			return ctx.strings[i];
		}
		case 'inlineStr':
			return inline ?? (value !== undefined ? normalise(value) : '');
		case 'str':
		case 'e':
			return value !== undefined ? normalise(value) : '';
		case 'b':
			return value === undefined || value === '' ? '' : value === '0' ? 'FALSE' : 'TRUE';
		case 'd':
			// An ISO 8601 date-time; a date at midnight is the date alone.
			return value ? value.replace(/T00:00(:00(\.0+)?)?Z?$/, '').replace('T', ' ') : '';
		default: {
			if (value === undefined || value.trim() === '') return '';
			const n = Number(value);
			if (!Number.isFinite(n)) throw corrupt();
			const format = ctx.formats[style] ?? { kind: 'general' };
			return formatNumber(n, format, ctx.date1904);
		}
	}
}

function isWorkbookRoot(r: XmlReader): boolean {
	return r.local === 'workbook';
}

function readWorkbookPart(xml: string): {
	sheets: { name: string; rid: string }[];
	date1904: boolean;
} {
	const sheets: { name: string; rid: string }[] = [];
	let date1904 = false;
	const r = new XmlReader(xml);
	// A Word or PowerPoint file is the same kind of package with another main part.
	if (r.next() !== 'open' || !isWorkbookRoot(r))
		throw new SpreadsheetRefused({ code: 'notSpreadsheet' });
	for (let e = r.next(); e !== 'end'; e = r.next()) {
		if (e !== 'open') continue;
		if (r.local === 'workbookPr') {
			const v = r.attr('date1904');
			date1904 = v === '1' || v === 'true';
		} else if (r.local === 'sheet') {
			const name = r.attr('name');
			const rid = r.attr('id');
			if (name === undefined || !rid) throw corrupt();
			sheets.push({ name, rid });
		}
	}
	return { sheets, date1904 };
}

/** Finds the workbook part through the package relationships (xl/workbook.xml when absent). */
export async function findWorkbookPart(
	bytes: Uint8Array,
	entries: Map<string, ZipEntry>,
	budget: Budget
): Promise<string | undefined> {
	const root = entries.get('_rels/.rels');
	if (root) {
		for (const rel of readRelationships(await readText(bytes, root, budget), '').values())
			if (rel.type.endsWith('/officeDocument')) return rel.target;
	}
	return entries.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}

export async function readXlsx(
	bytes: Uint8Array,
	entries: Map<string, ZipEntry>,
	budget: Budget,
	workbookPart: string
): Promise<Workbook> {
	try {
		const part = (name: string) => entries.get(name);
		const workbookEntry = part(workbookPart);
		if (!workbookEntry) throw corrupt();
		const { sheets, date1904 } = readWorkbookPart(await readText(bytes, workbookEntry, budget));
		const relsEntry = part(relsPath(workbookPart));
		if (!relsEntry) throw corrupt();
		const rels = readRelationships(await readText(bytes, relsEntry, budget), workbookPart);
		let strings: string[] = [];
		let formats: NumberFormat[] = [];
		const sharedPart = [...rels.values()].find((x) => x.type.endsWith('/sharedStrings'));
		const stylesPart = [...rels.values()].find((x) => x.type.endsWith('/styles'));
		const sheetParts = sheets.map((s) => {
			const rel = rels.get(s.rid);
			return rel && rel.type.endsWith('/worksheet') ? part(rel.target) : undefined;
		});
		const shared = sharedPart && part(sharedPart.target);
		const styles = stylesPart && part(stylesPart.target);
		// Everything this reader will unpack, by the sizes the zip declares, before unpacking any.
		budget.checkDeclared([shared, styles, ...sheetParts]);
		if (shared) strings = readSharedStrings(await readText(bytes, shared, budget));
		if (styles) formats = readStyles(await readText(bytes, styles, budget));
		const ctx: Context = { strings, formats, date1904 };
		const out: Sheet[] = [];
		for (const [i, s] of sheets.entries()) {
			const entry = sheetParts[i];
			// Chart sheets and dialog sheets hold no cells.
			if (entry) out.push(readWorksheet(await readText(bytes, entry, budget), s.name, ctx));
		}
		return { format: 'xlsx', sheets: out };
	} catch (e) {
		if (e instanceof XmlError) throw corrupt();
		throw e;
	}
}
