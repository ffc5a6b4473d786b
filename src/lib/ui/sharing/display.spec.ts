import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/testing/messages';
import { displayValue } from './display';

const fi = catalogue.fi;
const show = (entity: Parameters<typeof displayValue>[2], field: string, v: unknown, refs = {}) =>
	displayValue(fi, 'fi', entity, field, v, refs);

describe('values in the import preview', () => {
	it('names referenced records and vocabulary codes', () => {
		expect(show('services', 'organisationId', 'abc', { abc: 'MLL Nokia' })).toBe('MLL Nokia');
		expect(show('organisations', 'sector', 'ngo')).toBe('Järjestö');
		expect(show('services', 'status', 'active')).toBe('Toiminnassa');
		expect(show('bodies', 'status', 'active')).toBe('Toiminnassa');
		expect(show('services', 'themes', ['divorce', 'violence'])).toBe('Ero, Väkivalta');
	});

	it('shows empty, yes/no, numbers, times and nested items readably', () => {
		expect(show('regions', 'description', undefined)).toBe('(tyhjä)');
		expect(show('persons', 'fictional', true)).toBe('Kyllä');
		expect(show('services', 'minAge', 12)).toBe('12');
		expect(show('regions', 'deletedAt', '2026-03-01T10:00:00.000Z')).toBe('1.3.2026 klo 12.00');
		expect(
			show('services', 'address', { street: 'Koskikatu 1', postalCode: '33100', city: 'Tampere' })
		).toBe('street: Koskikatu 1; postinumero: 33100; city: Tampere');
		expect(show('regions', 'description', 'x'.repeat(400))).toHaveLength(301);
	});
});
