/** Messages of the settings page. */
const fi = {
	title: 'Asetukset',
	languageHelp: 'Käyttöliittymän kieli. Valinta muistetaan tällä laitteella.',
	storageTitle: 'Tallennus',
	storageUse: (used: string, quota: string) => `Käytössä ${used} / ${quota}`,
	whereData:
		'Tiedot ovat tämän selaimen IndexedDB-tietokannassa tällä laitteella. Mitään ei lähetetä minnekään, ellet itse vie tiedostoa.',
	aboutTitle: 'Tietoja sovelluksesta',
	version: (v: string) => `Versio ${v}`
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
	version: (v) => `Version ${v}`
};

const en: SettingsMessages = {
	title: 'Settings',
	languageHelp: 'The interface language. The choice is remembered on this device.',
	storageTitle: 'Storage',
	storageUse: (used, quota) => `Using ${used} of ${quota}`,
	whereData:
		"Data lives in this browser's IndexedDB database on this device. Nothing is sent anywhere unless you export a file yourself.",
	aboutTitle: 'About',
	version: (v) => `Version ${v}`
};

export default { fi, sv, en };
