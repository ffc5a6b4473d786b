/**
 * The directory list's place in the address bar: the search text, the tab, the
 * filters, the order and the page, so that Back returns to a search and a
 * search can be bookmarked or sent. Defaults stay out of the address (a plain
 * list is `/directory`). Pure.
 */
import { ENTRY_TYPES, type EntryType } from '$lib/search/entries';
import {
	filtersFromParams,
	filtersToParams,
	type DirectoryQuery,
	type Filters
} from '$lib/search/filters';

/** Rows on one page of the list. */
export const PAGE_SIZE = 50;

export interface DirectoryPlace {
	text: string;
	type: EntryType;
	filters: Filters;
	sort: DirectoryQuery['sort'];
	/** The first row shown (a multiple of the page size). */
	offset: number;
}

/** The list as an address describes it; anything unknown or invalid falls back to the default. */
export function placeFromAddress(search: string, limit = PAGE_SIZE): DirectoryPlace {
	const p = new URLSearchParams(search);
	const type = p.get('type') ?? '';
	return {
		text: p.get('q') ?? '',
		type: (ENTRY_TYPES as readonly string[]).includes(type) ? (type as EntryType) : 'services',
		filters: filtersFromParams(p),
		sort: p.get('sort') === 'name' ? 'name' : 'relevance',
		offset: Math.max(0, (Number(p.get('page')) || 1) - 1) * limit
	};
}

/** The address's search part for a list: `?q=…&type=…` or '' for the plain list. */
export function addressOf(place: DirectoryPlace, limit = PAGE_SIZE): string {
	const p = filtersToParams(place.filters);
	if (place.text) p.set('q', place.text);
	if (place.type !== 'services') p.set('type', place.type);
	if (place.sort !== 'relevance') p.set('sort', place.sort);
	if (place.offset) p.set('page', String(place.offset / limit + 1));
	return p.size ? `?${p}` : '';
}
