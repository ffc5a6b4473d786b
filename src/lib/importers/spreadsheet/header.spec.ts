import { describe, expect, it } from 'vitest';
import { findHeaderRow } from './mapping';

describe('findHeaderRow', () => {
	it('is the first row when the table starts at the top', () => {
		expect(
			findHeaderRow([
				['Nimi', 'Organisaatio', 'Puhelin'],
				['Anna Aalto', 'MLL Tampere', '040 123 4567'],
				['Ben Berg', 'Folkhälsan', '']
			])
		).toBe(0);
	});

	it('skips a title and an empty row above the table', () => {
		expect(
			findHeaderRow([
				['Järjestöjen yhteyshenkilöt 2024'],
				[],
				['Nimi', 'Organisaatio', 'Puhelin', 'Sähköposti'],
				['Anna Aalto', 'MLL Tampere', '040 123 4567', 'anna@example.fi']
			])
		).toBe(2);
	});

	it('skips notes that are not as wide as the data, and rows of values', () => {
		expect(
			findHeaderRow([
				['Päivitetty', '2024-03-01'],
				['Lähde: kuntakysely'],
				['Nimi', 'Kunta', 'Y-tunnus', 'Puhelin', 'Sähköposti'],
				['Yhdistys ry', 'Tampere', '1234567-8', '03 123 4567', 'info@yhdistys.fi']
			])
		).toBe(2);
		// Numbers, dates and addresses are values, not column names.
		expect(
			findHeaderRow([
				['12', '2024-01-05', 'a@b.fi'],
				['Nimi', 'Pvm', 'Sähköposti'],
				['A', '2024-01-06', 'c@d.fi']
			])
		).toBe(1);
	});

	it('does not take a row with repeated names or long sentences', () => {
		expect(
			findHeaderRow([
				['Tämä taulukko sisältää verkoston kaikki yhteystiedot, päivitä ne kerran vuodessa', 'x'],
				['Nimi', 'Nimi'],
				['Nimi', 'Kunta'],
				['A', 'B']
			])
		).toBe(2);
	});

	it('needs a data row below the header; otherwise the first non-empty row', () => {
		expect(findHeaderRow([[], ['Nimi', 'Kunta']])).toBe(1);
		expect(findHeaderRow([[], ['1', '2'], ['3', '4']])).toBe(1);
		expect(findHeaderRow([])).toBe(0);
		expect(findHeaderRow([[], ['']])).toBe(0);
	});

	it('a one-column list has a one-cell header', () => {
		expect(findHeaderRow([['Sähköposti'], ['a@example.fi'], ['b@example.fi']])).toBe(0);
	});
});
