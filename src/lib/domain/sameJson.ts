/**
 * Equality of JSON-like values: objects by their keys in any order (a key
 * holding `undefined` counts as absent, as in JSON), arrays in order. Used to
 * compare a field or item as stored now with the copy kept in the edit journal,
 * whose keys may have been written in another order.
 */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const bs = b as unknown[];
		return a.length === bs.length && a.every((x, i) => sameJson(x, bs[i]));
	}
	const ao = a as Record<string, unknown>;
	const bo = b as Record<string, unknown>;
	const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
	const ak = keys(ao);
	return ak.length === keys(bo).length && ak.every((k) => sameJson(ao[k], bo[k]));
}
