/**
 * Loading the demo network. Never overwrites existing data silently: the
 * caller first asks how many records exist and confirms replacing them.
 */
import { db } from '$lib/db/connection';
import { existingRecordCount, writeShippedStart, type StartDeps } from './start';

export { existingRecordCount };

/**
 * Loads the demo; with `replace` false it refuses when data exists. Written
 * like every shipped start (services/start `writeShippedStart`): replacing
 * drops the sync base, import history, undo data and the write-ahead journal
 * of the data replaced, and the demo's records get their own fingerprints as
 * sync base, so two coordinators who both loaded it share a base from the start.
 */
export async function loadDemo(
	{ replace }: { replace: boolean },
	{ database = db(), journal, clock }: StartDeps = {}
): Promise<'loaded' | 'needs-confirmation'> {
	// Loaded on demand: the demo is a chunk of its own, not part of the first page load.
	const { buildDemoNetwork } = await import('$lib/demo/pirkanmaa');
	const result = await writeShippedStart(
		buildDemoNetwork(),
		{ kind: 'demo' },
		{ replace },
		{ database, journal, clock }
	);
	return result === 'written' ? 'loaded' : result;
}
