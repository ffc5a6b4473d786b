/**
 * Saving a directory form: the service validates and writes; a validation
 * failure comes back as per-field messages in the UI language, a conflict
 * (a field changed elsewhere since the form opened) in `edit.conflicts`, any
 * other failure as a notice. On success the user lands on the record's page.
 */
import { goto } from '$app/navigation';
import type { Messages } from '$lib/i18n/catalogue';
import {
	saveDirectoryRecord,
	type DirectoryEntity,
	type DirectoryFields
} from '$lib/services/directory';
import { app } from './app.svelte';
import { errorMessage } from './errors';
import { fieldErrors, type FieldErrors } from './forms';
import { directorySearch } from './directorySearch.svelte';
import { db } from '$lib/db/connection';
import type { PickerOption } from '$lib/state/picker';
import type { EditBase } from './editBase.svelte';

export async function submitDirectoryForm<N extends DirectoryEntity>(
	m: Messages,
	entity: N,
	fields: DirectoryFields<N>,
	/** For an edit: the record as the form opened it. */
	edit?: EditBase<N>
): Promise<FieldErrors | undefined> {
	try {
		const saved = await saveDirectoryRecord(entity, fields, edit?.edit);
		app.notify('success', edit ? m.directory.saved : m.directory.created);
		await goto(`/directory/${entity}/${saved.id}`);
		return undefined;
	} catch (e) {
		const errors = fieldErrors(m, e);
		if (errors) return errors;
		await edit?.caught(e);
		app.notify('error', errorMessage(m, e, (fields as { name?: string }).name ?? ''));
		return {};
	}
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

/** Picker options for records already chosen (their names). */
export async function optionsOf(
	table: 'organisations' | 'persons',
	ids: readonly string[]
): Promise<PickerOption[]> {
	const rows = await db()
		.table<{ id: string; name: string }, string>(table)
		.bulkGet([...ids]);
	return rows.filter((r) => !!r).map((r) => ({ id: r!.id, label: r!.name }));
}
