import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/i18n/catalogue';
import { deletionNote, displayValue } from './display';

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

describe('what a conflict says about a deletion', () => {
	const note = (mineDeleted: boolean, theirsDeleted: boolean, noBase: boolean, m = fi) =>
		deletionNote(m, { mineDeleted, theirsDeleted, noBase });

	it('names the side that deleted only when the copies share a history', () => {
		expect(note(true, false, false)).toBe(
			'Tämä on poistettu sinun tiedoistasi; lähettäjä on muuttanut sitä.'
		);
		expect(note(false, true, false)).toBe(
			'Lähettäjä on poistanut tämän; sinun tiedoissasi sitä on muutettu.'
		);
	});

	it('without a shared history says only which copy is deleted, in every language', () => {
		expect(note(true, false, true)).toBe('Sinun tiedoissasi tämä on poistettu, tiedostossa ei.');
		expect(note(false, true, true)).toBe('Tiedostossa tämä on poistettu, sinun tiedoissasi ei.');
		expect(note(true, false, true, catalogue.sv)).toBe(
			'I dina uppgifter är denna raderad, i filen inte.'
		);
		expect(note(false, true, true, catalogue.en)).toBe(
			'In the file this is deleted; in your data it is not.'
		);
		for (const m of [fi, catalogue.sv, catalogue.en])
			for (const noBase of [false, true])
				for (const side of [true, false])
					expect(note(side, !side, noBase, m)).not.toMatch(
						/\b(you|du) (deleted|har raderat)|sinä olet poistanut/i
					);
	});

	it('says nothing when both or neither copy is deleted', () => {
		expect(note(true, true, false)).toBeUndefined();
		expect(note(false, false, true)).toBeUndefined();
	});
});
