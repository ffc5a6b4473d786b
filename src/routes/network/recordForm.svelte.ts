/**
 * The state every network editor has: the record being edited (live), the
 * form filled from it once, its base for a three-way save (EditBase), field
 * errors and a busy flag. Create it during component initialisation.
 */
import { db } from '$lib/db/connection';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';
import type { Edit } from '$lib/services/records';
import { EditBase } from '$lib/state/editBase.svelte';
import type { FieldErrors } from '$lib/state/forms';
import { Live } from '$lib/state/live.svelte';
import { submit, takeInto } from './formState';

export class RecordForm<N extends EntityName, F extends object> {
	/** The stored record; null when `id` names none (or was deleted), undefined while loading. */
	readonly existing: Live<EntityOf<N> | null, string | undefined>;
	form = $state<F>();
	/** The record as the form opened it is the base of the save: only what the user changes is written. */
	edit = $state<EditBase<N>>();
	errors = $state<FieldErrors>({});
	busy = $state(false);

	constructor(
		entity: N,
		id: () => string | undefined,
		private readonly toForm: (record: EntityOf<N>) => F,
		empty: () => F
	) {
		this.existing = new Live(
			async (i) => (i ? ((await db().table<EntityOf<N>, string>(entity).get(i)) ?? null) : null),
			id
		);
		if (!id()) this.form = empty();
		$effect(() => {
			const record = this.existing.current;
			if (id() && !this.form && record && !record.deletedAt) {
				this.edit = new EditBase(entity, record);
				this.form = toForm(this.edit.initial);
			}
		});
	}

	/** Puts a stored value (from a conflict note) into the form's field. */
	take = (field: string) => (value: unknown) =>
		takeInto(this.form, this.toForm, this.edit?.initial, field, value);

	/** Saves with `run`, then goes to `to(saved)`; field errors stay on the form. */
	async save<T>(
		m: Messages,
		run: (form: F, edit: Edit<N> | undefined) => Promise<T>,
		to: (saved: T) => string,
		label: (form: F) => string
	): Promise<void> {
		const f = this.form;
		if (!f) return;
		this.busy = true;
		this.errors = await submit(m, () => run(f, this.edit?.edit), to, label(f), this.edit);
		this.busy = false;
	}
}
