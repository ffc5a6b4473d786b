import { describe, expect, it } from 'vitest';
import { placeSummary } from './placeNames';

const names = new Map([
	['a', 'Akaa'],
	['b', 'Nokia'],
	['c', 'Tampere'],
	['d', 'Virrat'],
	['e', 'Ylöjärvi']
]);
const labels = { areaFree: 'Koko maa', all: 'Kaikki kunnat', more: (n: number) => `+${n}` };

describe('placeSummary', () => {
	it('names a short area, shortens a long one, and says when it is all or none', () => {
		expect(placeSummary(['b'], names, labels)).toBe('Nokia');
		expect(placeSummary(['a', 'b', 'c', 'd'], names, labels)).toBe('Akaa, Nokia, Tampere +1');
		expect(placeSummary(['a', 'b', 'c', 'd', 'e'], names, labels)).toBe('Kaikki kunnat');
		expect(placeSummary([], names, labels)).toBe('Koko maa');
	});
});
