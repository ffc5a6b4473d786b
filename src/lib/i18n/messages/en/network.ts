/** English messages of the network area; the Finnish ones in ../network.ts define the keys. */
import { n, type NetworkMessages } from '../network';

const en: NetworkMessages = {
	title: 'Network structure',
	sectionNav: 'Parts of the network',
	nav: {
		overview: 'Overview',
		regions: 'Regions',
		familyCentres: 'Family centres',
		municipalities: 'Municipalities',
		bodies: 'Groups and networks',
		coverage: 'Representation',
		map: 'Network map'
	},
	name: 'Name',
	nameSv: 'Name in Swedish',
	description: 'Description',
	status: 'Status',
	website: 'Website',
	email: 'E-mail',
	regionOne: 'Region',
	familyCentreOne: 'Family centre',
	actions: 'Actions',
	saved: 'Saved.',
	notFound: 'Not found',
	notFoundDetail: 'It may have been deleted, or the link is wrong.',
	remove: (name) => `Remove ${name}`,
	choosePerson: '— choose a person —',
	filterPersons: 'Narrow people by name',
	filterOrganisations: 'Narrow organisations by name',
	moreOptions: (shown, total) => `Showing ${shown} of ${total} – type a name to narrow.`,
	overview: {
		intro:
			'Regions, family centres, municipalities, and the steering, coordination and working groups and networks: who belongs where, whom each member represents, and where representation is missing.',
		emptyTitle: 'The network has no data yet',
		emptyDetail:
			'Load the demo network on the home page, or start by adding a region, a family centre or a group.',
		activeBodies: 'Active groups and networks',
		currentMembers: 'Member seats',
		attentionTitle: 'Needs attention',
		allInOrder:
			'All groups are in order: the required representation is present, goals and tasks are stated and meetings keep to schedule.',
		gapLine: (label, count, local) =>
			`${label}: not represented in ${count} ${n(count, 'group', 'groups')}` +
			(local ? ` (${local} of them local)` : ''),
		noGoals: (count) =>
			`${count} ${n(count, 'group has', 'groups have')} not stated goals or tasks`,
		behind: (count) =>
			`${count} ${n(count, 'group is', 'groups are')} overdue for a meeting by the agreed cadence, with none planned`,
		unstated: (count) =>
			`${count} ${n(count, 'member does', 'members do')} not have their representation recorded`,
		viewsTitle: 'Views',
		mapHelp: 'the whole structure as a picture and as a list, by region and sector',
		coverageHelp: 'groups × sectors: who represents whom and where representation is missing',
		cards: 'Group cards',
		cardsHelp: 'each group’s goals, tasks, members and contacts, ready to print'
	},
	regions: {
		one: 'Region',
		new: 'New region',
		edit: 'Edit region',
		none: 'No regions yet.',
		county: 'Wellbeing services county',
		countyHint: 'For example Pirkanmaa wellbeing services county.',
		coordinationGroups: 'Coordination group',
		onMap: 'Show the region on the network map',
		what: (name) => `the region «${name}»`
	},
	municipalities: {
		one: 'Municipality',
		new: 'New municipality',
		edit: 'Edit municipality',
		none: 'No municipalities yet.',
		code: 'Municipality code',
		codeHint: 'Statistics Finland’s three-digit code, e.g. 536 (Nokia).',
		regionHint: 'Leave empty if the municipality belongs to several regions (like Tampere).',
		noFamilyCentre: 'The municipality is not part of any family centre.',
		localBodies: 'Local groups',
		organisations: (count) => `Organisations working in the municipality (${count})`,
		what: (name) => `the municipality «${name}»`
	},
	familyCentres: {
		one: 'Family centre',
		new: 'New family centre',
		edit: 'Edit family centre',
		none: 'No family centres found.',
		caption: (count) => `${count} family centres`,
		contacts: 'Family-centre liaisons',
		addContact: 'Add a liaison',
		noContacts: 'No liaisons recorded.',
		steeringGroup: 'Local steering group',
		noSteeringGroup: 'No steering group is recorded for this family centre.',
		addBody: 'Add a group for this family centre',
		missing: (labels) => `Missing: ${labels}`,
		services: (count) => `Services and activities in the area (${count})`,
		areaFree: (count) =>
			`In addition, ${count} national, online or phone services are available to everyone.`,
		what: (name) => `the family centre «${name}»`
	},
	bodies: {
		one: 'Group',
		new: 'New group or network',
		edit: 'Edit group',
		none: 'No groups found.',
		caption: (count) => `${count} groups and networks`,
		kind: 'Kind',
		level: 'Level',
		levelHint:
			'A local group belongs to a family centre, a regional one to a region; provincial and national groups cover the whole area.',
		parent: 'Part of',
		parentHint: 'The group this one reports to, e.g. the regional coordination group.',
		filterBodies: 'Narrow groups by name',
		children: 'Sub-groups',
		goals: 'Goals',
		tasks: 'Tasks',
		linesHint: 'One per line.',
		noGoals: 'No goals stated.',
		noTasks: 'No tasks stated.',
		addGoals: 'State the goals',
		addTasks: 'State the tasks',
		coordinator: 'Coordinator / contact person',
		cadence: 'Meets',
		cadenceField: 'Meetings a year',
		cadenceHint: 'How many times a year the group is meant to meet; 0 if no cadence is agreed.',
		perYear: (count) =>
			count === 0 ? 'no agreed cadence' : `${count} ${n(count, 'time', 'times')} a year`,
		perYearInvalid: 'Give the number of meetings as a whole number.',
		required: 'Required representation',
		requiredHint:
			'Who must sit in the group, e.g. in a local steering group the municipality, the wellbeing services county, an NGO, a parish or other religious community, and families.',
		themes: 'Themes this expert network covers',
		themesHint:
			'The referral view lists the network and its coordinator after the services of these themes.',
		members: 'Members',
		noMembers: 'The group has no members.',
		representation: 'Representation',
		printCard: 'Group card',
		what: (name) => `the group «${name}»`
	},
	members: {
		add: 'Add member',
		edit: 'Edit membership',
		person: 'Person',
		fromDirectory: 'Person in the directory',
		newPerson: 'New person',
		newName: 'Name',
		newTitle: 'Job title',
		newOrganisation: 'Organisation the person works for',
		phone: 'Phone',
		role: 'Role',
		represents: 'Represents',
		representsOrganisation: 'Represented organisation',
		representsText: 'Represented party in words',
		representsTextHint: 'E.g. «NGOs of the western region» or «Families of the area».',
		category: 'Seat (sector)',
		categoryHint:
			'Which required seat the member fills. Taken from the represented organisation’s sector if left empty.',
		categorySuggested:
			'Prefilled from the sector of the represented organisation or the person’s own – check it and change it if needed.',
		deputyForField: 'Deputy for',
		deputyHint:
			'A deputy alone does not fill a seat: the seat counts as filled only through the full member.',
		deputyFor: (name) => `deputy for ${name}`,
		term: 'Term',
		termStart: 'Term starts',
		termEnd: 'Term ends',
		termEndHint: 'The last day of the term. Ended terms are kept as history.',
		openTerm: 'until further notice',
		responsibilities: 'Responsibilities',
		responsibilitiesHint:
			'E.g. carrying information to and from the represented before and after meetings.',
		unstated: 'representation not recorded',
		upcoming: 'Incoming members',
		history: 'Former members',
		editOf: (name) => `Edit: ${name}`,
		endTerm: 'End term',
		endTermOf: (name) => `End term: ${name}`,
		endTitle: (name) => `End the term of ${name}?`,
		endHelp:
			'The membership stays in the group’s history. If no one takes over the seat, it shows as a representation gap.',
		lastDay: 'Last day of the term',
		ended: 'Term ended.',
		delete: 'Delete membership',
		deleteHelp:
			'Delete only a membership added by mistake. When a member’s term ends, end the term: it is kept as history.',
		what: (name) => `the membership «${name}»`
	},
	coverage: {
		title: 'Representation and gaps',
		intro:
			'Each group states who must sit at its table. The table shows who represents each sector and where representation is missing, and the groups without goals or tasks or that meet less often than agreed.',
		rulesTitle: 'How gaps are counted',
		rules: [
			'A seat is filled by a member whose term is current today (the end date included). Ended terms fill nothing.',
			'A member’s seat is the sector recorded for them or, if none, the sector of the organisation they represent. Nothing is inferred from their employer.',
			'A deputy alone does not fill a seat. A seat held only by a deputy shows as a gap.',
			'A parish and another religious community fill each other’s seats (the source documents’ «religious community»), unless the group requires both separately.',
			'Groups that have ended have no gaps.'
		],
		filters: 'Filters',
		any: 'All',
		lackingFilter: 'Missing',
		onlyProblems: 'Only groups that need attention',
		gapsTitle: 'Missing representation',
		lacking: (label, count) =>
			`${label}: not represented in ${count} ${n(count, 'group', 'groups')}`,
		noGaps: (count) =>
			`All ${count} ${n(count, 'group has', 'groups have')} the required representation.`,
		flagsTitle: 'Other remarks',
		noGoalsTitle: (count) => `Goals or tasks not stated (${count})`,
		behindTitle: (count) => `Meeting overdue (${count})`,
		lastMet: (last) => (last ? `last met ${last}` : 'no meetings recorded'),
		unstatedTitle: (count) => `Members without recorded representation (${count})`,
		matrixTitle: 'Representation table',
		caption: (count) => `Representation in ${count} groups by sector`,
		noneMatch: 'No groups match the filters.',
		body: 'Group',
		notes: 'Other remarks',
		status: {
			filled: 'Represented',
			deputy_only: 'Deputy only',
			upcoming: 'Incoming',
			lapsed: 'Term ended',
			missing: 'Missing'
		},
		present: 'Present',
		notRequired: 'Not required',
		notRequiredShort: 'not required',
		noRequirements: 'No required representation is recorded for the group.',
		deputies: 'Deputy',
		byEquivalent: 'as a religious community',
		endingSoon: (date) => `term ends ${date}`,
		startsOn: (date) => `starts ${date}`,
		endedOn: (date) => `ended ${date}`
	},
	flags: {
		no_goals: 'No goals stated',
		no_tasks: 'No tasks stated',
		behind_cadence: 'Meeting overdue, none planned',
		unstated_representation: (count) =>
			`${count} ${n(count, 'member', 'members')} without recorded representation`,
		no_members: 'No members'
	},
	meetings: {
		title: 'Meetings',
		cadence: (perYear, held) =>
			`The group meets ${perYear} ${n(perYear, 'time', 'times')} a year; ${held} ${n(held, 'meeting', 'meetings')} in the last 12 months.`,
		noCadence: 'The group has no agreed meeting cadence.',
		behind: 'The next meeting is overdue and none is planned.',
		due: (date) => `By the agreed cadence it was due by ${date}.`,
		none: 'No meetings recorded for the group.',
		upcoming: 'Upcoming meetings',
		past: 'Past meetings',
		showAll: (count) => `Show all ${count}`
	},
	card: {
		title: (name) => `Group card: ${name}`,
		backToBody: 'Back to the group’s page',
		partOf: (name) => `part of ${name}`,
		contact: 'Contact',
		contactPerson: 'Contact person',
		noContact: 'No contact person recorded.',
		meets: (count) => `Meets ${count} ${n(count, 'time', 'times')} a year.`,
		noCadence: 'No agreed meeting cadence.',
		next: (when) => `Next meeting ${when}.`,
		behind: 'The next meeting is overdue and none is planned.',
		printed: (date) => `Printed ${date} · Verkosto`,
		manyIntro:
			'The card of each chosen group on a page of its own: goals, tasks, members and contacts.',
		printAll: (count) => `Print ${count} ${n(count, 'card', 'cards')}`
	},
	map: {
		intro:
			'The network as a picture: the province, its regions, family centres, groups and the organisations sitting in them. A red mark means the group lacks a required representative.',
		network: 'Network',
		mapLabel: (name) => `Network map: ${name}`,
		sector: 'Sector',
		includeEnded: 'Show groups that have ended too',
		viewAs: 'Show',
		asMap: 'As a map',
		asList: 'As a list',
		expandAll: 'Open all',
		collapse: 'Close the groups',
		empty: 'Nothing matches the filters.',
		summary: (centres, bodies, orgs) =>
			`${centres} family centres, ${bodies} groups, ${orgs} organisations`,
		toolbar: 'Map view',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		fit: 'Fit to width',
		actualSize: '100 %',
		help: 'Arrow keys: up and down move, right opens a branch, left closes it. Enter opens the page, Space opens or closes a branch, a letter jumps to a name. Ctrl + wheel zooms; drag the background to move the view.',
		details: 'Selected',
		open: 'Open page',
		childCount: (count) => `${count} ${n(count, 'item', 'items')} below`,
		hidden: (count) => `closed, ${count} ${n(count, 'item', 'items')} below`,
		lacks: (labels) => `missing: ${labels}`,
		legend: 'Legend',
		gapLegend: 'Group lacking a required representative',
		kind: {
			province: 'Province',
			region: 'Region',
			familyCentre: 'Family centre',
			body: 'Group',
			organisation: 'Organisation',
			group: 'Represented group'
		}
	}
};

export default en;
