/**
 * Pirkanmaa's 23 municipalities, the wellbeing services county's three
 * regions and the 24 local family centres, as the seeds describe them. Codes
 * and names come from the municipality list shipped with the app
 * ($lib/domain/reference); this file adds what the list does not hold: the
 * region, the genitive for names like "Nokian perhekeskus", and the key that
 * the demo's ids are made from. Tampere has two family centres, one in the
 * western and one in the southern region.
 */
import { municipalityByCode } from '$lib/domain/reference/municipalities';

export type RegionKey = 'west' | 'south' | 'north';

/** The county the structure belongs to, by its code in the municipality list. */
export const PIRKANMAA = 'PI';

export const REGIONS: { key: RegionKey; name: string; nameSv: string; description: string }[] = [
	{
		key: 'west',
		name: 'Läntinen alue',
		nameSv: 'Västra området',
		description: 'Pirkanmaan perhekeskuksen läntinen alue.'
	},
	{
		key: 'south',
		name: 'Eteläinen alue',
		nameSv: 'Södra området',
		description: 'Pirkanmaan perhekeskuksen eteläinen alue.'
	},
	{
		key: 'north',
		name: 'Pohjoinen alue',
		nameSv: 'Norra området',
		description: 'Pirkanmaan perhekeskuksen pohjoinen alue.'
	}
];

interface PlaceSpec {
	/** Statistics Finland's code. */
	code: string;
	/** The key of the demo's ids; the code, except where noted. */
	key?: string;
	/** Genitive, for "Nokian perhekeskus", "Nokian kaupunki". */
	gen: string;
	town: boolean;
	region?: RegionKey;
}

export interface Place extends Required<Pick<PlaceSpec, 'code' | 'key'>> {
	name: string;
	/** The Swedish name where it differs from the Finnish one. */
	nameSv?: string;
	gen: string;
	town: boolean;
	region?: RegionKey;
}

const SPECS: PlaceSpec[] = [
	{ code: '108', gen: 'Hämeenkyrön', town: false, region: 'west' },
	{ code: '143', gen: 'Ikaalisten', town: true, region: 'west' },
	// The demo first had Kihniö under 216 (Kannonkoski's code); its ids keep
	// that key, so every device's demo still merges record by record.
	{ code: '250', key: '216', gen: 'Kihniön', town: false, region: 'west' },
	{ code: '536', gen: 'Nokian', town: true, region: 'west' },
	{ code: '581', gen: 'Parkanon', town: true, region: 'west' },
	{ code: '619', gen: 'Punkalaitumen', town: false, region: 'west' },
	{ code: '790', gen: 'Sastamalan', town: true, region: 'west' },
	{ code: '980', gen: 'Ylöjärven', town: true, region: 'west' },
	{ code: '020', gen: 'Akaan', town: true, region: 'south' },
	{ code: '211', gen: 'Kangasalan', town: true, region: 'south' },
	{ code: '418', gen: 'Lempäälän', town: false, region: 'south' },
	{ code: '604', gen: 'Pirkkalan', town: false, region: 'south' },
	{ code: '635', gen: 'Pälkäneen', town: false, region: 'south' },
	{ code: '887', gen: 'Urjalan', town: false, region: 'south' },
	{ code: '908', gen: 'Valkeakosken', town: true, region: 'south' },
	{ code: '922', gen: 'Vesilahden', town: false, region: 'south' },
	{ code: '177', gen: 'Juupajoen', town: false, region: 'north' },
	{ code: '291', gen: 'Kuhmoisten', town: false, region: 'north' },
	{ code: '508', gen: 'Mänttä-Vilppulan', town: true, region: 'north' },
	{ code: '562', gen: 'Oriveden', town: true, region: 'north' },
	{ code: '702', gen: 'Ruoveden', town: false, region: 'north' },
	{ code: '936', gen: 'Virtain', town: true, region: 'north' },
	// Tampere spans two regions; its two family centres carry the region.
	{ code: '837', gen: 'Tampereen', town: true }
];

export const MUNICIPALITIES: Place[] = SPECS.map((s) => {
	const ref = municipalityByCode(s.code);
	if (ref?.county !== PIRKANMAA) throw new Error(`places: ${s.code} is not in Pirkanmaa`);
	return {
		...s,
		key: s.key ?? s.code,
		name: ref.fi,
		...(ref.sv !== ref.fi ? { nameSv: ref.sv } : {})
	};
});

export interface FamilyCentrePlace {
	key: string;
	name: string;
	/** The key of its municipality's place. */
	place: string;
	region: RegionKey;
}

export const FAMILY_CENTRES: FamilyCentrePlace[] = [
	...MUNICIPALITIES.filter((m) => m.region).map((m) => ({
		key: m.key,
		name: `${m.gen} perhekeskus`,
		place: m.key,
		region: m.region!
	})),
	{ key: '837-west', name: 'Tampereen läntinen perhekeskus', place: '837', region: 'west' },
	{ key: '837-south', name: 'Tampereen eteläinen perhekeskus', place: '837', region: 'south' }
];
