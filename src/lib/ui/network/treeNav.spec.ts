import { describe, expect, it } from 'vitest';
import { navigate, typeahead, type NavItem } from './treeNav';

// province (open) > west (open) > nokia (closed, has children); province > north (leaf)
const items: NavItem[] = [
	{ key: 'p', hasChildren: true, expanded: true, label: 'Pirkanmaa' },
	{ key: 'w', parentKey: 'p', hasChildren: true, expanded: true, label: 'Läntinen alue' },
	{ key: 'n', parentKey: 'w', hasChildren: true, expanded: false, label: 'Nokian perhekeskus' },
	{ key: 'k', parentKey: 'w', hasChildren: false, expanded: false, label: 'Kihniön perhekeskus' },
	{ key: 'q', parentKey: 'p', hasChildren: false, expanded: false, label: 'Pohjoinen alue' }
];

describe('navigate', () => {
	it('moves up and down through the visible nodes, and to the ends', () => {
		expect(navigate(items, 'w', 'ArrowDown')).toEqual({ type: 'focus', key: 'n' });
		expect(navigate(items, 'w', 'ArrowUp')).toEqual({ type: 'focus', key: 'p' });
		expect(navigate(items, 'q', 'ArrowDown')).toBeNull();
		expect(navigate(items, 'p', 'ArrowUp')).toBeNull();
		expect(navigate(items, 'n', 'End')).toEqual({ type: 'focus', key: 'q' });
		expect(navigate(items, 'q', 'Home')).toEqual({ type: 'focus', key: 'p' });
	});

	it('Right opens a closed branch, then enters it; does nothing on a leaf', () => {
		expect(navigate(items, 'n', 'ArrowRight')).toEqual({ type: 'expand', key: 'n' });
		expect(navigate(items, 'w', 'ArrowRight')).toEqual({ type: 'focus', key: 'n' });
		expect(navigate(items, 'k', 'ArrowRight')).toBeNull();
	});

	it('Left closes an open branch, else goes to the parent', () => {
		expect(navigate(items, 'w', 'ArrowLeft')).toEqual({ type: 'collapse', key: 'w' });
		expect(navigate(items, 'n', 'ArrowLeft')).toEqual({ type: 'focus', key: 'w' });
		expect(navigate(items, 'k', 'ArrowLeft')).toEqual({ type: 'focus', key: 'w' });
	});

	it('ignores other keys and recovers from a lost focus', () => {
		expect(navigate(items, 'w', 'a')).toBeNull();
		expect(navigate(items, 'gone', 'ArrowDown')).toEqual({ type: 'focus', key: 'p' });
	});
});

describe('typeahead', () => {
	it('jumps to the next node starting with the typed text, wrapping around', () => {
		expect(typeahead(items, 'p', 'k')).toBe('k');
		expect(typeahead(items, 'q', 'p')).toBe('p');
		expect(typeahead(items, 'p', 'P')).toBe('q');
		expect(typeahead(items, 'p', 'x')).toBeUndefined();
		// Typing on: "pi" still matches the node already focused.
		expect(typeahead(items, 'p', 'pi', true)).toBe('p');
		expect(typeahead(items, 'p', 'pi')).toBe('p');
	});
});
