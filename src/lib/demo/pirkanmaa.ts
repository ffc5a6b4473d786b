/**
 * The demo network, modelled on the seeds: Pirkanmaa's 23 municipalities,
 * 3 regions, 24 local family centres, the provincial steering group, regional
 * coordination groups, local steering groups (three without an NGO seat),
 * expert networks, NGO bodies, meetings including the 25.9.2024 workshop, and
 * the 2024 assessment round on themes 1, 2 and 5. People are invented.
 * Pure: builds records with stable ids, writes nothing.
 */
import type {
	Body,
	DataSet,
	FamilyCentre,
	Meeting,
	Membership,
	Municipality,
	Organisation,
	Person,
	Region,
	Service
} from '$lib/domain/entities';
import type { Representation } from '$lib/domain/fields';
import { DEMO_CREATED as T, demoBase, demoId } from './ids';
import { defaultAssessmentThemes, defaultThemeId } from '$lib/domain/defaults/assessmentThemes';
import { FAMILY_CENTRES, MUNICIPALITIES, REGIONS, type RegionKey } from './places';
import { ORGANISATIONS } from './organisations';
import { PEOPLE, demoContact } from './people';
import { SERVICES } from './services';
import { buildAssessment } from './assessment';
import { buildMeetings } from './meetings';
import { buildResources } from './resources';

const REGION_GEN: Record<RegionKey, string> = {
	west: 'Läntisen',
	south: 'Eteläisen',
	north: 'Pohjoisen'
};

