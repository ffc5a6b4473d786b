import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/testing/messages';
import { deletionNote, displayLines, displayValue } from './display';

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
		).toBe('katuosoite: Koskikatu 1; postinumero: 33100; postitoimipaikka: Tampere');
		expect(show('regions', 'description', 'x'.repeat(400))).toHaveLength(301);
	});
});

describe('field values as lines', () => {
	const A = '0b2c56f1-5d6e-4c1a-9f53-1a2b3c4d5e6f';
	const B = '1c3d67a2-6e7f-4d2b-8a64-2b3c4d5e6f70';
	const GONE = '2d4e78b3-7f80-4e3c-9b75-3c4d5e6f7081';
	const refs = { [A]: 'Aino Virtanen', [B]: 'Mikko Lahtinen' };
	const lines = (entity: Parameters<typeof displayLines>[2], field: string, v: unknown, m = fi) =>
		displayLines(m, 'fi', entity, field, v, refs);

	it('lists of things one per line, with field labels and names, never ids', () => {
		const participants = [
			{
				personId: A,
				attendance: 'present',
				walkIn: false,
				inputGathered: true,
				reportedBack: false
			},
			{ personId: B, attendance: 'absent', walkIn: true, inputGathered: false, reportedBack: false }
		];
		expect(lines('meetings', 'participants', participants)).toEqual([
			'henkilö: Aino Virtanen; läsnäolo: Paikalla; lisätty paikalla: Ei; koonnut näkemykset ennen: Kyllä; raportoinut jälkeen: Ei',
			'henkilö: Mikko Lahtinen; läsnäolo: Poissa; lisätty paikalla: Kyllä; koonnut näkemykset ennen: Ei; raportoinut jälkeen: Ei'
		]);
		const text = lines('meetings', 'participants', participants).join(' ');
		expect(text).not.toMatch(/personId|attendance|walkIn|[0-9a-f]{8}-/);
	});

	it('lists of references and codes on one line, names joined; a missing record is said so', () => {
		expect(lines('familyCentres', 'contactPersonIds', [A, B])).toEqual([
			'Aino Virtanen, Mikko Lahtinen'
		]);
		expect(lines('familyCentres', 'contactPersonIds', [A, GONE])).toEqual([
			'Aino Virtanen, (tieto puuttuu)'
		]);
		expect(lines('services', 'themes', ['divorce', 'violence'])).toEqual(['Ero, Väkivalta']);
	});

	it('free-text lists one per line; texts in three languages in the UI language', () => {
		expect(lines('bodies', 'tasks', ['Kokoaa tiedot', 'Seuraa'])).toEqual([
			'Kokoaa tiedot',
			'Seuraa'
		]);
		expect(
			displayLines(
				catalogue.sv,
				'sv',
				'assessmentThemes',
				'title',
				{ fi: 'Viestintä', sv: 'Kommunikation' },
				{}
			)
		).toEqual(['Kommunikation']);
		expect(
			lines('assessmentThemes', 'ratingScale', [
				{ value: 1, label: { fi: 'Heikko' } },
				{ value: 2, label: { fi: 'Hyvä' } }
			])
		).toEqual(['arvo: 1; selite: Heikko', 'arvo: 2; selite: Hyvä']);
	});

	it('dates, meeting times and clock times the Finnish way', () => {
		expect(lines('actions', 'dueDate', '2026-03-05')).toEqual(['5.3.2026']);
		expect(lines('meetings', 'start', '2024-09-25T12:00')).toEqual(['25.9.2024 klo 12.00']);
		expect(
			lines('services', 'schedules', [{ freq: 'WEEKLY', byDay: ['MO', 'WE'], opensAt: '09:00' }])
		).toEqual(['toistuu: Viikoittain; viikonpäivät: ma, ke; alkaa klo: 9.00']);
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
