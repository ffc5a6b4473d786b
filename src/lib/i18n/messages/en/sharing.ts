/** English messages of the sharing area; the Finnish ones in ../sharing.ts define the keys. */
import type { SharingMessages } from '../sharing';

const en: SharingMessages = {
	title: 'Sharing data',
	intro:
		"Export the data to a file and send it to another coordinator, or import a colleague's file. An import first shows what it would change and changes nothing until you accept.",

	exportTitle: 'Export a file',
	scopeLegend: 'What to export?',
	scope: {
		all: 'All data',
		directory: 'The directory only',
		region: 'One region',
		familyCentre: 'One family centre',
		body: 'One group or network',
		assessmentRound: 'One assessment round'
	},
	scopeHelp: {
		all: "All of the network's data, deletions included.",
		directory:
			'Organisations, services and activities, contact persons, and regions, municipalities and family centres.',
		region:
			"The region's municipalities, family centres, organisations, services, groups with their members and meetings, and the region's assessment rounds.",
		familyCentre:
			"The family centre's municipalities, organisations, services, and its groups with their members and meetings.",
		body: 'The group, its members, meetings, group discussions and resource contributions.',
		assessmentRound: 'The round, its group discussions, goals and actions.'
	},
	partialNote:
		"What the chosen records refer to comes too (e.g. a service's organisation and contact persons). Deletions travel with it.",
	target: {
		region: 'Region',
		familyCentre: 'Family centre',
		body: 'Group or network',
		assessmentRound: 'Assessment round'
	},
	choose: '— choose —',
	personalLegend: 'Personal data',
	personal: {
		full: "Included: people's names, e-mail addresses and phone numbers",
		noContactDetails: 'Without contact details: names included, no e-mails or phone numbers',
		noPersons: 'Without people: no names or contact details'
	},
	exporterIs: (who) => `The receiver sees the sender as: ${who}.`,
	exporterMissing: 'Your name is not set, so the receiver will not see who the file is from.',
	exporterSet: 'Set your name in Settings',
	exporterChange: 'Change in Settings',
	exportButton: 'Export file',
	personalWarningTitle: 'The file contains personal data',
	personalWarning: (contacts) =>
		`The file contains people's names${contacts ? ', e-mail addresses and phone numbers' : ' and roles'}. Send it only to those the data concerns and keep it safe. You can also export without contact details or without people.`,
	exportAnyway: 'Export',
	exporting: 'Exporting…',
	stage: {
		read: 'Reading the data',
		hash: 'Assembling the file',
		write: 'Writing the file',
		parse: 'Reading the file',
		check: 'Checking its structure',
		records: 'Checking the records',
		compare: 'Comparing with your data'
	},
	exported: (n, file) => `Exported ${n} records to ${file}.`,
	fileStem: {
		all: 'all',
		directory: 'directory',
		noContactDetails: 'without-contact-details',
		noPersons: 'without-people'
	},
	scopeMissing: 'The chosen record no longer exists. Choose another.',

	importTitle: 'Import a file',
	importHelp:
		'Choose a .json file another coordinator exported, or drop it here. Choosing a file changes nothing yet.',
	chooseFile: 'Choose a file',
	dropHere: 'Drop the file here',
	checking: (file) => `Checking ${file}…`,
	refusedTitle: (file) => `${file} cannot be imported`,
	nothingChanged: 'Nothing was changed.',
	moreProblems: (n) => `… and ${n} more problems.`,
	problem: {
		empty: 'The file is empty.',
		tooLarge: (size, limit) => `The file is too large (${size}); at most ${limit} can be imported.`,
		notJson: (line) =>
			`The file is not valid JSON${line ? ` (line ${line})` : ''} – it may be cut short or damaged.`,
		tooDeep: 'the data is nested too deep',
		forbiddenKey: (key) => `forbidden field name “${key}”`,
		notExport: 'The file is not a Verkosto export file.',
		newerFormat: (v) =>
			`The file was made by a newer version of Verkosto (file format ${v}). Update the app and try again.`,
		badVersion: (v) => `File format version “${v}” is not valid.`,
		duplicateId: 'the same id appears twice in the file',
		withheldField: 'this field cannot be marked as left out',
		checksum: "The file's checksum does not match: it was changed after the export or is damaged.",
		counts: (entity) => `${entity}: the number does not match the file header.`,
		record: (entity, record, problem) => `${entity} “${record}”: ${problem}`,
		inFile: (path, problem) => `In the file at ${path}: ${problem}`,
		futureExport: (at) =>
			`The file's export time ${at} is in the future. Check this device's clock; if it is right, the times in the file cannot be trusted.`,
		futureTime: (exported) => `the time is later than the file's export time ${exported}`,
		idInOtherEntity: (entity, label, local) =>
			`the same identifier already belongs ${local ? 'in your data' : 'in the file'} to another record: ${entity} «${label}»`,
		duplicateCode: (code, label, local) =>
			`municipality code ${code} already belongs ${local ? 'in your data' : 'in the file'} to the municipality «${label}»`
	},

	previewTitle: 'Preview: what the import would change',
	fileFrom: 'Sender',
	fileExportedAt: 'Exported',
	fileScope: 'Contents',
	filePersonal: 'Personal data',
	fileApp: 'Verkosto version',
	unknownSender: 'no name',
	scopeOf: (kind, label) => (label ? `${kind}: ${label}` : kind),
	kind: {
		new: 'New',
		changed: 'Changed',
		deleted: 'Deleted by sender',
		conflict: 'Conflicts',
		older: 'Yours is newer',
		unchanged: 'Unchanged'
	},
	kindHelp: {
		new: 'Records you do not have yet.',
		changed: 'The sender changed these since you last had the same version.',
		deleted: 'The sender deleted these; they are deleted here too.',
		conflict: 'Both you and the sender changed these. Choose which stays.',
		older: 'The file has an older version; yours stays.',
		unchanged: 'The same as yours.'
	},
	countsCaption: "The file's records by type",
	entityColumn: 'Type',
	totalRow: 'Total',
	nothingNew: 'The file holds nothing that would change your data.',
	tombstones: (n) =>
		`Also ${n} deletion marks for records you do not have; they are kept so the deletions travel on.`,
	detailsOf: (kind, entity) => `${kind}: ${entity}`,
	showChanges: 'Show the changes',
	field: 'Field',
	mine: 'Yours',
	theirs: 'In the file',
	emptyValue: '(empty)',
	deletedRecord: '(deleted)',
	unknownRecord: '(missing record)',
	newRecordFields: (n) => `${n} fields`,
	loadMore: 'Show more',
	turnDown: 'Do not take this change',
	erasure:
		"The sender erased this person's data permanently (data protection). It is erased here too; this cannot be turned down.",
	turnedDown: 'Yours stays',

	conflictsTitle: (n) => `Conflicts (${n})`,
	conflictsHelp:
		'The same record changed both here and at the sender since you last had the same version. Choose which stays for each, or combine them field by field.',
	noBase:
		'This record has not travelled between you before, so it is not known who changed it. The one changed last is marked “newer”, and “Take the newer for all” picks it.',
	deletedByThem: 'The sender deleted this; it was changed in your data.',
	deletedByMe: 'This was deleted in your data; the sender changed it.',
	deletedInFile: 'In the file this is deleted; in your data it is not.',
	deletedHere: 'In your data this is deleted; in the file it is not.',
	choiceLegend: (label) => `Which stays: ${label}`,
	keepMine: 'Keep mine',
	takeTheirs: 'Take theirs',
	byField: 'Field by field',
	fieldChoice: (field) => `Field ${field}`,
	newer: 'newer',
	takeNewerAll: 'Take the newer for all',
	keepMineAll: 'Keep mine for all',
	takeTheirsAll: 'Take theirs for all',
	resolved: (done, total) => `${done}/${total} resolved`,
	unresolved: (n) =>
		n === 1
			? 'Resolve 1 more conflict before importing.'
			: `Resolve ${n} more conflicts before importing.`,

	duplicatesTitle: 'Possible duplicates',
	duplicatesHelp:
		"The file has new records that look like yours but have another id. Merging moves the file's references to your record and marks the file's copy deleted.",
	reason: {
		businessId: 'same business ID',
		name: 'same name and area',
		code: 'same municipality code',
		email: 'same e-mail'
	},
	mergeInto: (entity, theirs, mine, why) =>
		`Merge ${entity} “${theirs}” into your “${mine}” (${why})`,
	forced: (theirs, mine) =>
		`Municipality “${theirs}” is your “${mine}” (same municipality code); the file's references are read as yours.`,

	danglingTitle: (n) => `References to missing records (${n})`,
	danglingHelp:
		'These records refer to records that are neither in the file nor here (e.g. a partial export or one without people), or that the file deletes. The import still works.',
	danglingItem: (entity, label, field, target) =>
		`${entity} “${label}”, field ${field}: ${target} missing`,

	applyButton: 'Import the changes',
	cancel: 'Cancel',
	applying: 'Importing…',
	applied: (t) =>
		`Import done: ${t.new} new, ${t.changed} changed, ${t.deleted} deleted, ${t.conflicts} conflicts resolved.`,
	stale:
		'The data changed after the preview (e.g. in another tab). Nothing was imported. Check the updated preview.',
	invalidChoice: 'The fields you combined are not valid together, so nothing was imported:',
	failed: 'The import failed. Nothing was changed.',
	workerFailed: 'Processing the file stopped. Nothing was changed.',

	historyTitle: 'Import history',
	historyEmpty: 'No files have been imported yet.',
	historyCaption: 'Imported files, newest first',
	when: 'Imported',
	file: 'File',
	from: 'Sender',
	result: 'Result',
	status: 'Status',
	countsShort: (t) =>
		`${t.new} new, ${t.changed} changed, ${t.deleted} deleted, ${t.conflicts} conflicts`,
	active: 'In effect',
	undoneAt: (date) => `Undone ${date}`,
	undoButton: 'Undo the last import',
	undoTitle: 'Undo the last import?',
	undoText: (file, date) =>
		`The data is put back exactly as it was before ${file} was imported (${date}).`,
	undoChanged: (n) =>
		`${n} records the import wrote were changed after it. Undoing also reverts those changes.`,
	undoDependants: (n) =>
		`${n} records added or changed since the import refer to records that will not exist after the undo (e.g. a membership of an imported group). Undoing removes these references, and records that cannot exist without their target are deleted.`,
	undoExported: 'You have exported data since the import: files already sent contain its changes.',
	undoConfirm: 'Undo the import',
	undoForce: 'Undo anyway',
	undone: 'The import was undone. The data is as it was before.',
	nothingToUndo: 'There is no import to undo.',

	reminder: (days) =>
		`The data has been changed for ${days} days without a backup. Export all data to a file and keep it safe.`,
	reminderAction: 'Export all data',
	reminderLater: 'Later'
};

export default en;
