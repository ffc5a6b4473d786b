import { describe, expect, it } from 'vitest';
import { addressOf, PAGE_SIZE, placeFromAddress } from './directoryAddress';

const MUNI = '0b4c1e6a-54f0-4c3e-9d0f-111111111111';

describe('the directory list in the address', () => {
	it('is the plain list when the address says nothing', () => {
		expect(placeFromAddress('')).toEqual({
			text: '',
			type: 'services',
			filters: {},
			sort: 'relevance',
			offset: 0
		});
		expect(addressOf(placeFromAddress(''))).toBe('');
	});

	it('reads the text, tab, filters, order and page of a bookmarked search', () => {
		const place = placeFromAddress(
			`?q=perhe&type=organisations&sort=name&page=3&municipalityId=${MUNI}&free=1&age=4`
		);
		expect(place).toEqual({
			text: 'perhe',
			type: 'organisations',
			filters: { municipalityId: MUNI, free: true, age: 4 },
			sort: 'name',
			offset: 2 * PAGE_SIZE
		});
	});

	it('writes back what it read, so Back and a bookmark return to the same list', () => {
		const place = {
			text: 'isä ja lapsi',
			type: 'persons' as const,
			filters: { municipalityId: MUNI, areaFree: false },
			sort: 'name' as const,
			offset: PAGE_SIZE
		};
		const address = addressOf(place);
		expect(address).toMatch(/^\?/);
		expect(new URLSearchParams(address).get('q')).toBe('isä ja lapsi');
		expect(new URLSearchParams(address).get('page')).toBe('2');
		expect(placeFromAddress(address)).toEqual(place);
	});

	it('leaves defaults out: services, relevance and the first page', () => {
		expect(addressOf({ ...placeFromAddress(''), text: 'neuvola' })).toBe('?q=neuvola');
	});

	it('falls back to defaults on a hand-edited address instead of failing', () => {
		const place = placeFromAddress('?type=cats&sort=random&page=-4&age=old&municipalityId=x');
		expect(place).toEqual({
			text: '',
			type: 'services',
			filters: {},
			sort: 'relevance',
			offset: 0
		});
		expect(placeFromAddress('?page=abc').offset).toBe(0);
	});
});
