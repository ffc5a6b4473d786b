/** English messages of the common area; the Finnish ones in ../common.ts define the keys. */
import type { CommonMessages } from '../common';

const en: CommonMessages = {
	appName: 'Verkosto',
	tagline: "The family-centre network's shared register",
	skipToContent: 'Skip to content',
	mainNav: 'Main menu',
	nav: {
		home: 'Home',
		directory: 'Directory',
		network: 'Network',
		meetings: 'Meetings',
		codevelopment: 'Co-development',
		resources: 'Resources',
		sharing: 'Sharing',
		settings: 'Settings'
	},
	language: 'Language',
	online: 'Online',
	offline: 'No network connection – everything still works',
	notBuiltYet: 'This section is being built.',
	notBuiltYetDetail: 'Its data is already stored in the database, and this view is coming soon.',
	loading: 'Loading…',
	save: 'Save',
	cancel: 'Cancel',
	delete: 'Delete',
	edit: 'Edit',
	add: 'Add',
	close: 'Close',
	confirm: 'Confirm',
	back: 'Back',
	search: 'Search',
	print: 'Print',
	yes: 'Yes',
	no: 'No',
	none: '—',
	fictional: 'Fictional person',
	notFound: 'Page not found',
	notFoundDetail:
		'There is no page at this address. It may have been deleted, or the link is mistyped.',
	errorTitle: 'Something went wrong',
	toHome: 'To the home page',
	updateAvailable: 'A new version is available.',
	updateReload: 'Update now',
	unreadableTime:
		'The browser could not read the date or time typed. Fill in every part or pick it from the picker. The value was not saved.',
	unreadableField: (label) =>
		`${label}: the browser could not read the date or time typed. Fill in every part or pick it from the picker. Nothing was saved.`,
	accessibility: 'Accessibility statement',
	deletion: {
		title: (what) => `Delete ${what}?`,
		nothingRefers:
			'Nothing else refers to this. The deletion can be shared with other coordinators.',
		cascade: (n) =>
			n === 1
				? 'This record is deleted too, as it cannot exist without the one you delete:'
				: `These ${n} records are deleted too, as they cannot exist without the one you delete:`,
		detach: (n) =>
			n === 1
				? 'This record loses its link but stays:'
				: `These ${n} records lose their link but stay:`,
		choose: 'What happens to the records that refer to it?',
		modeCascade: 'Delete, and remove the links as described above',
		modeReassign: 'Move the links to another record',
		reassignTo: 'Move to',
		more: (n) => `… and ${n} more`,
		done: 'Deleted.'
	},
	storage: {
		opening: 'Opening the database…',
		blocked:
			'Verkosto is open in another tab running an older version. Close the other Verkosto tabs and the update will continue.',
		outdated:
			'Verkosto was updated in another tab. Reload this page to continue – your data is safe.',
		reload: 'Reload',
		failedTitle: 'The database could not be opened',
		quota:
			"The device's storage is full. The change was not saved and earlier data is unchanged. Free some space and try again.",
		version:
			'Data on this device was saved by a newer version of Verkosto. Reload the page to get the latest version.',
		unavailable:
			'The browser does not allow local storage (e.g. a private window or a browser setting). Open Verkosto in a normal window.',
		validation: 'Not saved because the data has an error.',
		missing: 'The record no longer exists – it may have been deleted in another tab.',
		conflict:
			'The record was changed elsewhere while the form was open. Nothing was saved – see the marked fields.',
		unknown: 'Saving failed. Earlier data is unchanged.',
		persistent: 'Persistent storage granted',
		notPersistent:
			'The browser may delete the data when space runs low – export a backup regularly.'
	},
	validation: {
		invalid_type: 'wrong type of value',
		too_small: 'too short or small',
		too_big: 'too long or large',
		invalid_value: 'value not allowed',
		invalid_format: 'wrong format',
		unrecognized_keys: 'unknown field',
		required: 'required',
		url: 'the link must start with http:// or https://',
		phone: 'invalid phone number',
		businessId: 'invalid business ID (check digit)',
		municipalityCode: 'the municipality code has three digits',
		postalCode: 'the postal code has five digits',
		localDateTime: 'invalid time',
		ageRange: 'the maximum age is below the minimum age',
		termOrder: 'the term ends before it starts',
		endBeforeStart: 'the end is before the start',
		scopeFamilyCentre: 'choose the family centre the local group belongs to',
		scopeRegion: 'choose the region the regional group belongs to',
		parentCycle: 'a group cannot be part of itself or of its own sub-group',
		parentMissing: 'the group no longer exists',
		codeTaken: 'another municipality already has this code',
		deputyFor: 'a deputy must stand in for another member of the same group',
		alreadyMember: 'the person is already a member of the group for this term',
		other: 'invalid value',
		recordField: (entity, record, field, problem) =>
			`${entity}${record ? ` “${record}”` : ''}, field ${field}: ${problem}`
	},
	conflict: {
		summary:
			'Some fields were changed elsewhere (in another tab, by an import or by an autosave) after you opened the form. Nothing was saved. In the marked fields, choose which value stays, then save again.',
		changed: 'This field was changed elsewhere meanwhile.',
		stored: 'Saved value:',
		keepMine: 'Keep my value',
		takeStored: 'Take the saved value'
	},
	picker: {
		notChosen: (text) =>
			`“${text}” was not chosen from the list, so it cannot be saved. Choose a name from the list or clear the field.`
	}
};

export default en;
