/** Messages of the network section. */
const n = (count: number, one: string, many: string) => (count === 1 ? one : many);

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
			`${count} ${n(count, 'ryhmä on', 'ryhmää on')} kokoontunut harvemmin kuin on sovittu`,
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
		behindTitle: (count: number) => `Kokoontunut harvemmin kuin sovittu (${count})`,
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
		behind_cadence: (held: number, perYear: number) =>
			`Kokoontunut ${held} / ${perYear} kertaa viimeisen vuoden aikana`,
		unstated_representation: (count: number) =>
			`${count} ${n(count, 'jäsenen', 'jäsenen')} edustus merkitsemättä`,
		no_members: 'Ei jäseniä'
	},
	meetings: {
		title: 'Kokoukset',
		cadence: (perYear: number, held: number) =>
			`Ryhmä kokoontuu ${perYear} ${n(perYear, 'kerran', 'kertaa')} vuodessa; viimeisen 12 kuukauden aikana ${held} ${n(held, 'kokous', 'kokousta')}.`,
		noCadence: 'Ryhmällä ei ole sovittua kokoontumistahtia.',
		behind: 'Kokoontunut harvemmin kuin on sovittu.',
		due: (date: string) => `Seuraava kokous pitäisi pitää viimeistään ${date}.`,
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
		behind: (held: number) => `Viimeisen vuoden aikana ${held} ${n(held, 'kokous', 'kokousta')}.`,
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

const sv: NetworkMessages = {
	title: 'Nätverkets struktur',
	sectionNav: 'Nätverkets delar',
	nav: {
		overview: 'Översikt',
		regions: 'Områden',
		familyCentres: 'Familjecentraler',
		municipalities: 'Kommuner',
		bodies: 'Grupper och nätverk',
		coverage: 'Representation',
		map: 'Nätverkskarta'
	},
	name: 'Namn',
	nameSv: 'Namn på svenska',
	description: 'Beskrivning',
	status: 'Status',
	website: 'Webbplats',
	email: 'E-post',
	regionOne: 'Område',
	familyCentreOne: 'Familjecentral',
	actions: 'Åtgärder',
	saved: 'Sparat.',
	notFound: 'Uppgiften hittades inte',
	notFoundDetail: 'Uppgiften har kanske raderats, eller så är länken felaktig.',
	remove: (name) => `Ta bort ${name}`,
	choosePerson: '— välj person —',
	filterPersons: 'Avgränsa personer med namn',
	filterOrganisations: 'Avgränsa organisationer med namn',
	moreOptions: (shown, total) => `Visar ${shown} / ${total} – avgränsa genom att skriva namnet.`,
	overview: {
		intro:
			'Områden, familjecentraler, kommuner samt styr-, koordinerings- och arbetsgrupper och nätverk: vem som hör till vad, vem var och en representerar och var representationen saknas.',
		emptyTitle: 'Nätverket har ännu inga uppgifter',
		emptyDetail:
			'Ladda exempelnätverket på startsidan eller börja med att lägga till ett område, en familjecentral eller en grupp.',
		activeBodies: 'Verksamma grupper och nätverk',
		currentMembers: 'Medlemsplatser',
		attentionTitle: 'Att observera',
		allInOrder:
			'Alla grupper är i ordning: den krävda representationen finns, mål och uppgifter är antecknade och mötena följer tidtabellen.',
		gapLine: (label, count, local) =>
			`${label}: representation saknas i ${count} ${n(count, 'grupp', 'grupper')}` +
			(local ? ` (av dem lokala ${local})` : ''),
		noGoals: (count) =>
			`${count} ${n(count, 'grupp har', 'grupper har')} inte antecknat mål eller uppgifter`,
		behind: (count) =>
			`${count} ${n(count, 'grupp har', 'grupper har')} träffats mer sällan än överenskommet`,
		unstated: (count) =>
			`${count} ${n(count, 'medlem', 'medlemmar')} utan antecknad representation`,
		viewsTitle: 'Vyer',
		mapHelp: 'hela strukturen som bild och lista, avgränsad per område och sektor',
		coverageHelp: 'grupper × sektorer: vem representerar vad och var representationen saknas',
		cards: 'Gruppkort',
		cardsHelp: 'varje grupps mål, uppgifter, medlemmar och kontaktuppgifter för utskrift'
	},
	regions: {
		one: 'Område',
		new: 'Nytt område',
		edit: 'Redigera område',
		none: 'Inga områden har lagts till ännu.',
		county: 'Välfärdsområde',
		countyHint: 'Till exempel Birkalands välfärdsområde.',
		coordinationGroups: 'Koordineringsgrupp',
		onMap: 'Visa området på nätverkskartan',
		what: (name) => `området «${name}»`
	},
	municipalities: {
		one: 'Kommun',
		new: 'Ny kommun',
		edit: 'Redigera kommun',
		none: 'Inga kommuner har lagts till ännu.',
		code: 'Kommunnummer',
		codeHint: 'Statistikcentralens tresiffriga kommunnummer, t.ex. 536 (Nokia).',
		regionHint: 'Lämna tomt om kommunen hör till flera områden (som Tammerfors).',
		noFamilyCentre: 'Kommunen är inte kopplad till någon familjecentral.',
		localBodies: 'Lokala grupper',
		organisations: (count) => `Organisationer verksamma i kommunen (${count})`,
		what: (name) => `kommunen «${name}»`
	},
	familyCentres: {
		one: 'Familjecentral',
		new: 'Ny familjecentral',
		edit: 'Redigera familjecentral',
		none: 'Inga familjecentraler hittades.',
		caption: (count) => `${count} familjecentraler`,
		contacts: 'Kontaktpersoner för familjecentralen',
		addContact: 'Lägg till kontaktperson',
		noContacts: 'Inga kontaktpersoner har antecknats.',
		steeringGroup: 'Lokal styrgrupp',
		noSteeringGroup: 'Ingen styrgrupp har antecknats för familjecentralen.',
		addBody: 'Lägg till en grupp för familjecentralen',
		missing: (labels) => `Saknas: ${labels}`,
		services: (count) => `Tjänster och verksamheter i området (${count})`,
		areaFree: (count) =>
			`Dessutom finns ${count} riksomfattande tjänster på nätet eller per telefon tillgängliga för alla.`,
		what: (name) => `familjecentralen «${name}»`
	},
	bodies: {
		one: 'Grupp',
		new: 'Ny grupp eller nätverk',
		edit: 'Redigera grupp',
		none: 'Inga grupper hittades.',
		caption: (count) => `${count} grupper och nätverk`,
		kind: 'Typ',
		level: 'Nivå',
		levelHint:
			'En lokal grupp hör till en familjecentral, en regional till ett område; landskaps- och riksnivå gäller hela området.',
		parent: 'Hör till gruppen',
		parentHint: 'Gruppen som denna rapporterar till, t.ex. den regionala koordineringsgruppen.',
		filterBodies: 'Avgränsa grupper med namn',
		children: 'Undergrupper',
		goals: 'Mål',
		tasks: 'Uppgifter',
		linesHint: 'En rad per punkt.',
		noGoals: 'Inga mål har antecknats.',
		noTasks: 'Inga uppgifter har antecknats.',
		addGoals: 'Anteckna mål',
		addTasks: 'Anteckna uppgifter',
		coordinator: 'Koordinator / kontaktperson',
		cadence: 'Sammanträden',
		cadenceField: 'Möten per år',
		cadenceHint: 'Hur många gånger om året gruppen ska träffas; 0 om ingen takt är avtalad.',
		perYear: (count) =>
			count === 0 ? 'ingen avtalad takt' : `${count} ${n(count, 'gång', 'gånger')} per år`,
		perYearInvalid: 'Ange antalet möten som ett heltal.',
		required: 'Krävd representation',
		requiredHint:
			'Vilka som måste sitta i gruppen, t.ex. i en lokal styrgrupp kommunen, välfärdsområdet, en organisation, en församling eller annat religiöst samfund och familjerna.',
		members: 'Medlemmar',
		noMembers: 'Gruppen har inga medlemmar.',
		representation: 'Representation',
		printCard: 'Gruppkort',
		what: (name) => `gruppen «${name}»`
	},
	members: {
		add: 'Lägg till medlem',
		edit: 'Redigera medlemskap',
		person: 'Person',
		fromDirectory: 'Person i katalogen',
		newPerson: 'Ny person',
		newName: 'Namn',
		newTitle: 'Titel',
		newOrganisation: 'Organisation där personen arbetar',
		phone: 'Telefon',
		role: 'Roll',
		represents: 'Representerar',
		representsOrganisation: 'Representerad organisation',
		representsText: 'Representerad part i ord',
		representsTextHint: 'T.ex. «Västra områdets organisationer» eller «Områdets familjer».',
		category: 'Plats (sektor)',
		categoryHint:
			'Vilken krävd plats medlemmen fyller. Tas från den representerade organisationens sektor om fältet lämnas tomt.',
		categorySuggested:
			'Förifylld från sektorn för den representerade organisationen eller personens egen – kontrollera och ändra vid behov.',
		deputyForField: 'Ersättare för medlem',
		deputyHint:
			'En ersättare fyller inte ensam platsen: platsen räknas som fylld först genom den ordinarie medlemmen.',
		deputyFor: (name) => `ersättare: ${name}`,
		term: 'Mandatperiod',
		termStart: 'Perioden börjar',
		termEnd: 'Perioden slutar',
		termEndHint: 'Periodens sista dag. Avslutade perioder sparas som historik.',
		openTerm: 'tills vidare',
		responsibilities: 'Ansvar',
		responsibilitiesHint:
			'T.ex. att föra information till de representerade före och efter mötena.',
		unstated: 'representation ej antecknad',
		upcoming: 'Kommande medlemmar',
		history: 'Tidigare medlemmar',
		editOf: (name) => `Redigera: ${name}`,
		endTerm: 'Avsluta perioden',
		endTermOf: (name) => `Avsluta perioden: ${name}`,
		endTitle: (name) => `Avsluta perioden för ${name}?`,
		endHelp:
			'Medlemskapet sparas i gruppens historik. Om ingen efterträdare kommer syns platsen som en lucka i representationen.',
		lastDay: 'Periodens sista dag',
		ended: 'Perioden avslutad.',
		delete: 'Radera medlemskap',
		deleteHelp:
			'Radera bara ett medlemskap som lagts till av misstag. När en medlems period tar slut, avsluta perioden: uppgiften sparas som historik.',
		what: (name) => `medlemskapet «${name}»`
	},
	coverage: {
		title: 'Representation och luckor',
		intro:
			'Varje grupp anger vilka som måste sitta vid dess bord. Tabellen visar vem som representerar varje sektor och var representationen saknas, samt grupper som saknar mål eller uppgifter eller som träffas mer sällan än överenskommet.',
		rulesTitle: 'Hur luckorna räknas',
		rules: [
			'En plats fylls av en medlem vars period gäller i dag (slutdagen inräknad). Avslutade perioder fyller ingen plats.',
			'Medlemmens plats är den sektor som antecknats för hen eller, om ingen finns, sektorn för den organisation hen representerar. Inget härleds från arbetsgivaren.',
			'En ersättare fyller inte ensam en plats. Om bara en ersättare finns syns platsen som en lucka.',
			'En församling och ett annat religiöst samfund fyller varandras platser (källdokumentens «religiöst samfund»), om inte gruppen kräver båda separat.',
			'Nedlagda grupper har inga luckor.'
		],
		filters: 'Avgränsning',
		any: 'Alla',
		lackingFilter: 'Saknas',
		onlyProblems: 'Bara grupper med anmärkningar',
		gapsTitle: 'Saknad representation',
		lacking: (label, count) =>
			`${label}: representation saknas i ${count} ${n(count, 'grupp', 'grupper')}`,
		noGaps: (count) =>
			`I alla ${count} ${n(count, 'grupp', 'grupper')} finns den krävda representationen.`,
		flagsTitle: 'Andra anmärkningar',
		noGoalsTitle: (count) => `Mål eller uppgifter ej antecknade (${count})`,
		behindTitle: (count) => `Träffats mer sällan än överenskommet (${count})`,
		unstatedTitle: (count) => `Medlemmar utan antecknad representation (${count})`,
		matrixTitle: 'Representationstabell',
		caption: (count) => `Representation i ${count} grupper per sektor`,
		noneMatch: 'Inga grupper motsvarar avgränsningen.',
		body: 'Grupp',
		notes: 'Andra anmärkningar',
		status: {
			filled: 'Representerad',
			deputy_only: 'Endast ersättare',
			upcoming: 'På kommande',
			lapsed: 'Perioden har gått ut',
			missing: 'Saknas'
		},
		present: 'Med',
		notRequired: 'Krävs inte',
		notRequiredShort: 'krävs inte',
		noRequirements: 'Ingen krävd representation har antecknats för gruppen.',
		deputies: 'Ersättare',
		byEquivalent: 'som representant för ett religiöst samfund',
		endingSoon: (date) => `perioden slutar ${date}`,
		startsOn: (date) => `börjar ${date}`,
		endedOn: (date) => `slutade ${date}`
	},
	flags: {
		no_goals: 'Inga mål antecknade',
		no_tasks: 'Inga uppgifter antecknade',
		behind_cadence: (held, perYear) =>
			`Träffats ${held} / ${perYear} gånger under det senaste året`,
		unstated_representation: (count) =>
			`${count} ${n(count, 'medlem', 'medlemmar')} utan antecknad representation`,
		no_members: 'Inga medlemmar'
	},
	meetings: {
		title: 'Möten',
		cadence: (perYear, held) =>
			`Gruppen träffas ${perYear} ${n(perYear, 'gång', 'gånger')} per år; under de senaste 12 månaderna ${held} ${n(held, 'möte', 'möten')}.`,
		noCadence: 'Gruppen har ingen avtalad mötestakt.',
		behind: 'Har träffats mer sällan än överenskommet.',
		due: (date) => `Nästa möte borde hållas senast ${date}.`,
		none: 'Inga möten har antecknats för gruppen.',
		upcoming: 'Kommande möten',
		past: 'Hållna möten',
		showAll: (count) => `Visa alla ${count}`
	},
	card: {
		title: (name) => `Gruppkort: ${name}`,
		backToBody: 'Tillbaka till gruppens sida',
		partOf: (name) => `del av: ${name}`,
		contact: 'Kontaktuppgifter',
		contactPerson: 'Kontaktperson',
		noContact: 'Ingen kontaktperson har antecknats.',
		meets: (count) => `Träffas ${count} ${n(count, 'gång', 'gånger')} per år.`,
		noCadence: 'Ingen avtalad mötestakt.',
		next: (when) => `Nästa möte ${when}.`,
		behind: (held) => `Under det senaste året ${held} ${n(held, 'möte', 'möten')}.`,
		printed: (date) => `Utskrivet ${date} · Verkosto`,
		manyIntro:
			'Kortet för varje avgränsad grupp på en egen sida: mål, uppgifter, medlemmar och kontaktuppgifter.',
		printAll: (count) => `Skriv ut ${count} ${n(count, 'kort', 'kort')}`
	},
	map: {
		intro:
			'Nätverket som bild: landskapet, områdena, familjecentralerna, grupperna och de organisationer som sitter i dem. Ett rött märke betyder att gruppen saknar krävd representation.',
		network: 'Nätverket',
		mapLabel: (name) => `Nätverkskarta: ${name}`,
		sector: 'Sektor',
		includeEnded: 'Visa även nedlagda grupper',
		viewAs: 'Visa',
		asMap: 'Som karta',
		asList: 'Som lista',
		expandAll: 'Öppna alla',
		collapse: 'Stäng grupperna',
		empty: 'Avgränsningen ger inga träffar.',
		summary: (centres, bodies, orgs) =>
			`${centres} familjecentraler, ${bodies} grupper, ${orgs} organisationer`,
		toolbar: 'Kartans vy',
		zoomIn: 'Zooma in',
		zoomOut: 'Zooma ut',
		fit: 'Anpassa till bredden',
		actualSize: '100 %',
		help: 'Piltangenter: upp och ned flyttar, höger öppnar en gren, vänster stänger den. Enter öppnar sidan, mellanslag öppnar eller stänger grenen, en bokstav hoppar till ett namn. Ctrl + rullning zoomar, dra bakgrunden för att flytta vyn.',
		details: 'Vald punkt',
		open: 'Öppna sidan',
		childCount: (count) => `${count} ${n(count, 'underpunkt', 'underpunkter')}`,
		hidden: (count) => `stängd, ${count} ${n(count, 'underpunkt', 'underpunkter')}`,
		lacks: (labels) => `saknas: ${labels}`,
		legend: 'Teckenförklaring',
		gapLegend: 'Grupp som saknar krävd representation',
		kind: {
			province: 'Landskap',
			region: 'Område',
			familyCentre: 'Familjecentral',
			body: 'Grupp',
			organisation: 'Organisation',
			group: 'Representerad grupp'
		}
	}
};

const en: NetworkMessages = {
	title: 'Network structure',
	sectionNav: 'Parts of the network',
	nav: {
		overview: 'Overview',
		regions: 'Regions',
		familyCentres: 'Family centres',
		municipalities: 'Municipalities',
		bodies: 'Groups and networks',
		coverage: 'Representation',
		map: 'Network map'
	},
	name: 'Name',
	nameSv: 'Name in Swedish',
	description: 'Description',
	status: 'Status',
	website: 'Website',
	email: 'E-mail',
	regionOne: 'Region',
	familyCentreOne: 'Family centre',
	actions: 'Actions',
	saved: 'Saved.',
	notFound: 'Not found',
	notFoundDetail: 'It may have been deleted, or the link is wrong.',
	remove: (name) => `Remove ${name}`,
	choosePerson: '— choose a person —',
	filterPersons: 'Narrow people by name',
	filterOrganisations: 'Narrow organisations by name',
	moreOptions: (shown, total) => `Showing ${shown} of ${total} – type a name to narrow.`,
	overview: {
		intro:
			'Regions, family centres, municipalities, and the steering, coordination and working groups and networks: who belongs where, whom each member represents, and where representation is missing.',
		emptyTitle: 'The network has no data yet',
		emptyDetail:
			'Load the demo network on the home page, or start by adding a region, a family centre or a group.',
		activeBodies: 'Active groups and networks',
		currentMembers: 'Member seats',
		attentionTitle: 'Needs attention',
		allInOrder:
			'All groups are in order: the required representation is present, goals and tasks are stated and meetings keep to schedule.',
		gapLine: (label, count, local) =>
			`${label}: not represented in ${count} ${n(count, 'group', 'groups')}` +
			(local ? ` (${local} of them local)` : ''),
		noGoals: (count) =>
			`${count} ${n(count, 'group has', 'groups have')} not stated goals or tasks`,
		behind: (count) =>
			`${count} ${n(count, 'group has', 'groups have')} met less often than agreed`,
		unstated: (count) =>
			`${count} ${n(count, 'member does', 'members do')} not have their representation recorded`,
		viewsTitle: 'Views',
		mapHelp: 'the whole structure as a picture and as a list, by region and sector',
		coverageHelp: 'groups × sectors: who represents whom and where representation is missing',
		cards: 'Group cards',
		cardsHelp: 'each group’s goals, tasks, members and contacts, ready to print'
	},
	regions: {
		one: 'Region',
		new: 'New region',
		edit: 'Edit region',
		none: 'No regions yet.',
		county: 'Wellbeing services county',
		countyHint: 'For example Pirkanmaa wellbeing services county.',
		coordinationGroups: 'Coordination group',
		onMap: 'Show the region on the network map',
		what: (name) => `the region «${name}»`
	},
	municipalities: {
		one: 'Municipality',
		new: 'New municipality',
		edit: 'Edit municipality',
		none: 'No municipalities yet.',
		code: 'Municipality code',
		codeHint: 'Statistics Finland’s three-digit code, e.g. 536 (Nokia).',
		regionHint: 'Leave empty if the municipality belongs to several regions (like Tampere).',
		noFamilyCentre: 'The municipality is not part of any family centre.',
		localBodies: 'Local groups',
		organisations: (count) => `Organisations working in the municipality (${count})`,
		what: (name) => `the municipality «${name}»`
	},
	familyCentres: {
		one: 'Family centre',
		new: 'New family centre',
		edit: 'Edit family centre',
		none: 'No family centres found.',
		caption: (count) => `${count} family centres`,
		contacts: 'Family-centre liaisons',
		addContact: 'Add a liaison',
		noContacts: 'No liaisons recorded.',
		steeringGroup: 'Local steering group',
		noSteeringGroup: 'No steering group is recorded for this family centre.',
		addBody: 'Add a group for this family centre',
		missing: (labels) => `Missing: ${labels}`,
		services: (count) => `Services and activities in the area (${count})`,
		areaFree: (count) =>
			`In addition, ${count} national, online or phone services are available to everyone.`,
		what: (name) => `the family centre «${name}»`
	},
	bodies: {
		one: 'Group',
		new: 'New group or network',
		edit: 'Edit group',
		none: 'No groups found.',
		caption: (count) => `${count} groups and networks`,
		kind: 'Kind',
		level: 'Level',
		levelHint:
			'A local group belongs to a family centre, a regional one to a region; provincial and national groups cover the whole area.',
		parent: 'Part of',
		parentHint: 'The group this one reports to, e.g. the regional coordination group.',
		filterBodies: 'Narrow groups by name',
		children: 'Sub-groups',
		goals: 'Goals',
		tasks: 'Tasks',
		linesHint: 'One per line.',
		noGoals: 'No goals stated.',
		noTasks: 'No tasks stated.',
		addGoals: 'State the goals',
		addTasks: 'State the tasks',
		coordinator: 'Coordinator / contact person',
		cadence: 'Meets',
		cadenceField: 'Meetings a year',
		cadenceHint: 'How many times a year the group is meant to meet; 0 if no cadence is agreed.',
		perYear: (count) =>
			count === 0 ? 'no agreed cadence' : `${count} ${n(count, 'time', 'times')} a year`,
		perYearInvalid: 'Give the number of meetings as a whole number.',
		required: 'Required representation',
		requiredHint:
			'Who must sit in the group, e.g. in a local steering group the municipality, the wellbeing services county, an NGO, a parish or other religious community, and families.',
		members: 'Members',
		noMembers: 'The group has no members.',
		representation: 'Representation',
		printCard: 'Group card',
		what: (name) => `the group «${name}»`
	},
	members: {
		add: 'Add member',
		edit: 'Edit membership',
		person: 'Person',
		fromDirectory: 'Person in the directory',
		newPerson: 'New person',
		newName: 'Name',
		newTitle: 'Job title',
		newOrganisation: 'Organisation the person works for',
		phone: 'Phone',
		role: 'Role',
		represents: 'Represents',
		representsOrganisation: 'Represented organisation',
		representsText: 'Represented party in words',
		representsTextHint: 'E.g. «NGOs of the western region» or «Families of the area».',
		category: 'Seat (sector)',
		categoryHint:
			'Which required seat the member fills. Taken from the represented organisation’s sector if left empty.',
		categorySuggested:
			'Prefilled from the sector of the represented organisation or the person’s own – check it and change it if needed.',
		deputyForField: 'Deputy for',
		deputyHint:
			'A deputy alone does not fill a seat: the seat counts as filled only through the full member.',
		deputyFor: (name) => `deputy for ${name}`,
		term: 'Term',
		termStart: 'Term starts',
		termEnd: 'Term ends',
		termEndHint: 'The last day of the term. Ended terms are kept as history.',
		openTerm: 'until further notice',
		responsibilities: 'Responsibilities',
		responsibilitiesHint:
			'E.g. carrying information to and from the represented before and after meetings.',
		unstated: 'representation not recorded',
		upcoming: 'Incoming members',
		history: 'Former members',
		editOf: (name) => `Edit: ${name}`,
		endTerm: 'End term',
		endTermOf: (name) => `End term: ${name}`,
		endTitle: (name) => `End the term of ${name}?`,
		endHelp:
			'The membership stays in the group’s history. If no one takes over the seat, it shows as a representation gap.',
		lastDay: 'Last day of the term',
		ended: 'Term ended.',
		delete: 'Delete membership',
		deleteHelp:
			'Delete only a membership added by mistake. When a member’s term ends, end the term: it is kept as history.',
		what: (name) => `the membership «${name}»`
	},
	coverage: {
		title: 'Representation and gaps',
		intro:
			'Each group states who must sit at its table. The table shows who represents each sector and where representation is missing, and the groups without goals or tasks or that meet less often than agreed.',
		rulesTitle: 'How gaps are counted',
		rules: [
			'A seat is filled by a member whose term is current today (the end date included). Ended terms fill nothing.',
			'A member’s seat is the sector recorded for them or, if none, the sector of the organisation they represent. Nothing is inferred from their employer.',
			'A deputy alone does not fill a seat. A seat held only by a deputy shows as a gap.',
			'A parish and another religious community fill each other’s seats (the source documents’ «religious community»), unless the group requires both separately.',
			'Groups that have ended have no gaps.'
		],
		filters: 'Filters',
		any: 'All',
		lackingFilter: 'Missing',
		onlyProblems: 'Only groups that need attention',
		gapsTitle: 'Missing representation',
		lacking: (label, count) =>
			`${label}: not represented in ${count} ${n(count, 'group', 'groups')}`,
		noGaps: (count) =>
			`All ${count} ${n(count, 'group has', 'groups have')} the required representation.`,
		flagsTitle: 'Other remarks',
		noGoalsTitle: (count) => `Goals or tasks not stated (${count})`,
		behindTitle: (count) => `Met less often than agreed (${count})`,
		unstatedTitle: (count) => `Members without recorded representation (${count})`,
		matrixTitle: 'Representation table',
		caption: (count) => `Representation in ${count} groups by sector`,
		noneMatch: 'No groups match the filters.',
		body: 'Group',
		notes: 'Other remarks',
		status: {
			filled: 'Represented',
			deputy_only: 'Deputy only',
			upcoming: 'Incoming',
			lapsed: 'Term ended',
			missing: 'Missing'
		},
		present: 'Present',
		notRequired: 'Not required',
		notRequiredShort: 'not required',
		noRequirements: 'No required representation is recorded for the group.',
		deputies: 'Deputy',
		byEquivalent: 'as a religious community',
		endingSoon: (date) => `term ends ${date}`,
		startsOn: (date) => `starts ${date}`,
		endedOn: (date) => `ended ${date}`
	},
	flags: {
		no_goals: 'No goals stated',
		no_tasks: 'No tasks stated',
		behind_cadence: (held, perYear) => `Met ${held} of ${perYear} times in the last year`,
		unstated_representation: (count) =>
			`${count} ${n(count, 'member', 'members')} without recorded representation`,
		no_members: 'No members'
	},
	meetings: {
		title: 'Meetings',
		cadence: (perYear, held) =>
			`The group meets ${perYear} ${n(perYear, 'time', 'times')} a year; ${held} ${n(held, 'meeting', 'meetings')} in the last 12 months.`,
		noCadence: 'The group has no agreed meeting cadence.',
		behind: 'Has met less often than agreed.',
		due: (date) => `The next meeting should be held by ${date}.`,
		none: 'No meetings recorded for the group.',
		upcoming: 'Upcoming meetings',
		past: 'Past meetings',
		showAll: (count) => `Show all ${count}`
	},
	card: {
		title: (name) => `Group card: ${name}`,
		backToBody: 'Back to the group’s page',
		partOf: (name) => `part of ${name}`,
		contact: 'Contact',
		contactPerson: 'Contact person',
		noContact: 'No contact person recorded.',
		meets: (count) => `Meets ${count} ${n(count, 'time', 'times')} a year.`,
		noCadence: 'No agreed meeting cadence.',
		next: (when) => `Next meeting ${when}.`,
		behind: (held) => `${held} ${n(held, 'meeting', 'meetings')} in the last year.`,
		printed: (date) => `Printed ${date} · Verkosto`,
		manyIntro:
			'The card of each chosen group on a page of its own: goals, tasks, members and contacts.',
		printAll: (count) => `Print ${count} ${n(count, 'card', 'cards')}`
	},
	map: {
		intro:
			'The network as a picture: the province, its regions, family centres, groups and the organisations sitting in them. A red mark means the group lacks a required representative.',
		network: 'Network',
		mapLabel: (name) => `Network map: ${name}`,
		sector: 'Sector',
		includeEnded: 'Show groups that have ended too',
		viewAs: 'Show',
		asMap: 'As a map',
		asList: 'As a list',
		expandAll: 'Open all',
		collapse: 'Close the groups',
		empty: 'Nothing matches the filters.',
		summary: (centres, bodies, orgs) =>
			`${centres} family centres, ${bodies} groups, ${orgs} organisations`,
		toolbar: 'Map view',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		fit: 'Fit to width',
		actualSize: '100 %',
		help: 'Arrow keys: up and down move, right opens a branch, left closes it. Enter opens the page, Space opens or closes a branch, a letter jumps to a name. Ctrl + wheel zooms; drag the background to move the view.',
		details: 'Selected',
		open: 'Open page',
		childCount: (count) => `${count} ${n(count, 'item', 'items')} below`,
		hidden: (count) => `closed, ${count} ${n(count, 'item', 'items')} below`,
		lacks: (labels) => `missing: ${labels}`,
		legend: 'Legend',
		gapLegend: 'Group lacking a required representative',
		kind: {
			province: 'Province',
			region: 'Region',
			familyCentre: 'Family centre',
			body: 'Group',
			organisation: 'Organisation',
			group: 'Represented group'
		}
	}
};

export default { fi, sv, en };