export function buildDemoNetwork(): DataSet {
	const muniId = (code: string) => demoId(`municipality:${code}`);
	const codesOf = (area: string[] | 'all' | 'anywhere') =>
		area === 'anywhere' ? [] : area === 'all' ? MUNICIPALITIES.map((m) => m.code) : area;

	const regions: Region[] = REGIONS.map((r) => ({
		...demoBase(`region:${r.key}`),
		name: r.name,
		nameSv: r.nameSv,
		county: 'Pirkanmaan hyvinvointialue',
		description: r.description
	}));
	const regionId = (k: RegionKey) => demoId(`region:${k}`);

	const municipalities: Municipality[] = MUNICIPALITIES.map((m) => ({
		...demoBase(`municipality:${m.code}`),
		code: m.code,
		name: m.name,
		...(m.nameSv ? { nameSv: m.nameSv } : {}),
		...(m.region ? { regionId: regionId(m.region) } : {})
	}));

	const fcId = (key: string) => demoId(`familyCentre:${key}`);
	const familyCentres: FamilyCentre[] = FAMILY_CENTRES.map((fc) => ({
		...demoBase(`familyCentre:${fc.key}`),
		name: fc.name,
		regionId: regionId(fc.region),
		municipalityIds: [muniId(fc.code)],
		status: fc.inDevelopment ? 'in_development' : 'operating',
		contactPersonIds: [demoId(`person:liaison-${fc.key}`)],
		description: `${fc.name} on kunnan, hyvinvointialueen, järjestöjen ja seurakuntien yhteinen verkosto lapsille, nuorille ja perheille.`
	}));
	/** The family centres covering a municipality (Tampere has two). */
	const fcsOf = (code: string) =>
		FAMILY_CENTRES.filter((f) => f.code === code).map((f) => fcId(f.key));

	const orgId = (key: string) => demoId(`organisation:${key}`);
	const organisations: Organisation[] = ORGANISATIONS.map((o) => ({
		...demoBase(`organisation:${o.key}`),
		name: o.name,
		...(o.alternateName ? { alternateName: o.alternateName } : {}),
		sector: o.sector,
		municipalityIds: codesOf(o.area).map(muniId),
		...(o.website ? { website: o.website } : {}),
		description: o.description
	}));

	const personId = (key: string) => demoId(`person:${key}`);
	const persons: Person[] = PEOPLE.map((p, i) => {
		const c = demoContact(i);
		return {
			...demoBase(`person:${p.key}`),
			name: c.name,
			title: p.title,
			jobDescription: p.jobDescription,
			...(p.org ? { organisationId: orgId(p.org) } : {}),
			...(p.department ? { department: p.department } : {}),
			email: c.email,
			phone: c.phone,
			responsibilities: p.responsibilities ?? [],
			languages: p.languages ?? ['fi'],
			fictional: true
		};
	});

	const services: Service[] = SERVICES.map((s) => {
		const codes = codesOf(s.area);
		return {
			...demoBase(`service:${s.key}`),
			organisationId: orgId(s.org),
			name: s.name,
			description: s.description,
			kind: s.kind,
			status: s.status ?? 'active',
			targetGroups: s.targetGroups,
			themes: s.themes,
			...(s.minAge !== undefined ? { minAge: s.minAge } : {}),
			...(s.maxAge !== undefined ? { maxAge: s.maxAge } : {}),
			languages: s.languages ?? ['fi'],
			municipalityIds: codes.map(muniId),
			familyCentreIds: codes.flatMap(fcsOf),
			deliveryMode: s.deliveryMode ?? 'in_person',
			...(s.address ? { address: s.address } : {}),
			schedules: s.schedules ?? [],
			...(s.scheduleNote ? { scheduleNote: s.scheduleNote } : {}),
			free: s.free ?? true,
			...(s.feeDescription ? { feeDescription: s.feeDescription } : {}),
			referral: s.referral,
			...(s.phone ? { phone: s.phone } : {}),
			...(s.website ? { website: s.website } : {}),
			contactPersonIds: s.contact ? [personId(s.contact)] : []
		};
	});

	const { bodies, memberships, bodyKeys } = buildBodies({ fcId, orgId, personId, regionId });
	const themes = defaultAssessmentThemes(T);
	const meetings: Meeting[] = buildMeetings({ bodies, bodyKeys, memberships, personId });
	const assessment = buildAssessment({
		bodyId: (k) => demoId(`body:${k}`),
		regionIds: regions.map((r) => r.id),
		themeId: defaultThemeId,
		workshopId: demoId('meeting:workshop-2024')
	});
	const resources = buildResources({ orgId, fcId, bodyId: (k) => demoId(`body:${k}`) });

	return {
		regions,
		municipalities,
		familyCentres,
		organisations,
		persons,
		services,
		bodies,
		memberships,
		meetings,
		assessmentThemes: themes,
		assessmentRounds: assessment.rounds,
		discussions: assessment.discussions,
		goals: [],
		actions: [],
		resourceContributions: resources.contributions,
		knowledgeSources: resources.knowledgeSources
	};
}

interface Ids {
	fcId: (k: string) => string;
	orgId: (k: string) => string;
	personId: (k: string) => string;
	regionId: (k: RegionKey) => string;
}

const LOCAL_GOALS = [
	'Paikallisen toiminnan linjaaminen ja päätöksenteko',
	'Alueellisesti ja maakunnallisesti sovittujen asioiden juurruttaminen'
];
const LOCAL_TASKS = [
	'Perhekeskuksen paikallisen toimintasuunnitelman laatiminen ja seuranta',
	'Järjestöjen ja seurakuntien toiminnan kytkeminen paikallisiin palvelupolkuihin',
	'Perheiden osallisuuden varmistaminen'
];
const EXPERT_TASKS = [
	'Perhekeskusverkoston osaamisen vahvistaminen',
	'Toimintakäytäntöjen kehittäminen ja yhtenäistäminen',
	'Verkostoituminen',
	'Tiedon tuottaminen asiakastyön ja johtamisen tueksi'
];

/** Family centres whose steering group has no NGO seat (the demo's visible gap). */
export const DEMO_NO_NGO_SEAT = ['216', '619', '177'];
/** Family centres whose steering group has not stated goals or tasks. */
const NO_GOALS = ['291'];

