/** English messages of the spreadsheet import; the Finnish ones in ../sheets.ts define the keys. */
import type { SheetsMessages } from '../sheets';

const en: SheetsMessages = {
	title: 'Import a spreadsheet',
	openLink: 'Import a spreadsheet',
	openLinkHelp: 'An Excel, LibreOffice or CSV file, such as a list of NGO contact persons.',
	intro:
		'Import organisations, people, services and group members from a spreadsheet. Every row is checked and possible duplicates are reviewed before anything is saved; the import can be undone on the Sharing page.',
	steps: {
		file: 'File',
		columns: 'Columns',
		check: 'Check',
		review: 'Duplicates',
		summary: 'Summary'
	},
	stepOf: (n, total, name) => `Step ${n} of ${total}: ${name}`,
	chooseFile: 'Choose a spreadsheet',
	dropHere: 'or drop the file here',
	formats: 'Excel (.xlsx), LibreOffice (.ods) or CSV (.csv, .txt).',
	reading: (name) => `Reading ${name}…`,
	working: 'Checking…',
	refusedTitle: (name) => `${name} cannot be imported`,
	refused: (p) => {
		switch (p.code) {
			case 'fileTooLarge':
				return `The file is too large (at most ${Math.round(p.limit / 1024 / 1024)} MB).`;
			case 'uncompressedTooLarge':
				return `The file unpacks too large (at most ${Math.round(p.limit / 1024 / 1024)} MB).`;
			case 'tooManyRows':
				return `Sheet ${p.sheet} has too many rows (at most ${p.limit}).`;
			case 'tooManyColumns':
				return `Sheet ${p.sheet} has too many columns (at most ${p.limit}).`;
			case 'cellTooLong':
				return `The text in sheet ${p.sheet}, row ${p.row}, column ${p.column} is too long (at most ${p.limit} characters).`;
			case 'legacyExcel':
				return 'The file is in the old Excel format (.xls). Save it in Excel as .xlsx or .csv and try again.';
			case 'binaryExcel':
				return 'The file is an Excel binary workbook (.xlsb). Save it in Excel as .xlsx or .csv and try again.';
			case 'encrypted':
				return 'The file is password-protected. Remove the protection and save the file again.';
			case 'corrupt':
				return 'The file is damaged or cannot be read.';
			case 'notSpreadsheet':
				return 'The file is not a spreadsheet (xlsx, ods or csv).';
			case 'empty':
				return 'The file has no rows.';
		}
	},
	nothingChanged: 'Nothing was saved.',
	failed: 'The import failed. Nothing was saved; please try again.',
	sheet: 'Sheet',
	sheetRows: (rows, columns) => `${rows} rows, ${columns} columns`,
	headerRow: 'Header row',
	headerRowHelp: 'The row with the column names. Found automatically; change it if needed.',
	topRows: 'Top of the sheet',
	rowNumber: 'Row',
	columnsHelp:
		'For each column, choose which detail it is imported as. The suggestions come from the column names.',
	column: 'Column',
	examples: 'Examples',
	field: 'Imported as',
	notImported: '– not imported –',
	parts: {
		organisation: 'Organisation',
		person: 'Person',
		service: 'Service',
		membership: 'Group membership'
	},
	fields: {
		organisation: {
			id: 'Organisation’s Verkosto id',
			name: 'Organisation name',
			alternateName: 'Organisation’s other name',
			businessId: 'Business ID (Y-tunnus)',
			sector: 'Sector',
			municipalities: 'Organisation’s municipalities',
			website: 'Organisation’s website',
			email: 'Organisation’s e-mail',
			phone: 'Organisation’s phone',
			description: 'Organisation’s description'
		},
		person: {
			id: 'Person’s Verkosto id',
			name: 'Person’s name',
			title: 'Job title',
			jobDescription: 'Job description',
			department: 'Unit',
			email: 'Person’s e-mail',
			phone: 'Person’s phone'
		},
		service: {
			id: 'Service’s Verkosto id',
			name: 'Service name',
			kind: 'Kind of service',
			status: 'Service status',
			municipalities: 'Service’s municipalities',
			description: 'Service description',
			website: 'Service website',
			email: 'Service e-mail',
			phone: 'Service phone',
			referral: 'How to get there or be referred'
		},
		membership: {
			body: 'Group',
			role: 'Role in the group'
		}
	},
	defaultSector: 'Sector of new organisations (when the sheet has no sector)',
	saved: 'Saved column choices',
	useSaved: 'Use',
	saveName: 'Save the column choices as',
	save: 'Save',
	savedDone: (name) => `Column choices saved as ${name}.`,
	usedSaved: (name) => `Using the column choices ${name}.`,
	nothingMapped: 'Choose a detail for at least one column.',
	back: 'Back',
	next: 'Continue',
	restart: 'Start again',
	checkSummary: (good, bad, left) =>
		`${good} rows fine` +
		(bad ? `, ${bad} rows with errors` : '') +
		(left ? `, ${left} left out` : '') +
		'.',
	problemsTitle: 'Errors',
	problemsHelp:
		'Fix the value here or leave the row out. Rows with errors are not imported; nothing is saved before you approve the import.',
	where: (row, header) => `Row ${row}, column ${header || '(unnamed)'}`,
	problem: (code, value) => {
		switch (code) {
			case 'email':
				return `The e-mail address “${value}” is not valid.`;
			case 'phone':
				return `The phone number “${value}” is not valid.`;
			case 'businessId':
				return `The business ID “${value}” is not valid (form 1234567-8 with the right check digit).`;
			case 'url':
				return `The web address “${value}” is not valid (http and https addresses only).`;
			case 'tooLong':
				return 'The text is too long.';
			case 'invalid':
				return `The value “${value}” is not valid.`;
			case 'id':
				return `“${value}” is not a Verkosto id.`;
			case 'municipality':
				return `There is no municipality “${value}” in Verkosto.`;
			case 'sector':
				return `Unknown sector “${value}”.`;
			case 'kind':
				return `Unknown kind of service “${value}”.`;
			case 'status':
				return `Unknown status “${value}”.`;
			case 'role':
				return `Unknown role “${value}”.`;
			case 'body':
				return `There is no group “${value}” in Verkosto.`;
			case 'nameMissing':
				return 'The name is missing, though the row has other details.';
			case 'serviceWithoutOrganisation':
				return 'A service must have an organisation.';
			case 'membershipWithoutPerson':
				return 'A group membership needs a person.';
		}
	},
	fixLabel: (row, header) => `Fixed value, row ${row}, column ${header}`,
	leaveOut: 'Leave the row out',
	leaveOutAll: 'Leave out every row with errors',
	moreProblems: (n) => `…and ${n} more errors.`,
	recheck: 'Check again',
	newOrganisationsTitle: (n) =>
		n === 1
			? 'One organisation is not in Verkosto yet'
			: `${n} organisations are not in Verkosto yet`,
	newOrganisationsHelp: 'People and services are linked to an organisation by its name.',
	createOrganisations: 'Create these organisations',
	skipOrganisations: 'Import the people without an organisation (services are not imported)',
	chooseOrganisations: 'Choose whether the organisations are created.',
	reviewTitle: 'Possible duplicates',
	reviewHelp:
		'These rows may already be in Verkosto, or earlier in the same file. For each, choose: merge, create new, or skip.',
	candidate: (i, n) => `Candidate ${i} of ${n}`,
	reason: {
		id: 'same id',
		businessId: 'same business ID',
		name: 'same name',
		email: 'same e-mail'
	},
	candidateTitle: (part, row, reason) => `${part}, row ${row} (${reason})`,
	existing: 'In Verkosto',
	earlierRow: (row) => `File row ${row}`,
	fileRow: (row) => `File row ${row}`,
	recordField: {
		name: 'Name',
		title: 'Job title',
		jobDescription: 'Job description',
		department: 'Unit',
		email: 'E-mail',
		phone: 'Phone',
		organisationId: 'Organisation',
		municipalityIds: 'Municipalities',
		businessId: 'Business ID',
		sector: 'Sector',
		website: 'Website',
		description: 'Description',
		alternateName: 'Other name',
		kind: 'Kind',
		status: 'Status',
		referral: 'How to get there'
	},
	chooseAction: 'What is done with this row?',
	keep: 'Keep',
	takeFile: 'Take from file',
	merge: 'Merge',
	createNew: 'Create new',
	skip: 'Skip',
	mergeHelp:
		'Merge: the file’s details complete the existing record. Where both have a value, choose which stays.',
	applyToRest: 'Same choice for all remaining',
	decided: (n, total) => `${n} of ${total} decided`,
	decision: { merge: 'merged', new: 'created new', skip: 'skipped' },
	previous: 'Previous',
	summaryTitle: 'What the import does',
	summaryLine: (entity, added, changed, unchanged) =>
		`${entity}: ${added} new, ${changed} changed, ${unchanged} unchanged`,
	noChanges: 'No changes: everything in the spreadsheet is already in Verkosto as it is.',
	leftOut: (n) => `${n} rows are not imported.`,
	apply: 'Import',
	applying: 'Saving…',
	applied: (added, changed) => `Import done: ${added} new records, ${changed} changed.`,
	undoHint: 'The import is in the import history and can be undone on the Sharing page.',
	toSharing: 'Sharing',
	toDirectory: 'To the directory',
	stale: 'The data changed after the preview. Please check the summary again.'
};
export default en;
