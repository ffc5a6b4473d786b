import { describe, expect, it } from 'vitest';
import { checkRows, type RowContext } from './rows';
import { vocabularyLabels } from './labels';
import type { Mapping } from './mapping';

const TAMPERE = '00000000-0000-4000-8000-000000000837';
const ORIVESI = '00000000-0000-4000-8000-000000000562';
const BODY = '00000000-0000-4000-8000-00000000b0d1';
const ctx: RowContext = {
	municipalities: [
		{ id: TAMPERE, code: '837', name: 'Tampere', nameSv: 'Tammerfors' },
		{ id: ORIVESI, code: '562', name: 'Orivesi' }
	],
	bodies: [{ id: BODY, name: 'Läntisen alueen järjestöverkosto' }],
	labels: vocabularyLabels()
};
const header = ['Nimi', 'Yhdistys', 'Sähköposti', 'Puhelin', 'Y-tunnus', 'Kunta', 'Ryhmä', 'Rooli'];
const mapping: Mapping = {
	columns: [
		'person.name',
		'organisation.name',
		'person.email',
		'person.phone',
		'organisation.businessId',
		'organisation.municipalities',
		'membership.body',
		'membership.role'
	],
	defaultSector: 'ngo'
};
const sheet = (...rows: string[][]) => ({ name: 'Taul1', rows: [header, ...rows] });

describe('checkRows', () => {
	it('parses good rows into the parts of each record', () => {
		const r = checkRows(
			sheet([
				'Anna Aalto',
				'MLL Tampere',
				'anna@example.fi',
				'040 123 4567',
				'0201256-6',
				'Tammerfors, 562',
				'läntisen alueen  JÄRJESTÖVERKOSTO',
				'Puheenjohtaja'
			]),
			0,
			mapping,
			ctx
		);
		expect(r.problems).toEqual([]);
		expect(r.rows).toEqual([
			{
				row: 2,
				organisation: {
					id: undefined,
					fields: {
						name: 'MLL Tampere',
						businessId: '0201256-6',
						municipalityIds: [TAMPERE, ORIVESI]
					}
				},
				person: {
					id: undefined,
					fields: { name: 'Anna Aalto', email: 'anna@example.fi', phone: '040 123 4567' }
				},
				membership: { bodyId: BODY, role: 'chair' }
			}
		]);
	});

	it('names the row as the sheet shows it, the column and the problem; nothing is dropped', () => {
		const r = checkRows(
			sheet(
				['Hyvä Rivi', 'Yhdistys', 'hyva@example.fi'],
				[],
				['Bertta', 'Yhdistys', 'bertta(at)example', 'soita', '1234567-8', 'Atlantis, Tampere']
			),
			0,
			mapping,
			ctx
		);
		expect(r.rows.map((x) => x.row)).toEqual([2]);
		expect(r.problems).toEqual([
			{ row: 4, column: 2, header: 'Sähköposti', code: 'email', value: 'bertta(at)example' },
			{ row: 4, column: 3, header: 'Puhelin', code: 'phone', value: 'soita' },
			{ row: 4, column: 4, header: 'Y-tunnus', code: 'businessId', value: '1234567-8' },
			{
				row: 4,
				column: 5,
				header: 'Kunta',
				code: 'municipality',
				value: 'Atlantis',
				cell: 'Atlantis, Tampere'
			}
		]);
		expect(r.dataRows).toBe(2);
	});

	it('fixes in place and leaves rows out', () => {
		const s = sheet(
			['Bertta', 'Yhdistys', 'bertta(at)example'],
			['Cecilia', '', '', '', '', '', 'Tuntematon ryhmä']
		);
		const r = checkRows(s, 0, mapping, ctx, {
			edits: { '2:2': 'bertta@example.fi' },
			excluded: [3]
		});
		expect(r.problems).toEqual([]);
		expect(r.rows[0].person?.fields.email).toBe('bertta@example.fi');
		expect(r.excluded).toBe(1);
		expect(checkRows(s, 0, mapping, ctx).problems.map((p) => [p.row, p.code, p.value])).toEqual([
			[2, 'email', 'bertta(at)example'],
			[3, 'body', 'Tuntematon ryhmä']
		]);
	});

	it('keeps formula-looking text as text, and reads back the apostrophe CSV exports add', () => {
		const r = checkRows(
			sheet([
				'=HYPERLINK("http://evil.example","klikkaa")',
				"'+358 40 000 1001",
				'',
				"'+358 40 000 1001"
			]),
			0,
			{ columns: ['person.name', 'person.title', '', 'person.phone'], defaultSector: 'ngo' },
			ctx
		);
		expect(r.rows[0].person?.fields).toEqual({
			name: '=HYPERLINK("http://evil.example","klikkaa")',
			title: '+358 40 000 1001',
			phone: '+358 40 000 1001'
		});
	});

	it('refuses links other than web addresses, and a person without a name', () => {
		const r = checkRows(
			{
				name: 's',
				rows: [
					['Org', 'Www', 'Title'],
					['Yhdistys', 'javascript:alert(1)'],
					['', '', 'Sihteeri']
				]
			},
			0,
			{
				columns: ['organisation.name', 'organisation.website', 'person.title'],
				defaultSector: 'ngo'
			},
			ctx
		);
		expect(r.problems.map((p) => [p.row, p.header, p.code])).toEqual([
			[2, 'Www', 'url'],
			[3, 'Title', 'nameMissing']
		]);
	});

	it('reads sectors, kinds and roles by their label in any language, and the area-free label as no municipality', () => {
		const r = checkRows(
			{
				name: 's',
				rows: [
					['Organisation', 'Sektor', 'Kommuner'],
					['Förening', 'Organisation', 'Hela landet, webb eller telefon']
				]
			},
			0,
			{
				columns: ['organisation.name', 'organisation.sector', 'organisation.municipalities'],
				defaultSector: 'other'
			},
			ctx
		);
		expect(r.problems).toEqual([]);
		expect(r.rows[0].organisation?.fields).toEqual({
			name: 'Förening',
			sector: 'ngo',
			municipalityIds: []
		});
	});
});
