/** App-wide messages: shell, navigation, storage states, validation. */
const fi = {
	appName: 'Verkosto',
	tagline: 'Perhekeskusverkoston yhteinen tietovarasto',
	skipToContent: 'Siirry sisältöön',
	mainNav: 'Päävalikko',
	nav: {
		home: 'Etusivu',
		directory: 'Hakemisto',
		network: 'Verkosto',
		meetings: 'Kokoukset',
		codevelopment: 'Yhteiskehittäminen',
		resources: 'Resurssit',
		sharing: 'Jakaminen',
		settings: 'Asetukset'
	},
	language: 'Kieli',
	online: 'Verkossa',
	offline: 'Ei verkkoyhteyttä – kaikki toimii silti',
	notBuiltYet: 'Tätä osiota rakennetaan parhaillaan.',
	notBuiltYetDetail: 'Tiedot tallentuvat jo tietokantaan, ja tämä näkymä valmistuu pian.',
	loading: 'Ladataan…',
	save: 'Tallenna',
	cancel: 'Peruuta',
	delete: 'Poista',
	edit: 'Muokkaa',
	add: 'Lisää',
	close: 'Sulje',
	confirm: 'Vahvista',
	back: 'Takaisin',
	search: 'Hae',
	print: 'Tulosta',
	yes: 'Kyllä',
	no: 'Ei',
	none: '—',
	fictional: 'Kuvitteellinen henkilö',
	notFound: 'Sivua ei löytynyt',
	notFoundDetail:
		'Osoitteessa ei ole sivua. Se on ehkä poistettu, tai linkki on kirjoitettu väärin.',
	errorTitle: 'Jokin meni vikaan',
	toHome: 'Etusivulle',
	updateAvailable: 'Uusi versio on saatavilla.',
	updateReload: 'Päivitä nyt',
	/** A date or time field the browser could not read (its value would be empty). */
	unreadableTime:
		'Selain ei pystynyt lukemaan kirjoitettua päivää tai aikaa. Täydennä kaikki kohdat tai valitse se valitsimesta. Arvoa ei tallennettu.',
	unreadableField: (label: string) =>
		`${label}: selain ei pystynyt lukemaan kirjoitettua päivää tai aikaa. Täydennä kaikki kohdat tai valitse se valitsimesta. Mitään ei tallennettu.`,
	accessibility: 'Saavutettavuusseloste',
	deletion: {
		title: (what: string) => `Poistetaanko ${what}?`,
		nothingRefers:
			'Mikään muu tieto ei viittaa tähän. Poistoa voi jakaa muille koordinaattoreille.',
		cascade: (n: number) =>
			n === 1
				? 'Myös tämä tieto poistetaan, koska se ei voi olla olemassa ilman poistettavaa:'
				: `Myös nämä ${n} tietoa poistetaan, koska ne eivät voi olla olemassa ilman poistettavaa:`,
		detach: (n: number) =>
			n === 1
				? 'Tästä tiedosta poistetaan viittaus, tieto itse säilyy:'
				: `Näistä ${n} tiedosta poistetaan viittaus, tiedot itse säilyvät:`,
		choose: 'Mitä viittaaville tiedoille tehdään?',
		modeCascade: 'Poista ja pura viittaukset yllä kuvatulla tavalla',
		modeReassign: 'Siirrä viittaukset toiseen tietoon',
		reassignTo: 'Siirrä kohteeseen',
		more: (n: number) => `… ja ${n} muuta`,
		done: 'Poistettu.'
	},
	storage: {
		opening: 'Avataan tietokantaa…',
		blocked:
			'Verkosto on auki toisessa välilehdessä, jossa on vanhempi versio. Sulje muut Verkosto-välilehdet, niin päivitys jatkuu.',
		outdated:
			'Verkosto päivitettiin toisessa välilehdessä. Lataa tämä sivu uudelleen jatkaaksesi – tietosi ovat tallessa.',
		reload: 'Lataa uudelleen',
		failedTitle: 'Tietokantaa ei voitu avata',
		quota:
			'Laitteen tallennustila on täynnä. Muutosta ei tallennettu, ja aiemmat tiedot ovat ennallaan. Vapauta tilaa ja yritä uudelleen.',
		version:
			'Tällä laitteella on tallennettu tietoja Verkoston uudemmalla versiolla. Lataa sivu uudelleen saadaksesi uusimman version.',
		unavailable:
			'Selain ei salli paikallista tallennusta (esimerkiksi yksityinen selausikkuna tai selaimen asetus). Avaa Verkosto tavallisessa ikkunassa.',
		validation: 'Tietoa ei tallennettu, koska siinä on virhe.',
		missing: 'Tietuetta ei enää ole – se on ehkä poistettu toisessa välilehdessä.',
		conflict:
			'Tietoa muutettiin muualla sillä välin, kun lomake oli auki. Mitään ei tallennettu – katso merkityt kentät.',
		unknown: 'Tallennus epäonnistui. Aiemmat tiedot ovat ennallaan.',
		persistent: 'Pysyvä tallennus myönnetty',
		notPersistent: 'Selain voi poistaa tiedot tilanpuutteessa – vie varmuuskopio säännöllisesti.'
	},
	validation: {
		invalid_type: 'väärän tyyppinen arvo',
		too_small: 'liian lyhyt tai pieni',
		too_big: 'liian pitkä tai suuri',
		invalid_value: 'arvo ei ole sallittu',
		invalid_format: 'väärä muoto',
		unrecognized_keys: 'tuntematon kenttä',
		required: 'pakollinen tieto puuttuu',
		url: 'linkin pitää alkaa http:// tai https://',
		phone: 'puhelinnumero ei kelpaa',
		businessId: 'Y-tunnus ei kelpaa (tarkistusmerkki)',
		municipalityCode: 'kuntanumerossa pitää olla kolme numeroa',
		postalCode: 'postinumerossa pitää olla viisi numeroa',
		localDateTime: 'aika ei kelpaa',
		ageRange: 'yläikäraja on pienempi kuin alaikäraja',
		termOrder: 'kausi päättyy ennen kuin alkaa',
		endBeforeStart: 'loppu on ennen alkua',
		scopeFamilyCentre: 'valitse perhekeskus, johon paikallinen ryhmä kuuluu',
		scopeRegion: 'valitse alue, johon alueellinen ryhmä kuuluu',
		parentCycle: 'ryhmä ei voi kuulua itseensä tai omaan alaryhmäänsä',
		parentMissing: 'ryhmää ei enää ole',
		codeTaken: 'toisella kunnalla on jo tämä kuntanumero',
		deputyFor: 'varajäsenen on oltava saman ryhmän toisen jäsenen varajäsen',
		alreadyMember: 'henkilö on jo ryhmän jäsen tällä kaudella',
		other: 'virheellinen arvo',
		recordField: (entity: string, record: string, field: string, problem: string) =>
			`${entity}${record ? ` «${record}»` : ''}, kenttä ${field}: ${problem}`
	},
	conflict: {
		summary:
			'Osaa kentistä muutettiin muualla (toisessa välilehdessä, tuonnissa tai automaattitallennuksessa) sen jälkeen, kun avasit lomakkeen. Mitään ei tallennettu. Valitse merkityissä kentissä, kumpi arvo jää, ja tallenna uudelleen.',
		changed: 'Tätä kenttää muutettiin muualla sillä välin.',
		stored: 'Tallennettu arvo:',
		keepMine: 'Pidä oma arvoni',
		takeStored: 'Ota tallennettu arvo'
	},
	/** A searchable picker (ui/form/SearchPicker) whose typed text names no record. */
	picker: {
		notChosen: (text: string) =>
			`«${text}» ei ole valittu listasta, joten sitä ei tallenneta. Valitse nimi listasta tai tyhjennä kenttä.`
	}
};
export type CommonMessages = typeof fi;

export default fi;
