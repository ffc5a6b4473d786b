/** Swedish messages of the home area; the Finnish ones in ../home.ts define the keys. */
import type { HomeMessages } from '../home';

const sv: HomeMessages = {
	welcome: 'Välkommen till Verkosto',
	intro:
		'Verkosto samlar familjecentralnätverkets organisationer, tjänster, kontaktpersoner, grupper, möten och samutveckling på ett ställe. Uppgifterna sparas bara på den här enheten och appen fungerar också utan nätverksanslutning.',
	startTitle: 'Hur vill du börja?',
	loadDemo: 'Ladda exempelnätverket (Birkaland)',
	loadDemoHelp:
		'23 kommuner, 3 områden, 24 familjecentraler, grupper, tjänster och utvärderingsomgången 2024. Personerna i exemplet är fiktiva.',
	startEmpty: 'Börja från början',
	startEmptyHelp:
		'Du kan lägga till uppgifter själv eller importera en fil från en kollega under Delning.',
	demoLoaded: 'Exempelnätverket har laddats.',
	confirmReplaceTitle: 'Ersätta nuvarande uppgifter?',
	confirmReplace: (n) =>
		`Enheten har redan ${n} poster. Att ladda exempelnätverket ersätter dem alla och tömmer importhistoriken (importer kan inte längre ångras). Exportera först en säkerhetskopia om du behöver dem.`,
	replaceAndLoad: 'Ersätt och ladda exemplet',
	summaryTitle: 'Nätverkets uppgifter',
	reloadDemo: 'Ladda exempelnätverket på nytt'
};

export default sv;
