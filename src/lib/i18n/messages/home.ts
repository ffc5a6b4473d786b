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

export default fi;
