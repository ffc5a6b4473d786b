/** Swedish messages of the home area; the Finnish ones in ../home.ts define the keys. */
import { count } from '../../plural';
import { listWith, type HomeMessages, type StartedCounts } from '../home';

const svList = listWith('och');
const svCounts = (c: StartedCounts) =>
	svList(
		[
			count(c.municipalities, 'kommun', 'kommuner'),
			c.regions ? count(c.regions, 'område', 'områden') : '',
			c.familyCentres ? count(c.familyCentres, 'familjecentral', 'familjecentraler') : '',
			c.bodies ? count(c.bodies, 'grupp', 'grupper') : ''
		].filter(Boolean)
	);

const sv: HomeMessages = {
	welcome: 'Välkommen till Verkosto',
	intro:
		'Verkosto samlar familjecentralnätverkets organisationer, tjänster, kontaktpersoner, grupper, möten och samutveckling på ett ställe. Uppgifterna sparas bara på den här enheten och appen fungerar också utan nätverksanslutning.',
	startTitle: 'Hur vill du börja?',
	areaTitle: 'Eget område',
	areaHelp:
		'Välj välfärdsområde eller Helsingfors: dess kommuner skapas färdigt med kommunnummer och finska och svenska namn. Inget hittas på: inga personer, organisationer eller tjänster.',
	areaLabel: 'Välfärdsområde eller Helsingfors',
	areaChoose: 'Välj område',
	areaCount: (municipalities) => `Skapar ${count(municipalities, 'kommun', 'kommuner')}.`,
	areaRequired: 'Välj välfärdsområde eller Helsingfors.',
	structureLabel: 'Skapa också strukturen för Birkalands familjecentralnätverk',
	structureHelp:
		'3 områden, 24 lokala familjecentraler, landskapets styrgrupp, regionala koordinationsgrupper, familjecentralernas styrgrupper samt expert- och organisationsnätverk. Inga personer eller medlemmar: dem lägger du till själv eller importerar från en tabell.',
	startArea: 'Börja med det valda området',
	listSource: (year) =>
		`Kommunförteckning ${year}: Statistikcentralens kommun- och välfärdsområdesindelning, svenska namn enligt Institutet för de inhemska språkens rekommendationer (sammanställd av Yle).`,
	listCurrency:
		'Inga kommunsammanslagningar trädde i kraft 2022–2024. Om kommunindelningen har ändrats senare kan du byta namn på, lägga till och ta bort kommuner efter starten.',
	areaStarted: (area, c) => `Startat: ${area} – ${svCounts(c)}.`,
	demoTitle: 'Exempelnätverket',
	loadDemo: 'Ladda exempelnätverket (Birkaland)',
	loadDemoHelp:
		'23 kommuner, 3 områden, 24 familjecentraler, grupper, tjänster och utvärderingsomgången 2024. Personerna i exemplet är fiktiva.',
	emptyTitle: 'Tomt nätverk',
	startEmpty: 'Börja från början',
	startEmptyHelp:
		'Du kan lägga till uppgifter själv eller importera en fil från en kollega under Delning.',
	demoLoaded: 'Exempelnätverket har laddats.',
	confirmReplaceTitle: 'Ersätta nuvarande uppgifter?',
	confirmReplace: (n) =>
		`Enheten har redan ${n} poster. Att ladda exempelnätverket ersätter dem alla och tömmer importhistoriken (importer kan inte längre ångras). Exportera först en säkerhetskopia om du behöver dem.`,
	replaceAndLoad: 'Ersätt och ladda exemplet',
	confirmReplaceArea: (n, area) =>
		`Enheten har redan ${n} poster. Att börja med det valda området (${area}) ersätter dem alla och tömmer importhistoriken (importer kan inte längre ångras). Exportera först en säkerhetskopia om du behöver dem.`,
	replaceAndStart: 'Ersätt och börja med området',
	next: {
		title: 'Vad härnäst?',
		startedArea: (area, year) => `Startat med området: ${area} (kommunförteckning ${year}).`,
		startedEmpty: 'Startat från början.',
		done: 'Klart:',
		importTitle: 'Importera kontaktuppgifter från en tabell',
		importText:
			'Organisationernas kontaktpersoner, gruppmedlemmar eller tjänster från en Excel-, LibreOffice- eller CSV-fil.',
		importLink: 'Importera tabell',
		importFile: 'Importera en kollegas Verkosto-fil',
		orgsTitle: 'Lägg till organisationer',
		orgsText:
			'Kommuner, välfärdsområdet, organisationer, församlingar och andra aktörer vars tjänster och kontaktpersoner nätverket samlar.',
		orgsLink: 'Lägg till organisation',
		orgsDone: (orgs, persons) =>
			`Katalogen har ${count(orgs, 'organisation', 'organisationer')} och ${count(persons, 'person', 'personer')}.`,
		orgsOpen: 'Öppna katalogen',
		groupTitle: 'Lägg till en grupp',
		groupText:
			'Styr-, koordinations- och arbetsgrupper samt nätverk: mål, uppgifter och vilka som ska sitta vid bordet.',
		groupLink: 'Lägg till grupp',
		membersTitle: 'Lägg till gruppernas medlemmar',
		membersText: (bodies) =>
			`Nätverket har ${count(bodies, 'grupp', 'grupper')} som ännu saknar medlemmar. Medlemmar kan också importeras från en tabell.`,
		groupsOpen: 'Öppna grupperna',
		groupsDone: (bodies, memberships) =>
			`${count(bodies, 'grupp', 'grupper')}, ${count(memberships, 'medlemskap', 'medlemskap')}.`,
		municipalitiesTitle: 'Kontrollera kommunerna',
		municipalitiesText: (n) => `Nätverket har ${count(n, 'kommun', 'kommuner')}.`,
		municipalitiesOpen: 'Öppna kommunerna',
		addMunicipalitiesTitle: 'Lägg till kommuner',
		addMunicipalitiesText: 'Kommunerna där nätverket verkar, med kommunnummer.',
		addMunicipalitiesLink: 'Lägg till kommun'
	},
	summaryTitle: 'Nätverkets uppgifter',
	summaryHelp:
		'Välj en ruta för att komma till dess lista, där du kan söka, lägga till och ändra uppgifter.',
	summaryEmpty: 'Nätverket har ännu inga uppgifter.',
	startOverTitle: 'Börja om',
	startOverHelp:
		'Ersätt uppgifterna på den här enheten med exempelnätverket eller det egna områdets kommuner. Båda frågar först, eftersom de nuvarande uppgifterna ersätts.',
	reloadDemo: 'Ladda exempelnätverket på nytt'
};

export default sv;
