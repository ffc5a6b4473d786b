/** English messages of the home area; the Finnish ones in ../home.ts define the keys. */
import { count } from '../../plural';
import { listWith, type HomeMessages, type StartedCounts } from '../home';

const enList = listWith('and');
const enCounts = (c: StartedCounts) =>
	enList(
		[
			count(c.municipalities, 'municipality', 'municipalities'),
			c.regions ? count(c.regions, 'region', 'regions') : '',
			c.familyCentres ? count(c.familyCentres, 'family centre', 'family centres') : '',
			c.bodies ? count(c.bodies, 'group', 'groups') : ''
		].filter(Boolean)
	);

const en: HomeMessages = {
	welcome: 'Welcome to Verkosto',
	intro:
		"Verkosto brings the family-centre network's organisations, services, contact persons, groups, meetings and co-development together in one place. Data is stored only on this device, and the app works without a network connection.",
	startTitle: 'How would you like to start?',
	areaTitle: 'Your own area',
	areaHelp:
		'Choose a wellbeing services county or Helsinki: its municipalities are created for you with their codes and Finnish and Swedish names. Nothing is made up: no people, organisations or services.',
	areaLabel: 'Wellbeing services county or Helsinki',
	areaChoose: 'Choose an area',
	areaCount: (municipalities) =>
		`Creates ${count(municipalities, 'municipality', 'municipalities')}.`,
	areaRequired: 'Choose a wellbeing services county or Helsinki.',
	structureLabel: "Also create the structure of Pirkanmaa's family-centre network",
	structureHelp:
		"3 regions, 24 local family centres, the provincial steering group, regional coordination groups, the family centres' steering groups, and the expert and NGO networks. No people or members: you add them yourself or import them from a spreadsheet.",
	startArea: 'Start with the chosen area',
	listSource: (year) =>
		`Municipality list ${year}: Statistics Finland's municipality and wellbeing services county classification, Swedish names as recommended by the Institute for the Languages of Finland (compiled by Yle).`,
	listCurrency:
		'No municipal mergers took effect in 2022–2024. If municipalities have changed since, you can rename, add and remove them after starting.',
	areaStarted: (area, c) => `Started: ${area} – ${enCounts(c)}.`,
	demoTitle: 'Demo network',
	loadDemo: 'Load the demo network (Pirkanmaa)',
	loadDemoHelp:
		'23 municipalities, 3 regions, 24 family centres, groups, services and the 2024 assessment round. People in the demo are fictional.',
	emptyTitle: 'Empty network',
	startEmpty: 'Start empty',
	startEmptyHelp: 'You can add data yourself or import a file from a colleague under Sharing.',
	demoLoaded: 'Demo network loaded.',
	confirmReplaceTitle: 'Replace the current data?',
	confirmReplace: (n) =>
		`This device already has ${n} records. Loading the demo network replaces all of them and clears the import history (imports can no longer be undone). Export a backup first if you need them.`,
	replaceAndLoad: 'Replace and load the demo',
	confirmReplaceArea: (n, area) =>
		`This device already has ${n} records. Starting with the chosen area (${area}) replaces all of them and clears the import history (imports can no longer be undone). Export a backup first if you need them.`,
	replaceAndStart: 'Replace and start with the area',
	next: {
		title: 'What next?',
		startedArea: (area, year) => `Started from the area: ${area} (municipality list ${year}).`,
		startedEmpty: 'Started empty.',
		done: 'Done:',
		importTitle: 'Import contacts from a spreadsheet',
		importText:
			"NGOs' contact persons, group members or services from an Excel, LibreOffice or CSV file.",
		importLink: 'Import a spreadsheet',
		importFile: "Import a colleague's Verkosto file",
		orgsTitle: 'Add organisations',
		orgsText:
			'Municipalities, the wellbeing services county, NGOs, parishes and other actors whose services and contact persons the network gathers.',
		orgsLink: 'Add an organisation',
		orgsDone: (orgs, persons) =>
			`The directory has ${count(orgs, 'organisation', 'organisations')} and ${count(persons, 'person', 'people')}.`,
		orgsOpen: 'Open the directory',
		groupTitle: 'Add a group',
		groupText:
			'Steering, coordination and working groups and networks: goals, tasks and who must sit at the table.',
		groupLink: 'Add a group',
		membersTitle: "Add the groups' members",
		membersText: (bodies) =>
			`The network has ${count(bodies, 'group', 'groups')} with no members yet. Members can also be imported from a spreadsheet.`,
		groupsOpen: 'Open the groups',
		groupsDone: (bodies, memberships) =>
			`${count(bodies, 'group', 'groups')}, ${count(memberships, 'membership', 'memberships')}.`,
		municipalitiesTitle: 'Check the municipalities',
		municipalitiesText: (n) => `The network has ${count(n, 'municipality', 'municipalities')}.`,
		municipalitiesOpen: 'Open the municipalities',
		addMunicipalitiesTitle: 'Add municipalities',
		addMunicipalitiesText: 'The municipalities where the network works, with their codes.',
		addMunicipalitiesLink: 'Add a municipality'
	},
	summaryTitle: 'Network data',
	summaryHelp: 'Choose a tile to go to its list, where you can search, add and edit.',
	summaryEmpty: 'The network has no data yet.',
	startOverTitle: 'Start over',
	startOverHelp:
		"Replace this device's data with the demo network or your own area's municipalities. Both ask first, as the current data is replaced.",
	reloadDemo: 'Load the demo network again'
};

export default en;
