/**
 * The structure of Pirkanmaa's family-centre network as the seeds describe it
 * ("Verkostojohtamisen rakenteet Pirkanmaan perhekeskuksessa", "Järjestöjen
 * koordinointirakenne"): 3 regions, the 23 municipalities in them, 24 local
 * family centres, the provincial steering group, the regional coordination
 * groups, a local steering group in every family centre, the expert networks
 * and the NGO networks. Goals, tasks and descriptions are only what the seeds
 * say. No people, no organisations, no meeting cadence: those belong to a real
 * network (or, invented, to the demo, which builds on this).
 *
 * Pure: builds records with the ids and stamps the caller gives, writes nothing.
 */
import type { Body, FamilyCentre, Municipality, Region } from '$lib/domain/entities';
import type { Representation, Theme } from '$lib/domain/fields';
import {
	FAMILY_CENTRES,
	MUNICIPALITIES,
	PIRKANMAA,
	REGIONS,
	type Place,
	type RegionKey
} from './places';

type Base = { id: string; createdAt: string; updatedAt: string; version: number };

export interface StructureIds {
	/** The base fields (id, stamps) of the record of a key such as `region:west`. */
	base: (key: string) => Base;
	/** A municipality's base fields: the demo keys it by its place key, a real start by its code. */
	municipality: (place: Place) => Base;
}

export interface SeedStructure {
	regions: Region[];
	/** Pirkanmaa's municipalities, each in its region (Tampere in none: it spans two). */
	municipalities: Municipality[];
	familyCentres: FamilyCentre[];
	bodies: Body[];
	/** Each body's id → its key, for builders that add to bodies by key. */
	bodyKeys: Map<string, string>;
}

export const REGION_GEN: Record<RegionKey, string> = {
	west: 'Läntisen',
	south: 'Eteläisen',
	north: 'Pohjoisen'
};

const COUNTY_NAME = 'Pirkanmaan hyvinvointialue';

// Seed "Verkostojohtamisen rakenteet", tasks and roles of each level.
const LOCAL_GOALS = [
	'Paikallisen toiminnan linjaaminen ja päätöksenteko',
	'Alueellisesti ja maakunnallisesti sovittujen asioiden juurruttaminen'
];
const REGIONAL_GOALS = [
	'Palvelu- ja kehittämistarpeiden tunnistaminen aluetasoisesti, tiedolla johtaminen',
	'Ilmiölähtöinen kehittäminen aluetasoisesti'
];
const PROVINCIAL_GOALS = [
	'Perhekeskuksen toimintasuunnitelman sekä lasten ja nuorten hyvinvointisuunnitelman ohjaaminen',
	'Perhekeskustoiminnan maakunnallinen linjaaminen'
];
export const EXPERT_TASKS = [
	'Perhekeskusverkoston osaamisen vahvistaminen',
	'Toimintakäytäntöjen kehittäminen ja yhtenäistäminen',
	'Verkostoituminen',
	'Tiedon tuottaminen asiakastyön ja johtamisen tueksi'
];
/**
 * The thematic expert networks the seed names ("ero-, parisuhde-, nepsy-,
 * väkivaltatyön ja vauvatyön verkosto") with the service theme each covers.
 */
export const EXPERT_NETWORKS: [key: string, name: string, themes: Theme[]][] = [
	['expert-divorce', 'Maakunnallinen eroasiantuntijaverkosto', ['divorce']],
	['expert-couples', 'Maakunnallinen parisuhdeverkosto', ['couple_relationship']],
	['expert-nepsy', 'Maakunnallinen nepsy-verkosto', ['neuropsychiatric']],
	['expert-violence', 'Väkivaltatyön verkosto', ['violence']],
	['expert-infant', 'Vauvatyön verkosto', ['infant_wellbeing']]
];
/** Who sits at a local steering group, in the seed's words: kunta, hyvinvointialue, järjestö, uskonnollinen yhteisö, perheet. */
const LOCAL_SEATS: Representation[] = [
	'municipality',
	'wellbeing_county',
	'ngo',
	'parish',
	'families'
];

/** "Tampereen läntinen perhekeskus" → "Tampereen läntisen perhekeskuksen ohjausryhmä". */
export const localGroupName = (familyCentre: string) =>
	`${familyCentre
		.replace('perhekeskus', 'perhekeskuksen')
		.replace('läntinen', 'läntisen')
		.replace('eteläinen', 'eteläisen')} ohjausryhmä`;

