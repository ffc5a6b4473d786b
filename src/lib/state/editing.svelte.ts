/**
 * The save flow of an edit page as rune state: field errors from the schema
 * next to their fields, a busy flag, and for an edit the record as the form
 * opened it (`base`, see state/editBase: only what the user changes is
 * written, and a field changed elsewhere meanwhile is a conflict shown next
 * to it). Deleting is ui/DeleteButton.
 */
import type { Fields } from '$lib/db/repository';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';
import { saveRecord } from '$lib/services/records';
import { app } from './app.svelte';
import { EditBase } from './editBase.svelte';
import { errorMessage } from './errors';
import { fieldErrors, type FieldErrors } from './forms';

export class RecordEditor<N extends EntityName> {
	errors = $state<FieldErrors>({});
	busy = $state(false);
	/** For an edit: the record as the form opened it. */
	base = $state<EditBase<N>>();

	constructor(readonly entity: N) {}

	/** Starts editing `record`; only the first call counts (the form opened on it). */
	open(record: EntityOf<N>): void {
		this.base ??= new EditBase(this.entity, record);
	}

	/** Saves; returns the record, or undefined when it failed (errors are shown). */
	async save(m: Messages, fields: Fields<N>): Promise<EntityOf<N> | undefined> {
		this.busy = true;
		try {
			const saved = await saveRecord(this.entity, fields, this.base?.edit);
			this.errors = {};
			return saved;
		} catch (e) {
			this.errors = fieldErrors(m, e) ?? {};
			await this.base?.caught(e);
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
