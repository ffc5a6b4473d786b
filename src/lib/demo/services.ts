/**
 * The demo's services and activities: what the organisations offer families,
 * where and how to get there. Area codes are municipality codes; 'all' is the
 * whole of Pirkanmaa; 'anywhere' (no area) is a national phone or online service.
 */
import type { Service } from '$lib/domain/entities';

export interface ServiceSpec {
	key: string;
	org: string;
	name: string;
	kind: Service['kind'];
	targetGroups: Service['targetGroups'];
	themes: Service['themes'];
	area: string[] | 'all' | 'anywhere';
	description: string;
	referral: string;
	contact?: string;
	deliveryMode?: Service['deliveryMode'];
	status?: Service['status'];
	languages?: Service['languages'];
	free?: boolean;
	feeDescription?: string;
	minAge?: number;
	maxAge?: number;
	address?: Service['address'];
	schedules?: Service['schedules'];
	scheduleNote?: string;
	phone?: string;
	website?: string;
}

const weekly = (
	day: Service['schedules'][number]['byDay'][number],
	opens: string,
	closes: string
) => [{ freq: 'WEEKLY' as const, byDay: [day], opensAt: opens, closesAt: closes }];
const monthly = (
	day: Service['schedules'][number]['byDay'][number],
	opens: string,
	closes: string
) => [{ freq: 'MONTHLY' as const, byDay: [day], opensAt: opens, closesAt: closes }];

const PARISH_CLUBS: [string, string, string][] = [
	['536', 'Nokia', 'Nokianvaltatie 29'],
	['980', 'Ylöjärvi', 'Kirkkotie 3'],
	['790', 'Sastamala', 'Asemakatu 9'],
	['108', 'Hämeenkyrö', 'Kirkkotie 1'],
	['143', 'Ikaalinen', 'Valtakatu 5'],
	['211', 'Kangasala', 'Kirkkoharjunkatu 4'],
	['418', 'Lempäälä', 'Kirkkokatu 8'],
	['604', 'Pirkkala', 'Kirkkotie 6'],
	['908', 'Valkeakoski', 'Kirkkokatu 2'],
	['020', 'Akaa', 'Sontulantie 3'],
	['562', 'Orivesi', 'Keskustie 20'],
	['508', 'Mänttä-Vilppula', 'Seurakuntakatu 2'],
	['936', 'Virrat', 'Virtaintie 35'],
	['702', 'Ruovesi', 'Ruovedentie 10']
];

