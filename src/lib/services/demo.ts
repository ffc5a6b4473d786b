/**
 * Loading the demo network. Never overwrites existing data silently: the
 * caller first asks how many records exist and confirms replacing them.
 */
import { db } from '$lib/db/connection';
import { countLive, writeDataSet } from '$lib/db/bulk';

export async function existingRecordCount(): Promise<number> {
	const counts = await countLive(db());
	return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Loads the demo; with `replace` false it refuses when data exists. */
export async function loadDemo({
	replace
}: {
	replace: boolean;
}): Promise<'loaded' | 'needs-confirmation'> {
	if (!replace && (await existingRecordCount()) > 0) return 'needs-confirmation';
	// Loaded on demand: the demo is a chunk of its own, not part of the first page load.
	const { buildDemoNetwork } = await import('$lib/demo/pirkanmaa');
	await writeDataSet(db(), buildDemoNetwork(), { replace: true });
	return 'loaded';
}
