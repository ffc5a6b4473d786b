/**
 * The 2024 assessment round "Järjestöt ja seurakunnat osana perhekeskusta
 * Pirkanmaalla" (seed 000): themes 1, 2 and 5; phase 1 in the regional
 * coordination groups and NGO networks; the 25.9. workshop as phase 2. In the
 * demo the western and southern groups and part of the NGO network have
 * discussed; the northern group and the NGO cooperation group have not, and
 * the workshop is still ahead, so the round can be run to the end.
 * A 2026 follow-up round (previousRoundId → 2024) is under way, so that a
 * later round's ratings and goals can be compared with the earlier one's.
 */
import type { AssessmentRound, Discussion, Point } from '$lib/domain/entities';
import { demoBase, demoId } from './ids';

interface Ctx {
	bodyId: (key: string) => string;
	regionIds: string[];
	themeId: (n: number) => string;
	workshopId: string;
}

type PointSpec = [kind: Point['kind'], text: string];

const DISCUSSIONS: {
	/** The round's year; 2024 when absent (keys of 2024 discussions stay as they were). */
	round?: 2026;
	body: string;
	theme: number;
	date: string;
	rating?: number;
	submitted: boolean;
	sectors: Discussion['participantSectors'];
	count: number;
	points: PointSpec[];
}[] = [
	{
		body: 'regional-west',
		theme: 1,
		date: '2024-08-20',
		rating: 2,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'kela'],
		count: 11,
		points: [
			['strength', 'Järjestöagentit tuntevat paikalliset järjestöt hyvin.'],
			['need', 'Neuvolan ja perhetyön työntekijät eivät tunne järjestöjen toimintaa riittävästi.'],
			['need', 'Yhteyshenkilöiden nimiä ja yhteystietoja on vaikea löytää.'],
			['idea', 'Yhteinen ajantasainen hakemisto palveluista ja yhteyshenkilöistä.']
		]
	},
	{
		body: 'regional-west',
		theme: 2,
		date: '2024-08-20',
		rating: 3,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'kela'],
		count: 11,
		points: [
			['strength', 'Järjestöillä on edustus alueellisessa koordinaatioryhmässä.'],
			['need', 'Paikallisten ohjausryhmien tehtävät ovat osin epäselvät.'],
			['idea', 'Jokaiselle ryhmälle kirjatut tavoitteet ja tehtävät, jotka julkaistaan.']
		]
	},
	{
		body: 'regional-west',
		theme: 5,
		date: '2024-08-20',
		rating: 3,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'kela'],
		count: 11,
		points: [
			['strength', 'Perhekahvilat toimivat yhteistyössä seurakunnan ja MLL:n kanssa.'],
			['need', 'Päällekkäistä työtä syntyy, kun toimijat eivät tiedä toistensa ryhmistä.'],
			['idea', 'Järjestötori kerran vuodessa jokaisella alueella.']
		]
	},
	{
		body: 'regional-south',
		theme: 1,
		date: '2024-08-27',
		rating: 2,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish'],
		count: 9,
		points: [
			['strength', 'Eroauttamisen järjestötoimijat tunnetaan hyvin perheneuvolassa.'],
			['need', 'Ammattilaiset eivät tunne seurakuntien perhetyötä.'],
			['need', 'Tieto järjestöjen ryhmistä vanhenee nopeasti.'],
			['idea', 'Järjestöjen esittely neuvoloiden ja koulujen tiimipalavereissa.']
		]
	},
	{
		body: 'regional-south',
		theme: 2,
		date: '2024-08-27',
		rating: 2,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish'],
		count: 9,
		points: [
			['need', 'Edustajat eivät aina vie tietoa ryhmästä omaan organisaatioonsa.'],
			['idea', 'Kokousten jälkeen lyhyt yhteenveto, jonka edustaja välittää eteenpäin.']
		]
	},
	{
		body: 'regional-south',
		theme: 5,
		date: '2024-08-27',
		rating: 3,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish'],
		count: 9,
		points: [
			['strength', 'Yhteiset perhetapahtumat kunnan, seurakunnan ja järjestöjen kanssa.'],
			['need', 'Yhteiselle työlle ei ole erillistä rahoitusta.'],
			['idea', 'Sovitaan, mitä kukin organisaatio tuo yhteiseen toimintaan (tilat, työaika).']
		]
	},
	{
		body: 'lape-ngo',
		theme: 1,
		date: '2024-09-05',
		rating: 2,
		submitted: true,
		sectors: ['ngo'],
		count: 7,
		points: [
			['strength', 'Järjestöillä on paljon osaamista ja vapaaehtoisia.'],
			['need', 'Hyvinvointialueen työntekijät eivät osaa ohjata perheitä järjestöjen toimintaan.'],
			['idea', 'Järjestöjen toiminta osaksi sähköistä perhekeskusta Lähellä.fi:n kautta.']
		]
	},
	{
		body: 'lape-ngo',
		theme: 5,
		date: '2024-09-05',
		submitted: false,
		sectors: ['ngo'],
		count: 7,
		points: [['need', 'Pienten järjestöjen on vaikea osallistua kaikkiin verkostoihin.']]
	},
	// The 2026 follow-up: the western group has discussed, the southern group is on it.
	{
		round: 2026,
		body: 'regional-west',
		theme: 1,
		date: '2026-10-13',
		rating: 3,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'kela'],
		count: 10,
		points: [
			['strength', 'Järjestöagentit esittelevät järjestöjä neuvoloiden tiimeissä.'],
			['need', 'Koulujen henkilöstö ei vielä tunne järjestöjen toimintaa.']
		]
	},
	{
		round: 2026,
		body: 'regional-west',
		theme: 2,
		date: '2026-10-13',
		rating: 3,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'kela'],
		count: 10,
		points: [['need', 'Paikallisten ohjausryhmien kokoontuminen on epäsäännöllistä.']]
	},
	{
		round: 2026,
		body: 'regional-west',
		theme: 5,
		date: '2026-10-13',
		rating: 4,
		submitted: true,
		sectors: ['municipality', 'wellbeing_county', 'ngo', 'parish', 'kela'],
		count: 10,
		points: [['strength', 'Järjestötori järjestettiin Nokialla ensimmäistä kertaa.']]
	},
	{
		round: 2026,
		body: 'regional-south',
		theme: 1,
		date: '2026-11-10',
		rating: 3,
		submitted: false,
		sectors: ['municipality', 'wellbeing_county', 'ngo'],
		count: 8,
		points: [['strength', 'Seurakuntien perhetyö on esitelty perheneuvolassa.']]
	}
];

