import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { contributionsBySector, filterContributions } from './resources';

const demo = buildDemoNetwork();
const orgs = new Map(demo.organisations.map((o) => [o.id, o]));

describe('contributionsBySector', () => {
	it('counts each contribution once, by the contributor’s sector and kind', () => {
		const { rows, totals, total } = contributionsBySector(demo.resourceContributions, orgs);
		expect(total).toBe(demo.resourceContributions.length);
		expect(rows.reduce((a, r) => a + r.total, 0)).toBe(total);
		expect(Object.values(totals).reduce((a, b) => a + b, 0)).toBe(total);
		const county = rows.find((r) => r.sector === 'wellbeing_county')!;
		expect(county.byKind.staff_time).toBe(2);
		// Sectors come in the fixed order and only when they contribute.
		expect(rows.map((r) => r.sector)).toEqual([
			'municipality',
			'wellbeing_county',
			'ngo',
			'parish',
			'kela'
		]);
	});

	it('skips deleted contributions', () => {
		const c = { ...demo.resourceContributions[0], deletedAt: '2026-01-01T00:00:00.000Z' };
		expect(contributionsBySector([c], orgs).total).toBe(0);
	});
});

describe('filterContributions', () => {
	it('filters by kind, sector, family centre and year together', () => {
		const premises = filterContributions(demo.resourceContributions, orgs, { kind: 'premises' });
		expect(premises.length).toBe(3);
		const parishPremises = filterContributions(demo.resourceContributions, orgs, {
			kind: 'premises',
			sector: 'parish'
		});
		expect(parishPremises.map((c) => c.description)).toEqual([
			'Seurakuntakeskuksen sali perhekahvilalle'
		]);
		expect(filterContributions(demo.resourceContributions, orgs, { year: 2024 }).length).toBe(1);
		const fc = parishPremises[0].familyCentreId!;
		expect(
			filterContributions(demo.resourceContributions, orgs, { familyCentreId: fc }).length
		).toBe(2);
	});
});
