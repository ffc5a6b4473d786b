import { describe, expect, it } from 'vitest';
import { mergeEdit, sameValue } from './editMerge';

describe('sameValue', () => {
	it('compares lists item by item and nested objects by content, key order ignored', () => {
		expect(sameValue(['fi', 'sv'], ['fi', 'sv'])).toBe(true);
		expect(sameValue(['fi', 'sv'], ['sv', 'fi'])).toBe(false);
		expect(sameValue({ street: 'A 1', city: 'Nokia' }, { city: 'Nokia', street: 'A 1' })).toBe(
			true
		);
		expect(sameValue({ street: 'A 1', city: 'Nokia' }, { street: 'A 1' })).toBe(false);
		expect(
			sameValue([{ freq: 'WEEKLY', byDay: ['MO'] }], [{ byDay: ['MO'], freq: 'WEEKLY' }])
		).toBe(true);
		expect(
			sameValue([{ freq: 'WEEKLY', byDay: ['MO'] }], [{ freq: 'WEEKLY', byDay: ['TU'] }])
		).toBe(false);
	});

	it('treats absent, blank and an empty list alike, and nothing else', () => {
		expect(sameValue(undefined, '')).toBe(true);
		expect(sameValue(undefined, [])).toBe(true);
		expect(sameValue({ a: undefined }, {})).toBe(true);
		expect(sameValue(false, undefined)).toBe(false);
		expect(sameValue(0, undefined)).toBe(false);
		expect(sameValue('0', 0)).toBe(false);
	});
});

describe('mergeEdit', () => {
	const base = { id: 'x', version: 1, name: 'A', phone: '1', title: 'T', languages: ['fi'] };

	it('writes only what the user changed; a field changed only elsewhere is left out', () => {
		const stored = { ...base, version: 2, phone: '2' };
		const mine = { name: 'A', phone: '1', title: 'New', languages: ['fi'] };
		expect(mergeEdit(base, mine, stored)).toEqual({ changes: { title: 'New' }, conflicts: [] });
	});

	it('refuses a field changed in the form and elsewhere to different values', () => {
		const stored = { ...base, phone: '2' };
		expect(mergeEdit(base, { phone: '3', title: 'New' }, stored)).toEqual({
			changes: { title: 'New' },
			conflicts: ['phone']
		});
	});

	it('takes the same change made in both places as no conflict', () => {
		expect(mergeEdit(base, { phone: '2' }, { ...base, phone: '2' }).conflicts).toEqual([]);
	});

	it('counts a cleared field as a change, conflicting with an edit made elsewhere', () => {
		expect(mergeEdit(base, { phone: undefined }, { ...base, phone: '2' }).conflicts).toEqual([
			'phone'
		]);
		expect(mergeEdit(base, { phone: undefined }, base)).toEqual({
			changes: { phone: undefined },
			conflicts: []
		});
	});

	it('never writes identity or stamps from a form', () => {
		expect(mergeEdit(base, { id: 'y', version: 9 }, base).changes).toEqual({});
	});
});
