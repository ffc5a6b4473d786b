/**
 * The save flow of an edit page as rune state: field errors from the schema
 * next to their fields, and a busy flag. Deleting is ui/DeleteButton.
 */
import type { Fields } from '$lib/db/repository';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';
import { saveRecord } from '$lib/services/records';
import { app } from './app.svelte';
import { errorMessage } from './errors';
import { fieldErrors, type FieldErrors } from './forms';

export class RecordEditor<N extends EntityName> {
	errors = $state<FieldErrors>({});
	busy = $state(false);

	constructor(
		readonly entity: N,
		readonly id?: string
	) {}

	/** Saves; returns the record, or undefined when it failed (errors are shown). */
	async save(m: Messages, fields: Fields<N>): Promise<EntityOf<N> | undefined> {
		this.busy = true;
		try {
			const saved = await saveRecord(this.entity, fields, this.id);
			this.errors = {};
			return saved;
		} catch (e) {
			this.errors = fieldErrors(m, e) ?? {};
			// A new record's id means nothing to the user: name it by what they typed.
			const f = fields as { name?: unknown; title?: unknown };
			const label =
				typeof f.name === 'string' ? f.name : typeof f.title === 'string' ? f.title : '';
			app.notify('error', errorMessage(m, e, label));
			return undefined;
		} finally {
			this.busy = false;
		}
	}
}
