/**
 * The record an edit form opened on (its base), as rune state. Saves pass
 * `edit` to services/records, which writes only what the user changed since
 * the base over the record as stored now. When a field the user changed was
 * also changed elsewhere, the save is refused and `conflicts` holds the stored
 * value of each such field; the form shows it next to the field, and the user
 * keeps their own value (the base moves to the stored value, so the next save
 * goes over it) or takes the stored one.
 */
import { db } from '$lib/db/connection';
import { StorageError } from '$lib/db/errors';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { REFERENCES } from '$lib/domain/references';
import type { Edit } from '$lib/services/records';

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
		if (!(e instanceof StorageError) || e.kind !== 'conflict' || !e.details?.stored) return false;
		const stored = e.details.stored;
		const conflicts: Record<string, { stored: unknown }> = {};
		for (const issue of e.details.issues) conflicts[issue.path] = { stored: stored[issue.path] };
		try {
			this.refs = await namesOf(this.entity, conflicts);
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

/** Names of the records that conflicting reference fields point to (REFERENCES). */
async function namesOf(
	entity: EntityName,
	conflicts: Record<string, { stored: unknown }>
): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const ref of REFERENCES) {
		if (ref.from !== entity || ref.list || !(ref.field in conflicts)) continue;
		const v = conflicts[ref.field].stored;
		const ids = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
		const rows = await db().table<Record<string, unknown>, string>(ref.to).bulkGet(ids);
		rows.forEach((r, i) => {
			const name = r?.name ?? r?.title;
			if (typeof name === 'string') out[ids[i]] = name;
			else if (
				name &&
				typeof name === 'object' &&
				typeof (name as { fi?: unknown }).fi === 'string'
			)
				out[ids[i]] = (name as { fi: string }).fi;
		});
	}
	return out;
}
