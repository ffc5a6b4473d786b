/**
 * Saving a form for any entity, in one transaction: a new record is created;
 * an existing one is changed field by field. A field given as undefined or
 * blank text is removed (the user cleared it); a field not given at all is
 * kept, so a field the form does not show survives an edit. The entity's
 * schema validates first, then an optional section rule (`check`); a failure
 * is a StorageError('validation') naming the fields, and nothing is written.
 */
import { db as appDb } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';
import { validate, writeTransaction, type Fields } from '$lib/db/repository';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { createRecord, isLive, systemClock, updateRecord, type Clock } from '$lib/domain/records';

export interface SaveOptions<N extends EntityName> {
	db?: VerkostoDb;
	clock?: Clock;
	/** A section's own rule over the record about to be written; throw refuse() to stop. */
	check?: (next: EntityOf<N>) => Promise<void>;
	/** Tables `check` reads or writes, so they share the transaction. */
	extraTables?: EntityName[];
}

type Issue = { path: string; code: string; message: string };

/** A validation failure for a section rule, shaped like a schema failure. */
export function refuse(entity: EntityName, id: string | undefined, issues: Issue[]): never {
	throw new StorageError('validation', `${entity} ${id ?? '(new)'} is invalid`, undefined, {
		entity,
		id,
		issues
	});
}

/** Blank text (top level and one level down, e.g. an address) becomes undefined: "cleared". */
export function clearBlanks<T extends object>(fields: T): T {
	const blank = (v: unknown) => typeof v === 'string' && v.trim() === '';
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(fields)) {
		if (blank(v)) out[k] = undefined;
		else if (v && typeof v === 'object' && !Array.isArray(v)) {
			const inner = Object.fromEntries(
				Object.entries(v).filter(([, x]) => !blank(x) && x !== undefined)
			);
			out[k] = Object.keys(inner).length ? inner : undefined;
		} else out[k] = v;
	}
	return out as T;
}

export async function saveRecord<N extends EntityName>(
	entity: N,
	/** Every field for a new record (the schema says which are required); the changed ones for an edit. */
	fields: Partial<Fields<N>>,
	id?: string,
	{ db = appDb(), clock = systemClock, check, extraTables = [] }: SaveOptions<N> = {}
): Promise<EntityOf<N>> {
	const changes = clearBlanks(fields as object) as Fields<N>;
	return writeTransaction(db, [entity, ...extraTables], async () => {
		const table = db.table<EntityOf<N>, string>(entity);
		let next: EntityOf<N>;
		if (id) {
			const current = await table.get(id);
			if (!current || !isLive(current))
				throw new StorageError('missing', `${entity} ${id} not found`);
			next = updateRecord(current, changes as Partial<Fields<N>>, clock);
		} else {
			next = createRecord<EntityOf<N>>(changes as never, clock);
		}
		next = validate(entity, next);
		await check?.(next);
		await table.put(next);
		return next;
	});
}
