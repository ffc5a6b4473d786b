/** Messages of the network section. */
export const n = (count: number, one: string, many: string) => (count === 1 ? one : many);

const fi = {
	title: 'Verkoston rakenne',
	sectionNav: 'Verkoston osiot',
	nav: {
		overview: 'Yleiskuva',
		regions: 'Alueet',
		familyCentres: 'Perhekeskukset',
		municipalities: 'Kunnat',
		bodies: 'Ryhmät ja verkostot',
		coverage: 'Edustus',
		map: 'Verkostokartta'
	},
	name: 'Nimi',
	nameSv: 'Nimi ruotsiksi',
	description: 'Kuvaus',
	status: 'Tila',
	website: 'Verkkosivu',
	email: 'Sähköposti',
	regionOne: 'Alue',
	familyCentreOne: 'Perhekeskus',
	actions: 'Toiminnot',
	saved: 'Tallennettu.',
	notFound: 'Tietoa ei löytynyt',
	notFoundDetail: 'Tieto on ehkä poistettu, tai linkki on virheellinen.',
	remove: (name: string) => `Poista ${name}`,
	choosePerson: '— valitse henkilö —',
	filterPersons: 'Rajaa henkilöitä nimellä',
	filterOrganisations: 'Rajaa organisaatioita nimellä',
	moreOptions: (shown: number, total: number) =>
		`Näytetään ${shown} / ${total} – rajaa kirjoittamalla nimeä.`,
	overview: {
		intro:
			'Alueet, perhekeskukset, kunnat sekä ohjaus-, koordinaatio- ja työryhmät ja verkostot: kuka kuhunkin kuuluu, ketä kukin edustaa ja mistä edustus puuttuu.',
		emptyTitle: 'Verkostossa ei ole vielä tietoja',
		emptyDetail:
			'Lataa esimerkkiverkosto etusivulta tai aloita lisäämällä alue, perhekeskus tai ryhmä.',
		activeBodies: 'Toimivaa ryhmää ja verkostoa',
		currentMembers: 'Jäsenpaikkaa',
		attentionTitle: 'Huomioitavaa',
		allInOrder:
			'Kaikki ryhmät ovat kunnossa: vaadittu edustus on paikalla, tavoitteet ja tehtävät on kirjattu ja kokoukset pysyvät aikataulussa.',
		gapLine: (label: string, count: number, local: number) =>
			`${label}: edustus puuttuu ${count} ${n(count, 'ryhmästä', 'ryhmästä')}` +
			(local ? ` (paikallisista ${local})` : ''),
		noGoals: (count: number) =>
			`${count} ${n(count, 'ryhmä ei ole', 'ryhmää ei ole')} kirjannut tavoitteita tai tehtäviä`,
		behind: (count: number) =>
			`${count} ryhmän kokous on myöhässä sovitusta tahdista, eikä uutta ole sovittu`,
		unstated: (count: number) =>
			`${count} ${n(count, 'jäsenen', 'jäsenen')} edustamaa tahoa ei ole merkitty`,
		viewsTitle: 'Näkymät',
		mapHelp: 'koko rakenne kuvana ja luettelona, alueen ja sektorin mukaan rajattuna',
		coverageHelp: 'ryhmät × sektorit: kuka edustaa ketäkin ja mistä edustus puuttuu',
		cards: 'Ryhmäkortit',
		cardsHelp: 'jokaisen ryhmän tavoitteet, tehtävät, jäsenet ja yhteystiedot tulostettavina'
	},
	regions: {
		one: 'Alue',
		new: 'Uusi alue',
		edit: 'Muokkaa aluetta',
		none: 'Alueita ei ole vielä lisätty.',
		county: 'Hyvinvointialue',
		countyHint: 'Esimerkiksi Pirkanmaan hyvinvointialue.',
		coordinationGroups: 'Koordinaatioryhmä',
		onMap: 'Näytä alue verkostokartalla',
		what: (name: string) => `alue «${name}»`
	},
	municipalities: {
		one: 'Kunta',
		new: 'Uusi kunta',
		edit: 'Muokkaa kuntaa',
		none: 'Kuntia ei ole vielä lisätty.',
		code: 'Kuntanumero',
		codeHint: 'Tilastokeskuksen kolminumeroinen kuntanumero, esim. 536 (Nokia).',
		regionHint: 'Jos kunta kuuluu useaan alueeseen (kuten Tampere), jätä tyhjäksi.',
		noFamilyCentre: 'Kuntaa ei ole liitetty yhteenkään perhekeskukseen.',
		localBodies: 'Paikalliset ryhmät',
		organisations: (count: number) => `Kunnassa toimivat organisaatiot (${count})`,
		what: (name: string) => `kunta «${name}»`
	},
	familyCentres: {
		one: 'Perhekeskus',
		new: 'Uusi perhekeskus',
		edit: 'Muokkaa perhekeskusta',
		none: 'Perhekeskuksia ei löytynyt.',
		caption: (count: number) => `${count} perhekeskusta`,
		contacts: 'Perhekeskusyhdyshenkilöt',
		addContact: 'Lisää yhdyshenkilö',
		noContacts: 'Yhdyshenkilöitä ei ole merkitty.',
		steeringGroup: 'Paikallinen ohjausryhmä',
		noSteeringGroup: 'Perhekeskukselle ei ole merkitty ohjausryhmää.',
		addBody: 'Lisää perhekeskukselle ryhmä',
		missing: (labels: string) => `Puuttuu: ${labels}`,
		services: (count: number) => `Palvelut ja toiminnot alueella (${count})`,
		areaFree: (count: number) =>
			`Lisäksi ${count} valtakunnallista, verkossa tai puhelimessa toimivaa palvelua on kaikkien käytettävissä.`,
		what: (name: string) => `perhekeskus «${name}»`
	},
	bodies: {
		one: 'Ryhmä',
		new: 'Uusi ryhmä tai verkosto',
		edit: 'Muokkaa ryhmää',
		none: 'Ryhmiä ei löytynyt.',
		caption: (count: number) => `${count} ryhmää ja verkostoa`,
		kind: 'Laji',
		level: 'Taso',
		levelHint:
			'Paikallinen ryhmä kuuluu perhekeskukseen, alueellinen alueeseen; maakunnallinen ja valtakunnallinen koskevat koko aluetta.',
		parent: 'Kuuluu ryhmään',
		parentHint: 'Ryhmä, jolle tämä raportoi, esim. alueellinen koordinaatioryhmä.',
		filterBodies: 'Rajaa ryhmiä nimellä',
		children: 'Alaryhmät',
		goals: 'Tavoitteet',
		tasks: 'Tehtävät',
		linesHint: 'Yksi rivi kutakin kohden.',
		noGoals: 'Tavoitteita ei ole kirjattu.',
		noTasks: 'Tehtäviä ei ole kirjattu.',
		addGoals: 'Kirjaa tavoitteet',
		addTasks: 'Kirjaa tehtävät',
		coordinator: 'Koordinaattori / yhteyshenkilö',
		cadence: 'Kokoontuminen',
		cadenceField: 'Kokouksia vuodessa',
		cadenceHint:
			'Kuinka monta kertaa vuodessa ryhmän on tarkoitus kokoontua; 0 jos ei sovittua tahtia.',
		perYear: (count: number) =>
			count === 0 ? 'ei sovittua tahtia' : `${count} ${n(count, 'kerta', 'kertaa')} vuodessa`,
		perYearInvalid: 'Anna kokousten määrä kokonaislukuna.',
		required: 'Vaadittu edustus',
		requiredHint:
			'Keiden on istuttava ryhmässä, esim. paikallisessa ohjausryhmässä kunta, hyvinvointialue, järjestö, seurakunta tai muu uskonnollinen yhteisö ja perheet.',
		themes: 'Teemat, joiden asiantuntijaverkosto tämä on',
		themesHint:
			'Perheen ohjaus -näkymä näyttää verkoston ja sen koordinaattorin näiden teemojen palvelujen jälkeen.',
		members: 'Jäsenet',
		noMembers: 'Ryhmässä ei ole jäseniä.',
		representation: 'Edustus',
		printCard: 'Ryhmäkortti',
		what: (name: string) => `ryhmä «${name}»`
	},
	members: {
		add: 'Lisää jäsen',
		edit: 'Muokkaa jäsenyyttä',
		person: 'Henkilö',
		fromDirectory: 'Henkilö hakemistosta',
		newPerson: 'Uusi henkilö',
		newName: 'Nimi',
		newTitle: 'Tehtävänimike',
		newOrganisation: 'Organisaatio, jossa henkilö työskentelee',
		phone: 'Puhelin',
		role: 'Rooli',
		represents: 'Edustaa',
		representsOrganisation: 'Edustettava organisaatio',
		representsText: 'Edustettava taho sanoin',
		representsTextHint: 'Esim. «Läntisen alueen järjestöt» tai «Alueen perheet».',
		category: 'Paikka (sektori)',
		categoryHint:
			'Minkä vaaditun paikan jäsen täyttää. Valitaan edustettavan organisaation sektorista, jos jätetään tyhjäksi.',
		categorySuggested:
			'Esitäytetty edustettavan tai henkilön oman organisaation sektorista – tarkista ja muuta tarvittaessa.',
		deputyForField: 'Varajäsen jäsenelle',
		deputyHint:
			'Varajäsen ei yksin täytä paikkaa: paikka lasketaan täytetyksi vasta varsinaisen jäsenen kautta.',
		deputyFor: (name: string) => `varajäsen: ${name}`,
		term: 'Kausi',
		termStart: 'Kausi alkaa',
		termEnd: 'Kausi päättyy',
		termEndHint: 'Kauden viimeinen päivä. Päättyneet kaudet säilyvät historiana.',
		openTerm: 'toistaiseksi',
		responsibilities: 'Vastuut',
		responsibilitiesHint: 'Esim. tiedon vieminen edustettaville ennen ja jälkeen kokousten.',
		unstated: 'edustus merkitsemättä',
		upcoming: 'Tulevat jäsenet',
		history: 'Aiemmat jäsenet',
		editOf: (name: string) => `Muokkaa: ${name}`,
		endTerm: 'Päätä kausi',
		endTermOf: (name: string) => `Päätä kausi: ${name}`,
		endTitle: (name: string) => `Päätetäänkö ${name} kausi?`,
		endHelp:
			'Jäsenyys säilyy ryhmän historiassa. Jos paikalle ei tule seuraajaa, se näkyy edustusaukkona.',
		lastDay: 'Kauden viimeinen päivä',
		ended: 'Kausi päätetty.',
		delete: 'Poista jäsenyys',
		deleteHelp:
			'Poista vain virheellisesti lisätty jäsenyys. Kun jäsenen kausi päättyy, päätä kausi: tieto säilyy historiana.',
		what: (name: string) => `jäsenyys «${name}»`
	},
	coverage: {
		title: 'Edustus ja puutteet',
		intro:
			'Jokainen ryhmä kertoo, keiden on istuttava sen pöydässä. Taulukko näyttää, kuka edustaa kutakin sektoria ja mistä edustus puuttuu, sekä ryhmät, joilta puuttuvat tavoitteet tai tehtävät tai jotka kokoontuvat harvemmin kuin on sovittu.',
		rulesTitle: 'Miten puutteet lasketaan',
		rules: [
			'Paikan täyttää jäsen, jonka kausi on voimassa tänään (päättymispäivä mukaan lukien). Päättyneet kaudet eivät täytä paikkaa.',
			'Jäsenen paikka on hänelle merkitty sektori tai, jos sitä ei ole, hänen edustamansa organisaation sektori. Työnantajasta ei päätellä mitään.',
			'Varajäsen ei yksin täytä paikkaa. Jos paikalla on vain varajäsen, se näkyy puutteena.',
			'Seurakunta ja muu uskonnollinen yhteisö täyttävät toistensa paikan (siemenasiakirjojen «uskonnollinen yhteisö»), ellei ryhmä vaadi molempia erikseen.',
			'Lakkautetuilla ryhmillä ei ole puutteita.'
		],
		filters: 'Rajaus',
		any: 'Kaikki',
		lackingFilter: 'Puuttuu',
		onlyProblems: 'Vain ryhmät, joissa on huomautettavaa',
		gapsTitle: 'Puuttuva edustus',
		lacking: (label: string, count: number) =>
			`${label}: edustus puuttuu ${count} ${n(count, 'ryhmästä', 'ryhmästä')}`,
		noGaps: (count: number) =>
			`Kaikissa ${count} ${n(count, 'ryhmässä', 'ryhmässä')} vaadittu edustus on paikalla.`,
		flagsTitle: 'Muut huomiot',
		noGoalsTitle: (count: number) => `Tavoitteet tai tehtävät kirjaamatta (${count})`,
		behindTitle: (count: number) => `Kokous myöhässä (${count})`,
		lastMet: (last: string | undefined) =>
			last ? `edellinen kokous ${last}` : 'ei kirjattuja kokouksia',
		unstatedTitle: (count: number) => `Jäseniä, joiden edustus on merkitsemättä (${count})`,
		matrixTitle: 'Edustustaulukko',
		caption: (count: number) => `Edustus ${count} ryhmässä sektoreittain`,
		noneMatch: 'Rajausta vastaavia ryhmiä ei ole.',
		body: 'Ryhmä',
		notes: 'Muut huomiot',
		status: {
			filled: 'Edustettu',
			deputy_only: 'Vain varajäsen',
			upcoming: 'Tulossa',
			lapsed: 'Kausi päättynyt',
			missing: 'Puuttuu'
		},
		present: 'Mukana',
		notRequired: 'Ei vaadita',
		notRequiredShort: 'ei vaadita',
		noRequirements: 'Ryhmälle ei ole merkitty vaadittua edustusta.',
		deputies: 'Varajäsen',
		byEquivalent: 'uskonnollisen yhteisön edustajana',
		endingSoon: (date: string) => `kausi päättyy ${date}`,
		startsOn: (date: string) => `alkaa ${date}`,
		endedOn: (date: string) => `päättyi ${date}`
	},
	flags: {
		no_goals: 'Tavoitteita ei ole kirjattu',
		no_tasks: 'Tehtäviä ei ole kirjattu',
		behind_cadence: 'Kokous myöhässä, uutta ei ole sovittu',
		unstated_representation: (count: number) =>
			`${count} ${n(count, 'jäsenen', 'jäsenen')} edustus merkitsemättä`,
		no_members: 'Ei jäseniä'
	},
	meetings: {
		title: 'Kokoukset',
		cadence: (perYear: number, held: number) =>
			`Ryhmä kokoontuu ${perYear} ${n(perYear, 'kerran', 'kertaa')} vuodessa; viimeisen 12 kuukauden aikana ${held} ${n(held, 'kokous', 'kokousta')}.`,
		noCadence: 'Ryhmällä ei ole sovittua kokoontumistahtia.',
		behind: 'Seuraava kokous on myöhässä, eikä uutta ole sovittu.',
		due: (date: string) => `Sovitun tahdin mukaan se olisi pitänyt pitää viimeistään ${date}.`,
		none: 'Ryhmän kokouksia ei ole kirjattu.',
		upcoming: 'Tulevat kokoukset',
		past: 'Pidetyt kokoukset',
		showAll: (count: number) => `Näytä kaikki ${count}`
	},
	card: {
		title: (name: string) => `Ryhmäkortti: ${name}`,
		backToBody: 'Takaisin ryhmän sivulle',
		partOf: (name: string) => `osa: ${name}`,
		contact: 'Yhteystiedot',
		contactPerson: 'Yhteyshenkilö',
		noContact: 'Yhteyshenkilöä ei ole merkitty.',
		meets: (count: number) => `Kokoontuu ${count} ${n(count, 'kerran', 'kertaa')} vuodessa.`,
		noCadence: 'Ei sovittua kokoontumistahtia.',
		next: (when: string) => `Seuraava kokous ${when}.`,
		behind: 'Seuraava kokous on myöhässä, eikä uutta ole sovittu.',
		printed: (date: string) => `Tulostettu ${date} · Verkosto`,
		manyIntro:
			'Jokaisen rajatun ryhmän kortti omalle sivulleen tulostettuna: tavoitteet, tehtävät, jäsenet ja yhteystiedot.',
		printAll: (count: number) => `Tulosta ${count} ${n(count, 'kortti', 'korttia')}`
	},
	map: {
		intro:
			'Verkosto kuvana: maakunta, alueet, perhekeskukset, ryhmät ja niissä istuvat organisaatiot. Punainen merkki kertoo, että ryhmästä puuttuu vaadittu edustus.',
		network: 'Verkosto',
		mapLabel: (name: string) => `Verkostokartta: ${name}`,
		sector: 'Sektori',
		includeEnded: 'Näytä myös lakanneet ryhmät',
		viewAs: 'Näytä',
		asMap: 'Karttana',
		asList: 'Luettelona',
		expandAll: 'Avaa kaikki',
		collapse: 'Sulje ryhmät',
		empty: 'Rajaukseen ei osu mitään.',
		summary: (centres: number, bodies: number, orgs: number) =>
			`${centres} perhekeskusta, ${bodies} ryhmää, ${orgs} organisaatiota`,
		toolbar: 'Kartan näkymä',
		zoomIn: 'Lähennä',
		zoomOut: 'Loitonna',
		fit: 'Sovita leveyteen',
		actualSize: '100 %',
		help: 'Nuolinäppäimet: ylös ja alas siirtyvät, oikealle avaa haaran, vasemmalle sulkee sen. Enter avaa sivun, välilyönti avaa tai sulkee haaran, kirjain hyppää nimeen. Ctrl + rulla lähentää, taustaa vetämällä siirrät näkymää.',
		details: 'Valittu kohta',
		open: 'Avaa sivu',
		childCount: (count: number) => `${count} ${n(count, 'alakohta', 'alakohtaa')}`,
		hidden: (count: number) => `suljettu, ${count} ${n(count, 'alakohta', 'alakohtaa')}`,
		lacks: (labels: string) => `puuttuu: ${labels}`,
		legend: 'Merkkien selitys',
		gapLegend: 'Ryhmä, josta puuttuu vaadittu edustus',
		kind: {
			province: 'Maakunta',
			region: 'Alue',
			familyCentre: 'Perhekeskus',
			body: 'Ryhmä',
			organisation: 'Organisaatio',
			group: 'Edustettu ryhmä'
		}
	}
};
export type NetworkMessages = typeof fi;

export default fi;
