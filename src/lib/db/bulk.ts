/**
 * Whole-data-set reads and writes: used by the demo loader, export and import.
 * A write validates every record first and then writes all tables in one
 * transaction, so it either completes or changes nothing.
 */
import { ENTITY_NAMES, type DataSet, type EntityName } from '$lib/domain/entities';
import { emptyDataSet } from '$lib/domain/entities';
import type { VerkostoDb } from './database';
import { validate, writeTransaction } from './repository';
import { applySyncChanges, type SyncChange } from './sync';
import { isLive } from '$lib/domain/records';

export async function readDataSet(db: VerkostoDb, includeDeleted = true): Promise<DataSet> {
	const out = emptyDataSet();
	await db.transaction('r', ENTITY_NAMES, async () => {
		for (const n of ENTITY_NAMES) {
			const rows = await db[n].toArray();
			(out[n] as unknown[]) = includeDeleted ? rows : rows.filter(isLive);
		}
	});
	return out;
}

export async function countLive(db: VerkostoDb): Promise<Record<EntityName, number>> {
	const out = {} as Record<EntityName, number>;
	await db.transaction('r', ENTITY_NAMES, async () => {
		for (const n of ENTITY_NAMES) out[n] = await db[n].filter(isLive).count();
	});
	return out;
}

export async function isEmpty(db: VerkostoDb): Promise<boolean> {
	for (const n of ENTITY_NAMES) if ((await db[n].count()) > 0) return false;
	return true;
}

/**
 * Writes every record of `data` (validated) in one transaction.
 * With `replace`, all existing network data is cleared first in the same
 * transaction, and with it everything that describes the data replaced: the
 * sync base (fingerprints of states the new records never had), the import
 * history and the import's undo data (an undo would put the import's "before"
 * over data the import never produced). `ancestry` is recorded as the new
 * records' sync base (content shipped alike to every device, see services/demo).
 */
export async function writeDataSet(
	db: VerkostoDb,
	data: Partial<DataSet>,
	{
		replace = false,
		ancestry
	}: { replace?: boolean; ancestry?: { changes: Iterable<SyncChange>; limit: number } } = {}
): Promise<void> {
	const valid: [EntityName, unknown[]][] = ENTITY_NAMES.filter((n) => data[n]).map((n) => [
		n,
		(data[n] as unknown[]).map((r) => validate(n, r))
	]);
	await writeTransaction(db, [...ENTITY_NAMES, 'sync', 'imports', 'importUndo'], async () => {
		if (replace) {
			for (const n of ENTITY_NAMES) await db[n].clear();
			await Promise.all([db.sync.clear(), db.imports.clear(), db.importUndo.clear()]);
		}
		for (const [n, rows] of valid) await db.table(n).bulkPut(rows);
		if (ancestry) await applySyncChanges(db, ancestry.changes, ancestry.limit);
	});
}