export function buildAssessment({ bodyId, regionIds, themeId, workshopId }: Ctx): {
	rounds: AssessmentRound[];
	discussions: Discussion[];
} {
	const roundId = demoId('round:2024');
	const followUpId = demoId('round:2026');
	const round: AssessmentRound = {
		...demoBase('round:2024'),
		name: 'Järjestöt ja seurakunnat osana perhekeskusta – Pirkanmaa 2024',
		area: 'Pirkanmaa',
		regionIds,
		periodStart: '2024-08-01',
		periodEnd: '2024-12-31',
		focusThemeIds: [1, 2, 5].map(themeId),
		sharedQuestions: [
			'Mikä järjestöjen, seurakuntien ja muiden perhekeskustoimijoiden yhteistyössä toimii jo hyvin?',
			'Mitä yhteistyössä pitäisi kehittää ensimmäisenä?',
			'Millä konkreettisella askeleella pääsemme eteenpäin seuraavan vuoden aikana?'
		],
		invitedBodyIds: [
			'regional-west',
			'regional-south',
			'regional-north',
			'ngo-coop',
			'lape-ngo'
		].map(bodyId),
		workshopMeetingId: workshopId,
		status: 'discussions',
		description:
			'Arvioidaan yhteistyön nykytilaa, tuodaan näkyväksi vahvuudet ja kehittämistarpeet sekä asetetaan yhteiset tavoitteet ja seuraavat askeleet. Vaihe 1: keskustelut alueellisissa koordinaatioryhmissä ja verkostoissa. Vaihe 2: työpaja 25.9. klo 12–15.'
	};
	const followUp: AssessmentRound = {
		...demoBase('round:2026'),
		name: 'Järjestöt ja seurakunnat osana perhekeskusta – seuranta 2026',
		area: 'Pirkanmaa',
		regionIds,
		periodStart: '2026-09-01',
		periodEnd: '2027-03-31',
		focusThemeIds: [1, 2, 5].map(themeId),
		sharedQuestions: [
			'Mikä on muuttunut vuoden 2024 arvioinnin jälkeen?',
			'Miten vuoden 2024 työpajan tavoitteet ovat edenneet?'
		],
		invitedBodyIds: ['regional-west', 'regional-south', 'regional-north', 'ngo-coop'].map(bodyId),
		previousRoundId: roundId,
		status: 'discussions',
		description:
			'Seurantakierros: samat teemat kuin vuonna 2024, jotta nykytilan arvioita ja tavoitteiden etenemistä voi verrata.'
	};
	const discussions: Discussion[] = DISCUSSIONS.map((d) => {
		const key = d.round
			? `discussion:${d.round}:${d.body}:${d.theme}`
			: `discussion:${d.body}:${d.theme}`;
		return {
			...demoBase(key),
			roundId: d.round ? followUpId : roundId,
			bodyId: bodyId(d.body),
			themeId: themeId(d.theme),
			date: d.date,
			points: d.points.map(([kind, text], i) => ({
				id: demoId(`${key}:point:${i}`),
				kind,
				text,
				important: false
			})),
			...(d.rating !== undefined ? { rating: d.rating } : {}),
			participantSectors: d.sectors,
			participantCount: d.count,
			submitted: d.submitted
		};
	});
	return { rounds: [round, followUp], discussions };
}
