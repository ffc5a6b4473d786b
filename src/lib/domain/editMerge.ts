/**
 * The three-way merge of a form's save. A form opened on a record (the base)
 * is saved over the record as it is stored now, which another tab, an import
 * or an autosave may have changed meanwhile. Only the fields the user changed
 * relative to the base are written; a field changed both in the form and
 * elsewhere (to different values) is a conflict the user settles, never a
 * silent overwrite. Fields changed only elsewhere are kept.
 */

/** Identity and stamps: never compared or written by a form. */
export const SYSTEM_FIELDS: readonly string[] = [
	'id',
	'createdAt',
	'updatedAt',
	'version',
	'deletedAt'
];

/** "Nothing there": absent, blank text or an empty list, as a form shows it. */
const empty = (v: unknown) =>
	v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Equality of field values by content: key order ignored, lists compared item
 * by item in order, nested objects and lists of objects compared deeply, and
 * every "nothing there" value equal to every other.
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (empty(a) || empty(b)) return empty(a) && empty(b);
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object') return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const bs = b as unknown[];
		return a.length === bs.length && a.every((x, i) => sameValue(x, bs[i]));
	}
	const ao = a as Record<string, unknown>;
	const bo = b as Record<string, unknown>;
	const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
	for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
	return true;
}

export interface EditMerge {
	/** The fields to write over the stored record: only those the user changed. */
	changes: Record<string, unknown>;
	/** Fields the user changed that were also changed elsewhere to another value. */
	conflicts: string[];
}

/**
 * `mine` holds the form's fields (a field given as undefined is cleared, a
 * field not given is not touched); `base` is the record as the form opened
 * it; `stored` the record as stored now.
 */
export function mergeEdit(
	base: Record<string, unknown>,
	mine: Record<string, unknown>,
	stored: Record<string, unknown>
): EditMerge {
	const changes: Record<string, unknown> = {};
	const conflicts: string[] = [];
	for (const [field, value] of Object.entries(mine)) {
		if (SYSTEM_FIELDS.includes(field) || sameValue(value, base[field])) continue;
		const changedElsewhere = !sameValue(stored[field], base[field]);
		if (changedElsewhere && !sameValue(stored[field], value)) conflicts.push(field);
		else changes[field] = value;
	}
	return { changes, conflicts };
}
