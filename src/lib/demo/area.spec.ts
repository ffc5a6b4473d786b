import { describe, expect, it } from 'vitest';
import { ENTITY_NAMES, entitySchemas, type DataSet } from '$lib/domain/entities';
import { danglingReferences } from '$lib/domain/references';
import { MUNICIPALITIES as LIST, municipalitiesOf } from '$lib/domain/reference/municipalities';
import { START_AREAS } from '$lib/domain/reference';
import { AREA_CREATED, areaId, buildAreaStart } from './area';
import { buildDemoNetwork } from './pirkanmaa';
import { MUNICIPALITIES as PLACES, PIRKANMAA } from './places';
import { AREAS_WITH_STRUCTURE } from '$lib/domain/reference/start';

const pirkanmaa = buildAreaStart({ county: 'PI', structure: true });
const count = (d: Partial<DataSet>) =>
	Object.fromEntries(ENTITY_NAMES.map((n) => [n, d[n]?.length ?? 0]).filter(([, c]) => c));

describe('a start from Pirkanmaa with the seeds’ structure', () => {
	it('has the list’s 23 municipalities, 3 regions, 24 family centres and the seeds’ 36 bodies, nothing else', () => {
		expect(count(pirkanmaa)).toEqual({
			regions: 3,
			municipalities: 23,
			familyCentres: 24,
			bodies: 36
		});
		expect(pirkanmaa.municipalities!.map((m) => [m.code, m.name])).toEqual(
			municipalitiesOf('PI').map((m) => [m.code, m.fi])
		);
		const kinds = pirkanmaa.bodies!.map((b) => `${b.level}/${b.kind}`);
		expect(kinds.filter((k) => k === 'provincial/steering_group')).toHaveLength(1);
		expect(kinds.filter((k) => k === 'regional/coordination_group')).toHaveLength(3);
		expect(kinds.filter((k) => k === 'local/steering_group')).toHaveLength(24);
		expect(kinds.filter((k) => k === 'provincial/expert_network')).toHaveLength(5);
	});

	it('puts every municipality but Tampere in a region; each family centre has its municipality', () => {
		const ms = pirkanmaa.municipalities!;
		expect(ms.filter((m) => !m.regionId).map((m) => m.name)).toEqual(['Tampere']);
		const tampere = ms.find((m) => m.code === '837')!;
		expect(
			pirkanmaa
				.familyCentres!.filter((f) => f.municipalityIds.includes(tampere.id))
				.map((f) => f.name)
		).toEqual(['Tampereen läntinen perhekeskus', 'Tampereen eteläinen perhekeskus']);
		expect(pirkanmaa.familyCentres!.map((f) => f.name)).toContain('Kihniön perhekeskus');
		expect(ms.find((m) => m.name === 'Kihniö')!.code).toBe('250');
	});

	it('has every record valid, no dangling reference and no person anywhere', () => {
		for (const n of ENTITY_NAMES)
			for (const r of pirkanmaa[n] ?? [])
				expect(entitySchemas[n].safeParse(r).error?.issues ?? [], `${n} ${r.id}`).toEqual([]);
		expect(danglingReferences(pirkanmaa)).toEqual([]);
		for (const b of pirkanmaa.bodies!) {
			expect(b.coordinatorPersonId).toBeUndefined();
			expect(b.meetingsPerYear).toBe(0);
		}
		for (const f of pirkanmaa.familyCentres!) expect(f.contactPersonIds).toEqual([]);
		// No contact details of anyone: no e-mail, phone number or web address in any field.
		const json = JSON.stringify(pirkanmaa)
			.replace(/"[0-9a-f-]{36}"/g, '"id"')
			.replaceAll(AREA_CREATED, 'time');
		expect(json).not.toMatch(/@|https?:|"(email|phone|website)"|\+358|\b0\d{1,3}[ -]?\d{3}/);
	});

	it('shares the demo’s structure: the same names, levels, kinds, scopes and parents', () => {
		const demo = buildDemoNetwork();
		const shape = (d: Partial<DataSet>) => {
			const name = new Map(
				[...(d.regions ?? []), ...(d.familyCentres ?? []), ...(d.bodies ?? [])].map((r) => [
					r.id,
					r.name
				])
			);
			return d.bodies!.map((b) => ({
				name: b.name,
				level: b.level,
				kind: b.kind,
				scope: name.get(b.familyCentreId ?? b.regionId ?? ''),
				parent: name.get(b.parentBodyId ?? '')
			}));
		};
		const demoOnly = [
			'Johdon ja järjestöjen toiminnanjohtajien tapaaminen',
			'Perhekeskuksen käsikirjan työryhmä'
		];
		expect(shape(pirkanmaa)).toEqual(shape(demo).filter((b) => !demoOnly.includes(b.name)));
		expect(PLACES.map((p) => p.code).sort()).toEqual(municipalitiesOf('PI').map((m) => m.code));
		// The start screen offers the structure for exactly the county it is of.
		expect(AREAS_WITH_STRUCTURE).toEqual([PIRKANMAA]);
	});
});

describe('a start from any area', () => {
	it('creates each start area’s municipalities with codes and Finnish and Swedish names', () => {
		for (const area of START_AREAS) {
			const d = buildAreaStart({ county: area.code, structure: false });
			expect(count(d)).toEqual({ municipalities: area.municipalities });
		}
		const vs = buildAreaStart({ county: 'VS', structure: false }).municipalities!;
		expect(vs.find((m) => m.code === '853')).toMatchObject({ name: 'Turku', nameSv: 'Åbo' });
		// A Swedish name is kept only where it differs from the Finnish one.
		expect(vs.find((m) => m.name === 'Aura')!.nameSv).toBeUndefined();
		expect(buildAreaStart({ county: 'HKI', structure: false }).municipalities).toEqual([
			{
				id: areaId('municipality:091'),
				createdAt: AREA_CREATED,
				updatedAt: AREA_CREATED,
				version: 1,
				code: '091',
				name: 'Helsinki',
				nameSv: 'Helsingfors'
			}
		]);
	});

	it('gives a municipality the same id whichever start made it, and different ids to the demo', () => {
		const plain = buildAreaStart({ county: 'PI', structure: false }).municipalities!;
		expect(plain.map((m) => m.id)).toEqual(pirkanmaa.municipalities!.map((m) => m.id));
		const demoIds = new Set(buildDemoNetwork().municipalities.map((m) => m.id));
		expect(plain.some((m) => demoIds.has(m.id))).toBe(false);
		expect(new Set(LIST.map((m) => areaId(`municipality:${m.code}`))).size).toBe(309);
	});

	it('refuses an unknown area, Åland, and a structure the app does not ship', () => {
		expect(() => buildAreaStart({ county: 'XX', structure: false })).toThrow(/unknown/);
		expect(() => buildAreaStart({ county: 'AHV', structure: false })).toThrow(/unknown/);
		expect(() => buildAreaStart({ county: 'VS', structure: true })).toThrow(/structure/);
	});
});
