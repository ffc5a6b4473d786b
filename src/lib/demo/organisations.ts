/**
 * The demo's organisations. Names are real Pirkanmaa and national actors (the
 * design allows it); descriptions are written for the demo. Municipal
 * organisations and parishes are generated from the place list.
 */
import type { Sector } from '$lib/domain/fields';
import { MUNICIPALITIES } from './places';

export interface OrgSpec {
	key: string;
	name: string;
	sector: Sector;
	alternateName?: string;
	/** Municipalities served (place keys, see places.ts); 'all' for the whole of Pirkanmaa. */
	area: string[] | 'all';
	website?: string;
	description: string;
}

export const PARISH_CODES = [
	'536',
	'980',
	'790',
	'108',
	'143',
	'211',
	'418',
	'604',
	'908',
	'020',
	'562',
	'508',
	'936',
	'702',
	'581',
	'635',
	'922',
	'887'
];

export const ORGANISATIONS: OrgSpec[] = [
	...MUNICIPALITIES.map((m): OrgSpec => ({
		key: `muni-${m.key}`,
		name: `${m.gen} ${m.town ? 'kaupunki' : 'kunta'}`,
		sector: 'municipality',
		area: [m.key],
		description: `${m.name}: varhaiskasvatus, opetus, nuoriso-, liikunta- ja kulttuuripalvelut sekä hyvinvoinnin ja terveyden edistäminen.`
	})),
	{
		key: 'pirha',
		name: 'Pirkanmaan hyvinvointialue',
		alternateName: 'Pirha',
		sector: 'wellbeing_county',
		area: 'all',
		website: 'https://www.pirha.fi/',
		description:
			'Järjestää sosiaali- ja terveyspalvelut sekä pelastustoimen Pirkanmaalla, mm. neuvolat, perhetyön, kasvatus- ja perheneuvonnan sekä lastensuojelun.'
	},
	{
		key: 'kela',
		name: 'Kela',
		alternateName: 'Kansaneläkelaitos',
		sector: 'kela',
		area: 'all',
		website: 'https://www.kela.fi/',
		description:
			'Lapsiperheiden etuudet, kuntoutus ja Kelan perhekeskusyhteistyö hyvinvointialueen kanssa.'
	},
	...PARISH_CODES.map((code): OrgSpec => {
		const m = MUNICIPALITIES.find((x) => x.key === code)!;
		return {
			key: `parish-${code}`,
			name: `${m.gen} seurakunta`,
			sector: 'parish',
			area: [code],
			description:
				'Evankelis-luterilainen seurakunta: perhekerhot, perheneuvonta, parisuhdetyö ja diakonia.'
		};
	}),
	{
		key: 'parish-837',
		name: 'Tampereen evankelis-luterilaiset seurakunnat',
		sector: 'parish',
		area: ['837'],
		description: 'Tampereen seurakuntayhtymä: perhetyö, perheasiain neuvottelukeskus ja diakonia.'
	},
	{
		key: 'orthodox',
		name: 'Tampereen ortodoksinen seurakunta',
		sector: 'parish',
		area: ['837', '536', '980', '604', '211'],
		description: 'Ortodoksinen seurakunta: lapsi- ja perhetyö, kerhot ja leirit.'
	},
	{
		key: 'pentecostal',
		name: 'Tampereen Helluntaiseurakunta',
		sector: 'religious_community',
		area: ['837'],
		description: 'Uskonnollinen yhdyskunta: perhekahvila ja lastenkerhot.'
	},
	{
		key: 'artteli',
		name: 'Kumppanuusyhdistys Artteli ry',
		sector: 'ngo',
		area: 'all',
		description:
			'Pirkanmaan järjestöjen kumppanuusyhdistys; koordinoi järjestöagenttitoimintaa yhdessä kuntien järjestöyhdyshenkilöiden kanssa.'
	},
	{
		key: 'mll-hame',
		name: 'Mannerheimin Lastensuojeluliiton Hämeen piiri ry',
		alternateName: 'MLL Hämeen piiri',
		sector: 'ngo',
		area: 'all',
		website: 'https://hame.mll.fi/',
		description:
			'MLL:n piiri tukee paikallisyhdistyksiä ja järjestää perhekahviloita, vertaisryhmiä ja tukihenkilötoimintaa.'
	},
	{
		key: 'mll-nokia',
		name: 'MLL:n Nokian yhdistys',
		sector: 'ngo',
		area: ['536'],
		description: 'Paikallinen MLL-yhdistys: perhekahvila, vertaisryhmät ja lastenhoitoapu.'
	},
	{
		key: 'mll-tampere',
		name: 'MLL:n Tampereen yhdistys',
		sector: 'ngo',
		area: ['837'],
		description: 'Paikallinen MLL-yhdistys: perhekahvilat, kummimummot ja -vaarit, vertaistuki.'
	},
	{
		key: 'mll-ylojarvi',
		name: 'MLL:n Ylöjärven yhdistys',
		sector: 'ngo',
		area: ['980'],
		description: 'Paikallinen MLL-yhdistys: perhekahvila ja isä-lapsitoiminta.'
	},
	{
		key: 'mll-valkeakoski',
		name: 'MLL:n Valkeakosken yhdistys',
		sector: 'ngo',
		area: ['908'],
		description: 'Paikallinen MLL-yhdistys: perhekahvila ja muskari.'
	},
	{
		key: 'ensikoti',
		name: 'Pirkanmaan Ensi- ja turvakoti ry',
		sector: 'ngo',
		area: 'all',
		description:
			'Vauvaperhetyö, väkivaltatyö ja turvakoti; tukea raskausajasta lapsen ensimmäisiin vuosiin.'
	},
	{
		key: 'kataja',
		name: 'Parisuhdekeskus Kataja ry',
		sector: 'ngo',
		area: 'all',
		website: 'https://www.parisuhdekeskus.fi/',
		description:
			'Parisuhdetyön erityisosaaja: parisuhdeneuvontaa, kursseja ja vertaisryhmiä sekä koulutusta ammattilaisille.'
	},
	{
		key: 'vaestoliitto',
		name: 'Väestöliitto ry',
		sector: 'ngo',
		area: 'all',
		website: 'https://www.vaestoliitto.fi/',
		description:
			'Parisuhde-, seksuaali- ja perhehyvinvoinnin asiantuntija; neuvontaa puhelimessa ja verkossa.'
	},
	{
		key: 'uusperheet',
		name: 'Suomen Uusperheiden Liitto ry',
		sector: 'ngo',
		area: 'all',
		description: 'Tukea uusperheille: vertaisryhmiä, kursseja ja neuvontaa.'
	},
	{
		key: 'yvpl',
		name: 'Yhden Vanhemman Perheiden Liitto ry',
		sector: 'ngo',
		area: 'all',
		description: 'Tukea yhden vanhemman perheille ja eroperheille; erokahvilat ja vertaisryhmät.'
	},
	{
		key: 'miessakit',
		name: 'Miessakit ry',
		sector: 'ngo',
		area: 'all',
		description: 'Tukea miehille ja isille erotilanteissa ja väkivallan katkaisemiseen.'
	},
	{
		key: 'setlementti',
		name: 'Setlementti Tampere ry',
		sector: 'ngo',
		area: ['837', '604', '418', '980'],
		description: 'Monikulttuurista perhetoimintaa, nuorisotyötä ja kohtaamispaikkoja.'
	},
	{
		key: 'spr',
		name: 'Suomen Punainen Risti, Hämeen piiri',
		alternateName: 'SPR Hämeen piiri',
		sector: 'ngo',
		area: 'all',
		description: 'Vapaaehtoistoiminta, ystävätoiminta ja kotoutumisen tuki.'
	},
	{
		key: 'adhd',
		name: 'ADHD-liitto ry',
		sector: 'ngo',
		area: 'all',
		description: 'Nepsy-perheiden vertaistuki, sopeutumisvalmennus ja neuvonta.'
	},
	{
		key: 'mieli',
		name: 'MIELI Suomen Mielenterveys ry',
		sector: 'ngo',
		area: 'all',
		description: 'Kriisipuhelin ja mielenterveyden tuki verkossa.'
	},
	{
		key: 'icehearts',
		name: 'Icehearts ry',
		sector: 'ngo',
		area: ['837', '536'],
		description: 'Pitkäjänteistä joukkueurheiluun perustuvaa tukea lapsille ja perheille.'
	},
	{
		key: 'lskl',
		name: 'Lastensuojelun Keskusliitto ry',
		sector: 'ngo',
		area: 'all',
		website: 'https://www.lskl.fi/',
		description:
			'Valtakunnallinen kattojärjestö; Perheet keskiöön! -toiminta tukee järjestöjen perhekeskusyhteistyötä.'
	},
	{
		key: 'itla',
		name: 'Itla – Lastensäätiö',
		sector: 'other',
		area: 'all',
		description:
			'Tutkimus- ja kehittämissäätiö, joka tuottaa tietoa lasten ja perheiden hyvinvoinnista.'
	},
	{
		key: 'pirkanmaanliitto',
		name: 'Pirkanmaan liitto',
		sector: 'public_other',
		area: 'all',
		description: 'Maakunnan liitto: aluekehitys ja hyvinvointitiedon kokoaminen.'
	},
	{
		key: 'company',
		name: 'Perheapu Kotiranta Oy (kuvitteellinen)',
		sector: 'company',
		area: ['837', '604', '418'],
		description: 'Kuvitteellinen yritys esimerkissä: kotipalvelua lapsiperheille ostopalveluna.'
	}
];
