import { describe, expect, it } from 'vitest';
import { rankOptions, textScore } from './match';

const people = [
	{ id: 'a', label: 'Aino Kangas', detail: 'Kangasalan kaupunki' },
	{ id: 'b', label: 'Anna Söderlund', detail: 'Folkhälsan' },
	{ id: 'c', label: 'Eero Mäkelä', detail: 'Pirkanmaan hyvinvointialue' },
	{ id: 'd', label: 'Pekka Virtanen', detail: 'Kangasalan seurakunta' },
	{ id: 'e', label: 'Åsa Lindqvist', detail: 'Folkhälsan' },
	{ id: 'f', label: 'Paula Makela', detail: 'MLL' }
];
const ids = (text: string) => rankOptions(people, text).map((p) => p.id);

describe('rankOptions (the pickers of people and organisations)', () => {
	it('folds case and ä/ö/å: "soder" finds Söderlund, "makela" finds Mäkelä', () => {
		expect(ids('soder')).toEqual(['b']);
		expect(ids('makela')).toContain('c');
		expect(ids('MÄKELÄ')[0]).toBe('c');
	});

	it('prefers the spelling typed: without ä the plain name first, with ä the ä name first', () => {
		expect(ids('makela')).toEqual(['f', 'c']);
		expect(ids('mäkelä')).toEqual(['c', 'f']);
	});

	it('ranks a name before a match inside an organisation: "asa" gives Åsa before Kangasala', () => {
		const found = ids('asa');
		expect(found[0]).toBe('e');
		expect(found).toEqual(['e', 'a', 'd']);
	});

	it('needs every word and matches words of the name and the detail together', () => {
		expect(ids('pekka kangasala')).toEqual(['d']);
		expect(ids('pekka folkhälsan')).toEqual([]);
	});

	it('forgives a typo as the directory does ("virtnen" → Virtanen)', () => {
		expect(ids('virtnen')).toEqual(['d']);
	});

	it('keeps the given order for equal scores and for an empty text', () => {
		expect(ids('folkhälsan')).toEqual(['b', 'e']);
		expect(ids('  ')).toEqual(people.map((p) => p.id));
	});

	it('finds an inner part of a compound name', () => {
		expect(
			rankOptions([{ label: 'Parisuhdeneuvonta' }, { label: 'Perheneuvola' }], 'neuvonta').map(
				(o) => o.label
			)
		).toEqual(['Parisuhdeneuvonta']);
	});
});

describe('textScore', () => {
	it('is 0 when a word matches nothing, and higher for a whole word than a start', () => {
		expect(textScore('xyz', [['Aino', 20]])).toBe(0);
		expect(textScore('aino', [['Aino', 20]])).toBeGreaterThan(textScore('ain', [['Aino', 20]]));
	});
});
