/**
 * The directory's editors: a form session that saves through
 * services/directory and lands on the record's page, and record pickers
 * that search the directory.
 */
import type { Messages } from '$lib/i18n/catalogue';
import {
	saveDirectoryRecord,
	type DirectoryEntity,
	type DirectoryFields
} from '$lib/services/directory';
import { directorySearch } from './directorySearch.svelte';
import { FormSession } from './formSession.svelte';

/** The session of a directory form: a new record without `id`, an edit with it. */
export function directorySession<N extends DirectoryEntity>(entity: N, id?: string) {
	return new FormSession({
		entity,
		id,
		write: (fields: DirectoryFields<N>, edit) => saveDirectoryRecord(entity, fields, edit),
		saved: (m) => (id ? m.directory.saved : m.directory.created),
		to: (r) => `/directory/${entity}/${r.id}`
	});
}

/** Options for a record picker from the directory search (Finnish-aware, typo-tolerant). */
export function finder(type: 'organisations' | 'persons', m: Messages) {
	return async (text: string) => {
		const r = await directorySearch.query(
			{ text, type, filters: {}, sort: text.trim() ? 'relevance' : 'name' },
			0,
			12
		);
		return r.entries.map((e) => ({
			id: e.id,
			label: e.name,
			detail:
				e.type === 'organisations'
					? e.sector && m.vocab.representation[e.sector]
					: [e.title, e.orgName].filter(Boolean).join(', ')
		}));
	};
}
