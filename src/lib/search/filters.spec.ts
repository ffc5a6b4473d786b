import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams } from './filters';

const id = '00000000-0000-4000-8000-000000000002';

describe('filters in the address', () => {
	it('round-trips every kind of value', () => {
		const f = {
			municipalityId: id,
			theme: 'divorce' as const,
			free: true,
			areaFree: false,
			age: 7
		};
		expect(filtersFromParams(filtersToParams(f))).toEqual(f);
	});
	it('drops values that are not valid instead of failing', () => {
		const p = new URLSearchParams('municipalityId=x&theme=nope&age=-1&free=maybe&sector=ngo');
		expect(filtersFromParams(p)).toEqual({ sector: 'ngo' });
	});
});
