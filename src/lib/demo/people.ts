/**
 * The demo's people: all invented (marked `fictional`), with roles modelled on
 * the seeds: municipal family-centre liaisons, the county's early-support
 * service managers, NGO agents, parish family workers, NGO staff and family
 * representatives. Names are drawn deterministically from the lists below.
 */
import type { Person } from '$lib/domain/entities';
import { MUNICIPALITIES } from './places';
import { PARISH_CODES } from './organisations';

export const FIRST_NAMES = [
	'Aino',
	'Eero',
	'Helmi',
	'Juha',
	'Kaisa',
	'Lauri',
	'Minna',
	'Niko',
	'Outi',
	'Pekka',
	'Riikka',
	'Sami',
	'Tiina',
	'Ville',
	'Anu',
	'Heikki',
	'Johanna',
	'Markku',
	'Sari',
	'Timo',
	'Elina',
	'Jari',
	'Leena',
	'Mikko',
	'Päivi',
	'Antti',
	'Satu',
	'Kari',
	'Hanna',
	'Jussi',
	'Maarit',
	'Tuomas',
	'Emmi',
	'Oskari',
	'Venla',
	'Aleksi',
	'Iida',
	'Joonas',
	'Linnea',
	'Onni'
];
export const LAST_NAMES = [
	'Virtanen',
	'Korhonen',
	'Mäkinen',
	'Nieminen',
	'Mäkelä',
	'Hämäläinen',
	'Laine',
	'Heikkinen',
	'Koskinen',
	'Järvinen',
	'Lehtonen',
	'Lehtinen',
	'Saarinen',
	'Salminen',
	'Heinonen',
	'Niemi',
	'Heikkilä',
	'Kinnunen',
	'Salonen',
	'Turunen',
	'Salo',
	'Laitinen',
	'Tuominen',
	'Rantanen',
	'Karjalainen',
	'Jokinen',
	'Mattila',
	'Savolainen',
	'Lahtinen',
	'Ahonen',
	'Östman',
	'Åberg'
];

export interface PersonSpec {
	key: string;
	title: string;
	org?: string;
	jobDescription: string;
	responsibilities?: Person['responsibilities'];
	languages?: Person['languages'];
	department?: string;
}

const region = { west: 'läntisen', south: 'eteläisen', north: 'pohjoisen' } as const;

