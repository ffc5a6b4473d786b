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

const sv: SettingsMessages = {
	title: 'Inställningar',
	languageHelp: 'Gränssnittets språk. Valet kommer ihåg på den här enheten.',
	storageTitle: 'Lagring',
	storageUse: (used, quota) => `Används ${used} / ${quota}`,
	whereData:
		'Uppgifterna finns i den här webbläsarens IndexedDB-databas på den här enheten. Ingenting skickas någonstans om du inte själv exporterar en fil.',
	aboutTitle: 'Om appen',
	version: (v, built) => `Version ${v}, byggd ${built}`,
	exporterTitle: 'Avsändarens uppgifter',
	exporterHelp:
		'Ditt namn och din organisation syns för mottagaren i varje fil du exporterar och i mottagarens importhistorik.',
	exporterName: 'Namn',
	exporterOrganisation: 'Organisation',
	saved: 'Sparat.',
	backupTitle: 'Säkerhetskopia',
	backupHelp:
		'En säkerhetskopia är en fil med alla uppgifter, även personuppgifterna. Förvara den säkert, t.ex. på organisationens nätverksenhet. Uppgifterna återställs genom att importera filen på sidan Delning.',
	lastBackup: (date) => `Senaste säkerhetskopia: ${date}`,
	neverBackedUp: 'Ingen säkerhetskopia har tagits ännu.',
	lastExport: (date) => `Senaste export (vilken som helst): ${date}`,
	unsavedSince: (date) => `Ändringar som inte säkerhetskopierats sedan ${date}.`,
	allSaved: 'Alla ändringar finns i säkerhetskopian.',
	backupButton: 'Exportera alla uppgifter',
	reminderDays: 'Påminn om säkerhetskopia när ändringar har funnits så här många dagar',
	reminderHelp: '0 = inga påminnelser.',
	storagePersistUnknown: 'Webbläsaren berättar inte om beständig lagring har beviljats.'
};

const en: SettingsMessages = {
	title: 'Settings',
	languageHelp: 'The interface language. The choice is remembered on this device.',
	storageTitle: 'Storage',
	storageUse: (used, quota) => `Using ${used} of ${quota}`,
	whereData:
		"Data lives in this browser's IndexedDB database on this device. Nothing is sent anywhere unless you export a file yourself.",
	aboutTitle: 'About',
	version: (v, built) => `Version ${v}, built ${built}`,
	exporterTitle: 'Sender details',
	exporterHelp:
		'Your name and organisation are shown to the receiver in every file you export and in their import history.',
	exporterName: 'Name',
	exporterOrganisation: 'Organisation',
	saved: 'Saved.',
	backupTitle: 'Backup',
	backupHelp:
		"A backup is a file with all the data, personal data included. Keep it safe, e.g. on your organisation's network drive. To restore, import the file on the Sharing page.",
	lastBackup: (date) => `Last backup: ${date}`,
	neverBackedUp: 'No backup has been made yet.',
	lastExport: (date) => `Last export (of any kind): ${date}`,
	unsavedSince: (date) => `Changes not in a backup since ${date}.`,
	allSaved: 'Every change is in a backup.',
	backupButton: 'Export all data',
	reminderDays: 'Remind me to back up after changes have gone this many days without one',
	reminderHelp: '0 = no reminders.',
	storagePersistUnknown: 'The browser does not say whether persistent storage was granted.'
};

export default { fi, sv, en };
