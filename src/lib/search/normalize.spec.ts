import { describe, expect, it } from 'vitest';
import { compoundParts, fold, hasDiacritics, lower, tokenize } from './normalize';

describe('fold', () => {
	it('drops case and Finnish and foreign diacritics', () => {
		expect(fold('Päiväkoti ÖLJY Åbo')).toBe('paivakoti oljy abo');
		expect(fold('Café Noël')).toBe('cafe noel');
	});
	it('handles decomposed input (a + combining diaeresis) like precomposed ä', () => {
		expect(fold('Pa\u0308iva\u0308')).toBe(fold('Päivä'));
		expect(lower('Pa\u0308iva\u0308')).toBe('päivä');
	});
});

describe('tokenize', () => {
	it('splits on punctuation and drops one-letter words but keeps numbers', () => {
		expect(tokenize('MLL:n Nokian yhdistys, 24/7 – Mänttä-Vilppula 5')).toEqual([
			'MLL',
			'Nokian',
			'yhdistys',
			'24',
			'7',
			'Mänttä',
			'Vilppula',
			'5'
		]);
	});
});

describe('compoundParts', () => {
	it('finds the inner word of a compound at a syllable boundary', () => {
		expect(compoundParts('Parisuhdeneuvonta')).toContain('neuvonta');
		expect(compoundParts('Parisuhdeneuvonta')).toContain('suhdeneuvonta');
		expect(compoundParts('perhekeskus')).toContain('keskus');
		expect(compoundParts('Eroauttaminen')).toContain('auttaminen');
		expect(compoundParts('avioero')).toContain('ero');
	});
	it('does not split inside a diphthong or a long vowel', () => {
		// neu-von-ta: "eu" is one syllable, so no tail starts at "u".
		expect(compoundParts('neuvonta')).not.toContain('uvonta');
		expect(compoundParts('vauvaperhe')).not.toContain('uvaperhe');
		expect(compoundParts('vauvaperhe')).toContain('perhe');
	});
	it('leaves short words whole and folds the parts', () => {
		expect(compoundParts('perhe')).toEqual([]);
		expect(compoundParts('Väkivaltatyö')).toContain('tyo');
	});
});

describe('hasDiacritics', () => {
	it('tells ä/ö queries from plain ones', () => {
		expect(hasDiacritics('säätiö')).toBe(true);
		expect(hasDiacritics('saatio')).toBe(false);
	});
});
