/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark so that Excel reads ä/ö
 * right, semicolons between cells (Excel's separator in Finnish settings, where
 * the comma is the decimal sign), CRLF line ends, RFC 4180 quoting, and cells
 * that a spreadsheet would run as a formula (starting with = + - @ tab or CR)
 * prefixed with an apostrophe (OWASP's advice against CSV injection).
 */
export const BOM = '\uFEFF';

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(
	value: string | number | boolean | null | undefined,
	separator = ';'
): string {
	let v = value === null || value === undefined ? '' : String(value);
	if (FORMULA.test(v)) v = `'${v}`;
	if (v.includes('"') || v.includes(separator) || v.includes('\n') || v.includes('\r'))
		v = `"${v.replace(/"/g, '""')}"`;
	return v;
}

/** A whole file: the header row, then the rows; starts with the BOM. */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
	separator = ';'
): string {
	const line = (cells: readonly unknown[]) =>
		cells.map((c) => csvCell(c as string, separator)).join(separator);
	return BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
