import { describe, expect, it } from 'vitest';
import { bodyProblems, descendantIds, normaliseScope, parentCandidates } from './bodies';

// provincial ← regional ← local; expert ← provincial
const tree = [
	{ id: 'prov' },
	{ id: 'reg', parentBodyId: 'prov' },
	{ id: 'loc', parentBodyId: 'reg' },
	{ id: 'exp', parentBodyId: 'prov' },
	{ id: 'other' }
];

describe('descendantIds and parentCandidates', () => {
	it('finds every body below one, at any depth', () => {
		expect([...descendantIds(tree, 'prov')].sort()).toEqual(['exp', 'loc', 'reg']);
		expect([...descendantIds(tree, 'loc')]).toEqual([]);
	});

	it('offers as parents every body except itself and those below it', () => {
		expect(parentCandidates(tree, 'reg').map((b) => b.id)).toEqual(['prov', 'exp', 'other']);
		expect(parentCandidates(tree, undefined)).toHaveLength(5);
	});

	it('terminates on data that already loops', () => {
		const loop = [
			{ id: 'a', parentBodyId: 'b' },
			{ id: 'b', parentBodyId: 'a' }
		];
		expect([...descendantIds(loop, 'a')]).toEqual(['b']);
	});
});

describe('bodyProblems', () => {
	it('asks a local body for its family centre and a regional one for its region', () => {
		expect(bodyProblems({ id: 'x', level: 'local' }, tree)).toEqual([
			{ path: 'familyCentreId', message: 'scopeFamilyCentre' }
		]);
		expect(bodyProblems({ id: 'x', level: 'regional' }, tree)).toEqual([
			{ path: 'regionId', message: 'scopeRegion' }
		]);
		expect(bodyProblems({ id: 'x', level: 'provincial' }, tree)).toEqual([]);
	});

	it('refuses a parent below the body, the body itself, or a missing one', () => {
		const p = (parentBodyId: string) =>
			bodyProblems({ id: 'prov', level: 'provincial', parentBodyId }, tree).map((x) => x.message);
		expect(p('loc')).toEqual(['parentCycle']);
		expect(p('prov')).toEqual(['parentCycle']);
		expect(p('nowhere')).toEqual(['parentMissing']);
		expect(p('other')).toEqual([]);
	});
});

describe('normaliseScope', () => {
	const regionOf = (fc: string) => (fc === 'fc-1' ? 'region-west' : undefined);
	it('gives a local body its family centre’s region', () => {
		expect(
			normaliseScope({ level: 'local', familyCentreId: 'fc-1', regionId: 'region-other' }, regionOf)
		).toMatchObject({ familyCentreId: 'fc-1', regionId: 'region-west' });
	});
	it('drops scope fields a level does not use', () => {
		expect(
			normaliseScope({ level: 'regional', familyCentreId: 'fc-1', regionId: 'r' }, regionOf)
		).toMatchObject({ familyCentreId: undefined, regionId: 'r' });
		expect(
			normaliseScope({ level: 'national', familyCentreId: 'fc-1', regionId: 'r' }, regionOf)
		).toMatchObject({ familyCentreId: undefined, regionId: undefined });
	});
});
