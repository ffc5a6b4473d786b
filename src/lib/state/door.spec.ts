import { describe, expect, it } from 'vitest';
import { doorMatches, enterAction, personIds, toggledMark, type DoorRow } from './door';

const rows: DoorRow[] = [
	{ personId: 'a', name: 'Aino Virtanen', organisation: 'Nokian kaupunki', attendance: 'unknown' },
	{ personId: 'b', name: 'Antti Mäkelä', attendance: 'present' },
	{ personId: 'c', name: 'Kaisa Lehtonen', organisation: 'MLL', attendance: 'absent' }
];
const names = (r: { rows: DoorRow[] }) => r.rows.map((x) => x.name);

describe('who shows at the door for a typed name', () => {
	it('shows everyone on an empty box, narrowed by the chosen state', () => {
		expect(names(doorMatches(rows, '  ', 'all'))).toHaveLength(3);
		expect(names(doorMatches(rows, '', 'present'))).toEqual(['Antti Mäkelä']);
	});

	it('shows names or organisations that start like the query', () => {
		expect(doorMatches(rows, 'a', 'all')).toEqual({ rows: [rows[0], rows[1]], near: false });
		expect(names(doorMatches(rows, 'mll', 'all'))).toEqual(['Kaisa Lehtonen']);
	});

	it('forgives a typo only when no name matches exactly, and says so', () => {
		expect(doorMatches(rows, 'aino virtnen', 'all')).toEqual({ rows: [rows[0]], near: true });
		expect(doorMatches(rows, 'zzzz', 'all')).toEqual({ rows: [], near: false });
	});
});

describe('Enter in the search box', () => {
	it('does nothing on an empty box', () => {
		expect(enterAction(rows, ' ')).toEqual({ kind: 'ignore' });
	});

	it('marks the one person shown, or says they are already present', () => {
		expect(enterAction([rows[0]], 'aino')).toEqual({ kind: 'mark', row: rows[0] });
		expect(enterAction([rows[1]], 'antti')).toEqual({ kind: 'already', row: rows[1] });
	});

	it('marks nobody with none or several shown', () => {
		expect(enterAction([], 'x')).toEqual({ kind: 'none' });
		expect(enterAction(rows, 'a')).toEqual({ kind: 'many', count: 3 });
	});
});

it('clears a mark pressed again, and sets another', () => {
	expect(toggledMark('present', 'present')).toBe('unknown');
	expect(toggledMark('present', 'absent')).toBe('absent');
	expect(toggledMark('unknown', 'present')).toBe('present');
});

it('knows who is on the list', () => {
	expect([...personIds(rows)]).toEqual(['a', 'b', 'c']);
});
