/**
 * Reading references in the database: which live records point at a record.
 * Uses the table's index for the field when there is one, else scans.
 */
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { holds, idsOf, referencesTo, type Reference } from '$lib/domain/references';
import type { VerkostoDb } from './database';

export interface Referrer {
	entity: EntityName;
	record: EntityOf<EntityName>;
	refs: Reference[];
}

export async function findReferrers(
	db: VerkostoDb,
	entity: EntityName,
	id: string
): Promise<Referrer[]> {
	const byRecord = new Map<string, Referrer>();
	for (const ref of referencesTo(entity)) {
		const table = db.table<EntityOf<EntityName>, string>(ref.from);
		const indexed = !ref.list && ref.field in table.schema.idxByName;
		const rows = indexed
			? await table.where(ref.field).equals(id).toArray()
			: await table.filter((r) => holds(r, ref, id)).toArray();
		for (const record of rows) {
			if (record.deletedAt || (ref.from === entity && record.id === id)) continue;
			const key = `${ref.from}:${record.id}`;
			const hit = byRecord.get(key) ?? { entity: ref.from, record, refs: [] };
			hit.refs.push(ref);
			byRecord.set(key, hit);
		}
	}
	return [...byRecord.values()];
}

/**
 * Live records pointing at any of `ids` (records of `entity`), each with the
 * references that do and the ids they point at. One query per reference, so
 * it serves an undo of a whole country's import as well as one record.
 */
export async function findReferrersOfAny(
	db: VerkostoDb,
	entity: EntityName,
	ids: ReadonlySet<string>
): Promise<(Referrer & { targets: string[] })[]> {
	const byRecord = new Map<string, Referrer & { targets: string[] }>();
	if (!ids.size) return [];
	for (const ref of referencesTo(entity)) {
		const table = db.table<EntityOf<EntityName>, string>(ref.from);
		const indexed = !ref.list && ref.field in table.schema.idxByName;
		const rows = indexed
			? await table
					.where(ref.field)
					.anyOf([...ids])
					.toArray()
			: await table.filter((r) => idsOf(r, ref).some((x) => ids.has(x))).toArray();
		for (const record of rows) {
			if (record.deletedAt) continue;
			const key = `${ref.from}:${record.id}`;
			const hit = byRecord.get(key) ?? { entity: ref.from, record, refs: [], targets: [] };
			if (!hit.refs.includes(ref)) hit.refs.push(ref);
			for (const t of idsOf(record, ref))
				if (ids.has(t) && !hit.targets.includes(t)) hit.targets.push(t);
			byRecord.set(key, hit);
		}
	}
	return [...byRecord.values()];
}
