/** Swedish messages of the settings area; the Finnish ones in ../settings.ts define the keys. */
import type { SettingsMessages } from '../settings';

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

export default sv;