export const PEOPLE: PersonSpec[] = [
	// Municipal family-centre liaisons: one per family centre (Tampere has two).
	...MUNICIPALITIES.filter((m) => m.region).map((m): PersonSpec => ({
		key: `liaison-${m.key}`,
		title: m.town
			? 'Perhekeskuksen yhdyshenkilö, varhaiskasvatuksen palvelupäällikkö'
			: 'Perhekeskuksen yhdyshenkilö, hyvinvointikoordinaattori',
		org: `muni-${m.key}`,
		jobDescription: `Koordinoi ${m.gen} perhekeskuksen paikallista verkostoa ja ohjausryhmää; kutsuu koolle ja välittää tiedon kunnan palveluihin.`,
		responsibilities: ['family_centre_liaison']
	})),
	...(['west', 'south'] as const).map((r): PersonSpec => ({
		key: `liaison-837-${r}`,
		title: 'Perhekeskuksen yhdyshenkilö',
		org: 'muni-837',
		jobDescription: `Koordinoi Tampereen ${r === 'west' ? 'läntisen' : 'eteläisen'} perhekeskuksen verkostoa.`,
		responsibilities: ['family_centre_liaison']
	})),
	// Municipal NGO liaisons (järjestöyhdyshenkilöt).
	...['536', '837', '908', '211'].map((code): PersonSpec => {
		const m = MUNICIPALITIES.find((x) => x.key === code)!;
		return {
			key: `ngoliaison-${code}`,
			title: 'Järjestöyhdyshenkilö',
			org: `muni-${code}`,
			jobDescription: `${m.gen} yhteyshenkilö järjestöille: avustukset, tilat ja yhteistyö järjestöagenttien kanssa.`,
			responsibilities: ['ngo_liaison']
		};
	}),
	// The wellbeing services county.
	{
		key: 'pirha-director',
		title: 'Lasten, nuorten ja perheiden palvelujen johtaja',
		org: 'pirha',
		jobDescription: 'Puheenjohtaja perhekeskuksen maakunnallisessa ohjausryhmässä.',
		responsibilities: ['network_chair']
	},
	{
		key: 'pirha-coordinator',
		title: 'Perhekeskuskoordinaattori',
		org: 'pirha',
		jobDescription:
			'Maakunnallinen koordinaatiovastuu: ohjausryhmän sihteeri, käsikirjan ylläpito ja yhteiskehittämisen prosessit.',
		responsibilities: ['family_centre_coordinator']
	},
	...(['west', 'south', 'north'] as const).map((r): PersonSpec => ({
		key: `pirha-sm-${r}`,
		title: 'Varhaisen tuen palvelupäällikkö',
		org: 'pirha',
		department: 'Varhaisen tuen palvelut',
		jobDescription: `Koordinaatiovastuu ${region[r]} alueen koordinaatioryhmästä; palvelu- ja kehittämistarpeiden tunnistaminen aluetasoisesti.`,
		responsibilities: ['service_manager']
	})),
	...Array.from({ length: 8 }, (_, i): PersonSpec => ({
		key: `pirha-worker-${i + 1}`,
		title: 'Perhekeskuksen palveluohjaaja',
		org: 'pirha',
		department: 'Perhekeskuspalvelut',
		jobDescription:
			'Ohjaa perheitä palveluihin ja edustaa hyvinvointialuetta paikallisissa perhekeskuksen ohjausryhmissä.'
	})),
	{
		key: 'pirha-counsellor',
		title: 'Perheneuvolan psykologi',
		org: 'pirha',
		department: 'Kasvatus- ja perheneuvonta',
		jobDescription:
			'Eroauttaminen ja vanhemmuuden tuki; vetää maakunnallista eroasiantuntijaverkostoa.',
		responsibilities: ['expert']
	},
	{
		key: 'pirha-nurse',
		title: 'Neuvolan terveydenhoitaja',
		org: 'pirha',
		department: 'Neuvolapalvelut',
		jobDescription: 'Vauvaperheiden tuki; vauvatyön asiantuntijaverkoston jäsen.',
		responsibilities: ['expert']
	},
	{
		key: 'kela-1',
		title: 'Kelan perhekeskusyhteyshenkilö',
		org: 'kela',
		jobDescription: 'Kelan edustaja perhekeskusyhteistyössä: etuusneuvonta ja kuntoutus.',
		languages: ['fi', 'sv']
	},
	// NGO agents and the NGO coordination.
	{
		key: 'artteli-coord',
		title: 'Järjestöyhteistyön koordinaattori',
		org: 'artteli',
		jobDescription: 'Koordinoi järjestöagentteja ja maakunnallista järjestöyhteistyöryhmää.',
		responsibilities: ['network_chair']
	},
	...Array.from({ length: 4 }, (_, i): PersonSpec => ({
		key: `agent-${i + 1}`,
		title: 'Järjestöagentti',
		org: 'artteli',
		jobDescription:
			'Tuo paikallisten järjestöjen äänen perhekeskuksen ohjausryhmiin ja kertoo järjestöille, mitä ryhmissä päätettiin.',
		responsibilities: ['ngo_agent']
	})),
	{
		key: 'mll-hame-1',
		title: 'Järjestöpäällikkö',
		org: 'mll-hame',
		jobDescription: 'Vastaa piirin perhetoiminnasta ja yhteistyöstä hyvinvointialueen kanssa.',
		responsibilities: ['network_chair']
	},
	{
		key: 'mll-nokia-1',
		title: 'Perhekahvilan vapaaehtoinen vetäjä',
		org: 'mll-nokia',
		jobDescription: 'Vetää perhekahvilaa ja parisuhdeiltoja vapaaehtoisena.'
	},
	{
		key: 'mll-tampere-1',
		title: 'Toiminnanjohtaja',
		org: 'mll-tampere',
		jobDescription: 'Yhdistyksen toiminnan johtaminen ja vapaaehtoisten koordinointi.'
	},
	{
		key: 'ensikoti-1',
		title: 'Vauvatyön erityistyöntekijä',
		org: 'ensikoti',
		jobDescription: 'Vauvaperhetyö ja vauvatyön asiantuntijaverkoston puheenjohtaja.',
		responsibilities: ['expert']
	},
	{
		key: 'ensikoti-2',
		title: 'Väkivaltatyön sosiaalityöntekijä',
		org: 'ensikoti',
		jobDescription: 'Väkivaltatyön avopalvelu; väkivaltatyön verkoston jäsen.',
		responsibilities: ['expert']
	},
	{
		key: 'kataja-1',
		title: 'Parisuhdeneuvoja',
		org: 'kataja',
		jobDescription: 'Parisuhdeneuvonta ja kurssit pariskunnille koko Pirkanmaalla.',
		responsibilities: ['expert']
	},
	{
		key: 'vaestoliitto-1',
		title: 'Asiantuntija, parisuhde',
		org: 'vaestoliitto',
		jobDescription: 'Parisuhteen tukikeskuksen verkkoneuvonta.',
		languages: ['fi', 'sv', 'en']
	},
	{
		key: 'uusperheet-1',
		title: 'Aluetyöntekijä',
		org: 'uusperheet',
		jobDescription: 'Uusperheiden vertaisryhmät ja koulutus ammattilaisille.'
	},
	{
		key: 'yvpl-1',
		title: 'Erotyön koordinaattori',
		org: 'yvpl',
		jobDescription: 'Erokahvilat ja vertaisryhmät; eroasiantuntijaverkoston jäsen.',
		responsibilities: ['expert']
	},
	{
		key: 'miessakit-1',
		title: 'Erotyöntekijä',
		org: 'miessakit',
		jobDescription: 'Eroryhmät miehille ja väkivaltatyön Lyömätön linja.'
	},
	{
		key: 'setlementti-1',
		title: 'Monikulttuurisen perhetyön ohjaaja',
		org: 'setlementti',
		jobDescription: 'Monikulttuurinen perhekahvila ja kotoutumista tukeva ryhmätoiminta.',
		languages: ['fi', 'en', 'ar']
	},
	{
		key: 'adhd-1',
		title: 'Vertaistukikoordinaattori',
		org: 'adhd',
		jobDescription: 'Nepsy-perheiden vertaisryhmät; nepsy-asiantuntijaverkoston jäsen.',
		responsibilities: ['expert']
	},
	{
		key: 'spr-1',
		title: 'Vapaaehtoistoiminnan koordinaattori',
		org: 'spr',
		jobDescription: 'Ystävätoiminta ja kotoutumisen tuki lapsiperheille.'
	},
	{
		key: 'lskl-1',
		title: 'Kehittämispäällikkö, Perheet keskiöön! -toiminta',
		org: 'lskl',
		jobDescription:
			'Tukee järjestöjen perhekeskusyhteistyötä ja yhteiskehittämisen työkalun käyttöä.',
		responsibilities: ['network_chair']
	},
	{
		key: 'icehearts-1',
		title: 'Icehearts-kasvattaja',
		org: 'icehearts',
		jobDescription: 'Joukkueen kasvattaja, joka kulkee lasten rinnalla vuosia.'
	},
	// Parish family workers.
	...[...PARISH_CODES, '837'].map((code): PersonSpec => ({
		key: `parish-${code}`,
		title: 'Perhetyönohjaaja',
		org: `parish-${code}`,
		jobDescription:
			'Seurakunnan lapsi- ja perhetyö: perhekerhot, parisuhdetyö ja yhteistyö perhekeskuksen kanssa.'
	})),
	{
		key: 'parish-837-sv',
		title: 'Familjearbetare',
		org: 'parish-837',
		jobDescription: 'Svenskspråkigt familjearbete i Tammerfors.',
		languages: ['sv', 'fi']
	},
	// Family representatives (no organisation).
	...Array.from({ length: 10 }, (_, i): PersonSpec => ({
		key: `family-${i + 1}`,
		title: 'Perheiden edustaja',
		jobDescription: 'Vanhempi, joka tuo perheiden näkökulman perhekeskuksen ohjausryhmään.',
		responsibilities: ['family_representative']
	}))
];

/** Deterministic, unique invented names: walks the first × last grid with a stride. */
export function demoName(i: number): { first: string; last: string } {
	const cell = (i * 37) % (FIRST_NAMES.length * LAST_NAMES.length);
	return {
		first: FIRST_NAMES[cell % FIRST_NAMES.length],
		last: LAST_NAMES[Math.floor(cell / FIRST_NAMES.length)]
	};
}

const ascii = (s: string) =>
	s
		.toLowerCase()
		.replace(/[äå]/g, 'a')
		.replace(/ö/g, 'o')
		.replace(/[^a-z-]/g, '');

export function demoContact(i: number): { name: string; email: string; phone: string } {
	const { first, last } = demoName(i);
	return {
		name: `${first} ${last}`,
		email: `${ascii(first)}.${ascii(last)}@esimerkki.example`,
		phone: `+358 40 000 ${String(1000 + i).slice(-4)}`
	};
}
