/**
 * Keyboard navigation of the network map, following the WAI-ARIA tree view
 * pattern: Up/Down move through the visible nodes, Right opens a branch or
 * enters it, Left closes it or goes to the parent, Home/End jump to the ends,
 * and typing a letter jumps to the next node whose name starts with it. Pure:
 * it says what to do; the component does it.
 */
export interface NavItem {
	key: string;
	parentKey?: string;
	hasChildren: boolean;
	expanded: boolean;
	label: string;
}

export type NavAction =
	| { type: 'focus'; key: string }
	| { type: 'expand'; key: string }
	| { type: 'collapse'; key: string };

/** `items` are the visible nodes in pre-order. */
export function navigate(
	items: readonly NavItem[],
	current: string,
	key: string
): NavAction | null {
	const i = items.findIndex((x) => x.key === current);
	if (i < 0) return items.length ? { type: 'focus', key: items[0].key } : null;
	const here = items[i];
	switch (key) {
		case 'ArrowDown':
			return i + 1 < items.length ? { type: 'focus', key: items[i + 1].key } : null;
		case 'ArrowUp':
			return i > 0 ? { type: 'focus', key: items[i - 1].key } : null;
		case 'Home':
			return { type: 'focus', key: items[0].key };
		case 'End':
			return { type: 'focus', key: items[items.length - 1].key };
		case 'ArrowRight':
			if (!here.hasChildren) return null;
			if (!here.expanded) return { type: 'expand', key: here.key };
			return items[i + 1]?.parentKey === here.key ? { type: 'focus', key: items[i + 1].key } : null;
		case 'ArrowLeft':
			if (here.hasChildren && here.expanded) return { type: 'collapse', key: here.key };
			return here.parentKey ? { type: 'focus', key: here.parentKey } : null;
		default:
			return null;
	}
}

/**
 * The next visible node after `current` whose label starts with `text`
 * (wrapping around). While the user keeps typing a longer prefix, the current
 * node itself may still match (`fromCurrent`).
 */
export function typeahead(
	items: readonly NavItem[],
	current: string,
	text: string,
	fromCurrent = false
): string | undefined {
	const q = text.toLocaleLowerCase('fi');
	if (!q) return undefined;
	const i = items.findIndex((x) => x.key === current);
	for (let step = fromCurrent ? 0 : 1; step <= items.length; step++) {
		const item = items[(i + step + items.length) % items.length];
		if (item.label.toLocaleLowerCase('fi').startsWith(q)) return item.key;
	}
	return undefined;
}
