import { describe, expect, it } from 'vitest';
import { sameJson } from './sameJson';

describe('sameJson', () => {
	it('compares objects by key and value in any order, arrays in order', () => {
		expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
		expect(sameJson([1, 2], [2, 1])).toBe(false);
		expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
		expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
	});

	it('treats a key holding undefined as absent, and null as a value', () => {
		expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
		expect(sameJson({ a: null }, {})).toBe(false);
		expect(sameJson(null, {})).toBe(false);
		expect(sameJson([], {})).toBe(false);
	});
});
