/** Finnish name parts for generated networks (invented people, plausible places). */
import { FIRST_NAMES as DEMO_FIRST_NAMES, LAST_NAMES as DEMO_LAST_NAMES } from '$lib/demo/people';

// The demo's names, and a few that test sorting and search at the edges of the alphabet.
export const FIRST_NAMES = [...DEMO_FIRST_NAMES, 'Ülle', 'Åsa', 'Öykkö'];
export const LAST_NAMES = [...DEMO_LAST_NAMES, 'Öhman'];
export const PLACE_STEMS = [
	'Koski',
	'Järvi',
	'Lahti',
	'Salmi',
	'Niemi',
	'Vaara',
	'Mäki',
	'Joki',
	'Lampi',
	'Harju',
	'Kallio',
	'Suo',
	'Ranta',
	'Saari',
	'Kangas',
	'Laakso',
	'Pelto',
	'Metsä',
	'Kivi',
	'Honka',
	'Kuusi',
	'Koivu',
	'Pihlaja',
	'Vesi',
	'Ilo',
	'Tähti',
	'Aurinko',
	'Kuu',
	'Lumi',
	'Sade'
];
export const PLACE_ENDINGS = [
	'la',
	'nen',
	'vesi',
	'koski',
	'järvi',
	'lahti',
	'mäki',
	'niemi',
	'salo',
	'pää'
];
export const NGO_KINDS = [
	'Perheyhdistys',
	'Mannerheimin Lastensuojeluliiton paikallisyhdistys',
	'Monikkoperheet',
	'Yhden vanhemman perheiden yhdistys',
	'Ensi- ja turvakoti',
	'Parisuhdeyhdistys',
	'Nepsy-yhdistys',
	'Nuorisoseura',
	'Vertaistukiyhdistys',
	'Kotoutumisyhdistys',
	'Urheiluseura',
	'Kulttuuriyhdistys'
];
export const SERVICE_NAMES = [
	'Perhekahvila',
	'Vauvaryhmä',
	'Isä-lapsi-kerho',
	'Eroperheiden vertaisryhmä',
	'Parisuhdeilta',
	'Perheneuvonta',
	'Nepsy-vanhempien vertaisryhmä',
	'Läksykerho',
	'Avoin kohtaamispaikka',
	'Kriisipuhelin',
	'Lastenhoitoapu',
	'Vanhempainryhmä',
	'Eroauttaminen',
	'Perheleiri',
	'Nuorten ilta',
	'Kotoutumisen tuki',
	'Väkivaltatyön vastaanotto',
	'Imetystuki',
	'Kaveritoiminta'
];
