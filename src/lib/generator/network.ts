/**
 * A seeded, deterministic generator of realistic networks at three sizes, for
 * the benchmark and for scale tests. Pure: builds records, writes nothing.
 */
import type { DataSet } from '$lib/domain/entities';
import {
	LANGUAGES,
	SECTORS,
	TARGET_GROUPS,
	THEMES,
	REPRESENTATION,
	type Sector
} from '$lib/domain/fields';
import { Random } from './random';
import {
	FIRST_NAMES,
	LAST_NAMES,
	NGO_KINDS,
	PLACE_ENDINGS,
	PLACE_STEMS,
	SERVICE_NAMES
} from './words';

export interface NetworkSize {
	municipalities: number;
	regions: number;
	organisations: number;
	services: number;
	persons: number;
	bodies: number;
	memberships: number;
	meetings: number;
}

export const SIZES = {
	region: {
		municipalities: 23,
		regions: 3,
		organisations: 500,
		services: 2_000,
		persons: 1_500,
		bodies: 60,
		memberships: 600,
		meetings: 300
	},
	county5: {
		municipalities: 115,
		regions: 15,
		organisations: 2_500,
		services: 10_000,
		persons: 7_500,
		bodies: 300,
		memberships: 3_000,
		meetings: 1_500
	},
	national: {
		municipalities: 308,
		regions: 60,
		organisations: 20_000,
		services: 60_000,
		persons: 40_000,
		bodies: 3_000,
		memberships: 30_000,
		meetings: 15_000
	}
} as const satisfies Record<string, NetworkSize>;

const T = '2026-06-01T08:00:00.000Z';