function buildBodies({ fcId, orgId, personId, regionId }: Ids): {
	bodies: Body[];
	memberships: Membership[];
	bodyKeys: Map<string, string>;
} {
	const bodyId = (k: string) => demoId(`body:${k}`);
	const bodies: Body[] = [];
	const memberships: Membership[] = [];
	const bodyKeys = new Map<string, string>();
	const body = (key: string, fields: Omit<Body, 'id' | 'createdAt' | 'updatedAt' | 'version'>) => {
		bodyKeys.set(bodyId(key), key);
		bodies.push({ ...demoBase(`body:${key}`), ...fields });
	};
	const member = (
		bodyKey: string,
		person: string,
		role: Membership['role'],
		category: Representation | undefined,
		extra: Partial<Membership> = {}
	) => {
		const p = PEOPLE.find((x) => x.key === person);
		if (!p) throw new Error(`demo: unknown person ${person}`);
		memberships.push({
			...demoBase(`membership:${bodyKey}:${person}`),
			bodyId: bodyId(bodyKey),
			personId: personId(person),
			role,
			...(category ? { representsCategory: category } : {}),
			...(p.org && category !== 'families' ? { representsOrganisationId: orgId(p.org) } : {}),
			termStart: '2025-01-01',
			...extra
		});
	};

	body('provincial', {
		name: 'Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä',
		level: 'provincial',
		kind: 'steering_group',
		description:
			'Perhekeskustoiminnan maakunnallinen ohjaus; puheenjohtajisto ja koordinaatio hyvinvointialueella.',
		goals: [
			'Perhekeskuksen toimintasuunnitelman sekä lasten ja nuorten hyvinvointisuunnitelman ohjaaminen',
			'Perhekeskustoiminnan maakunnallinen linjaaminen'
		],
		tasks: [
			'Käsikirjan pohjalta laadittavien vuosi- ja toimintasuunnitelmien hyväksyminen',
			'Alueellisten koordinaatioryhmien tunnistamien tarpeiden käsittely',
			'Resurssien yhteensovittaminen organisaatioiden kesken'
		],
		coordinatorPersonId: personId('pirha-coordinator'),
		meetingsPerYear: 4,
		requiredRepresentation: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'kela'],
		status: 'active'
	});
	member('provincial', 'pirha-director', 'chair', 'wellbeing_county');
	member('provincial', 'liaison-837-west', 'vice_chair', 'municipality');
	member('provincial', 'pirha-coordinator', 'secretary', 'wellbeing_county');
	member('provincial', 'liaison-211', 'member', 'municipality');
	member('provincial', 'kela-1', 'member', 'kela');
	member('provincial', 'mll-hame-1', 'member', 'ngo', {
		representsText: 'Pirkanmaan järjestöt (nimennyt järjestöyhteistyöryhmä)'
	});
	member('provincial', 'artteli-coord', 'member', 'ngo', {
		representsText: 'Pirkanmaan järjestöt (nimennyt järjestöyhteistyöryhmä)'
	});
	member('provincial', 'parish-837', 'member', 'parish', {
		representsText: 'Pirkanmaan seurakunnat'
	});

	const regionalMembers: Record<RegionKey, [string, Membership['role'], Representation][]> = {
		west: [
			['liaison-536', 'member', 'municipality'],
			['liaison-980', 'member', 'municipality'],
			['agent-1', 'member', 'ngo'],
			['ensikoti-1', 'member', 'ngo'],
			['parish-536', 'member', 'parish'],
			['kela-1', 'member', 'kela'],
			['pirha-worker-1', 'secretary', 'wellbeing_county']
		],
		south: [
			['liaison-211', 'member', 'municipality'],
			['liaison-908', 'member', 'municipality'],
			['agent-2', 'member', 'ngo'],
			['yvpl-1', 'member', 'ngo'],
			['parish-908', 'member', 'parish'],
			['kela-1', 'member', 'kela'],
			['pirha-worker-4', 'secretary', 'wellbeing_county']
		],
		north: [
			['liaison-562', 'member', 'municipality'],
			['liaison-508', 'member', 'municipality'],
			['agent-3', 'member', 'ngo'],
			['kela-1', 'member', 'kela'],
			['pirha-worker-7', 'secretary', 'wellbeing_county']
		]
	};
	for (const r of REGIONS) {
		const key = `regional-${r.key}`;
		body(key, {
			name: `${REGION_GEN[r.key]} alueen koordinaatioryhmä`,
			level: 'regional',
			kind: 'coordination_group',
			regionId: regionId(r.key),
			parentBodyId: bodyId('provincial'),
			goals: [
				'Palvelu- ja kehittämistarpeiden tunnistaminen aluetasoisesti, tiedolla johtaminen',
				'Ilmiölähtöinen kehittäminen aluetasoisesti'
			],
			tasks: [
				'Paikallisten perhekeskusten tuki ja vertaisoppiminen',
				'Alueen järjestöjen edustajien kutsuminen mukaan',
				'Viestien välittäminen maakunnalliselle ohjausryhmälle'
			],
			coordinatorPersonId: personId(`pirha-sm-${r.key}`),
			meetingsPerYear: 4,
			requiredRepresentation: ['municipality', 'wellbeing_county', 'ngo', 'parish'],
			status: 'active'
		});
		member(key, `pirha-sm-${r.key}`, 'chair', 'wellbeing_county');
		for (const [p, role, cat] of regionalMembers[r.key])
			member(
				key,
				p,
				role,
				cat,
				cat === 'ngo' && p.startsWith('agent')
					? {
							representsText: `${REGION_GEN[r.key]} alueen järjestöt`
						}
					: {}
			);
	}

	FAMILY_CENTRES.forEach((fc, i) => {
		const key = `local-${fc.key}`;
		const name = fc.name
			.replace('perhekeskus', 'perhekeskuksen')
			.replace('läntinen', 'läntisen')
			.replace('eteläinen', 'eteläisen');
		const noGoals = NO_GOALS.includes(fc.key);
		body(key, {
			name: `${name} ohjausryhmä`,
			level: 'local',
			kind: 'steering_group',
			familyCentreId: fcId(fc.key),
			regionId: regionId(fc.region),
			parentBodyId: bodyId(`regional-${fc.region}`),
			goals: noGoals ? [] : LOCAL_GOALS,
			tasks: noGoals ? [] : LOCAL_TASKS,
			coordinatorPersonId: personId(`liaison-${fc.key}`),
			meetingsPerYear: fc.inDevelopment ? 2 : 4,
			requiredRepresentation: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'families'],
			status: 'active'
		});
		member(key, `liaison-${fc.key}`, 'chair', 'municipality');
		member(key, `pirha-worker-${Math.floor(i / 3) + 1}`, 'member', 'wellbeing_county');
		if (!DEMO_NO_NGO_SEAT.includes(fc.key))
			member(key, `agent-${(i % 4) + 1}`, 'member', 'ngo', {
				representsText: `${fc.name.replace(' perhekeskus', '').replace('perhekeskus', '')} – paikalliset järjestöt`
			});
		const parish = PEOPLE.find((p) => p.key === `parish-${fc.code}`);
		if (parish) member(key, parish.key, 'member', 'parish');
		if (i % 2 === 0 && i < 20)
			member(key, `family-${i / 2 + 1}`, 'member', 'families', {
				representsText: 'Alueen perheet',
				// Akaa's family representative's term has ended and no one followed.
				...(fc.key === '020' ? { termStart: '2023-01-01', termEnd: '2024-12-31' } : {})
			});
	});
	// A deputy, standing in for Nokia's NGO seat.
	member('local-536', 'mll-nokia-1', 'deputy', 'ngo', {
		deputyForId: demoId('membership:local-536:agent-4'),
		representsText: 'Nokian järjestöt'
	});

	const experts: [string, string, string, string[], Representation][] = [
		[
			'expert-divorce',
			'Maakunnallinen eroasiantuntijaverkosto',
			'pirha-counsellor',
			['yvpl-1', 'miessakit-1', 'parish-837', 'kataja-1'],
			'wellbeing_county'
		],
		[
			'expert-couples',
			'Maakunnallinen parisuhdeverkosto',
			'kataja-1',
			['vaestoliitto-1', 'parish-536', 'mll-nokia-1', 'uusperheet-1'],
			'ngo'
		],
		[
			'expert-nepsy',
			'Maakunnallinen nepsy-verkosto',
			'adhd-1',
			['pirha-counsellor', 'pirha-worker-2'],
			'ngo'
		],
		[
			'expert-violence',
			'Väkivaltatyön verkosto',
			'ensikoti-2',
			['miessakit-1', 'pirha-worker-5'],
			'ngo'
		],
		[
			'expert-infant',
			'Vauvatyön verkosto',
			'ensikoti-1',
			['pirha-nurse', 'mll-tampere-1', 'parish-980'],
			'ngo'
		]
	];
	const categoryOf = (person: string): Representation => {
		const org = PEOPLE.find((p) => p.key === person)?.org ?? '';
		return ORGANISATIONS.find((o) => o.key === org)?.sector ?? 'other';
	};
	for (const [key, name, chair, members, chairCat] of experts) {
		body(key, {
			name,
			level: 'provincial',
			kind: 'expert_network',
			parentBodyId: bodyId('provincial'),
			goals: ['Yhtenäiset toimintakäytännöt ja osaamisen vahvistaminen teeman ympärillä'],
			tasks: EXPERT_TASKS,
			coordinatorPersonId: personId(chair),
			meetingsPerYear: 4,
			requiredRepresentation: [],
			status: 'active'
		});
		member(key, chair, 'chair', chairCat);
		for (const p of members) member(key, p, 'member', categoryOf(p));
	}

	body('ngo-coop', {
		name: 'Maakunnallinen järjestöyhteistyöryhmä',
		level: 'provincial',
		kind: 'ngo_network',
		description: 'Aloitti toimintansa loppuvuonna 2023.',
		goals: ['Kaikkien pirkanmaalaisten järjestöjen osaaminen ja palvelut mukaan perhekeskukseen'],
		tasks: [
			'Järjestöjen edustajien nimeäminen maakunnalliseen ohjausryhmään ja alueellisiin koordinaatioryhmiin',
			'Järjestöagenttitoiminnan kehittäminen yhdessä kuntien järjestöyhdyshenkilöiden kanssa'
		],
		coordinatorPersonId: personId('artteli-coord'),
		meetingsPerYear: 4,
		requiredRepresentation: ['ngo', 'wellbeing_county', 'municipality'],
		status: 'active'
	});
	member('ngo-coop', 'artteli-coord', 'chair', 'ngo');
	for (const p of [
		'mll-hame-1',
		'ensikoti-1',
		'setlementti-1',
		'spr-1',
		'agent-1',
		'agent-2',
		'agent-3',
		'agent-4'
	])
		member('ngo-coop', p, 'member', 'ngo');
	member('ngo-coop', 'ngoliaison-536', 'member', 'municipality');
	member('ngo-coop', 'ngoliaison-837', 'member', 'municipality');
	member('ngo-coop', 'pirha-coordinator', 'member', 'wellbeing_county');

	body('lape-ngo', {
		name: 'Pirkanmaan lapsi- ja perhejärjestöjen verkosto',
		level: 'provincial',
		kind: 'ngo_network',
		description:
			'Kehitteillä: lasten, nuorten ja perheiden kanssa toimivien järjestöjen yhteinen verkosto.',
		goals: ['Lapsiperhejärjestöjen yhteinen ääni perhekeskuksessa'],
		tasks: [
			'Lapsiperhejärjestöjen edustajan nimeäminen järjestöyhteistyöryhmään',
			'Järjestötorien järjestäminen'
		],
		coordinatorPersonId: personId('mll-hame-1'),
		meetingsPerYear: 2,
		requiredRepresentation: ['ngo'],
		status: 'active'
	});
	member('lape-ngo', 'mll-hame-1', 'chair', 'ngo');
	member('lape-ngo', 'yvpl-1', 'vice_chair', 'ngo');
	for (const p of [
		'kataja-1',
		'ensikoti-1',
		'adhd-1',
		'uusperheet-1',
		'setlementti-1',
		'icehearts-1',
		'spr-1'
	])
		member('lape-ngo', p, 'member', 'ngo');

	body('leaders', {
		name: 'Johdon ja järjestöjen toiminnanjohtajien tapaaminen',
		level: 'provincial',
		kind: 'other',
		description:
			'Säännöllinen tapaaminen lasten ja perheiden palvelujen johdon ja alueen järjestöjen toiminnanjohtajien kesken avustusmuodosta riippumatta.',
		goals: [
			'Säännöllinen vuoropuhelu johdon ja järjestöjen välillä',
			'Päällekkäisen työn välttäminen'
		],
		tasks: [
			'Kokoontuminen kaksi kertaa vuodessa',
			'Kaikkien alueen lapsi- ja perhejärjestöjen kutsuminen'
		],
		coordinatorPersonId: personId('pirha-director'),
		meetingsPerYear: 2,
		requiredRepresentation: ['wellbeing_county', 'municipality', 'ngo'],
		status: 'active'
	});
	member('leaders', 'pirha-director', 'chair', 'wellbeing_county');
	for (const p of ['pirha-sm-west', 'pirha-sm-south', 'pirha-sm-north'])
		member('leaders', p, 'member', 'wellbeing_county');
	for (const p of ['mll-hame-1', 'mll-tampere-1', 'setlementti-1'])
		member('leaders', p, 'member', 'ngo');
	member('leaders', 'liaison-837-west', 'member', 'municipality');

	body('national', {
		name: 'Perheet keskiöön! -verkosto',
		level: 'national',
		kind: 'ngo_network',
		description:
			'Lastensuojelun Keskusliiton valtakunnallinen verkosto järjestöjen perhekeskusyhteistyölle.',
		goals: ['Järjestöt tasavertaisina kumppaneina perhekeskuksissa koko maassa'],
		tasks: [
			'Hyvien käytäntöjen jakaminen maakuntien välillä',
			'Yhteiskehittämisen työkalun levittäminen'
		],
		coordinatorPersonId: personId('lskl-1'),
		meetingsPerYear: 2,
		requiredRepresentation: [],
		status: 'active'
	});
	member('national', 'lskl-1', 'chair', 'ngo');
	member('national', 'mll-hame-1', 'member', 'ngo', { representsText: 'Pirkanmaan järjestöt' });
	member('national', 'artteli-coord', 'member', 'ngo', { representsText: 'Pirkanmaan järjestöt' });

	body('handbook-wg', {
		name: 'Perhekeskuksen käsikirjan työryhmä',
		level: 'provincial',
		kind: 'working_group',
		parentBodyId: bodyId('provincial'),
		description:
			'Pieni monialainen työryhmä, joka viimeisteli käsikirjan kommenttikierroksen jälkeen.',
		goals: ['Pirkanmaan perhekeskuksen käsikirjan viimeistely'],
		tasks: [
			'Kommenttien käsittely',
			'Käsikirjan esittely maakunnalliselle ohjausryhmälle joulukuussa 2023'
		],
		coordinatorPersonId: personId('pirha-coordinator'),
		meetingsPerYear: 0,
		requiredRepresentation: ['municipality', 'wellbeing_county', 'ngo', 'parish'],
		status: 'ended'
	});
	const wgTerm = { termStart: '2023-03-01', termEnd: '2023-12-31' };
	member('handbook-wg', 'pirha-coordinator', 'chair', 'wellbeing_county', wgTerm);
	member('handbook-wg', 'liaison-536', 'member', 'municipality', wgTerm);
	member('handbook-wg', 'agent-1', 'member', 'ngo', wgTerm);
	member('handbook-wg', 'parish-837', 'member', 'parish', wgTerm);

	return { bodies, memberships, bodyKeys };
}
