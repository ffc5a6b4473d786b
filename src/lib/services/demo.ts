/**
 * Loading the demo network. Never overwrites existing data silently: the
 * caller first asks how many records exist and confirms replacing them.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { countLive, writeDataSet } from '$lib/db/bulk';
import { LIMITS } from '$lib/exchange/format';
import { browserStore, forgetAll, type KeyValueStore } from './writeAhead';

export async function existingRecordCount(database: VerkostoDb = db()): Promise<number> {
	const counts = await countLive(database);
	return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * Loads the demo; with `replace` false it refuses when data exists. Replacing
 * the data also drops what referred to the data replaced, in the same
 * transaction (sync base, import history, undo data: see writeDataSet), and
 * then the edits still waiting in the write-ahead journal, which would
 * otherwise be replayed onto the demo's records of the same ids. The demo's
 * records get their own fingerprints as sync base: every device's demo is
 * identical, so two coordinators who both loaded it share a base from the start.
 */
export async function loadDemo(
	{ replace }: { replace: boolean },
	{
		database = db(),
		journal = browserStore()
	}: { database?: VerkostoDb; journal?: KeyValueStore } = {}
): Promise<'loaded' | 'needs-confirmation'> {
	if (!replace && (await existingRecordCount(database)) > 0) return 'needs-confirmation';
	// Loaded on demand: the demo is a chunk of its own, not part of the first page load.
	const [{ buildDemoNetwork }, { shippedAncestry }] = await Promise.all([
		import('$lib/demo/pirkanmaa'),
		import('$lib/exchange/merge')
	]);
	const demo = buildDemoNetwork();
	await writeDataSet(database, demo, {
		replace: true,
		ancestry: { changes: shippedAncestry(demo), limit: LIMITS.ancestry }
	});
	forgetAll(journal);
	return 'loaded';
}
