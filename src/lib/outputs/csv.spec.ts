import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';

describe('csvCell', () => {
	it('neutralises cells a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+358 40 123 4567')).toBe("'+358 40 123 4567");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\t=1')).toBe("'\t=1");
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
	});
	it('leaves ordinary text alone, a formula character later in the text too', () => {
		expect(csvCell('Väestöliitto')).toBe('Väestöliitto');
		expect(csvCell('a=b')).toBe('a=b');
		expect(csvCell('')).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(12)).toBe('12');
	});
	it('quotes separators, quotes and line breaks', () => {
		expect(csvCell('Tampere; Nokia')).toBe('"Tampere; Nokia"');
		expect(csvCell('Tampere, Nokia', ',')).toBe('"Tampere, Nokia"');
		expect(csvCell('Tampere, Nokia')).toBe('Tampere, Nokia');
		expect(csvCell('"Kataja"')).toBe('"""Kataja"""');
		expect(csvCell('rivi 1\nrivi 2')).toBe('"rivi 1\nrivi 2"');
	});
});

describe('toCsv', () => {
	it('starts with the UTF-8 BOM and ends rows with CRLF', () => {
		const csv = toCsv(['Nimi', 'Puhelin'], [['Äijä Öhman', '+358 40 1']]);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toBe(`${BOM}Nimi;Puhelin\r\nÄijä Öhman;'+358 40 1\r\n`);
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});
});
