/** Messages of the home page and first-run choice. */
import { count } from '../plural';

/** What an area start created: "23 kuntaa, 3 aluetta, 24 perhekeskusta ja 36 ryhmää". */
export interface StartedCounts {
	municipalities: number;
	regions: number;
	familyCentres: number;
	bodies: number;
}

/** "a, b ja c" with the language's "and". */
export const listWith = (and: string) => (parts: string[]) =>
	parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;

const fiList = listWith('ja');
const fiCounts = (c: StartedCounts) =>
	fiList(
		[
			count(c.municipalities, 'kunta', 'kuntaa'),
			c.regions ? count(c.regions, 'alue', 'aluetta') : '',
			c.familyCentres ? count(c.familyCentres, 'perhekeskus', 'perhekeskusta') : '',
			c.bodies ? count(c.bodies, 'ryhmä', 'ryhmää') : ''
		].filter(Boolean)
	);

const fi = {
	welcome: 'Tervetuloa Verkostoon',
	intro:
		'Verkosto kokoaa perhekeskusverkoston organisaatiot, palvelut, yhteyshenkilöt, ryhmät, kokoukset ja yhteiskehittämisen yhteen paikkaan. Tiedot tallentuvat vain tälle laitteelle, ja sovellus toimii myös ilman verkkoyhteyttä.',
	startTitle: 'Miten haluat aloittaa?',
	areaTitle: 'Oma alue',
	areaHelp:
		'Valitse hyvinvointialue tai Helsinki: sen kunnat luodaan valmiiksi kuntanumeroineen sekä suomen- ja ruotsinkielisine nimineen. Mitään ei keksitä: ei henkilöitä, organisaatioita eikä palveluita.',
	areaLabel: 'Hyvinvointialue tai Helsinki',
	areaChoose: 'Valitse alue',
	areaCount: (municipalities: number) => `Luodaan ${count(municipalities, 'kunta', 'kuntaa')}.`,
	areaRequired: 'Valitse hyvinvointialue tai Helsinki.',
	structureLabel: 'Luo myös Pirkanmaan perhekeskusverkoston rakenne',
	structureHelp:
		'3 aluetta, 24 paikallista perhekeskusta, maakunnallinen ohjausryhmä, alueelliset koordinaatioryhmät, perhekeskusten ohjausryhmät sekä asiantuntija- ja järjestöverkostot. Ei henkilöitä eikä jäseniä: ne lisäät itse tai tuot taulukosta.',
	startArea: 'Aloita valitulta alueelta',
	listSource: (year: number) =>
		`Kuntaluettelo ${year}: Tilastokeskuksen kunta- ja hyvinvointialueluokitus, ruotsinkieliset nimet Kotimaisten kielten keskuksen suositusten mukaan (koonnut Yle).`,
	listCurrency:
		'Kuntaliitoksia ei tullut voimaan vuosina 2022–2024. Jos kuntajako on muuttunut myöhemmin, voit nimetä, lisätä ja poistaa kuntia aloittamisen jälkeen.',
	areaStarted: (area: string, c: StartedCounts) => `Aloitettu: ${area} – ${fiCounts(c)}.`,
	demoTitle: 'Esimerkkiverkosto',
	loadDemo: 'Lataa esimerkkiverkosto (Pirkanmaa)',
	loadDemoHelp:
		'23 kuntaa, 3 aluetta, 24 perhekeskusta, ryhmät, palvelut ja vuoden 2024 arviointikierros. Esimerkin henkilöt ovat kuvitteellisia.',
	emptyTitle: 'Tyhjä verkosto',
	startEmpty: 'Aloita tyhjästä',
	startEmptyHelp:
		'Voit lisätä tiedot itse tai tuoda kollegan lähettämän tiedoston Jakaminen-osiossa.',
	demoLoaded: 'Esimerkkiverkosto ladattu.',
	confirmReplaceTitle: 'Korvataanko nykyiset tiedot?',
	confirmReplace: (n: number) =>
		`Laitteella on jo ${n} tietuetta. Esimerkkiverkoston lataaminen korvaa ne kaikki ja tyhjentää tuontihistorian (tuonteja ei voi enää perua). Vie ensin varmuuskopio, jos tarvitset niitä.`,
	replaceAndLoad: 'Korvaa ja lataa esimerkki',
	confirmReplaceArea: (n: number, area: string) =>
		`Laitteella on jo ${n} tietuetta. Aloittaminen valitulta alueelta (${area}) korvaa ne kaikki ja tyhjentää tuontihistorian (tuonteja ei voi enää perua). Vie ensin varmuuskopio, jos tarvitset niitä.`,
	replaceAndStart: 'Korvaa ja aloita alueelta',
	next: {
		title: 'Mitä seuraavaksi?',
		startedArea: (area: string, year: number) =>
			`Aloitettu alueelta: ${area} (kuntaluettelo ${year}).`,
		startedEmpty: 'Aloitettu tyhjästä.',
		done: 'Tehty:',
		importTitle: 'Tuo yhteystiedot taulukosta',
		importText:
			'Järjestöjen yhteyshenkilöt, ryhmien jäsenet tai palvelut Excel-, LibreOffice- tai CSV-tiedostosta.',
		importLink: 'Tuo taulukko',
		importFile: 'Tuo kollegan Verkosto-tiedosto',
		orgsTitle: 'Lisää organisaatiot',
		orgsText:
			'Kunnat, hyvinvointialue, järjestöt, seurakunnat ja muut toimijat, joiden palveluita ja yhteyshenkilöitä verkosto kokoaa.',
		orgsLink: 'Lisää organisaatio',
		orgsDone: (orgs: number, persons: number) =>
			`Hakemistossa on ${count(orgs, 'organisaatio', 'organisaatiota')} ja ${count(persons, 'henkilö', 'henkilöä')}.`,
		orgsOpen: 'Avaa hakemisto',
		groupTitle: 'Lisää ryhmä',
		groupText:
			'Ohjaus-, koordinaatio- ja työryhmät sekä verkostot: tavoitteet, tehtävät ja keitä pöydässä pitää olla.',
		groupLink: 'Lisää ryhmä',
		membersTitle: 'Lisää ryhmien jäsenet',
		membersText: (bodies: number) =>
			`Verkostossa on ${count(bodies, 'ryhmä', 'ryhmää')}, joilla ei vielä ole jäseniä. Jäsenet voi tuoda myös taulukosta.`,
		groupsOpen: 'Avaa ryhmät',
		groupsDone: (bodies: number, memberships: number) =>
			`${count(bodies, 'ryhmä', 'ryhmää')}, ${count(memberships, 'jäsenyys', 'jäsenyyttä')}.`,
		municipalitiesTitle: 'Tarkista kunnat',
		municipalitiesText: (n: number) => `Verkostossa on ${count(n, 'kunta', 'kuntaa')}.`,
		municipalitiesOpen: 'Avaa kunnat',
		addMunicipalitiesTitle: 'Lisää kunnat',
		addMunicipalitiesText: 'Kunnat, joiden alueella verkosto toimii, kuntanumeroineen.',
		addMunicipalitiesLink: 'Lisää kunta'
	},
	summaryTitle: 'Verkoston tiedot',
	summaryHelp:
		'Valitse ruutu, niin pääset sen luetteloon hakemaan, lisäämään ja muokkaamaan tietoja.',
	summaryEmpty: 'Verkostossa ei ole vielä tietoja.',
	startOverTitle: 'Aloita alusta',
	startOverHelp:
		'Korvaa tämän laitteen tiedot esimerkkiverkostolla tai oman alueen kunnilla. Kumpikin kysyy ensin, sillä nykyiset tiedot korvautuvat.',
	reloadDemo: 'Lataa esimerkkiverkosto uudelleen'
};
export type HomeMessages = typeof fi;

export default fi;
