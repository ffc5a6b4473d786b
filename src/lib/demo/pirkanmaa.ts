/**
 * The demo network, built on the seeds' structure (./structure: Pirkanmaa's
 * 23 municipalities, 3 regions, 24 local family centres, the provincial
 * steering group, regional coordination groups, local steering groups, expert
 * networks, NGO bodies) with invented people and their seats (three local
 * steering groups without an NGO seat), organisations' services, meetings
 * including the 25.9.2024 workshop, and the 2024 assessment round on themes
 * 1, 2 and 5. Pure: builds records with stable ids, writes nothing.
 */
import type {
	Body,
	DataSet,
	FamilyCentre,
	Meeting,
	Membership,
	Organisation,
	Person,
	Service
} from '$lib/domain/entities';
import type { Representation } from '$lib/domain/fields';
import { DEMO_CREATED as T, demoBase, demoId } from './ids';
import { defaultAssessmentThemes, defaultThemeId } from '$lib/domain/defaults/assessmentThemes';
import { FAMILY_CENTRES, MUNICIPALITIES, REGIONS, type RegionKey } from './places';
import { buildSeedStructure, EXPERT_NETWORKS, REGION_GEN, type SeedStructure } from './structure';
import { ORGANISATIONS } from './organisations';
import { PEOPLE, demoContact } from './people';
import { SERVICES } from './services';
import { buildAssessment } from './assessment';
import { buildMeetings } from './meetings';
import { buildResources } from './resources';

/** Family centres the demo has still in development. */
const IN_DEVELOPMENT = ['216', '291', '619'];

