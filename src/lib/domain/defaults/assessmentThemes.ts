/**
 * The eight themes of Lastensuojelun Keskusliitto's co-development tool
 * "Järjestöt osana perhekeskusta", in the tool's own order, shipped as editable
 * defaults. The tool's own question texts and scale are not public: the
 * descriptions, guiding questions and the 1–5 scale below are Verkosto's own
 * wording, meant to be edited. Ids are stable so every device has the same themes.
 */
import type { AssessmentTheme } from '../entities/assessmentTheme';
import { stableId } from '../stableId';

type ThemeContent = Omit<AssessmentTheme, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export const defaultThemeId = (n: number) => stableId(`verkosto:assessment-theme:${n}`);

const scale: ThemeContent['ratingScale'] = [
	{
		value: 1,
		label: { fi: 'Ei vielä alkanut', sv: 'Inte påbörjat', en: 'Not started' }
	},
	{
		value: 2,
		label: { fi: 'Alkuvaiheessa', sv: 'I början', en: 'Early stage' }
	},
	{
		value: 3,
		label: { fi: 'Osittain toteutunut', sv: 'Delvis genomfört', en: 'Partly in place' }
	},
	{
		value: 4,
		label: { fi: 'Pääosin toteutunut', sv: 'Till största delen genomfört', en: 'Mostly in place' }
	},
	{
		value: 5,
		label: { fi: 'Vakiintunut käytäntö', sv: 'Etablerad praxis', en: 'Established practice' }
	}
];

