/** A database of its own for one unit test file (fake-indexeddb), optionally filled. */
import { writeDataSet } from '$lib/db/bulk';
import { createDb, type VerkostoDb } from '$lib/db/database';
import type { DataSet } from '$lib/domain/entities';

export async function openTestDb(data?: Partial<DataSet>): Promise<VerkostoDb> {
	const db = createDb(`test-${crypto.randomUUID()}`);
	await db.open();
	if (data) await writeDataSet(db, data);
	return db;
}
