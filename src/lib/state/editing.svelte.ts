/**
 * The save and delete flow of an edit page as rune state: field errors from
 * the schema, a busy flag, and the deletion plan the DeleteDialog shows.
 */
import { db } from '$lib/db/connection';
import type { Fields } from '$lib/db/repository';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';
import {
	deleteRecord,
	planDeletion,
	type DeletionChoice,
	type DeletionPlan
} from '$lib/services/deletion';
import { saveRecord } from '$lib/services/records';
import { app } from './app.svelte';
import { errorMessage } from './errors';
import { fieldErrors, type FieldErrors } from './forms';

export class RecordEditor<N extends EntityName> {
	errors = $state<FieldErrors>({});
	busy = $state(false);
	/** Set while the delete dialog is open. */
	plan = $state<DeletionPlan | undefined>(undefined);

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

	async askDelete(m: Messages) {
		if (!this.id) return;
		try {
			this.plan = await planDeletion(db(), this.entity, this.id);
		} catch (e) {
			app.notify('error', errorMessage(m, e));
		}
	}

	cancelDelete() {
		this.plan = undefined;
	}

	/** Applies the deletion; true when done. */
	async confirmDelete(m: Messages, choice: DeletionChoice, erase = false): Promise<boolean> {
		if (!this.id) return false;
		this.busy = true;
		try {
			await deleteRecord(db(), this.entity, this.id, choice, { erase });
			this.plan = undefined;
			app.notify('success', m.common.deletion.done);
			return true;
		} catch (e) {
			app.notify('error', errorMessage(m, e));
			return false;
		} finally {
			this.busy = false;
		}
	}
}
