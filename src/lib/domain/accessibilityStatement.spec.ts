import { describe, expect, it } from 'vitest';
import { checkStatement, nonConformityList } from './accessibilityStatement';

describe('checkStatement', () => {
	it('keeps what was filled in and leaves blanks unfilled', () => {
		const typed = {
			organisation: ' Pirkanmaan hyvinvointialue ',
			email: 'saavutettavuus@pirha.fi',
			assessedOn: '2026-11-30',
			nonConformities: '  '
		};
		expect(checkStatement(typed)).toEqual({
			ok: true,
			value: {
				organisation: 'Pirkanmaan hyvinvointialue',
				email: 'saavutettavuus@pirha.fi',
				assessedOn: '2026-11-30'
			}
		});
		expect(checkStatement({})).toEqual({ ok: true, value: {} });
	});

	it('names the field of a bad e-mail address or date', () => {
		const r = checkStatement({ email: 'not an address', assessedOn: '30.11.2026' });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['assessedOn', 'email']);
	});
});

describe('nonConformityList', () => {
	it('lists one shortcoming a line', () => {
		expect(nonConformityList({ nonConformities: 'Verkostokartta\n\n  PDF-raportit  \n' })).toEqual([
			'Verkostokartta',
			'PDF-raportit'
		]);
		expect(nonConformityList({})).toEqual([]);
	});
});
