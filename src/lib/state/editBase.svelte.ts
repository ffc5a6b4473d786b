/**
 * The record an edit form opened on (its base), as rune state. Saves pass
 * `edit` to services/records, which writes only what the user changed since
 * the base over the record as stored now. When a field the user changed was
 * also changed elsewhere, the save is refused and `conflicts` holds the stored
 * value of each such field; the form shows it next to the field, and the user
 * keeps their own value (the base moves to the stored value, so the next save
 * goes over it) or takes the stored one.
 */
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { referenceNames } from '$lib/queries/forms';
import { saveRefusal, type Edit } from '$lib/services/records';

export class EditBase<N extends EntityName> {
	/** The record as the form opened it; the form fills itself from this. */
	readonly initial: EntityOf<N>;
	#base: EntityOf<N>;
	/** Fields changed both in the form and elsewhere, with the value stored now. */
	conflicts = $state<Record<string, { stored: unknown }>>({});
	/** Names of the records the stored values refer to, for showing them. */
	refs = $state<Record<string, string>>({});

	constructor(
		readonly entity: N,
		record: EntityOf<N>
	) {
		// A plain copy taken now: later changes to the record (a live query) do not move it.
		this.initial = $state.snapshot(record) as EntityOf<N>;
		this.#base = structuredClone(this.initial);
	}

	get edit(): Edit<N> {
		return { id: this.initial.id, base: this.#base };
	}

	get pending(): boolean {
		return Object.keys(this.conflicts).length > 0;
	}

	/** Reads a failed save: true for a conflict, whose fields are then in `conflicts`. */
	async caught(e: unknown): Promise<boolean> {
		const refusal = saveRefusal(e);
		if (refusal?.kind !== 'conflict') return false;
		const conflicts: Record<string, { stored: unknown }> = {};
		for (const field of refusal.fields) conflicts[field] = { stored: refusal.stored[field] };
		try {
			this.refs = await referenceNames(
				this.entity,
				Object.fromEntries(Object.entries(conflicts).map(([k, c]) => [k, c.stored]))
			);
		} catch {
			this.refs = {}; // names are a courtesy: ids still show
		}
		this.conflicts = conflicts;
		return true;
	}

	/** Keeps the form's value: the next save writes it over the value stored now. */
	keep(field: string): void {
		const c = this.conflicts[field];
		if (!c) return;
		this.#base = { ...this.#base, [field]: c.stored };
		const { [field]: _, ...rest } = this.conflicts; // eslint-disable-line @typescript-eslint/no-unused-vars
		this.conflicts = rest;
	}

	/** Takes the stored value: returns it for the form to show; the next save leaves it as it is. */
	take(field: string): unknown {
		const stored = this.conflicts[field]?.stored;
		this.keep(field);
		return stored;
	}
}
