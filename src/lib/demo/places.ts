/**
 * Pirkanmaa's 23 municipalities (official codes), the wellbeing services
 * county's three regions and the 24 local family centres. Tampere has two
 * family centres, one in the western and one in the southern region.
 */
export type RegionKey = 'west' | 'south' | 'north';

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

export interface Place {
	code: string;
	name: string;
	nameSv?: string;
	/** Genitive, for "Nokian perhekeskus", "Nokian kaupunki". */
	gen: string;
	town: boolean;
	region?: RegionKey;
}

export const MUNICIPALITIES: Place[] = [
	{
		code: '108',
		name: 'Hämeenkyrö',
		nameSv: 'Tavastkyro',
		gen: 'Hämeenkyrön',
		town: false,
		region: 'west'
	},
	{
		code: '143',
		name: 'Ikaalinen',
		nameSv: 'Ikalis',
		gen: 'Ikaalisten',
		town: true,
		region: 'west'
	},
	{ code: '216', name: 'Kihniö', gen: 'Kihniön', town: false, region: 'west' },
	{ code: '536', name: 'Nokia', gen: 'Nokian', town: true, region: 'west' },
	{ code: '581', name: 'Parkano', gen: 'Parkanon', town: true, region: 'west' },
	{ code: '619', name: 'Punkalaidun', gen: 'Punkalaitumen', town: false, region: 'west' },
	{ code: '790', name: 'Sastamala', gen: 'Sastamalan', town: true, region: 'west' },
	{ code: '980', name: 'Ylöjärvi', gen: 'Ylöjärven', town: true, region: 'west' },
	{ code: '020', name: 'Akaa', gen: 'Akaan', town: true, region: 'south' },
	{ code: '211', name: 'Kangasala', gen: 'Kangasalan', town: true, region: 'south' },
	{ code: '418', name: 'Lempäälä', gen: 'Lempäälän', town: false, region: 'south' },
	{
		code: '604',
		name: 'Pirkkala',
		nameSv: 'Birkala',
		gen: 'Pirkkalan',
		town: false,
		region: 'south'
	},
	{ code: '635', name: 'Pälkäne', gen: 'Pälkäneen', town: false, region: 'south' },
	{ code: '887', name: 'Urjala', gen: 'Urjalan', town: false, region: 'south' },
	{ code: '908', name: 'Valkeakoski', gen: 'Valkeakosken', town: true, region: 'south' },
	{
		code: '922',
		name: 'Vesilahti',
		nameSv: 'Vesilax',
		gen: 'Vesilahden',
		town: false,
		region: 'south'
	},
	{ code: '177', name: 'Juupajoki', gen: 'Juupajoen', town: false, region: 'north' },
	{
		code: '291',
		name: 'Kuhmoinen',
		nameSv: 'Kuhmois',
		gen: 'Kuhmoisten',
		town: false,
		region: 'north'
	},
	{ code: '508', name: 'Mänttä-Vilppula', gen: 'Mänttä-Vilppulan', town: true, region: 'north' },
	{ code: '562', name: 'Orivesi', gen: 'Oriveden', town: true, region: 'north' },
	{ code: '702', name: 'Ruovesi', gen: 'Ruoveden', town: false, region: 'north' },
	{ code: '936', name: 'Virrat', nameSv: 'Virdois', gen: 'Virtain', town: true, region: 'north' },
	// Tampere spans two regions; its two family centres carry the region.
	{ code: '837', name: 'Tampere', nameSv: 'Tammerfors', gen: 'Tampereen', town: true }
];

export interface FamilyCentrePlace {
	key: string;
	name: string;
	code: string;
	region: RegionKey;
	inDevelopment?: boolean;
}

export const FAMILY_CENTRES: FamilyCentrePlace[] = [
	...MUNICIPALITIES.filter((m) => m.region).map((m) => ({
		key: m.code,
		name: `${m.gen} perhekeskus`,
		code: m.code,
		region: m.region!,
		inDevelopment: ['216', '291', '619'].includes(m.code)
	})),
	{ key: '837-west', name: 'Tampereen läntinen perhekeskus', code: '837', region: 'west' },
	{ key: '837-south', name: 'Tampereen eteläinen perhekeskus', code: '837', region: 'south' }
];
