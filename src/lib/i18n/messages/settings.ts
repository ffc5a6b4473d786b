/** Messages of the settings page. */
const fi = {
	title: 'Asetukset',
	languageHelp: 'Käyttöliittymän kieli. Valinta muistetaan tällä laitteella.',
	storageTitle: 'Tallennus',
	storageUse: (used: string, quota: string) => `Käytössä ${used} / ${quota}`,
	whereData:
		'Tiedot ovat tämän selaimen IndexedDB-tietokannassa tällä laitteella. Mitään ei lähetetä minnekään, ellet itse vie tiedostoa.',
	aboutTitle: 'Tietoja sovelluksesta',
	version: (v: string, built: string) => `Versio ${v}, koottu ${built}`,
	exporterTitle: 'Viejän tiedot',
	exporterHelp:
		'Nimesi ja organisaatiosi näkyvät vastaanottajalle jokaisessa viemässäsi tiedostossa ja hänen tuontihistoriassaan.',
	exporterName: 'Nimi',
	exporterOrganisation: 'Organisaatio',
	saved: 'Tallennettu.',
	backupTitle: 'Varmuuskopio',
	backupHelp:
		'Varmuuskopio on tiedosto, jossa ovat kaikki tiedot henkilötietoineen. Säilytä se turvallisesti, esimerkiksi organisaatiosi verkkolevyllä. Tiedot palautetaan tuomalla tiedosto Jakaminen-sivulla.',
	lastBackup: (date: string) => `Viimeisin varmuuskopio: ${date}`,
	neverBackedUp: 'Varmuuskopiota ei ole vielä otettu.',
	lastExport: (date: string) => `Viimeisin vienti (mikä tahansa): ${date}`,
	unsavedSince: (date: string) => `Muutoksia, joita ei ole varmuuskopioitu, ${date} alkaen.`,
	allSaved: 'Kaikki muutokset ovat varmuuskopiossa.',
	backupButton: 'Vie kaikki tiedot',
	reminderDays: 'Muistuta varmuuskopiosta, kun muutoksia on ollut näin monta päivää',
	reminderHelp: '0 = ei muistutuksia.',
	storagePersistUnknown: 'Selain ei kerro, onko pysyvä tallennus myönnetty.',
	/** The accessibility statement (Act 306/2019): its page and the parts filled in in Settings. */
	statement: {
		title: 'Saavutettavuusseloste',
		settingsHelp:
			'Sovelluksen käyttöön ottava organisaatio täydentää nämä saavutettavuusselosteen tiedot. Seloste on luettavissa jokaisen sivun alalaidan linkistä. Kunnes tiedot on täytetty, selosteessa lukee «ei vielä täytetty».',
		organisation: 'Palvelun tarjoaja',
		email: 'Saavutettavuuspalautteen sähköpostiosoite',
		assessedOn: 'Saavutettavuuden arviointipäivä',
		nonConformities: 'Tunnetut saavutettavuuspuutteet',
		nonConformitiesHint: 'Yksi puute riville, esimerkiksi näkymä ja mikä siinä ei toimi.',
		unfilled: 'ei vielä täytetty',
		intro: (organisation: string) =>
			`Tämä saavutettavuusseloste koskee Verkosto-sovellusta, jolla ${organisation} ylläpitää perhekeskusverkoston tietoja. Saavutettavuusvaatimukset perustuvat lakiin digitaalisten palvelujen tarjoamisesta (306/2019).`,
		providerLabel: 'Palvelun tarjoaja',
		statusTitle: 'Saavutettavuuden tila',
		status:
			'Verkosto täyttää WCAG 2.1 -kriteeristön A- ja AA-tason saavutettavuusvaatimukset osittain. Tunnetut puutteet on lueteltu alla.',
		gapsTitle: 'Sisällöt, jotka eivät ole saavutettavia',
		assessmentTitle: 'Miten saavutettavuus on arvioitu',
		assessment:
			'Sovelluksen jokainen versio tarkistetaan ennen julkaisua automaattisesti (axe) WCAG 2.1 A- ja AA-kriteerejä vastaan, ja sen näkymiä käytetään näppäimistöllä sekä kapealla puhelinnäytöllä. Palvelun tarjoaja arvioi saavutettavuuden omassa käytössään.',
		assessedOnLabel: 'Viimeisin arviointi',
		feedbackTitle: 'Anna palautetta saavutettavuudesta',
		feedback:
			'Huomasitko puutteen saavutettavuudessa tai tarvitsetko sisällön saavutettavassa muodossa? Kerro siitä palvelun tarjoajalle. Vastaamme 14 päivän kuluessa.',
		emailLabel: 'Sähköposti',
		authorityTitle: 'Valvontaviranomainen',
		authority:
			'Jos huomaat saavutettavuusongelmia, anna ensin palautetta palvelun tarjoajalle. Jos et ole tyytyväinen vastaukseen tai et saa vastausta 14 päivän kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle.',
		authorityName: 'Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta',
		authorityNote: 'Valvonta siirtyi 1.1.2025 Etelä-Suomen aluehallintovirastolta Traficomille.',
		authorityPhone: 'puhelinvaihde 029 534 5000',
		editInSettings: 'Palvelun tarjoajan tiedot täydennetään Asetuksissa.',
		offline: 'Seloste on osa sovellusta, joten sen voi lukea myös ilman verkkoyhteyttä.'
	}
};
export type SettingsMessages = typeof fi;

export default fi;
