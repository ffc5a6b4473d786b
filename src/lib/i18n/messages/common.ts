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

const sv: CommonMessages = {
	appName: 'Verkosto',
	tagline: 'Familjecentralnätverkets gemensamma datalager',
	skipToContent: 'Hoppa till innehållet',
	mainNav: 'Huvudmeny',
	nav: {
		home: 'Start',
		directory: 'Katalog',
		network: 'Nätverket',
		meetings: 'Möten',
		codevelopment: 'Samutveckling',
		resources: 'Resurser',
		sharing: 'Delning',
		settings: 'Inställningar'
	},
	language: 'Språk',
	online: 'Online',
	offline: 'Ingen nätverksanslutning – allt fungerar ändå',
	notBuiltYet: 'Den här delen byggs som bäst.',
	notBuiltYetDetail: 'Uppgifterna sparas redan i databasen, och vyn blir snart klar.',
	loading: 'Laddar…',
	save: 'Spara',
	cancel: 'Avbryt',
	delete: 'Ta bort',
	edit: 'Redigera',
	add: 'Lägg till',
	close: 'Stäng',
	confirm: 'Bekräfta',
	back: 'Tillbaka',
	search: 'Sök',
	print: 'Skriv ut',
	yes: 'Ja',
	no: 'Nej',
	none: '—',
	fictional: 'Fiktiv person',
	notFound: 'Sidan hittades inte',
	notFoundDetail:
		'Det finns ingen sida på adressen. Den kan ha tagits bort, eller så är länken felskriven.',
	errorTitle: 'Något gick fel',
	toHome: 'Till startsidan',
	updateAvailable: 'En ny version finns.',
	updateReload: 'Uppdatera nu',
	deletion: {
		title: (what) => `Radera ${what}?`,
		nothingRefers:
			'Inga andra uppgifter hänvisar hit. Raderingen kan delas med andra koordinatorer.',
		cascade: (n) =>
			n === 1
				? 'Även denna uppgift raderas, eftersom den inte kan finnas utan den raderade:'
				: `Även dessa ${n} uppgifter raderas, eftersom de inte kan finnas utan den raderade:`,
		detach: (n) =>
			n === 1
				? 'Hänvisningen tas bort från denna uppgift, uppgiften själv blir kvar:'
				: `Hänvisningen tas bort från dessa ${n} uppgifter, uppgifterna själva blir kvar:`,
		choose: 'Vad ska göras med uppgifterna som hänvisar hit?',
		modeCascade: 'Radera och ta bort hänvisningarna enligt ovan',
		modeReassign: 'Flytta hänvisningarna till en annan uppgift',
		reassignTo: 'Flytta till',
		more: (n) => `… och ${n} till`,
		done: 'Raderat.'
	},
	storage: {
		opening: 'Databasen öppnas…',
		blocked:
			'Verkosto är öppen i en annan flik med en äldre version. Stäng de andra Verkosto-flikarna så fortsätter uppdateringen.',
		outdated:
			'Verkosto uppdaterades i en annan flik. Ladda om sidan för att fortsätta – dina uppgifter finns kvar.',
		reload: 'Ladda om',
		failedTitle: 'Databasen kunde inte öppnas',
		quota:
			'Enhetens lagringsutrymme är fullt. Ändringen sparades inte och tidigare uppgifter är oförändrade. Frigör utrymme och försök igen.',
		version:
			'Uppgifter på den här enheten har sparats med en nyare version av Verkosto. Ladda om sidan för att få den senaste versionen.',
		unavailable:
			'Webbläsaren tillåter inte lokal lagring (t.ex. privat fönster eller en inställning). Öppna Verkosto i ett vanligt fönster.',
		validation: 'Uppgiften sparades inte eftersom den innehåller ett fel.',
		missing: 'Posten finns inte längre – den har kanske tagits bort i en annan flik.',
		conflict:
			'Uppgiften ändrades på annat håll medan formuläret var öppet. Inget sparades – se de markerade fälten.',
		unknown: 'Sparandet misslyckades. Tidigare uppgifter är oförändrade.',
		persistent: 'Beständig lagring beviljad',
		notPersistent:
			'Webbläsaren kan radera uppgifterna vid platsbrist – exportera en säkerhetskopia regelbundet.'
	},
	validation: {
		invalid_type: 'fel typ av värde',
		too_small: 'för kort eller litet',
		too_big: 'för långt eller stort',
		invalid_value: 'värdet är inte tillåtet',
		invalid_format: 'fel format',
		unrecognized_keys: 'okänt fält',
		required: 'obligatorisk uppgift saknas',
		url: 'länken ska börja med http:// eller https://',
		phone: 'telefonnumret är ogiltigt',
		businessId: 'FO-numret är ogiltigt (kontrollsiffra)',
		municipalityCode: 'kommunnumret ska ha tre siffror',
		postalCode: 'postnumret ska ha fem siffror',
		localDateTime: 'tiden är ogiltig',
		ageRange: 'övre åldersgränsen är lägre än den nedre',
		termOrder: 'perioden slutar innan den börjar',
		endBeforeStart: 'slutet är före början',
		scopeFamilyCentre: 'välj den familjecentral som den lokala gruppen hör till',
		scopeRegion: 'välj det område som den regionala gruppen hör till',
		parentCycle: 'en grupp kan inte höra till sig själv eller sin egen undergrupp',
		parentMissing: 'gruppen finns inte längre',
		codeTaken: 'en annan kommun har redan detta kommunnummer',
		deputyFor: 'en ersättare måste vara ersättare för en annan medlem i samma grupp',
		alreadyMember: 'personen är redan medlem i gruppen under denna period',
		other: 'ogiltigt värde',
		recordField: (entity, record, field, problem) =>
			`${entity}${record ? ` «${record}»` : ''}, fält ${field}: ${problem}`
	},
	conflict: {
		summary:
			'Några fält ändrades på annat håll (i en annan flik, vid en import eller av en automatisk sparning) efter att du öppnade formuläret. Inget sparades. Välj i de markerade fälten vilket värde som ska gälla och spara igen.',
		changed: 'Det här fältet ändrades på annat håll under tiden.',
		stored: 'Sparat värde:',
		keepMine: 'Behåll mitt värde',
		takeStored: 'Ta det sparade värdet'
	},
	picker: {
		notChosen: (text) =>
			`«${text}» har inte valts i listan och kan inte sparas. Välj ett namn i listan eller töm fältet.`
	}
};

