import { describe, expect, it } from 'vitest';
import type { Membership, Organisation } from '$lib/domain/entities';
import { testClock } from '$lib/testing/exchange';
import { matchRows, type LocalData } from './duplicates';
import { buildRecords, ReviewUnfinished } from './records';
import type { ParsedRow } from './rows';

const T = '2026-09-01T08:00:00.000Z';
const TAMPERE = '00000000-0000-4000-8000-000000000837';
const NOKIA = '00000000-0000-4000-8000-000000000536';
const org = (id: string, fields: Partial<Organisation>): Organisation => ({
	id,
	createdAt: T,
	updatedAt: T,
	version: 1,
	name: 'x',
	sector: 'ngo',
	municipalityIds: [],
	...fields
});
const MLL = org('00000000-0000-4000-8000-0000000000a1', {
	name: 'MLL Tampere',
	businessId: '0201256-6',
	municipalityIds: [TAMPERE]
});
const local: LocalData = {
	organisations: [MLL],
	persons: [],
	services: [],
	municipalities: [
		{ id: TAMPERE, name: 'Tampere' },
		{ id: NOKIA, name: 'Nokia' }
	]
};
const orgRow = (row: number, fields: Partial<Organisation>): ParsedRow => ({
	row,
	organisation: { fields }
});

describe('matchRows', () => {
	it('finds organisations by Y-tunnus and by folded name in the same municipality, here and earlier in the file', () => {
		const m = matchRows(
			[
				orgRow(2, { name: 'Toinen nimi', businessId: '0201256-6', phone: '03 123 456' }),
				orgRow(3, { name: 'mll  TAMPERE', municipalityIds: [TAMPERE], email: 'mll@example.fi' }),
				// Same name, another municipality: another organisation.
				orgRow(4, { name: 'MLL Tampere', municipalityIds: [NOKIA] }),
				orgRow(5, { name: 'Uusi ry', municipalityIds: [NOKIA] }),
				orgRow(6, { name: 'Uusi  RY', municipalityIds: [NOKIA], phone: '040 1' }),
				// Says nothing the stored record does not: linked without review.
				orgRow(7, { name: 'MLL Tampere', municipalityIds: [TAMPERE] })
			],
			local
		);
		expect(m.candidates.map((c) => [c.key, c.reason, c.target])).toEqual([
			['organisation:2', 'businessId', { existing: MLL.id }],
			['organisation:3', 'name', { existing: MLL.id }],
			['organisation:6', 'name', { row: 5 }]
		]);
		expect(m.candidates[0].fields.find((f) => f.field === 'name')).toEqual({
			field: 'name',
			existing: 'MLL Tampere',
			file: 'Toinen nimi',
			both: true,
			changes: true
		});
		expect(m.links.get('organisation:7')).toEqual({ existing: MLL.id });
		// Rows of organisations alone are not asked about: the rows describe them.
		expect(m.newOrganisations).toEqual([]);
	});

	it('links people to the organisation of their row, and asks before creating one', () => {
		const rows: ParsedRow[] = [
			{
				row: 2,
				organisation: { fields: { name: 'MLL Tampere' } },
				person: { fields: { name: 'A' } }
			},
			{ row: 3, organisation: { fields: { name: 'Uusi ry' } }, person: { fields: { name: 'B' } } },
			{ row: 4, organisation: { fields: { name: 'uusi RY' } }, person: { fields: { name: 'C' } } }
		];
		const m = matchRows(rows, local);
		expect(m.candidates).toEqual([]);
		expect(m.newOrganisations).toEqual([{ name: 'Uusi ry', row: 3 }]);
		const clock = testClock();
		const made = buildRecords(
			rows,
			m,
			{},
			{ ...local, memberships: [] },
			{
				createOrganisations: true,
				defaultSector: 'ngo',
				clock
			}
		);
		const orgs = made.data.organisations!;
		const uusi = orgs.find((o) => o.name === 'Uusi ry')!;
		expect(uusi.sector).toBe('ngo');
		expect(made.data.persons!.map((p) => [p.name, p.organisationId])).toEqual([
			['A', MLL.id],
			['B', uusi.id],
			['C', uusi.id]
		]);
		// The stored organisation comes out as it is: the plan sees no change.
		expect(orgs.find((o) => o.id === MLL.id)).toEqual(MLL);
		const declined = buildRecords(
			rows,
			m,
			{},
			{ ...local, memberships: [] },
			{
				createOrganisations: false,
				defaultSector: 'ngo',
				clock
			}
		);
		expect(declined.data.persons!.map((p) => p.organisationId)).toEqual([
			MLL.id,
			undefined,
			undefined
		]);
	});
});

describe('buildRecords', () => {
	const rows = [orgRow(2, { name: 'Toinen nimi', businessId: '0201256-6', phone: '03 123 456' })];
	const m = matchRows(rows, local);
	const opts = { createOrganisations: false, defaultSector: 'ngo' as const, clock: testClock() };
	const all = { ...local, memberships: [] as Membership[] };

	it('needs a decision for every candidate', () => {
		expect(() => buildRecords(rows, m, {}, all, opts)).toThrow(ReviewUnfinished);
	});
	it('merges field by field: blanks filled, a differing value as chosen', () => {
		const keep = buildRecords(
			rows,
			m,
			{ 'organisation:2': { action: 'merge', fields: { name: 'existing' } } },
			all,
			opts
		);
		const merged = keep.data.organisations![0];
		expect(merged).toMatchObject({
			id: MLL.id,
			name: 'MLL Tampere',
			phone: '03 123 456',
			version: 2
		});
		// It descends from the stored state, so the plan sees a change, not a conflict.
		expect(Object.keys(keep.sync.ancestry.organisations!)).toEqual([MLL.id]);
		const take = buildRecords(rows, m, { 'organisation:2': { action: 'merge' } }, all, opts);
		expect(take.data.organisations![0].name).toBe('Toinen nimi');
	});
	it('creates a new one or skips, as chosen', () => {
		const made = buildRecords(rows, m, { 'organisation:2': { action: 'new' } }, all, opts);
		expect(made.data.organisations!.map((o) => [o.name, o.id === MLL.id])).toEqual([
			['Toinen nimi', false]
		]);
		expect(buildRecords(rows, m, { 'organisation:2': { action: 'skip' } }, all, opts).data).toEqual(
			{}
		);
	});
});
