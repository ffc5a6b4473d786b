/**
 * One valid record of every entity, linked to each other, for tests.
 * Deterministic ids and times so that expectations can name them.
 */
import type { DataSet, EntityName } from '$lib/domain/entities';

export const T0 = '2026-01-15T08:00:00.000Z';
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const base = (n: number) => ({ id: uuid(n), createdAt: T0, updatedAt: T0, version: 1 });

export function sampleDataSet(): DataSet {
	return {
		regions: [{ ...base(1), name: 'Läntinen alue', county: 'Pirkanmaan hyvinvointialue' }],
		municipalities: [{ ...base(2), code: '536', name: 'Nokia', regionId: uuid(1) }],
		familyCentres: [
			{
				...base(3),
				name: 'Nokian perhekeskus',
				regionId: uuid(1),
				municipalityIds: [uuid(2)],
				status: 'operating',
				contactPersonIds: [uuid(5)]
			}
		],
		organisations: [
			{
				...base(4),
				name: 'Nokian seurakunta',
				sector: 'parish',
				businessId: '0112038-9',
				municipalityIds: [uuid(2)],
				website: 'https://example.fi/'
			}
		],
		persons: [
			{
				...base(5),
				name: 'Aino Esimerkki',
				title: 'Perhetyöntekijä',
				jobDescription: 'Vastaa perhekerhoista ja parisuhdeillat-toiminnasta.',
				organisationId: uuid(4),
				email: 'aino.esimerkki@example.fi',
				phone: '+358 40 123 4567',
				responsibilities: ['family_centre_liaison'],
				languages: ['fi', 'sv'],
				fictional: true
			}
		],
		services: [
			{
				...base(6),
				organisationId: uuid(4),
				name: 'Parisuhdeillat',
				description: 'Keskusteluiltoja pariskunnille.',
				kind: 'peer_group',
				status: 'active',
				targetGroups: ['couples'],
				themes: ['couple_relationship'],
				minAge: 18,
				languages: ['fi'],
				municipalityIds: [uuid(2)],
				familyCentreIds: [uuid(3)],
				deliveryMode: 'in_person',
				address: { street: 'Pirkkalaistori 1', postalCode: '37100', city: 'Nokia' },
				schedules: [{ freq: 'MONTHLY', byDay: ['TU'], opensAt: '18:00', closesAt: '20:00' }],
				free: true,
				referral: 'Ilmoittautuminen sähköpostilla.',
				contactPersonIds: [uuid(5)]
			}
		],
		bodies: [
			{
				...base(7),
				name: 'Nokian perhekeskuksen ohjausryhmä',
				level: 'local',
				kind: 'steering_group',
				familyCentreId: uuid(3),
				goals: ['Yhteinen vuosisuunnitelma'],
				tasks: ['Paikallisen toiminnan linjaaminen'],
				meetingsPerYear: 4,
				requiredRepresentation: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'families'],
				status: 'active'
			}
		],
		memberships: [
			{
				...base(8),
				bodyId: uuid(7),
				personId: uuid(5),
				role: 'member',
				representsOrganisationId: uuid(4),
				representsCategory: 'parish',
				termStart: '2025-01-01',
				termEnd: '2026-12-31'
			}
		],
		meetings: [
			{
				...base(9),
				bodyId: uuid(7),
				kind: 'meeting',
				title: 'Ohjausryhmän kokous',
				start: '2026-02-10T13:00',
				end: '2026-02-10T15:00',
				place: 'Nokian kaupungintalo',
				agenda: [{ id: uuid(90), title: 'Vuosisuunnitelma' }],
				participants: [
					{
						personId: uuid(5),
						attendance: 'present',
						walkIn: false,
						inputGathered: true,
						reportedBack: false
					}
				],
				decisions: [
					{ id: uuid(91), text: 'Hyväksyttiin vuosisuunnitelma.', agendaItemId: uuid(90) }
				],
				followUps: [
					{
						id: uuid(92),
						text: 'Lähetä muistio',
						ownerPersonId: uuid(5),
						dueDate: '2026-02-17',
						done: false
					}
				]
			}
		],
		assessmentThemes: [
			{
				...base(10),
				number: 1,
				title: { fi: 'Järjestöjen työn tunnettuus', en: 'Awareness of NGO work' },
				guidingQuestions: [{ fi: 'Miten järjestöjen toiminta tunnetaan?' }],
				ratingScale: [
					{ value: 1, label: { fi: 'Alkuvaiheessa' } },
					{ value: 4, label: { fi: 'Vakiintunut' } }
				]
			}
		],
		assessmentRounds: [
			{
				...base(11),
				name: 'Pirkanmaa 2024',
				area: 'Pirkanmaa',
				regionIds: [uuid(1)],
				periodStart: '2024-08-01',
				periodEnd: '2024-12-31',
				focusThemeIds: [uuid(10)],
				sharedQuestions: ['Mikä toimii?'],
				invitedBodyIds: [uuid(7)],
				workshopMeetingId: uuid(9),
				status: 'workshop'
			}
		],
		discussions: [
			{
				...base(12),
				roundId: uuid(11),
				bodyId: uuid(7),
				themeId: uuid(10),
				date: '2024-08-28',
				points: [{ id: uuid(120), kind: 'strength', text: 'Hyvät verkostot', important: true }],
				rating: 3,
				participantSectors: ['ngo', 'parish'],
				submitted: true
			}
		],
		goals: [
			{
				...base(13),
				roundId: uuid(11),
				themeId: uuid(10),
				title: 'Järjestöjen toiminta näkyväksi',
				sourcePointIds: [uuid(120)],
				status: 'active'
			}
		],
		actions: [
			{
				...base(14),
				goalId: uuid(13),
				roundId: uuid(11),
				title: 'Järjestötori keväällä',
				responsibleOrganisationId: uuid(4),
				dueDate: '2025-04-30',
				status: 'open'
			}
		],
		resourceContributions: [
			{
				...base(15),
				organisationId: uuid(4),
				familyCentreId: uuid(3),
				kind: 'premises',
				description: 'Seurakuntatalon sali perhekahvilalle',
				amount: 'torstaisin',
				year: 2026
			}
		],
		knowledgeSources: [
			{
				...base(16),
				name: 'Kouluterveyskysely',
				kind: 'survey',
				url: 'https://thl.fi/kouluterveyskysely',
				updateFrequency: 'joka toinen vuosi'
			}
		]
	} satisfies DataSet;
}

export function sampleOf<N extends EntityName>(name: N): DataSet[N][number] {
	return sampleDataSet()[name][0];
}