const en: CommonMessages = {
	appName: 'Verkosto',
	tagline: "The family-centre network's shared register",
	skipToContent: 'Skip to content',
	mainNav: 'Main menu',
	nav: {
		home: 'Home',
		directory: 'Directory',
		network: 'Network',
		meetings: 'Meetings',
		codevelopment: 'Co-development',
		resources: 'Resources',
		sharing: 'Sharing',
		settings: 'Settings'
	},
	language: 'Language',
	online: 'Online',
	offline: 'No network connection – everything still works',
	notBuiltYet: 'This section is being built.',
	notBuiltYetDetail: 'Its data is already stored in the database, and this view is coming soon.',
	loading: 'Loading…',
	save: 'Save',
	cancel: 'Cancel',
	delete: 'Delete',
	edit: 'Edit',
	add: 'Add',
	close: 'Close',
	confirm: 'Confirm',
	back: 'Back',
	search: 'Search',
	print: 'Print',
	yes: 'Yes',
	no: 'No',
	none: '—',
	fictional: 'Fictional person',
	notFound: 'Page not found',
	notFoundDetail:
		'There is no page at this address. It may have been deleted, or the link is mistyped.',
	errorTitle: 'Something went wrong',
	toHome: 'To the home page',
	updateAvailable: 'A new version is available.',
	updateReload: 'Update now',
	deletion: {
		title: (what) => `Delete ${what}?`,
		nothingRefers:
			'Nothing else refers to this. The deletion can be shared with other coordinators.',
		cascade: (n) =>
			n === 1
				? 'This record is deleted too, as it cannot exist without the one you delete:'
				: `These ${n} records are deleted too, as they cannot exist without the one you delete:`,
		detach: (n) =>
			n === 1
				? 'This record loses its link but stays:'
				: `These ${n} records lose their link but stay:`,
		choose: 'What happens to the records that refer to it?',
		modeCascade: 'Delete, and remove the links as described above',
		modeReassign: 'Move the links to another record',
		reassignTo: 'Move to',
		more: (n) => `… and ${n} more`,
		done: 'Deleted.'
	},
	storage: {
		opening: 'Opening the database…',
		blocked:
			'Verkosto is open in another tab running an older version. Close the other Verkosto tabs and the update will continue.',
		outdated:
			'Verkosto was updated in another tab. Reload this page to continue – your data is safe.',
		reload: 'Reload',
		failedTitle: 'The database could not be opened',
		quota:
			"The device's storage is full. The change was not saved and earlier data is unchanged. Free some space and try again.",
		version:
			'Data on this device was saved by a newer version of Verkosto. Reload the page to get the latest version.',
		unavailable:
			'The browser does not allow local storage (e.g. a private window or a browser setting). Open Verkosto in a normal window.',
		validation: 'Not saved because the data has an error.',
		missing: 'The record no longer exists – it may have been deleted in another tab.',
		conflict:
			'The record was changed elsewhere while the form was open. Nothing was saved – see the marked fields.',
		unknown: 'Saving failed. Earlier data is unchanged.',
		persistent: 'Persistent storage granted',
		notPersistent:
			'The browser may delete the data when space runs low – export a backup regularly.'
	},
	validation: {
		invalid_type: 'wrong type of value',
		too_small: 'too short or small',
		too_big: 'too long or large',
		invalid_value: 'value not allowed',
		invalid_format: 'wrong format',
		unrecognized_keys: 'unknown field',
		required: 'required',
		url: 'the link must start with http:// or https://',
		phone: 'invalid phone number',
		businessId: 'invalid business ID (check digit)',
		municipalityCode: 'the municipality code has three digits',
		postalCode: 'the postal code has five digits',
		localDateTime: 'invalid time',
		ageRange: 'the maximum age is below the minimum age',
		termOrder: 'the term ends before it starts',
		endBeforeStart: 'the end is before the start',
		scopeFamilyCentre: 'choose the family centre the local group belongs to',
		scopeRegion: 'choose the region the regional group belongs to',
		parentCycle: 'a group cannot be part of itself or of its own sub-group',
		parentMissing: 'the group no longer exists',
		codeTaken: 'another municipality already has this code',
		deputyFor: 'a deputy must stand in for another member of the same group',
		alreadyMember: 'the person is already a member of the group for this term',
		other: 'invalid value',
		recordField: (entity, record, field, problem) =>
			`${entity}${record ? ` “${record}”` : ''}, field ${field}: ${problem}`
	},
	conflict: {
		summary:
			'Some fields were changed elsewhere (in another tab, by an import or by an autosave) after you opened the form. Nothing was saved. In the marked fields, choose which value stays, then save again.',
		changed: 'This field was changed elsewhere meanwhile.',
		stored: 'Saved value:',
		keepMine: 'Keep my value',
		takeStored: 'Take the saved value'
	},
	picker: {
		notChosen: (text) =>
			`“${text}” was not chosen from the list, so it cannot be saved. Choose a name from the list or clear the field.`
	}
};

export default { fi, sv, en };