export const SERVICES: ServiceSpec[] = [
	// Couple relationships: the directory's first question.
	{
		key: 'kataja-counselling',
		org: 'kataja',
		name: 'Parisuhdeneuvonta',
		kind: 'counselling',
		targetGroups: ['couples'],
		themes: ['couple_relationship'],
		area: 'all',
		description:
			'Keskusteluapua parisuhteen solmukohtiin pariskunnille ja yksin tuleville. Tapaamiset Tampereella tai etänä.',
		referral: 'Ei lähetettä. Varaa aika puhelimitse tai verkossa; ensimmäinen käynti maksuton.',
		contact: 'kataja-1',
		deliveryMode: 'hybrid',
		free: false,
		feeDescription: 'Ensimmäinen käynti maksuton, sen jälkeen tulojen mukaan',
		address: { street: 'Hämeenkatu 10', postalCode: '33100', city: 'Tampere' },
		minAge: 18,
		website: 'https://www.parisuhdekeskus.fi/'
	},
	{
		key: 'kataja-course',
		org: 'kataja',
		name: 'Parisuhdekurssi pikkulapsiperheille',
		kind: 'event_series',
		targetGroups: ['couples', 'small_children'],
		themes: ['couple_relationship', 'parenting'],
		area: ['536', '837', '980', '604'],
		description: 'Neljän illan kurssi parisuhteen hoitamisesta vauva- ja taaperoarjessa.',
		referral: 'Ilmoittautuminen kurssille verkossa; lastenhoito järjestetty.',
		contact: 'kataja-1',
		schedules: weekly('WE', '18:00', '20:00'),
		scheduleNote: 'Kevät ja syksy, neljä iltaa'
	},
	{
		key: 'vaestoliitto-online',
		org: 'vaestoliitto',
		name: 'Parisuhteen tukikeskus verkossa',
		kind: 'counselling',
		targetGroups: ['couples', 'parents'],
		themes: ['couple_relationship'],
		area: 'anywhere',
		description: 'Chat-, puhelin- ja videoneuvontaa parisuhteen kysymyksiin koko Suomessa.',
		referral: 'Avaa chat tai soita neuvontaan; ei ajanvarausta.',
		contact: 'vaestoliitto-1',
		deliveryMode: 'online',
		languages: ['fi', 'sv', 'en'],
		scheduleNote: 'ma–to klo 9–15'
	},
	{
		key: 'mll-nokia-couples',
		org: 'mll-nokia',
		name: 'Parisuhdeilta vanhemmille',
		kind: 'peer_group',
		targetGroups: ['couples', 'parents'],
		themes: ['couple_relationship', 'peer_support'],
		area: ['536'],
		description:
			'Vertaisilta, jossa vanhemmat jakavat parisuhteen arkea. Lapsille hoito samassa talossa.',
		referral: 'Tule suoraan, ei ilmoittautumista.',
		contact: 'mll-nokia-1',
		address: { street: 'Härkitie 8', postalCode: '37100', city: 'Nokia' },
		schedules: monthly('TH', '18:00', '19:30')
	},
	{
		key: 'parish-837-neuvottelukeskus',
		org: 'parish-837',
		name: 'Perheasiain neuvottelukeskus',
		kind: 'counselling',
		targetGroups: ['couples', 'divorcing_families', 'parents'],
		themes: ['couple_relationship', 'divorce'],
		area: ['837', '536', '980', '604', '418', '211'],
		description: 'Maksutonta keskusteluapua parisuhteen ja perheen kriiseihin, myös eron jälkeen.',
		referral: 'Ajanvaraus puhelimitse arkisin klo 9–12. Ei lähetettä.',
		contact: 'parish-837',
		address: { street: 'Näsilinnankatu 26', postalCode: '33200', city: 'Tampere' },
		phone: '+358 3 000 1234'
	},
	{
		key: 'parish-536-course',
		org: 'parish-536',
		name: 'Parisuhdekurssi Nokian seurakunnassa',
		kind: 'event_series',
		targetGroups: ['couples'],
		themes: ['couple_relationship'],
		area: ['536'],
		description: 'Kolmen illan kurssi pariskunnille; vuorovaikutus, riidat ja arjen jakaminen.',
		referral: 'Ilmoittautuminen seurakunnan verkkosivuilla.',
		contact: 'parish-536',
		schedules: weekly('TU', '18:00', '20:00'),
		scheduleNote: 'Syksyisin'
	},
	// Divorce.
	{
		key: 'yvpl-erokahvila',
		org: 'yvpl',
		name: 'Erokahvila',
		kind: 'peer_group',
		targetGroups: ['divorcing_families', 'single_parents'],
		themes: ['divorce', 'peer_support'],
		area: ['837', '536', '908'],
		description:
			'Vertaistukea eron keskellä oleville vanhemmille; vetäjinä koulutetut vapaaehtoiset.',
		referral: 'Tule suoraan tai kysy lisää sähköpostilla.',
		contact: 'yvpl-1',
		schedules: monthly('MO', '17:30', '19:00')
	},
	{
		key: 'miessakit-ero',
		org: 'miessakit',
		name: 'Eroryhmä miehille',
		kind: 'peer_group',
		targetGroups: ['divorcing_families', 'parents'],
		themes: ['divorce', 'peer_support'],
		area: 'all',
		description: 'Suljettu vertaisryhmä eron kokeneille miehille ja isille; kahdeksan tapaamista.',
		referral: 'Alkuhaastattelu puhelimessa ennen ryhmää.',
		contact: 'miessakit-1',
		deliveryMode: 'hybrid'
	},
	{
		key: 'pirha-ero',
		org: 'pirha',
		name: 'Eroauttaminen perheneuvolassa',
		kind: 'professional',
		targetGroups: ['divorcing_families', 'parents'],
		themes: ['divorce', 'parenting'],
		area: 'all',
		description:
			'Vanhemmuuden tuki ja lapsen asioista sopiminen erotilanteessa; myös Vanhemmuus eron jälkeen -ryhmät.',
		referral: 'Ajanvaraus perheneuvolan puhelinpalvelusta; ei lähetettä.',
		contact: 'pirha-counsellor'
	},
	{
		key: 'uusperheet-group',
		org: 'uusperheet',
		name: 'Uusperheiden vertaisryhmä',
		kind: 'peer_group',
		targetGroups: ['blended_families'],
		themes: ['parenting', 'peer_support'],
		area: ['837', '980', '211'],
		description: 'Uusperheiden aikuisten vertaisryhmä: arki, roolit ja vanhemmuus uusperheessä.',
		referral: 'Ilmoittautuminen verkossa.',
		contact: 'uusperheet-1',
		schedules: monthly('WE', '18:00', '20:00')
	},
	// Infants and violence work.
	{
		key: 'ensikoti-vauva',
		org: 'ensikoti',
		name: 'Vauvaperhetyö',
		kind: 'professional',
		targetGroups: ['expecting', 'infants'],
		themes: ['infant_wellbeing', 'parenting'],
		area: 'all',
		description: 'Kotikäyntejä ja ryhmiä vauvaperheille, joiden arki on kuormittunut.',
		referral: 'Neuvolan tai perheen oma yhteydenotto; ei maksusitoumusta.',
		contact: 'ensikoti-1',
		maxAge: 3
	},
	{
		key: 'ensikoti-turvakoti',
		org: 'ensikoti',
		name: 'Turvakoti',
		kind: 'professional',
		targetGroups: ['all_families'],
		themes: ['violence', 'crisis_support'],
		area: 'all',
		description: 'Turvaa ja tukea lähisuhdeväkivaltaa kokeneille ympäri vuorokauden.',
		referral: 'Soita suoraan, ympäri vuorokauden. Ei lähetettä.',
		contact: 'ensikoti-2',
		scheduleNote: '24/7',
		languages: ['fi', 'en']
	},
	{
		key: 'ensikoti-avo',
		org: 'ensikoti',
		name: 'Väkivaltatyön avopalvelu',
		kind: 'counselling',
		targetGroups: ['parents', 'young_people'],
		themes: ['violence'],
		area: 'all',
		description: 'Keskusteluapua väkivaltaa kokeneille ja käyttäneille.',
		referral: 'Ajanvaraus puhelimitse.',
		contact: 'ensikoti-2'
	},
	{
		key: 'miessakit-lyomaton',
		org: 'miessakit',
		name: 'Lyömätön linja',
		kind: 'counselling',
		targetGroups: ['parents'],
		themes: ['violence'],
		area: 'all',
		description: 'Väkivallan katkaisutyötä miehille.',
		referral: 'Soita tai lähetä sähköpostia; ei lähetettä.',
		contact: 'miessakit-1'
	},
	// Neuropsychiatric support.
	{
		key: 'adhd-group',
		org: 'adhd',
		name: 'Nepsy-vanhempien vertaisryhmä',
		kind: 'peer_group',
		targetGroups: ['families_with_disabled_child', 'parents'],
		themes: ['neuropsychiatric', 'peer_support'],
		area: ['837', '536', '908', '980'],
		description: 'Vertaisryhmä vanhemmille, joiden lapsella on nepsy-piirteitä.',
		referral: 'Ei diagnoosivaatimusta. Ilmoittaudu vetäjälle.',
		contact: 'adhd-1',
		deliveryMode: 'hybrid',
		schedules: monthly('TU', '18:00', '19:30')
	},
	// Crisis and counselling lines.
	{
		key: 'mieli-kriisi',
		org: 'mieli',
		name: 'Kriisipuhelin',
		kind: 'counselling',
		targetGroups: ['all_families', 'young_people'],
		themes: ['crisis_support', 'mental_health'],
		area: 'anywhere',
		description: 'Keskusteluapua kriisissä ympäri vuorokauden.',
		referral: 'Soita suoraan.',
		deliveryMode: 'phone',
		languages: ['fi', 'sv', 'en', 'ar'],
		scheduleNote: '24/7'
	},
	{
		key: 'mll-phone',
		org: 'mll-hame',
		name: 'Vanhempainpuhelin',
		kind: 'counselling',
		targetGroups: ['parents'],
		themes: ['parenting'],
		area: 'anywhere',
		description: 'Koulutetut vapaaehtoiset kuuntelevat vanhempien huolia nimettömästi.',
		referral: 'Soita tai kirjoita verkkopalveluun.',
		deliveryMode: 'phone',
		contact: 'mll-hame-1'
	},
	{
		key: 'kela-advice',
		org: 'kela',
		name: 'Lapsiperheiden etuusneuvonta',
		kind: 'counselling',
		targetGroups: ['expecting', 'parents', 'single_parents'],
		themes: ['financial_support'],
		area: 'all',
		description: 'Neuvontaa perhe-etuuksista, kuntoutuksesta ja toimeentulotuesta.',
		referral: 'Soita Kelan palvelunumeroon tai varaa aika toimistoon.',
		contact: 'kela-1',
		deliveryMode: 'phone',
		languages: ['fi', 'sv', 'en']
	},
	// Meeting places and volunteer work.
	{
		key: 'mll-nokia-cafe',
		org: 'mll-nokia',
		name: 'Perhekahvila Nalle',
		kind: 'meeting_place',
		targetGroups: ['small_children', 'parents', 'infants'],
		themes: ['peer_support', 'parenting'],
		area: ['536'],
		description: 'Avoin perhekahvila alle kouluikäisille ja heidän aikuisilleen.',
		referral: 'Tule suoraan, ei ilmoittautumista.',
		contact: 'mll-nokia-1',
		address: { street: 'Härkitie 8', postalCode: '37100', city: 'Nokia' },
		schedules: weekly('TU', '09:30', '11:30')
	},
	{
		key: 'mll-tampere-cafe',
		org: 'mll-tampere',
		name: 'Perhekahvila Hervanta',
		kind: 'meeting_place',
		targetGroups: ['small_children', 'parents'],
		themes: ['peer_support'],
		area: ['837'],
		description: 'Avoin perhekahvila Hervannassa.',
		referral: 'Tule suoraan.',
		contact: 'mll-tampere-1',
		address: { street: 'Insinöörinkatu 38', postalCode: '33720', city: 'Tampere' },
		schedules: weekly('WE', '09:30', '12:00')
	},
	{
		key: 'mll-ylojarvi-dads',
		org: 'mll-ylojarvi',
		name: 'Isä-lapsikerho',
		kind: 'peer_group',
		targetGroups: ['parents', 'small_children'],
		themes: ['parenting', 'peer_support'],
		area: ['980'],
		description: 'Isät ja lapset liikkuvat ja leikkivät yhdessä lauantaiaamuisin.',
		referral: 'Tule suoraan.',
		schedules: weekly('SA', '10:00', '11:30')
	},
	{
		key: 'mll-valkeakoski-muskari',
		org: 'mll-valkeakoski',
		name: 'Vauvamuskari',
		kind: 'event_series',
		targetGroups: ['infants'],
		themes: ['infant_wellbeing'],
		area: ['908'],
		description: 'Laulua ja loruja vauvoille ja vanhemmille.',
		referral: 'Ilmoittautuminen kausittain.',
		free: false,
		feeDescription: '20 € / kausi',
		maxAge: 1,
		schedules: weekly('MO', '10:00', '10:45')
	},
	{
		key: 'mll-childcare',
		org: 'mll-hame',
		name: 'Lastenhoitoapu',
		kind: 'other',
		targetGroups: ['small_children', 'parents'],
		themes: ['parenting'],
		area: ['837', '536', '980', '604', '418', '211'],
		description: 'Tilapäistä lastenhoitoapua koulutetuilta hoitajilta.',
		referral: 'Tilaus verkossa tai puhelimitse.',
		free: false,
		feeDescription: 'Tuntihinta'
	},
	{
		key: 'setlementti-cafe',
		org: 'setlementti',
		name: 'Monikulttuurinen perhekahvila',
		kind: 'meeting_place',
		targetGroups: ['multicultural_families', 'small_children'],
		themes: ['integration', 'peer_support'],
		area: ['837'],
		description: 'Perhekahvila, jossa harjoitellaan suomea ja tutustutaan palveluihin.',
		referral: 'Tule suoraan; tulkki paikalla kerran kuussa.',
		contact: 'setlementti-1',
		languages: ['fi', 'en', 'ar', 'so', 'uk', 'ru'],
		schedules: weekly('TH', '10:00', '12:00')
	},
	{
		key: 'spr-friend',
		org: 'spr',
		name: 'Ystävätoiminta lapsiperheille',
		kind: 'volunteer',
		targetGroups: ['all_families', 'single_parents'],
		themes: ['peer_support'],
		area: 'all',
		description: 'Vapaaehtoinen ystävä perheen tueksi arkeen.',
		referral: 'Hae ystävää verkkolomakkeella.',
		contact: 'spr-1'
	},
	{
		key: 'spr-language',
		org: 'spr',
		name: 'Suomen kielen kerho äideille',
		kind: 'volunteer',
		targetGroups: ['multicultural_families', 'parents'],
		themes: ['integration'],
		area: ['837', '536'],
		description: 'Kielikerho, jossa on lastenhoito samaan aikaan.',
		referral: 'Tule suoraan.',
		contact: 'spr-1',
		languages: ['fi', 'ar', 'so', 'fa', 'uk']
	},
	{
		key: 'icehearts-team',
		org: 'icehearts',
		name: 'Icehearts-joukkue',
		kind: 'professional',
		targetGroups: ['school_children'],
		themes: ['leisure', 'schooling'],
		area: ['837', '536'],
		description:
			'Kasvattaja kulkee joukkueen lasten rinnalla 12 vuotta; tukea myös kouluun ja kotiin.',
		referral: 'Lapset valitaan yhteistyössä koulujen ja varhaiskasvatuksen kanssa.',
		contact: 'icehearts-1',
		minAge: 6,
		maxAge: 18
	},
	{
		key: 'pentecostal-cafe',
		org: 'pentecostal',
		name: 'Perhekahvila Helluntaiseurakunnassa',
		kind: 'meeting_place',
		targetGroups: ['small_children', 'parents'],
		themes: ['peer_support'],
		area: ['837'],
		description: 'Avoin perhekahvila kaikille perheille vakaumuksesta riippumatta.',
		referral: 'Tule suoraan.',
		schedules: weekly('FR', '10:00', '12:00')
	},
	{
		key: 'orthodox-club',
		org: 'orthodox',
		name: 'Lasten kerho',
		kind: 'event_series',
		targetGroups: ['small_children', 'school_children'],
		themes: ['leisure'],
		area: ['837'],
		description: 'Kerho 3–10-vuotiaille lapsille.',
		referral: 'Ilmoittautuminen seurakunnan toimistoon.',
		minAge: 3,
		maxAge: 10
	},
	{
		key: 'parish-837-sv',
		org: 'parish-837',
		name: 'Svenskspråkig familjeklubb',
		kind: 'meeting_place',
		targetGroups: ['small_children', 'parents'],
		themes: ['peer_support'],
		area: ['837'],
		description: 'Familjeklubb på svenska för barn under skolåldern och deras föräldrar.',
		referral: 'Kom direkt, ingen anmälan.',
		contact: 'parish-837-sv',
		languages: ['sv'],
		schedules: weekly('TH', '09:30', '11:00')
	},
	// The county's professional services.
	{
		key: 'pirha-neuvola',
		org: 'pirha',
		name: 'Äitiys- ja lastenneuvola',
		kind: 'professional',
		targetGroups: ['expecting', 'infants', 'small_children'],
		themes: ['health', 'infant_wellbeing', 'parenting'],
		area: 'all',
		description: 'Raskauden ja lapsen kasvun seuranta sekä vanhemmuuden tuki.',
		referral: 'Ajanvaraus oman alueen neuvolasta.',
		contact: 'pirha-nurse',
		maxAge: 6
	},
	{
		key: 'pirha-perhetyo',
		org: 'pirha',
		name: 'Lapsiperheiden kotipalvelu ja perhetyö',
		kind: 'professional',
		targetGroups: ['all_families'],
		themes: ['parenting'],
		area: 'all',
		description: 'Apua arkeen ja vanhemmuuteen kotiin; ei vaadi lastensuojelun asiakkuutta.',
		referral: 'Hakemus sosiaalipalvelujen neuvonnan kautta tai neuvolan ohjaamana.',
		free: false,
		feeDescription: 'Kotipalvelu tulosidonnainen, perhetyö maksuton'
	},
	{
		key: 'pirha-perheneuvola',
		org: 'pirha',
		name: 'Kasvatus- ja perheneuvonta',
		kind: 'professional',
		targetGroups: ['parents', 'school_children', 'small_children'],
		themes: ['parenting', 'mental_health', 'neuropsychiatric'],
		area: 'all',
		description: 'Lapsen kehitykseen, kasvatukseen ja perheen vuorovaikutukseen liittyvä tuki.',
		referral: 'Ei lähetettä; ajanvaraus puhelimitse.',
		contact: 'pirha-counsellor'
	},
	{
		key: 'company-homehelp',
		org: 'company',
		name: 'Lapsiperheiden kotipalvelu (ostopalvelu)',
		kind: 'professional',
		targetGroups: ['all_families'],
		themes: ['parenting'],
		area: ['837', '604', '418'],
		description: 'Hyvinvointialueen ostopalveluna tuotettua kotipalvelua.',
		referral: 'Hyvinvointialueen päätöksellä.',
		free: false,
		feeDescription: 'Hyvinvointialueen asiakasmaksu'
	},
	// Municipal services.
	...['536', '837', '908', '980', '211', '562'].map((code): ServiceSpec => ({
		key: `muni-${code}-youth`,
		org: `muni-${code}`,
		name: 'Avoin nuorisotalo',
		kind: 'meeting_place',
		targetGroups: ['young_people'],
		themes: ['leisure'],
		area: [code],
		description: 'Nuorisotalo 13–17-vuotiaille: pelit, kerhot ja ohjaajien tuki.',
		referral: 'Tule suoraan.',
		minAge: 13,
		maxAge: 17,
		schedules: [
			{ freq: 'WEEKLY', byDay: ['MO', 'TU', 'WE', 'TH'], opensAt: '15:00', closesAt: '21:00' }
		]
	})),
	...['536', '837', '418', '604'].map((code): ServiceSpec => ({
		key: `muni-${code}-playground`,
		org: `muni-${code}`,
		name: 'Leikkipuisto ja avoin varhaiskasvatus',
		kind: 'meeting_place',
		targetGroups: ['small_children', 'parents'],
		themes: ['early_education'],
		area: [code],
		description:
			'Ohjattua toimintaa ulkona ja sisällä alle kouluikäisille ja heidän vanhemmilleen.',
		referral: 'Tule suoraan.',
		schedules: [
			{ freq: 'WEEKLY', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '15:00' }
		]
	})),
	// Parish family clubs.
	...PARISH_CLUBS.map(([code, city, street]): ServiceSpec => ({
		key: `parish-${code}-club`,
		org: `parish-${code}`,
		name: 'Perhekerho',
		kind: 'meeting_place',
		targetGroups: ['small_children', 'parents'],
		themes: ['peer_support', 'parenting'],
		area: [code],
		description: 'Leikkiä, laulua ja kahvia alle kouluikäisille ja heidän aikuisilleen.',
		referral: 'Tule suoraan, ei ilmoittautumista.',
		contact: `parish-${code}`,
		address: { street, city },
		schedules: weekly('WE', '09:30', '11:00')
	})),
	// Status examples for the filters.
	{
		key: 'kihnio-cafe',
		org: 'muni-216',
		name: 'Perhekahvila Kihniö',
		kind: 'meeting_place',
		targetGroups: ['small_children'],
		themes: ['peer_support'],
		area: ['216'],
		description: 'Perhekahvila on tauolla vetäjän puuttuessa.',
		referral: 'Kysy kunnan hyvinvointikoordinaattorilta.',
		status: 'inactive'
	},
	{
		key: 'vauvaryhma-2023',
		org: 'ensikoti',
		name: 'Vauvaryhmä 2023',
		kind: 'peer_group',
		targetGroups: ['infants'],
		themes: ['infant_wellbeing'],
		area: ['837'],
		description: 'Päättynyt ryhmä.',
		referral: '—',
		status: 'ended'
	}
];
