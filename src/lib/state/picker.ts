import { rankOptions } from '$lib/search/match';

/** One choice in a record picker: the record's id, its name and a detail that tells namesakes apart. */
export interface PickerOption {
	id: string;
	label: string;
	detail?: string;
}

/**
 * A picker's `find` over a list already in memory (a meeting's participants,
 * the organisations): options whose name or detail matches every typed word
 * as the directory search matches (folded, typos forgiven), best first, at
 * most `limit`; an empty text lists the first ones in the list's order.
 */
export function findIn(
	options: () => readonly PickerOption[],
	limit = 30
): (text: string) => Promise<PickerOption[]> {
	return async (text) => rankOptions(options(), text, limit);
}
