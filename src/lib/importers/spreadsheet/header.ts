/**
 * Where the column names are. People put a title, a date or a note above the
 * table ("Järjestöjen yhteyshenkilöt 2024", an empty row), so the header is the
 * first row that looks like one: mostly non-empty short texts that are not
 * numbers, dates or e-mail addresses, about as wide as the rows below it, and
 * followed by at least one row of data.
 */

const LOOK_AHEAD = 30;

function filled(row: readonly string[]): string[] {
	return row.filter((c) => c.trim() !== '');
}

/** A cell that could be a column name: short text, not a value. */
function nameLike(cell: string): boolean {
	const c = cell.trim();
	if (c.length > 60 || c.includes('\n')) return false;
	if (/^[-+]?[\d\s.,]+%?$/.test(c)) return false; // numbers, phone numbers
	if (/^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/.test(c)) return false; // dates
	if (/@[^\s]+\.[a-z]{2,}$/i.test(c)) return false; // e-mail addresses
	return /\p{L}/u.test(c);
}

/**
 * Index of the header row in `rows` judged by shape alone (for headers with no
 * known column name); the first non-empty row when none looks like one (0 if none).
 */
export function headerRowByShape(rows: readonly (readonly string[])[]): number {
	const firstNonEmpty = rows.findIndex((r) => filled(r).length > 0);
	if (firstNonEmpty < 0) return 0;
	const end = Math.min(rows.length, firstNonEmpty + LOOK_AHEAD);
	for (let i = firstNonEmpty; i < end; i++) {
		const cells = filled(rows[i]);
		if (!cells.length) continue;
		// The rows below: how wide the data is.
		const below: number[] = [];
		for (let j = i + 1; j < rows.length && below.length < 5; j++) {
			const n = filled(rows[j]).length;
			if (n) below.push(n);
		}
		if (!below.length) break;
		const dataWidth = Math.max(...below);
		const names = cells.filter(nameLike).length;
		const distinct = new Set(cells.map((c) => c.trim().toLocaleLowerCase('fi'))).size;
		const wideEnough =
			cells.length >= Math.max(1, Math.ceil(dataWidth * 0.6)) &&
			(cells.length >= 2 || dataWidth === 1);
		if (wideEnough && names >= cells.length * 0.8 && distinct === cells.length) return i;
	}
	return firstNonEmpty;
}
