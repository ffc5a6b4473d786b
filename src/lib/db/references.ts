/**
 * Reading references in the database: which live records point at a record.
 * Uses the table's index for the field when there is one, else scans.
 */
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { holds, referencesTo, type Reference } from '$lib/domain/references';
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
