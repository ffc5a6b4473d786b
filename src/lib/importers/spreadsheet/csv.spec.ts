import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, splitRecords } from './csv';

const records = (text: string, d = ';') => {
	const out: string[][] = [];
	splitRecords(text, d, (f) => {
		out.push(f);
	});
	return out;
};

describe('splitRecords', () => {
	it('RFC 4180 fields, and what Excel does with malformed ones', () => {
		expect(records('a;"b;c";"d""e"\r\n"f\ng";h')).toEqual([
			['a', 'b;c', 'd"e'],
			['f\ng', 'h']
		]);
		// Text after a closing quote, a quote mid-field, an unterminated quote.
		expect(records('"ab"c;d"e;"f\n')).toEqual([['abc', 'd"e', 'f\n']]);
		expect(records('a;\r\r\nb')).toEqual([['a', ''], [''], ['b']]);
	});

	it('past the field limit keeps only the first non-empty extra field', () => {
		const out: string[][] = [];
		splitRecords('a;b;;;;;;c;d;e\nf', ';', (f) => void out.push(f), 3);
		expect(out).toEqual([['a', 'b', '', 'c'], ['f']]);
	});
});

describe('detectDelimiter', () => {
	it('picks the delimiter that splits the lines consistently', () => {
		expect(detectDelimiter('Nimi;Kunta\nA;Tampere\nB, C;Nokia\n')).toBe(';');
		expect(detectDelimiter('Nimi,Kunta\nA,Tampere\n"B; C",Nokia\n')).toBe(',');
		expect(detectDelimiter('Nimi\tKunta\tSumma\nA\tTampere\t1,5\n')).toBe('\t');
		expect(detectDelimiter('Vain yksi sarake\nToinen rivi\n')).toBe(';');
	});
});

describe('decodeText', () => {
	it('UTF-8 when valid, Windows-1252 otherwise', () => {
		expect(decodeText(new Uint8Array([0xc3, 0xa4]))).toBe('ä');
		expect(decodeText(new Uint8Array([0xe4, 0x80, 0x3b, 0x96, 0x93, 0x94, 0x81]))).toBe(
			'ä€;–“”\u0081'
		);
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
	});
});
