/** English messages of the settings area; the Finnish ones in ../settings.ts define the keys. */
import type { SettingsMessages } from '../settings';

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

export default en;
