/**
 * The directory list's decisions that do not depend on the page: where a
 * query is answered from, what the status line says and which empty state
 * shows, and the choice of contacts for a vCard. Pure.
 */
import { hasFilters, type DirectoryQuery } from '$lib/search/filters';
import { ENTRY_TYPES, type EntryType } from '$lib/search/entries';

/**
 * Where a query's rows come from. The search index answers everything once it
 * is ready. Before that a plain list (no text, no filter) is read straight from
 * IndexedDB's name index (`raw`), so the first page shows at once; a search or a
 * filtered list waits for the index (`wait`).
 */
export type QueryPath = 'index' | 'raw' | 'wait';

export const isPlain = (q: Pick<DirectoryQuery, 'text' | 'filters'>) =>
	q.text.trim() === '' && !hasFilters(q.filters);

export function queryPath(q: Pick<DirectoryQuery, 'text' | 'filters'>, ready: boolean): QueryPath {
	if (ready) return 'index';
	return isPlain(q) ? 'raw' : 'wait';
}

export interface ListView {
	/** The search index is still being prepared for this query. */
	waiting: boolean;
	/** False while a raw read still lacks its total. */
	counted: boolean;
	total?: number;
	offset: number;
	limit: number;
}

/**
 * The status line above the list: "preparing" while waiting for the index,
 * "showing a–b of n" once the total is known and not zero, otherwise nothing
 * (an empty list says so below, and a raw read's rows show before their count).
 */
export function statusLine(
	v: ListView,
	words: {
		preparing: string;
		showing: (from: string, to: string, total: string) => string;
		number: (n: number) => string;
	}
): string {
	if (v.waiting) return words.preparing;
	if (v.total === undefined || !v.counted || v.total <= 0) return '';
	return words.showing(
		words.number(v.offset + 1),
		words.number(Math.min(v.offset + v.limit, v.total)),
		words.number(v.total)
	);
}

/**
 * An empty answer: `noResults` when the user searched or filtered (so the way
 * out is to widen the search), `empty` when the directory has none of this
 * kind at all; undefined while there is something to show or the count is
 * not known yet.
 */
export function emptyKind(
	v: Pick<ListView, 'counted' | 'total'>,
	q: Pick<DirectoryQuery, 'text' | 'filters'>
): 'noResults' | 'empty' | undefined {
	if (!v.counted || v.total !== 0) return undefined;
	return q.text || hasFilters(q.filters) ? 'noResults' : 'empty';
}

/**
 * When the tab shown has no hits but the others do: those tabs with their
 * counts, the most hits first (the first is where Enter in the search box
 * goes). Empty when this tab has hits or no tab has any.
 */
export function hitsElsewhere(
	type: EntryType,
	counts: Record<EntryType, number>
): { type: EntryType; count: number }[] {
	if (counts[type] > 0) return [];
	return ENTRY_TYPES.filter((t) => t !== type && counts[t] > 0)
		.map((t) => ({ type: t, count: counts[t] }))
		.sort((a, b) => b.count - a.count);
}

/** The contacts chosen after ticking (or unticking) "select the whole page". */
export function selectPage(selected: readonly string[], page: readonly string[], on: boolean) {
	return on ? [...new Set([...selected, ...page])] : selected.filter((i) => !page.includes(i));
}

/** The contacts chosen after ticking (or unticking) one of them. */
export function selectOne(selected: readonly string[], id: string, on: boolean) {
	return on ? [...selected, id] : selected.filter((i) => i !== id);
}

/** Whether every contact on the page is chosen (false for a page without contacts). */
export const wholePageSelected = (selected: readonly string[], page: readonly string[]) =>
	page.length > 0 && page.every((i) => selected.includes(i));

type Named = { id: string; name: string };

/** The area filters' choices (municipalities, regions, family centres), in the order given. */
export function placeOptions(
	places:
		| {
				municipalities: readonly Named[];
				regions: readonly Named[];
				familyCentres: readonly Named[];
		  }
		| undefined
) {
	const options = (xs: readonly Named[] | undefined) =>
		(xs ?? []).map((x) => ({ value: x.id, label: x.name }));
	return {
		municipalities: options(places?.municipalities),
		regions: options(places?.regions),
		familyCentres: options(places?.familyCentres)
	};
}
