import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMunicipalityCsv } from './csv';
import { COUNTIES, START_AREAS, countyByCode, countyName, HELSINKI, ALAND } from './index';
import { MUNICIPALITIES, municipalitiesOf, municipalityByCode } from './municipalities';

const csv = readFileSync(new URL('./municipalities-2021.csv', import.meta.url), 'utf8');

describe('the municipality list shipped with the app', () => {
	it('is exactly what the CSV says (regenerate with node scripts/reference.mjs)', () => {
		const parsed = parseMunicipalityCsv(csv);
		expect(MUNICIPALITIES).toEqual(parsed.municipalities);
		expect(COUNTIES).toEqual(parsed.counties);
	});

	it('has the 309 municipalities of 2021, each code once, three digits', () => {
		expect(MUNICIPALITIES).toHaveLength(309);
		expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(309);
		for (const m of MUNICIPALITIES) expect(m.code).toMatch(/^\d{3}$/);
		// Finnish names are unique too: a start never creates two municipalities of one name.
		expect(new Set(MUNICIPALITIES.map((m) => m.fi)).size).toBe(309);
	});

	it('has 21 wellbeing services counties, Helsinki and Åland, with these municipality counts', () => {
		const counts = Object.fromEntries(COUNTIES.map((c) => [c.code, c.municipalities]));
		expect(counts).toEqual({
			EK: 9,
			EP: 18,
			ES: 12,
			HKI: 1,
			IU: 7,
			KA: 8,
			KH: 11,
			KP: 8,
			KS: 22,
			KU: 6,
			KY: 6,
			LA: 21,
			LU: 10,
			PH: 10,
			PI: 23,
			PK: 13,
			PO: 14,
			PP: 30,
			PS: 19,
			SA: 16,
			VK: 2,
			VS: 27,
			AHV: 16
		});
		for (const c of COUNTIES) expect(municipalitiesOf(c.code)).toHaveLength(c.municipalities);
		expect(COUNTIES.filter((c) => c.fi.endsWith('hyvinvointialue'))).toHaveLength(21);
	});

	it('has Pirkanmaa’s 23 municipalities as the CSV lists them, Kuhmoinen and Kihniö included', () => {
		const pi = municipalitiesOf('PI');
		expect(pi.map((m) => m.fi)).toContain('Kuhmoinen');
		expect(municipalityByCode('250')).toEqual({
			code: '250',
			fi: 'Kihniö',
			sv: 'Kihniö',
			county: 'PI'
		});
		expect(municipalityByCode('837')?.sv).toBe('Tammerfors');
		expect(countyByCode('PI')).toMatchObject({
			fi: 'Pirkanmaan hyvinvointialue',
			sv: 'Birkalands välfärdsområde'
		});
	});

	it('has Helsinki as its own area of one municipality, not a county', () => {
		expect(municipalitiesOf(HELSINKI)).toEqual([
			{ code: '091', fi: 'Helsinki', sv: 'Helsingfors', county: HELSINKI }
		]);
		expect(countyByCode(HELSINKI)?.fi).toBe('Helsingin kaupunki');
	});

	it('offers the 21 counties and Helsinki as start areas, not Åland', () => {
		expect(START_AREAS).toHaveLength(22);
		expect(START_AREAS.map((c) => c.code)).toContain(HELSINKI);
		expect(START_AREAS.map((c) => c.code)).not.toContain(ALAND);
		expect(countyName(countyByCode('VK')!, 'sv')).toBe('Vanda och Kervo välfärdsområde');
		expect(countyName(countyByCode('VK')!, 'en')).toBe('Vantaan ja Keravan hyvinvointialue');
	});
});

describe('reading the CSV', () => {
	const header = 'code;name_fi;name_sv;county_code;county_fi;county_sv';
	it('names the line of a row that does not fit', () => {
		expect(() => parseMunicipalityCsv(`${header}\n91;Helsinki;Helsingfors;HKI;H;H\n`)).toThrow(
			/line 2/
		);
		expect(() => parseMunicipalityCsv(`${header}\n091;Helsinki;HKI;H;H\n`)).toThrow(/line 2: 5/);
	});
	it('refuses another header, and a county named two ways', () => {
		expect(() => parseMunicipalityCsv('kunta;nimi\n')).toThrow(/header/);
		expect(() =>
			parseMunicipalityCsv(`${header}\n091;Helsinki;Helsingfors;HKI;A;A\n092;Vantaa;Vanda;HKI;B;B`)
		).toThrow(/line 3/);
	});
	it('reads a BOM and Windows line ends', () => {
		const r = parseMunicipalityCsv(`\uFEFF${header}\r\n091;Helsinki;Helsingfors;HKI;H;Hs\r\n`);
		expect(r.counties).toEqual([{ code: 'HKI', fi: 'H', sv: 'Hs', municipalities: 1 }]);
	});
});