const themes: ThemeContent[] = [
	{
		number: 1,
		title: {
			fi: 'Järjestöjen työn tunnettuus',
			sv: 'Kännedom om organisationernas arbete',
			en: 'Awareness of NGO work'
		},
		description: {
			fi: 'Tuntevatko perhekeskuksen ammattilaiset järjestöjen ja seurakuntien palvelut, toiminnot ja osaamisen niin hyvin, että osaavat ohjata perheitä niihin?',
			sv: 'Känner familjecentralens yrkespersoner till organisationernas och församlingarnas tjänster, verksamhet och kompetens så väl att de kan hänvisa familjer dit?',
			en: "Do the family centre's professionals know NGOs' and parishes' services, activities and expertise well enough to refer families to them?"
		},
		guidingQuestions: [
			{
				fi: 'Mistä ammattilaiset saavat tietoa järjestöjen toiminnasta?',
				sv: 'Var får yrkespersonerna information om organisationernas verksamhet?',
				en: 'Where do professionals learn about NGO activities?'
			},
			{
				fi: 'Ovatko yhteyshenkilöiden nimet, yhteystiedot ja tehtävät helposti löydettävissä?',
				sv: 'Är kontaktpersonernas namn, kontaktuppgifter och uppgifter lätta att hitta?',
				en: "Are contact persons' names, details and tasks easy to find?"
			}
		],
		ratingScale: scale
	},
	{
		number: 2,
		title: {
			fi: 'Yhteisen työn rakenteet',
			sv: 'Strukturer för det gemensamma arbetet',
			en: 'Structures of joint work'
		},
		description: {
			fi: 'Onko yhteistyölle sovitut rakenteet, joissa järjestöt ovat mukana tasavertaisina kumppaneina?',
			sv: 'Finns det överenskomna strukturer för samarbetet där organisationerna deltar som jämbördiga partner?',
			en: 'Are there agreed structures for collaboration in which NGOs take part as equal partners?'
		},
		guidingQuestions: [
			{
				fi: 'Missä ryhmissä ja verkostoissa järjestöt ovat mukana, ja onko niiden tavoitteet ja tehtävät selkeät?',
				sv: 'I vilka grupper och nätverk deltar organisationerna, och är deras mål och uppgifter tydliga?',
				en: 'In which groups and networks do NGOs take part, and are their goals and tasks clear?'
			},
			{
				fi: 'Kokoontuvatko johto ja järjestöjen toiminnanjohtajat säännöllisesti?',
				sv: 'Träffas ledningen och organisationernas verksamhetsledare regelbundet?',
				en: "Do leaders and NGOs' executive directors meet regularly?"
			}
		],
		ratingScale: scale
	},
	{
		number: 3,
		title: {
			fi: 'Järjestöjen toiminnot osana palvelupolkuja',
			sv: 'Organisationernas verksamhet som en del av servicestigarna',
			en: 'NGO activities as part of service paths'
		},
		description: {
			fi: 'Onko järjestöjen toiminta kuvattu osaksi perheiden palvelupolkuja ja ohjautuvatko perheet niihin?',
			sv: 'Är organisationernas verksamhet beskriven som en del av familjernas servicestigar och hänvisas familjer dit?',
			en: "Are NGO activities described as part of families' service paths, and are families referred to them?"
		},
		guidingQuestions: [
			{
				fi: 'Missä palvelupoluissa järjestöjen toiminta näkyy?',
				sv: 'I vilka servicestigar syns organisationernas verksamhet?',
				en: 'In which service paths do NGO activities appear?'
			}
		],
		ratingScale: scale
	},
	{
		number: 4,
		title: { fi: 'Edustuksellisuus', sv: 'Representation', en: 'Representation' },
		description: {
			fi: 'Ovatko järjestöt edustettuina perhekeskuksen ryhmissä, ja kulkeeko tieto edustajan ja hänen edustamiensa tahojen välillä?',
			sv: 'Är organisationerna representerade i familjecentralens grupper, och går informationen mellan representanten och dem hen företräder?',
			en: "Are NGOs represented in the family centre's groups, and does information flow between representatives and those they represent?"
		},
		guidingQuestions: [
			{
				fi: 'Miten edustajat valitaan, ja miten he keräävät näkemyksiä ennen kokousta ja kertovat tuloksista sen jälkeen?',
				sv: 'Hur väljs representanterna, och hur samlar de in synpunkter före mötet och rapporterar efteråt?',
				en: 'How are representatives chosen, and how do they gather views before a meeting and report back after it?'
			}
		],
		ratingScale: scale
	},
	{
		number: 5,
		title: {
			fi: 'Monitoimijainen yhteistyö',
			sv: 'Samarbete mellan flera aktörer',
			en: 'Multi-actor collaboration'
		},
		description: {
			fi: 'Tekevätkö kunnat, hyvinvointialue, järjestöt, seurakunnat ja Kela perhekeskustoimintaa yhdessä organisaatiorajat ylittäen?',
			sv: 'Bedriver kommunerna, välfärdsområdet, organisationerna, församlingarna och FPA familjecentralsverksamhet tillsammans över organisationsgränserna?',
			en: 'Do municipalities, the wellbeing services county, NGOs, parishes and Kela run family-centre work together across organisational lines?'
		},
		guidingQuestions: [
			{
				fi: 'Mitä teemme jo yhdessä, ja missä on päällekkäistä työtä?',
				sv: 'Vad gör vi redan tillsammans, och var finns det överlappande arbete?',
				en: 'What do we already do together, and where is work duplicated?'
			},
			{
				fi: 'Järjestetäänkö yhteisiä järjestötoreja, seminaareja ja työpajoja?',
				sv: 'Ordnas gemensamma organisationstorg, seminarier och workshoppar?',
				en: 'Are joint NGO fairs, seminars and workshops held?'
			}
		],
		ratingScale: scale
	},
	{
		number: 6,
		title: { fi: 'Viestintä', sv: 'Kommunikation', en: 'Communication' },
		description: {
			fi: 'Viestitäänkö perhekeskuksen toiminnasta, tavoitteista ja järjestöjen roolista avoimesti ja yhdessä?',
			sv: 'Kommuniceras familjecentralens verksamhet, mål och organisationernas roll öppet och gemensamt?',
			en: "Are the family centre's activities, goals and the role of NGOs communicated openly and jointly?"
		},
		guidingQuestions: [
			{
				fi: 'Mitä yhteisiä viestintäkanavia meillä on, ja näkyvätkö järjestöt niissä?',
				sv: 'Vilka gemensamma kommunikationskanaler har vi, och syns organisationerna i dem?',
				en: 'Which shared channels do we have, and are NGOs visible in them?'
			}
		],
		ratingScale: scale
	},
	{
		number: 7,
		title: {
			fi: 'Järjestöjen työn merkityksen tunnistaminen',
			sv: 'Att känna igen betydelsen av organisationernas arbete',
			en: 'Recognising the value of NGO work'
		},
		description: {
			fi: 'Tunnistetaanko järjestöjen ammatillisen ja vapaaehtoistoiminnan merkitys perheiden hyvinvoinnille?',
			sv: 'Känner man igen betydelsen av organisationernas professionella och frivilliga verksamhet för familjernas välbefinnande?',
			en: "Is the value of NGOs' professional and volunteer work for families' wellbeing recognised?"
		},
		guidingQuestions: [
			{
				fi: 'Miten järjestöjen työn vaikutuksia kuvataan ja hyödynnetään tiedolla johtamisessa?',
				sv: 'Hur beskrivs effekterna av organisationernas arbete och används de i kunskapsbaserad ledning?',
				en: 'How are the effects of NGO work described and used in knowledge-based management?'
			}
		],
		ratingScale: scale
	},
	{
		number: 8,
		title: { fi: 'Järjestöavustukset', sv: 'Understöd till organisationer', en: 'Grants to NGOs' },
		description: {
			fi: 'Tukevatko avustuskäytännöt järjestöjen osallistumista perhekeskuksen yhteistyöhön?',
			sv: 'Stöder understödspraxis organisationernas deltagande i familjecentralens samarbete?',
			en: "Do grant practices support NGOs' participation in family-centre collaboration?"
		},
		guidingQuestions: [
			{
				fi: 'Huomioidaanko avustuksissa yhteistyöhön tarvittavat resurssit?',
				sv: 'Beaktas de resurser som samarbetet kräver i understöden?',
				en: 'Do grants take into account the resources collaboration needs?'
			}
		],
		ratingScale: scale
	}
];

/** The eight default themes as records, stamped with the given time. */
export function defaultAssessmentThemes(at: string): AssessmentTheme[] {
	return themes.map((t) => ({
		...(JSON.parse(JSON.stringify(t)) as ThemeContent),
		id: defaultThemeId(t.number),
		createdAt: at,
		updatedAt: at,
		version: 1
	}));
}
