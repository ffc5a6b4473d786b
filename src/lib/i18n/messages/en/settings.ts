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
	storagePersistUnknown: 'The browser does not say whether persistent storage was granted.',
	statement: {
		title: 'Accessibility statement',
		settingsHelp:
			'The organisation deploying the app fills in these parts of the accessibility statement. The statement is linked at the bottom of every page. Until they are filled in, the statement says “not filled in yet”.',
		organisation: 'Service provider',
		email: 'E-mail address for accessibility feedback',
		assessedOn: 'Date of the accessibility assessment',
		nonConformities: 'Known accessibility shortcomings',
		nonConformitiesHint: 'One shortcoming a line, e.g. the view and what does not work in it.',
		unfilled: 'not filled in yet',
		intro: (organisation) =>
			`This accessibility statement concerns the Verkosto app, which ${organisation} uses to keep the family centre network's information. The accessibility requirements are set by the Act on the Provision of Digital Services (306/2019).`,
		providerLabel: 'Service provider',
		statusTitle: 'Compliance status',
		status:
			'Verkosto partially meets the level A and AA accessibility requirements of WCAG 2.1. The known shortcomings are listed below.',
		gapsTitle: 'Content that is not accessible',
		assessmentTitle: 'How accessibility was assessed',
		assessment:
			'Every version of the app is checked automatically (axe) against the WCAG 2.1 level A and AA criteria before release, and its views are used with the keyboard and on a narrow phone screen. The service provider assesses accessibility in its own use.',
		assessedOnLabel: 'Last assessed',
		feedbackTitle: 'Feedback on accessibility',
		feedback:
			'Did you notice an accessibility shortcoming, or do you need content in an accessible form? Tell the service provider. We answer within 14 days.',
		emailLabel: 'E-mail',
		authorityTitle: 'Supervisory authority',
		authority:
			'If you notice accessibility problems, first give feedback to the service provider. If you are not satisfied with the answer or get no answer within 14 days, you can file a report with the supervisory authority.',
		authorityName:
			'Finnish Transport and Communications Agency Traficom, Digital Accessibility Supervision',
		authorityNote:
			'Supervision moved from the Regional State Administrative Agency for Southern Finland to Traficom on 1 January 2025.',
		authorityPhone: 'switchboard +358 29 534 5000',
		editInSettings: 'The service provider’s details are filled in in Settings.',
		offline: 'The statement is part of the app, so it can be read without a network connection.'
	}
};

export default en;
