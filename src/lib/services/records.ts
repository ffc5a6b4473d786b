/**
 * Saving a form for any entity, in one transaction: a new record is created;
 * an existing one is changed field by field. A field given as undefined or
 * blank text is removed (the user cleared it); a field not given at all is
 * kept, so a field the form does not show survives an edit. The entity's
 * schema validates first, then an optional section rule (`check`); a failure
 * is a StorageError('validation') naming the fields, and nothing is written.
 *
 * An edit always names the record as the form opened it (`Edit.base`): only
 * the fields the user changed since are written, over the record as stored
 * now (domain/editMerge), so a change made meanwhile in another tab, by an
 * import or by an autosave survives. A field changed both in the form and
 * elsewhere is refused as a StorageError('conflict') naming the fields, with
 * the stored record, and nothing is written.
 */
import { db as appDb } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';
import { validate, writeTransaction, type Fields } from '$lib/db/repository';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { createRecord, isLive, systemClock, updateRecord, type Clock } from '$lib/domain/records';
import { mergeEdit, SYSTEM_FIELDS } from '$lib/domain/editMerge';

/** A form's content: the record without its identity and stamps. */
export type RecordFields<N extends EntityName> = Fields<N>;

/** An edit of a stored record: its id and the record as it was when the form opened. */
export interface Edit<N extends EntityName> {
	id: string;
	base: EntityOf<N> | Fields<N>;
}

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

/**
 * Why a save was refused, for the form to show: the fields that failed
 * validation (schema or section rule), or the fields changed both in the form
 * and elsewhere with the record as stored now. Any other failure: undefined.
 */
export type SaveRefusal =
	| { kind: 'validation'; entity: string; issues: Issue[] }
	| { kind: 'conflict'; entity: string; fields: string[]; stored: Record<string, unknown> };

export function saveRefusal(e: unknown): SaveRefusal | undefined {
	if (!(e instanceof StorageError) || !e.details) return undefined;
	const { entity, issues, stored } = e.details;
	if (e.kind === 'validation') return { kind: 'validation', entity, issues };
	if (e.kind === 'conflict' && stored)
		return { kind: 'conflict', entity, fields: issues.map((i) => i.path), stored };
	return undefined;
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

/**
 * For a form that gives its whole content and leaves a cleared optional field
 * out (co-development's theme and round forms): every field of the base the
 * form left out is given as undefined, i.e. cleared.
 */
export function wholeContent<T extends object>(fields: T, base: object | undefined): T {
	if (!base) return fields;
	const cleared = Object.keys(base).filter((k) => !SYSTEM_FIELDS.includes(k) && !(k in fields));
	return { ...Object.fromEntries(cleared.map((k) => [k, undefined])), ...fields };
}

/** A conflict: the fields changed both in the form and elsewhere; nothing is written. */
function conflict(entity: EntityName, id: string, fields: string[], stored: object): never {
	throw new StorageError(
		'conflict',
		`${entity} ${id}: ${fields.join(', ')} changed elsewhere`,
		undefined,
		{
			entity,
			id,
			issues: fields.map((path) => ({ path, code: 'conflict', message: 'changedElsewhere' })),
			stored: { ...stored }
		}
	);
}

export async function saveRecord<N extends EntityName>(
	entity: N,
	/** Every field for a new record (the schema says which are required); the form's fields for an edit. */
	fields: Partial<Fields<N>>,
	edit?: Edit<N>,
	{ db = appDb(), clock = systemClock, check, extraTables = [] }: SaveOptions<N> = {}
): Promise<EntityOf<N>> {
	const mine = clearBlanks(fields as object) as Record<string, unknown>;
	const base = edit && (clearBlanks(edit.base as object) as Record<string, unknown>);
	const table = db.table<EntityOf<N>, string>(entity);
	const missing = () => new StorageError('missing', `${entity} ${edit?.id} not found`);
	if (edit && base && !Object.keys(mergeEdit(base, mine, base).changes).length) {
		// The user changed nothing: no new version (it would override a colleague's copy).
		const current = await table.get(edit.id);
		if (!current || !isLive(current)) throw missing();
		return current;
	}
	return writeTransaction(db, [entity, ...extraTables], async () => {
		let next: EntityOf<N>;
		if (edit && base) {
			const current = await table.get(edit.id);
			if (!current || !isLive(current)) throw missing();
			const { changes, conflicts } = mergeEdit(
				base,
				mine,
				clearBlanks(current as object) as Record<string, unknown>
			);
			if (conflicts.length) conflict(entity, edit.id, conflicts, current);
			next = updateRecord(current, changes as Partial<Fields<N>>, clock);
		} else {
			next = createRecord<EntityOf<N>>(mine as never, clock);
		}
		next = validate(entity, next);
		await check?.(next);
		await table.put(next);
		return next;
	});
}