type BodyFields = Omit<Body, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export function buildSeedStructure({ base, municipality }: StructureIds): SeedStructure {
	const id = (key: string) => base(key).id;
	const regionId = (k: RegionKey) => id(`region:${k}`);
	const places = new Map(MUNICIPALITIES.map((m) => [m.key, m]));
	const muniId = (key: string) => municipality(places.get(key)!).id;
	const fcId = (key: string) => id(`familyCentre:${key}`);
	const bodyId = (key: string) => id(`body:${key}`);

	const regions: Region[] = REGIONS.map((r) => ({
		...base(`region:${r.key}`),
		name: r.name,
		nameSv: r.nameSv,
		county: COUNTY_NAME,
		description: r.description
	}));

	const municipalities: Municipality[] = MUNICIPALITIES.map((m) => ({
		...municipality(m),
		code: m.code,
		name: m.name,
		...(m.nameSv ? { nameSv: m.nameSv } : {}),
		...(m.region ? { regionId: regionId(m.region) } : {})
	}));

	const familyCentres: FamilyCentre[] = FAMILY_CENTRES.map((fc) => ({
		...base(`familyCentre:${fc.key}`),
		name: fc.name,
		regionId: regionId(fc.region),
		municipalityIds: [muniId(fc.place)],
		// The seeds say "toiminnassa tai kehitteillä" without naming which: the
		// form's default, for the network to correct.
		status: 'operating',
		contactPersonIds: []
	}));

	const bodies: Body[] = [];
	const bodyKeys = new Map<string, string>();
	const body = (key: string, fields: Omit<BodyFields, 'status' | 'meetingsPerYear'>) => {
		bodyKeys.set(bodyId(key), key);
		bodies.push({ ...base(`body:${key}`), ...fields, meetingsPerYear: 0, status: 'active' });
	};

	body('provincial', {
		name: 'Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä',
		level: 'provincial',
		kind: 'steering_group',
		description:
			'Perhekeskustoiminnan maakunnallinen ohjaus; puheenjohtajisto ja koordinaatio hyvinvointialueella.',
		goals: PROVINCIAL_GOALS,
		tasks: [],
		requiredRepresentation: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'kela']
	});
	for (const r of REGIONS)
		body(`regional-${r.key}`, {
			name: `${REGION_GEN[r.key]} alueen koordinaatioryhmä`,
			level: 'regional',
			kind: 'coordination_group',
			regionId: regionId(r.key),
			parentBodyId: bodyId('provincial'),
			goals: REGIONAL_GOALS,
			tasks: [],
			requiredRepresentation: ['municipality', 'wellbeing_county', 'ngo', 'parish']
		});
	for (const fc of FAMILY_CENTRES)
		body(`local-${fc.key}`, {
			name: localGroupName(fc.name),
			level: 'local',
			kind: 'steering_group',
			familyCentreId: fcId(fc.key),
			regionId: regionId(fc.region),
			parentBodyId: bodyId(`regional-${fc.region}`),
			goals: LOCAL_GOALS,
			tasks: [],
			requiredRepresentation: LOCAL_SEATS
		});
	for (const [key, name, themes] of EXPERT_NETWORKS)
		body(key, {
			name,
			level: 'provincial',
			kind: 'expert_network',
			parentBodyId: bodyId('provincial'),
			goals: [],
			tasks: EXPERT_TASKS,
			requiredRepresentation: [],
			themes
		});
	body('ngo-coop', {
		name: 'Maakunnallinen järjestöyhteistyöryhmä',
		level: 'provincial',
		kind: 'ngo_network',
		description: 'Aloitti toimintansa loppuvuonna 2023.',
		goals: ['Kaikkien pirkanmaalaisten järjestöjen osaaminen ja palvelut mukaan perhekeskukseen'],
		tasks: [
			'Järjestöjen edustajien nimeäminen maakunnalliseen ohjausryhmään ja alueellisiin koordinaatioryhmiin'
		],
		requiredRepresentation: ['ngo', 'wellbeing_county', 'municipality']
	});
	body('lape-ngo', {
		name: 'Pirkanmaan lapsi- ja perhejärjestöjen verkosto',
		level: 'provincial',
		kind: 'ngo_network',
		description:
			'Kehitteillä: lasten, nuorten ja perheiden kanssa toimivien järjestöjen yhteinen verkosto.',
		goals: [],
		tasks: ['Lapsiperhejärjestöjen edustajan nimeäminen järjestöyhteistyöryhmään'],
		requiredRepresentation: ['ngo']
	});
	body('national', {
		name: 'Perheet keskiöön! -verkosto',
		level: 'national',
		kind: 'ngo_network',
		description:
			'Lastensuojelun Keskusliiton valtakunnallinen verkosto järjestöjen perhekeskusyhteistyölle.',
		goals: [],
		tasks: [],
		requiredRepresentation: []
	});

	return { regions, municipalities, familyCentres, bodies, bodyKeys };
}

export { PIRKANMAA };
