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
	storagePersistUnknown: 'Selain ei kerro, onko pysyvä tallennus myönnetty.'
};
export type SettingsMessages = typeof fi;

export default fi;
