/**
 * The first-run starts: the demo (services/demo), the user's own area (its
 * municipalities from the list shipped with the app; for Pirkanmaa, if asked,
 * the seeds' structure, with no people), or empty. A start that writes records
 * never overwrites data silently: with `replace` false it refuses when records
 * exist, and the caller asks the user first. Each start writes its records,
 * their sync base, the "onboarded" mark and which start it was in one
 * transaction: a start either happened entirely or not at all.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { countLive, writeDataSet } from '$lib/db/bulk';
import { classifyStorageError } from '$lib/db/errors';
import { writeTransaction } from '$lib/db/repository';
import { ENTITY_NAMES, type DataSet } from '$lib/domain/entities';
import { systemClock, type Clock } from '$lib/domain/clock';
import { REFERENCE_YEAR } from '$lib/domain/reference';
import { ONBOARDED_META_KEY, START_META_KEY, type StartRecord } from '$lib/domain/reference/start';
import { LIMITS } from '$lib/exchange/format';
import { browserStore, forgetAll, type KeyValueStore } from './writeAhead';

export interface StartDeps {
	database?: VerkostoDb;
	journal?: KeyValueStore;
	clock?: Clock;
}

export async function existingRecordCount(database: VerkostoDb = db()): Promise<number> {
	const counts = await countLive(database);
	return Object.values(counts).reduce((a, b) => a + b, 0);
}

class NeedsConfirmation extends Error {}

/**
 * Writes shipped content (the demo, an area) as the whole data of this device.
 * Replacing drops what referred to the data replaced, in the same transaction
 * (sync base, import history, undo data: see writeDataSet), and then the edits
 * still waiting in the write-ahead journal, which would otherwise be replayed
 * onto new records of the same ids. The records get their own fingerprints as
 * sync base: every device that makes the same start holds identical records,
 * so two coordinators share a base from the start and an edit arrives as a
 * change, not as a conflict.
 */
export async function writeShippedStart(
	data: Partial<DataSet>,
	start: Omit<StartRecord, 'at'>,
	{ replace }: { replace: boolean },
	{ database = db(), journal = browserStore(), clock = systemClock }: StartDeps = {}
): Promise<'written' | 'needs-confirmation'> {
	// Loaded on demand: the merge code is not part of the first page load.
	const { shippedAncestry } = await import('$lib/exchange/merge');
	const changes = shippedAncestry(data);
	try {
		await database.transaction(
			'rw',
			[...ENTITY_NAMES, 'sync', 'imports', 'importUndo', 'meta'],
			async () => {
				// Asked inside the transaction, so no record can slip in between.
				if (!replace && (await existingRecordCount(database)) > 0) throw new NeedsConfirmation();
				await writeDataSet(database, data, {
					replace: true,
					ancestry: { changes, limit: LIMITS.ancestry }
				});
				await database.meta.bulkPut([
					{ key: ONBOARDED_META_KEY, value: true },
					{ key: START_META_KEY, value: { ...start, at: clock.now() } satisfies StartRecord }
				]);
			}
		);
	} catch (e) {
		if (e instanceof NeedsConfirmation) return 'needs-confirmation';
		throw classifyStorageError(e);
	}
	forgetAll(journal);
	return 'written';
}

export interface AreaStarted {
	municipalities: number;
	regions: number;
	familyCentres: number;
	bodies: number;
}

/**
 * Starts from a wellbeing services county (or Helsinki): its municipalities
 * with codes and Finnish and Swedish names, and with `structure` (Pirkanmaa)
 * the seeds' regions, family centres and bodies. No people, no invented data.
 */
export async function startFromArea(
	choice: { county: string; structure: boolean },
	{ replace }: { replace: boolean },
	deps: StartDeps = {}
): Promise<AreaStarted | 'needs-confirmation'> {
	// Loaded on demand: the municipality list is a chunk of its own.
	const { buildAreaStart } = await import('$lib/demo/area');
	const data = buildAreaStart(choice);
	const start = { kind: 'area', ...choice, list: REFERENCE_YEAR } as const;
	if ((await writeShippedStart(data, start, { replace }, deps)) === 'needs-confirmation')
		return 'needs-confirmation';
	return {
		municipalities: data.municipalities?.length ?? 0,
		regions: data.regions?.length ?? 0,
		familyCentres: data.familyCentres?.length ?? 0,
		bodies: data.bodies?.length ?? 0
	};
}

/** Starts empty: writes no records, only that the choice was made. */
export async function startEmpty({
	database = db(),
	clock = systemClock
}: Pick<StartDeps, 'database' | 'clock'> = {}): Promise<void> {
	await writeTransaction(database, ['meta'], async () => {
		await database.meta.bulkPut([
			{ key: ONBOARDED_META_KEY, value: true },
			{ key: START_META_KEY, value: { kind: 'empty', at: clock.now() } satisfies StartRecord }
		]);
	});
}
