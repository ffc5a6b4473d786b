/**
 * A real start from the user's own area: a wellbeing services county's (or
 * Helsinki's) municipalities from the list shipped with the app, and for
 * Pirkanmaa, if asked, the seeds' structure (./structure). Nothing invented:
 * no people, organisations, services, meetings or goals. It lives beside the
 * demo because the two share the structure; unlike the demo, it is real data.
 *
 * Ids and stamps are stable, like the demo's: two coordinators who start from
 * the same area hold identical records, so their files merge record by record
 * and share a sync base (see services/start). Pure: writes nothing.
 */
import type { DataSet, Municipality } from '$lib/domain/entities';
import { stableId } from '$lib/domain/stableId';
import { START_AREAS } from '$lib/domain/reference';
import { AREAS_WITH_STRUCTURE } from '$lib/domain/reference/start';
import { municipalitiesOf } from '$lib/domain/reference/municipalities';
import { buildSeedStructure } from './structure';

/** The stamp of shipped start content: the year of the municipality list. */
export const AREA_CREATED = '2021-01-01T00:00:00.000Z';

export const areaId = (key: string) => stableId(`verkosto:area:${key}`);
const areaBase = (key: string) => ({
	id: areaId(key),
	createdAt: AREA_CREATED,
	updatedAt: AREA_CREATED,
	version: 1
});
/** A municipality's record key is its code, whichever area it is started from. */
const municipalityBase = (code: string) => areaBase(`municipality:${code}`);

export interface AreaChoice {
	/** A code of START_AREAS: a wellbeing services county or HKI. */
	county: string;
	/** Also the seeds' structure (regions, family centres, bodies); only for AREAS_WITH_STRUCTURE. */
	structure: boolean;
}

export function buildAreaStart({ county, structure }: AreaChoice): Partial<DataSet> {
	if (!START_AREAS.some((c) => c.code === county)) throw new Error(`unknown start area ${county}`);
	if (structure && !AREAS_WITH_STRUCTURE.includes(county))
		throw new Error(`no structure shipped for ${county}`);
	const municipalities: Municipality[] = municipalitiesOf(county).map((m) => ({
		...municipalityBase(m.code),
		code: m.code,
		name: m.fi,
		...(m.sv !== m.fi ? { nameSv: m.sv } : {})
	}));
	if (!structure) return { municipalities };

	const seeds = buildSeedStructure({
		base: (key) => areaBase(`${county}:${key}`),
		municipality: (p) => municipalityBase(p.code)
	});
	// The structure's municipalities are the list's, each with its region.
	const regionOf = new Map(seeds.municipalities.map((m) => [m.id, m.regionId]));
	return {
		municipalities: municipalities.map((m) => {
			const regionId = regionOf.get(m.id);
			return regionId ? { ...m, regionId } : m;
		}),
		regions: seeds.regions,
		familyCentres: seeds.familyCentres,
		bodies: seeds.bodies
	};
}
