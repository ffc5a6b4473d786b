/** English messages of the home area; the Finnish ones in ../home.ts define the keys. */
import type { HomeMessages } from '../home';

const en: HomeMessages = {
	welcome: 'Welcome to Verkosto',
	intro:
		"Verkosto brings the family-centre network's organisations, services, contact persons, groups, meetings and co-development together in one place. Data is stored only on this device, and the app works without a network connection.",
	startTitle: 'How would you like to start?',
	loadDemo: 'Load the demo network (Pirkanmaa)',
	loadDemoHelp:
		'23 municipalities, 3 regions, 24 family centres, groups, services and the 2024 assessment round. People in the demo are fictional.',
	startEmpty: 'Start empty',
	startEmptyHelp: 'You can add data yourself or import a file from a colleague under Sharing.',
	demoLoaded: 'Demo network loaded.',
	confirmReplaceTitle: 'Replace the current data?',
	confirmReplace: (n) =>
		`This device already has ${n} records. Loading the demo network replaces all of them and clears the import history (imports can no longer be undone). Export a backup first if you need them.`,
	replaceAndLoad: 'Replace and load the demo',
	summaryTitle: 'Network data',
	reloadDemo: 'Load the demo network again'
};

export default en;
