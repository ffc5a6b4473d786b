/** Messages of the home page and first-run choice. */
const fi = {
	welcome: 'Tervetuloa Verkostoon',
	intro:
		'Verkosto kokoaa perhekeskusverkoston organisaatiot, palvelut, yhteyshenkilöt, ryhmät, kokoukset ja yhteiskehittämisen yhteen paikkaan. Tiedot tallentuvat vain tälle laitteelle, ja sovellus toimii myös ilman verkkoyhteyttä.',
	startTitle: 'Miten haluat aloittaa?',
	loadDemo: 'Lataa esimerkkiverkosto (Pirkanmaa)',
	loadDemoHelp:
		'23 kuntaa, 3 aluetta, 24 perhekeskusta, ryhmät, palvelut ja vuoden 2024 arviointikierros. Esimerkin henkilöt ovat kuvitteellisia.',
	startEmpty: 'Aloita tyhjästä',
	startEmptyHelp:
		'Voit lisätä tiedot itse tai tuoda kollegan lähettämän tiedoston Jakaminen-osiossa.',
	demoLoaded: 'Esimerkkiverkosto ladattu.',
	confirmReplaceTitle: 'Korvataanko nykyiset tiedot?',
	confirmReplace: (n: number) =>
		`Laitteella on jo ${n} tietuetta. Esimerkkiverkoston lataaminen korvaa ne kaikki ja tyhjentää tuontihistorian (tuonteja ei voi enää perua). Vie ensin varmuuskopio, jos tarvitset niitä.`,
	replaceAndLoad: 'Korvaa ja lataa esimerkki',
	summaryTitle: 'Verkoston tiedot',
	reloadDemo: 'Lataa esimerkkiverkosto uudelleen'
};
export type HomeMessages = typeof fi;

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

const en: HomeMessages = {
	welcome: 'Welcome to Verkosto',
	intro:
		"Verkosto brings the family-centre network's organisations, services, contact persons, groups, meetings and co-development together in one place. Data is stored only on this device, and the app works without a network connection.",
	startTitle: 'How would you like to start?',
	loadDemo: 'Load the demo network (Pirkanmaa)',
	loadDemoHelp:
		'23 municipalities, 3 regions, 24 family centres, groups, services and the 2024 assessment round. People in the demo are fictional.',
	startEmpty: 'Start empty',
	startEmptyHelp: 'You can add data yourself or import a file from a colleague under Sharing.',
	demoLoaded: 'Demo network loaded.',
	confirmReplaceTitle: 'Replace the current data?',
	confirmReplace: (n) =>
		`This device already has ${n} records. Loading the demo network replaces all of them and clears the import history (imports can no longer be undone). Export a backup first if you need them.`,
	replaceAndLoad: 'Replace and load the demo',
	summaryTitle: 'Network data',
	reloadDemo: 'Load the demo network again'
};

export default { fi, sv, en };