export function buildDemoNetwork(): DataSet {
	const structure = buildSeedStructure({
		base: demoBase,
		municipality: (p) => demoBase(`municipality:${p.key}`)
	});
	const muniId = (key: string) => demoId(`municipality:${key}`);
	const keysOf = (area: string[] | 'all' | 'anywhere') =>
		area === 'anywhere' ? [] : area === 'all' ? MUNICIPALITIES.map((m) => m.key) : area;

	const { regions, municipalities } = structure;

	const fcId = (key: string) => demoId(`familyCentre:${key}`);
	// The demo's family centres: a liaison each, three still in development.
	const familyCentres: FamilyCentre[] = structure.familyCentres.map((fc, i) => ({
		...fc,
		status: IN_DEVELOPMENT.includes(FAMILY_CENTRES[i].key) ? 'in_development' : 'operating',
		contactPersonIds: [demoId(`person:liaison-${FAMILY_CENTRES[i].key}`)],
		description: `${fc.name} on kunnan, hyvinvointialueen, järjestöjen ja seurakuntien yhteinen verkosto lapsille, nuorille ja perheille.`
	}));
	/** The family centres covering a municipality (Tampere has two). */
	const fcsOf = (key: string) =>
		FAMILY_CENTRES.filter((f) => f.place === key).map((f) => fcId(f.key));

	const orgId = (key: string) => demoId(`organisation:${key}`);
	const organisations: Organisation[] = ORGANISATIONS.map((o) => ({
		...demoBase(`organisation:${o.key}`),
		name: o.name,
		...(o.alternateName ? { alternateName: o.alternateName } : {}),
		sector: o.sector,
		municipalityIds: keysOf(o.area).map(muniId),
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
		const keys = keysOf(s.area);
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
			municipalityIds: keys.map(muniId),
			familyCentreIds: keys.flatMap(fcsOf),
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

	const { bodies, memberships, bodyKeys } = buildBodies(structure, { orgId, personId });
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
	orgId: (k: string) => string;
	personId: (k: string) => string;
}

const LOCAL_TASKS = [
	'Perhekeskuksen paikallisen toimintasuunnitelman laatiminen ja seuranta',
	'Järjestöjen ja seurakuntien toiminnan kytkeminen paikallisiin palvelupolkuihin',
	'Perheiden osallisuuden varmistaminen'
];

/** Family centres whose steering group has no NGO seat (the demo's visible gap). */
export const DEMO_NO_NGO_SEAT = ['216', '619', '177'];
/** Family centres whose steering group has not stated goals or tasks. */
const NO_GOALS = ['291'];

type BodyFields = Omit<Body, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/**
 * The seeds' bodies with what the demo invents on top (coordinators, meeting
 * cadence, further goals and tasks), the demo's own two bodies, and the
 * fictional people's seats.
 */
function buildBodies(
	structure: SeedStructure,
	{ orgId, personId }: Ids
): {
	bodies: Body[];
	memberships: Membership[];
	bodyKeys: Map<string, string>;
} {
	const bodyId = (k: string) => demoId(`body:${k}`);
	const seeded = new Map(structure.bodies.map((b) => [structure.bodyKeys.get(b.id)!, b]));
	const bodies: Body[] = [];
	const memberships: Membership[] = [];
	const bodyKeys = new Map<string, string>();
	/** A seed body with the demo's additions, or (with all fields) one of the demo's own. */
	const body = (key: string, fields: Partial<BodyFields>) => {
		const seed = seeded.get(key);
		bodyKeys.set(bodyId(key), key);
		bodies.push({ ...(seed ?? demoBase(`body:${key}`)), ...fields } as Body);
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
		tasks: [
			'Käsikirjan pohjalta laadittavien vuosi- ja toimintasuunnitelmien hyväksyminen',
			'Alueellisten koordinaatioryhmien tunnistamien tarpeiden käsittely',
			'Resurssien yhteensovittaminen organisaatioiden kesken'
		],
		coordinatorPersonId: personId('pirha-coordinator'),
		meetingsPerYear: 4
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
			tasks: [
				'Paikallisten perhekeskusten tuki ja vertaisoppiminen',
				'Alueen järjestöjen edustajien kutsuminen mukaan',
				'Viestien välittäminen maakunnalliselle ohjausryhmälle'
			],
			coordinatorPersonId: personId(`pirha-sm-${r.key}`),
			meetingsPerYear: 4
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
		const noGoals = NO_GOALS.includes(fc.key);
		body(key, {
			...(noGoals ? { goals: [] } : {}),
			tasks: noGoals ? [] : LOCAL_TASKS,
			coordinatorPersonId: personId(`liaison-${fc.key}`),
			meetingsPerYear: IN_DEVELOPMENT.includes(fc.key) ? 2 : 4
		});
		member(key, `liaison-${fc.key}`, 'chair', 'municipality');
		member(key, `pirha-worker-${Math.floor(i / 3) + 1}`, 'member', 'wellbeing_county');
		if (!DEMO_NO_NGO_SEAT.includes(fc.key))
			member(key, `agent-${(i % 4) + 1}`, 'member', 'ngo', {
				representsText: `${fc.name.replace(' perhekeskus', '').replace('perhekeskus', '')} – paikalliset järjestöt`
			});
		const parish = PEOPLE.find((p) => p.key === `parish-${fc.place}`);
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

	const experts: [string, string, string[], Representation][] = [
		[
			'expert-divorce',
			'pirha-counsellor',
			['yvpl-1', 'miessakit-1', 'parish-837', 'kataja-1'],
			'wellbeing_county'
		],
		[
			'expert-couples',
			'kataja-1',
			['vaestoliitto-1', 'parish-536', 'mll-nokia-1', 'uusperheet-1'],
			'ngo'
		],
		['expert-nepsy', 'adhd-1', ['pirha-counsellor', 'pirha-worker-2'], 'ngo'],
		['expert-violence', 'ensikoti-2', ['miessakit-1', 'pirha-worker-5'], 'ngo'],
		['expert-infant', 'ensikoti-1', ['pirha-nurse', 'mll-tampere-1', 'parish-980'], 'ngo']
	];
	const categoryOf = (person: string): Representation => {
		const org = PEOPLE.find((p) => p.key === person)?.org ?? '';
		return ORGANISATIONS.find((o) => o.key === org)?.sector ?? 'other';
	};
	if (experts.map((e) => e[0]).join() !== EXPERT_NETWORKS.map((e) => e[0]).join())
		throw new Error('demo: the expert networks differ from the structure');
	for (const [key, chair, members, chairCat] of experts) {
		body(key, {
			goals: ['Yhtenäiset toimintakäytännöt ja osaamisen vahvistaminen teeman ympärillä'],
			coordinatorPersonId: personId(chair),
			meetingsPerYear: 4
		});
		member(key, chair, 'chair', chairCat);
		for (const p of members) member(key, p, 'member', categoryOf(p));
	}

	body('ngo-coop', {
		tasks: [
			'Järjestöjen edustajien nimeäminen maakunnalliseen ohjausryhmään ja alueellisiin koordinaatioryhmiin',
			'Järjestöagenttitoiminnan kehittäminen yhdessä kuntien järjestöyhdyshenkilöiden kanssa'
		],
		coordinatorPersonId: personId('artteli-coord'),
		meetingsPerYear: 4
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
		goals: ['Lapsiperhejärjestöjen yhteinen ääni perhekeskuksessa'],
		tasks: [
			'Lapsiperhejärjestöjen edustajan nimeäminen järjestöyhteistyöryhmään',
			'Järjestötorien järjestäminen'
		],
		coordinatorPersonId: personId('mll-hame-1'),
		meetingsPerYear: 2
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
		goals: ['Järjestöt tasavertaisina kumppaneina perhekeskuksissa koko maassa'],
		tasks: [
			'Hyvien käytäntöjen jakaminen maakuntien välillä',
			'Yhteiskehittämisen työkalun levittäminen'
		],
		coordinatorPersonId: personId('lskl-1'),
		meetingsPerYear: 2
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

	const missing = [...seeded.keys()].filter((k) => !bodyKeys.has(bodyId(k)));
	if (missing.length) throw new Error(`demo: seed bodies left out: ${missing.join()}`);
	return { bodies, memberships, bodyKeys };
}
