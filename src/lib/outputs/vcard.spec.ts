import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toVCard, toVCards } from './vcard';

const aino = {
	id: '00000000-0000-4000-8000-000000000005',
	name: 'Aino Maria Esimerkki',
	title: 'Perhetyöntekijä',
	organisation: 'MLL:n Nokian yhdistys',
	email: 'aino@example.fi',
	phone: '+358 40 123 4567',
	note: 'Vetää perhekahvilaa; parisuhdeillat, vertaistuki\nJäsen: Nokian ohjausryhmä',
	updatedAt: '2026-01-15T08:00:00.000Z'
};

describe('toVCard', () => {
	it('writes a vCard 3.0 with name parts, organisation, title, e-mail and phone', () => {
		const v = toVCard(aino);
		expect(v.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
		expect(v.endsWith('END:VCARD\r\n')).toBe(true);
		const unfolded = v.replace(/\r\n /g, '');
		expect(unfolded).toContain('\r\nFN:Aino Maria Esimerkki\r\n');
		expect(unfolded).toContain('\r\nN:Esimerkki;Aino Maria;;;\r\n');
		expect(unfolded).toContain('\r\nORG:MLL:n Nokian yhdistys\r\n');
		expect(unfolded).toContain('\r\nTITLE:Perhetyöntekijä\r\n');
		expect(unfolded).toContain('\r\nEMAIL;TYPE=INTERNET,WORK:aino@example.fi\r\n');
		expect(unfolded).toContain('\r\nTEL;TYPE=WORK,VOICE:+358 40 123 4567\r\n');
		expect(unfolded).toContain('\r\nUID:urn:uuid:00000000-0000-4000-8000-000000000005\r\n');
		expect(unfolded).toContain(
			'\r\nNOTE:Vetää perhekahvilaa\\; parisuhdeillat\\, vertaistuki\\nJäsen: Nokian ohjausryhmä\r\n'
		);
		// No bare LF anywhere: every line ends in CRLF.
		expect(v.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});
	it('leaves out fields the person does not have', () => {
		const v = toVCard({ id: aino.id, name: 'Kalle' });
		expect(v).toContain('N:Kalle;;;;');
		expect(v).not.toMatch(/EMAIL|TEL|ORG|TITLE|NOTE/);
	});
	it('concatenates several cards', () => {
		expect(toVCards([aino, { ...aino, id: 'x' }]).match(/BEGIN:VCARD/g)).toHaveLength(2);
	});
});

describe('escapeText', () => {
	it('escapes backslash, comma, semicolon and every kind of newline', () => {
		expect(escapeText('a\\b,c;d\ne\r\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
	});
});

describe('foldLine', () => {
	it('folds at 75 octets without splitting a multi-byte character', () => {
		const line = 'NOTE:' + 'ä'.repeat(100);
		const folded = foldLine(line);
		const enc = new TextEncoder();
		for (const l of folded.split('\r\n')) expect(enc.encode(l).length).toBeLessThanOrEqual(75);
		expect(
			folded
				.split('\r\n')
				.slice(1)
				.every((l) => l.startsWith(' '))
		).toBe(true);
		expect(folded.replace(/\r\n /g, '')).toBe(line);
	});
	it('leaves a short line alone', () => {
		expect(foldLine('FN:Aino')).toBe('FN:Aino');
	});
});
