/** One choice in a record picker: the record's id, its name and a detail that tells namesakes apart. */
export interface PickerOption {
	id: string;
	label: string;
	detail?: string;
}

/**
 * A picker's `find` over a list already in memory (a meeting's participants,
 * the organisations): options whose name or detail contains every typed word,
 * in the list's order, at most `limit`; an empty text lists the first ones.
 */
export function findIn(
	options: () => readonly PickerOption[],
	limit = 30
): (text: string) => Promise<PickerOption[]> {
	return async (text) => {
		const words = text.toLocaleLowerCase('fi').split(/\s+/).filter(Boolean);
		const out: PickerOption[] = [];
		for (const o of options()) {
			const hay = `${o.label} ${o.detail ?? ''}`.toLocaleLowerCase('fi');
			if (words.every((w) => hay.includes(w))) out.push(o);
			if (out.length === limit) break;
		}
		return out;
	};
}
