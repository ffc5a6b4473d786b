import { describe, expect, it } from 'vitest';
import { catalogue } from '$lib/testing/messages';
import { sampleDataSet } from '$lib/testing/samples';
import { referralText } from './referralText';

describe('referralText', () => {
	it('lists each service with how to get there, when, the fee and whom to call', () => {
		const data = sampleDataSet();
		const service = {
			...data.services[0],
			referral: 'Tule suoraan.',
			address: { street: 'Härkitie 8', postalCode: '37100', city: 'Nokia' },
			schedules: [
				{ freq: 'MONTHLY' as const, byDay: ['TH' as const], opensAt: '18:00', closesAt: '19:30' }
			]
		};
		const text = referralText(
			'Ohjaa perhe: Nokia',
			[
				{
					title: 'Palvelut: Nokia',
					items: [{ service, organisation: data.organisations[0], contacts: data.persons }]
				},
				{ title: 'Valtakunnalliset', items: [] }
			],
			catalogue.fi,
			'fi'
		);
		expect(text).toContain('PALVELUT: NOKIA');
		expect(text).not.toContain('VALTAKUNNALLISET');
		expect(text).toContain('Parisuhdeillat – Nokian seurakunta');
		expect(text).toContain('Miten pääsee mukaan: Tule suoraan.');
		expect(text).toContain('Osoite: Paikan päällä, Härkitie 8, 37100 Nokia');
		expect(text).toContain('Aukioloajat: to 18.00–19.30 (kuukausittain)');
		expect(text).toContain(
			'Yhteyshenkilö: Aino Esimerkki, Perhetyöntekijä, +358 40 123 4567, aino.esimerkki@example.fi'
		);
		expect(text.endsWith('\n')).toBe(true);
	});

	it('names the expert networks of the theme with their coordinator after the services', () => {
		const text = referralText('Ohjaa perhe: Sastamala', [], catalogue.fi, 'fi', {
			title: 'Asiantuntijaverkostot: Nepsy',
			items: [
				{
					name: 'Maakunnallinen nepsy-verkosto',
					coordinator: { name: 'Aino Esimerkki', title: 'Koordinaattori', phone: '040 123' }
				},
				{ name: 'Toinen verkosto' }
			]
		});
		expect(text).toBe(
			'Ohjaa perhe: Sastamala\n\nASIANTUNTIJAVERKOSTOT: NEPSY\n\nMaakunnallinen nepsy-verkosto\n' +
				'Koordinaattori: Aino Esimerkki, Koordinaattori, 040 123\n\nToinen verkosto\n'
		);
	});
});