export function generateNetwork(size: NetworkSize, seed = 1): DataSet {
	const r = new Random(seed);
	const base = () => ({ id: r.uuid(), createdAt: T, updatedAt: T, version: 1 });
	const placeName = (i: number) =>
		PLACE_STEMS[i % PLACE_STEMS.length] +
		PLACE_ENDINGS[Math.floor(i / PLACE_STEMS.length) % PLACE_ENDINGS.length] +
		(i >= PLACE_STEMS.length * PLACE_ENDINGS.length ? ` ${Math.floor(i / 300) + 1}` : '');

	const regions = Array.from({ length: size.regions }, (_, i) => ({
		...base(),
		name: `${placeName(i * 7)}n alue`,
		county: `Hyvinvointialue ${Math.floor(i / 3) + 1}`
	}));
	const municipalities = Array.from({ length: size.municipalities }, (_, i) => ({
		...base(),
		code: String(i + 5).padStart(3, '0'),
		name: placeName(i),
		regionId: regions[i % regions.length].id
	}));
	const familyCentres = municipalities.map((m) => ({
		...base(),
		name: `${m.name}n perhekeskus`,
		regionId: m.regionId,
		municipalityIds: [m.id],
		status: r.chance(0.85) ? ('operating' as const) : ('in_development' as const),
		contactPersonIds: [] as string[]
	}));
	const organisations = Array.from({ length: size.organisations }, (_, i) => {
		const m = r.pick(municipalities);
		const sector: Sector =
			i < size.municipalities
				? 'municipality'
				: r.chance(0.6)
					? 'ngo'
					: r.pick(SECTORS.filter((s) => s !== 'municipality'));
		const name =
			sector === 'municipality'
				? `${municipalities[i].name}n kunta`
				: sector === 'parish'
					? `${m.name}n seurakunta ${i}`
					: `${m.name}n ${r.pick(NGO_KINDS).toLowerCase()} ${i}`;
		return {
			...base(),
			name,
			sector,
			municipalityIds: [sector === 'municipality' ? municipalities[i].id : m.id],
			description: `${name} toimii lasten, nuorten ja perheiden hyväksi.`
		};
	});
	const persons = Array.from({ length: size.persons }, (_, i) => {
		const first = r.pick(FIRST_NAMES);
		const last = r.pick(LAST_NAMES);
		return {
			...base(),
			name: `${first} ${last}`,
			title: r.pick([
				'Perhetyöntekijä',
				'Koordinaattori',
				'Toiminnanjohtaja',
				'Palvelupäällikkö',
				'Järjestöagentti'
			]),
			jobDescription: 'Vastaa perheiden tuesta ja verkostoyhteistyöstä alueella.',
			organisationId: organisations[i % organisations.length].id,
			email: `henkilo${i}@example.fi`,
			phone: `+358 40 ${String(1000000 + i).slice(-7)}`,
			responsibilities: r.chance(0.2) ? (['ngo_agent'] as const).slice() : [],
			languages: ['fi' as const],
			fictional: true
		};
	});
	// Lookups by id: the national size is too large for linear searches.
	const muniIndex = new Map(municipalities.map((m, i) => [m.id, i]));
	const orgById = new Map(organisations.map((o) => [o.id, o]));
	const services = Array.from({ length: size.services }, (_, i) => {
		const org = organisations[i % organisations.length];
		const mi = muniIndex.get(org.municipalityIds[0])!;
		const m = municipalities[mi];
		return {
			...base(),
			organisationId: org.id,
			name: `${r.pick(SERVICE_NAMES)} ${m.name}`,
			description: 'Avointa toimintaa perheille. Tule mukaan tutustumaan!',
			kind: r.pick([
				'professional',
				'volunteer',
				'peer_group',
				'meeting_place',
				'counselling'
			] as const),
			status: r.chance(0.9) ? ('active' as const) : ('inactive' as const),
			targetGroups: r.some(TARGET_GROUPS, 1, 3),
			themes: r.some(THEMES, 1, 3),
			languages: r.chance(0.9) ? ['fi' as const] : r.some(LANGUAGES, 1, 2),
			municipalityIds: [m.id],
			familyCentreIds: [familyCentres[mi].id],
			deliveryMode: 'in_person' as const,
			address: { street: `${r.pick(PLACE_STEMS)}katu ${r.int(1, 60)}`, city: m.name },
			schedules: [
				{
					freq: 'WEEKLY' as const,
					byDay: [r.pick(['MO', 'TU', 'WE', 'TH', 'FR'] as const)],
					opensAt: '10:00',
					closesAt: '12:00'
				}
			],
			free: r.chance(0.8),
			referral: 'Ei lähetettä, tule suoraan.',
			contactPersonIds: [persons[i % persons.length].id]
		};
	});
	const bodies = Array.from({ length: size.bodies }, (_, i) => {
		const fc = familyCentres[i % familyCentres.length];
		return {
			...base(),
			name: `${fc.name}: ${i < familyCentres.length ? 'ohjausryhmä' : `työryhmä ${i}`}`,
			level: 'local' as const,
			kind: i < familyCentres.length ? ('steering_group' as const) : ('working_group' as const),
			familyCentreId: fc.id,
			goals: ['Yhteinen toimintasuunnitelma'],
			tasks: ['Paikallisen toiminnan linjaaminen'],
			meetingsPerYear: 4,
			requiredRepresentation: r.some(REPRESENTATION, 2, 5),
			status: 'active' as const
		};
	});
	const memberships = Array.from({ length: size.memberships }, (_, i) => {
		const person = persons[(i * 7) % persons.length];
		const org = orgById.get(person.organisationId)!;
		return {
			...base(),
			bodyId: bodies[i % bodies.length].id,
			personId: person.id,
			role: i % 10 === 0 ? ('chair' as const) : ('member' as const),
			representsOrganisationId: org.id,
			representsCategory: org.sector,
			termStart: '2025-01-01'
		};
	});
	const meetings = Array.from({ length: size.meetings }, (_, i) => {
		const body = bodies[i % bodies.length];
		const month = String((i % 12) + 1).padStart(2, '0');
		return {
			...base(),
			bodyId: body.id,
			kind: 'meeting' as const,
			title: `${body.name} – kokous ${i}`,
			start: `${2024 + (i % 3)}-${month}-15T13:00`,
			end: `${2024 + (i % 3)}-${month}-15T15:00`,
			place: 'Kunnantalo',
			agenda: [{ id: r.uuid(), title: 'Ajankohtaiset asiat' }],
			participants: [],
			decisions: [],
			followUps: []
		};
	});
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
		assessmentThemes: [],
		assessmentRounds: [],
		discussions: [],
		goals: [],
		actions: [],
		resourceContributions: [],
		knowledgeSources: []
	};
}
