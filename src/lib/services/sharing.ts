/**
 * Sharing data between coordinators: export, import (preview → apply), undo,
 * and the backup settings. Runs in the exchange worker for real files (so a
 * whole country's data never freezes the page) and directly in unit tests.
 *
 * Every import is applied in one transaction: the records, the sync base, the
 * history row and the undo data are written together or not at all. Before
 * writing, every record the preview planned to replace is checked to be still
 * as it was; otherwise nothing is written and the preview must be refreshed.
 */
import { z } from 'zod';
import {
	ENTITY_NAMES,
	type AnyEntity,
	type DataSet,
	type EntityName,
	type EntityOf
} from '$lib/domain/entities';
import { idsOf, referencesFrom, type Reference } from '$lib/domain/references';
import { systemClock, type Clock } from '$lib/domain/records';
import type { ImportRecord, ImportUndo, VerkostoDb } from '$lib/db/database';
import { readDataSet } from '$lib/db/bulk';
import { classifyStorageError } from '$lib/db/errors';
import { setMeta } from '$lib/db/meta';
import { markChanged, validate } from '$lib/db/repository';
import { findReferrersOfAny, type Referrer } from '$lib/db/references';
import {
	applySyncChanges,
	readSync,
	restoreSyncEntries,
	restoreSyncRows,
	type SyncIndex
} from '$lib/db/sync';
import { buildExport, serializeExport, type Progress } from '$lib/exchange/build';
import { LIMITS, SCOPE_TARGET, type ExportFile, type Scope } from '$lib/exchange/format';
import { labelIndex, recordLabel } from '$lib/exchange/labels';
import type { SyncLookup } from '$lib/domain/sync';
import { planMerge, type MergePlan } from '$lib/exchange/merge';
import { resolveMerge, type Decisions, type Outcome } from '$lib/exchange/resolve';
import { parseExportText } from '$lib/exchange/parse';
import { ImportRefused } from '$lib/exchange/problems';
import { exporterSchema, getExporter, type Exporter } from '$lib/queries/sharing';
import { cutReferrer } from './deletion';

// ---------------------------------------------------------------- settings
// (their reads, getExporter and backupInfo, are in queries/sharing)

/** Saves who exports (shown to receivers); blanks are dropped. */
export async function setExporter(db: VerkostoDb, value: Exporter): Promise<Exporter> {
	const clean = exporterSchema.parse({
		name: value.name?.trim() || undefined,
		organisation: value.organisation?.trim() || undefined
	});
	await setMeta(db, 'exporter', clean);
	return clean;
}

export const reminderDaysSchema = z.number().int().min(0).max(365);
export async function setReminderDays(db: VerkostoDb, days: number): Promise<void> {
	await setMeta(db, 'backupReminderDays', reminderDaysSchema.parse(days));
}

// ---------------------------------------------------------------- export

const lookup =
	(index: SyncIndex): SyncLookup =>
	(entity, id) =>
		index.get(`${entity}/${id}`);

export interface ExportResult {
	parts: string[];
	checksum: string;
	records: number;
	length: number;
	scope: Scope;
}

/** Thrown when the scope names a record that does not exist (any more). */
export class ScopeMissing extends Error {}

/**
 * Builds an export of `scope` and records that it was sent (the sync base, the
 * last export time and, for a full export with personal data, the last backup).
 */
export async function exportData(
	db: VerkostoDb,
	{
		scope,
		appVersion,
		now = new Date().toISOString()
	}: { scope: Omit<Scope, 'label'>; appVersion: string; now?: string },
	progress?: Progress
): Promise<ExportResult> {
	progress?.('read', 0, 1);
	const [all, sync, exporter] = await Promise.all([readDataSet(db), readSync(db), getExporter(db)]);
	const target = SCOPE_TARGET[scope.kind];
	let labelled: Scope = { kind: scope.kind, personalData: scope.personalData };
	if (target) {
		const rec = (all[target] as AnyEntity[]).find((r) => r.id === scope.id && !r.deletedAt);
		if (!rec) throw new ScopeMissing(`${target} ${scope.id}`);
		labelled = { ...labelled, id: scope.id, label: recordLabel(rec).slice(0, 300) };
	}
	const built = buildExport(
		all,
		lookup(sync),
		{ scope: labelled, exporter, appVersion, now },
		progress
	);
	progress?.('write', 0, 1);
	const serialized = await serializeExport(built);
	const backup = scope.kind === 'all' && scope.personalData === 'full';
	try {
		// Not a change to the data: lastChangeAt stays as it is.
		await db.transaction('rw', ['sync', 'meta'], async () => {
			await applySyncChanges(db, built.seen, LIMITS.ancestry);
			await db.meta.put({ key: 'lastExportAt', value: now });
			if (backup) {
				await db.meta.put({ key: 'lastBackupAt', value: now });
				const since = (await db.meta.get('unsavedSince'))?.value as string | undefined;
				// A change made while the file was being written is not in it.
				if (since && since <= now) await db.meta.delete('unsavedSince');
			}
		});
	} catch (e) {
		throw classifyStorageError(e);
	}
	progress?.('write', 1, 1);
	return { ...serialized, records: built.records, scope: labelled };
}

// ---------------------------------------------------------------- import

export interface ImportPreview {
	file: ExportFile;
	plan: MergePlan;
	fileName: string;
	/** Labels of every record on either side, for naming references in the preview. */
	labels: Map<string, string>;
}

/** The data changed between the preview and applying it; nothing was written. */
export class ImportStale extends Error {
	constructor() {
		super('the data changed after the preview');
		this.name = 'ImportStale';
	}
}
/** Some conflicts have no decision yet; nothing was written. */
export class ImportUnresolved extends Error {
	constructor(readonly count: number) {
		super(`${count} conflicts unresolved`);
		this.name = 'ImportUnresolved';
	}
}

/** Checks the file and plans the merge. Changes nothing. Throws ImportRefused for a bad file. */
export async function previewImport(
	db: VerkostoDb,
	text: string,
	{
		fileName,
		byteSize,
		progress,
		now
	}: { fileName: string; byteSize?: number; progress?: Progress; now?: number }
): Promise<ImportPreview> {
	const file = await parseExportText(text, { progress, byteSize, now });
	progress?.('compare', 0, 1);
	const [local, sync] = await Promise.all([readDataSet(db), readSync(db)]);
	const plan = planMerge(file, local, lookup(sync));
	if (plan.clashes.length)
		throw new ImportRefused(plan.clashes.slice(0, LIMITS.issues), plan.clashes.length);
	const labels = labelIndex([local, file.data]);
	progress?.('compare', 1, 1);
	return { file, plan, fileName, labels };
}

/**
 * Plans the import of records another tool's file became on this device (a
 * spreadsheet, see importers/spreadsheet): `build` turns this device's data
 * into the records to import, which then take the JSON import's path (the
 * same apply, history and undo). Changes nothing.
 */
export async function previewRecords(
	db: VerkostoDb,
	build: (local: DataSet) => ExportFile,
	{ fileName, progress }: { fileName: string; progress?: Progress }
): Promise<ImportPreview> {
	progress?.('compare', 0, 1);
	const [local, sync] = await Promise.all([readDataSet(db), readSync(db)]);
	const file = build(local);
	const plan = planMerge(file, local, lookup(sync));
	if (plan.clashes.length)
		throw new ImportRefused(plan.clashes.slice(0, LIMITS.issues), plan.clashes.length);
	progress?.('compare', 1, 1);
	return { file, plan, fileName, labels: labelIndex([local, file.data]) };
}

/** Runs an import's or undo's writes in one transaction, noting the change. */
async function importTransaction<R>(
	db: VerkostoDb,
	fn: () => Promise<R>,
	/** After a key or unique-index clash: whether the data changed since the preview. */
	changedSincePreview?: () => Promise<boolean>
): Promise<R> {
	try {
		return await db.transaction(
			'rw',
			[...ENTITY_NAMES, 'sync', 'imports', 'importUndo', 'meta'],
			async () => {
				const result = await fn();
				await markChanged(db);
				return result;
			}
		);
	} catch (e) {
		if (e instanceof ImportStale || e instanceof UndoBlocked || e instanceof NothingToUndo) throw e;
		// Only a clash the data since the preview explains is stale; any other is a
		// failure (refreshing the preview would only fail the same way again).
		if (isConstraintError(e) && (await changedSincePreview?.())) throw new ImportStale();
		throw classifyStorageError(e);
	}
}

function isConstraintError(e: unknown): boolean {
	const name = (e as Error | undefined)?.name;
	if (name === 'ConstraintError') return true;
	const failures = (e as { failures?: { name?: string }[] }).failures ?? [];
	return name === 'BulkError' && failures.some((f) => f?.name === 'ConstraintError');
}

/**
 * Whether this device gained, since the preview, a record the import would
 * add (same id) or a municipality holding a code the import would write.
 */
async function clashesNow(db: VerkostoDb, outcome: Outcome): Promise<boolean> {
	return db.transaction('r', [...ENTITY_NAMES], async () => {
		for (const n of ENTITY_NAMES) {
			const add = outcome.add[n];
			if (!add?.length) continue;
			const found = await db.table<AnyEntity, string>(n).bulkGet(add.map((r) => r.id));
			if (found.some(Boolean)) return true;
		}
		const written = [...(outcome.add.municipalities ?? []), ...(outcome.put.municipalities ?? [])];
		for (const m of written as EntityOf<'municipalities'>[]) {
			const holder = await db.municipalities.where('code').equals(m.code).first();
			if (holder && holder.id !== m.id) return true;
		}
		return false;
	});
}

const CHUNK = 5_000;
const triple = (r: AnyEntity): [string, number, string] => [r.id, r.version, r.updatedAt];

/**
 * Applies a previewed import with the user's decisions, in one transaction,
 * and records it in the history with what undo needs.
 */
export async function applyImport(
	db: VerkostoDb,
	preview: ImportPreview,
	decisions: Decisions,
	{ clock = systemClock, progress }: { clock?: Clock; progress?: Progress } = {}
): Promise<ImportRecord> {
	const outcome = resolveMerge(preview.plan, decisions, clock);
	if (outcome.unresolved) throw new ImportUnresolved(outcome.unresolved);
	if (outcome.invalid.length)
		throw new ImportRefused(outcome.invalid.slice(0, LIMITS.issues), outcome.invalid.length);
	const { header } = preview.file;
	const record: ImportRecord = {
		id: clock.newId(),
		at: clock.now(),
		fileName: preview.fileName.slice(0, 300),
		exporter: header.exporter,
		counts: outcome.counts,
		scope: header.scope,
		exportedAt: header.exportedAt,
		appVersion: header.appVersion
	};
	const undo: ImportUndo = {
		importId: record.id,
		created: {},
		replaced: {},
		written: {},
		syncEntries: []
	};
	const erased = (n: string, id: string) => outcome.erasures.has(`${n}/${id}`);
	const total = ENTITY_NAMES.reduce(
		(s, n) => s + (outcome.add[n]?.length ?? 0) + (outcome.put[n]?.length ?? 0),
		0
	);
	let done = 0;
	const step = async (rows: AnyEntity[], write: (chunk: AnyEntity[]) => Promise<unknown>) => {
		for (let i = 0; i < rows.length; i += CHUNK) {
			const chunk = rows.slice(i, i + CHUNK);
			await write(chunk);
			done += chunk.length;
			progress?.('write', done, total);
		}
	};
	progress?.('write', 0, total);
	await importTransaction(
		db,
		async () => {
			for (const n of ENTITY_NAMES) {
				const expected = outcome.expect[n];
				if (!expected) continue;
				const current = await db.table<AnyEntity, string>(n).bulkGet(expected.map((r) => r.id));
				current.forEach((c, i) => {
					const e = expected[i];
					if (!c || c.version !== e.version || c.updatedAt !== e.updatedAt) throw new ImportStale();
				});
			}
			for (const n of ENTITY_NAMES) {
				const table = db.table<AnyEntity, string>(n);
				const add = outcome.add[n] ?? [];
				const put = outcome.put[n] ?? [];
				if (!add.length && !put.length) continue;
				await step(add, (chunk) => table.bulkAdd(chunk));
				await step(put, (chunk) => table.bulkPut(chunk));
				if (add.length) undo.created[n] = add.map((r) => r.id);
				// A person the import erases stays erased: undo never brings personal data back.
				const replaced = (outcome.expect[n] ?? []).filter((r) => !erased(n, r.id));
				if (replaced.length) undo.replaced[n] = replaced;
				undo.written[n] = [...add, ...put].map(triple);
			}
			const before = await applySyncChanges(db, outcome.sync.values(), LIMITS.ancestry);
			undo.syncEntries = before.filter((b) => !erased(b.entity, b.id));
			// Only the last import can be undone: older undo data is dropped.
			await db.importUndo.clear();
			await db.importUndo.add(undo);
			await db.imports.add(record);
		},
		() => clashesNow(db, outcome)
	);
	return record;
}

// ---------------------------------------------------------------- history and undo

export class NothingToUndo extends Error {}
/**
 * Undoing would lose changes made since the import, or would leave records
 * made or changed since pointing at records the undo removes; it needs `force`.
 */
export class UndoBlocked extends Error {
	constructor(
		readonly changed: number,
		readonly dependants = 0
	) {
		super(`${changed} records changed since the import, ${dependants} depend on it`);
		this.name = 'UndoBlocked';
	}
}

async function changedSince(db: VerkostoDb, undo: ImportUndo): Promise<number> {
	let changed = 0;
	for (const n of ENTITY_NAMES) {
		const written = undo.written[n];
		if (!written) continue;
		const current = await db.table<AnyEntity, string>(n).bulkGet(written.map((w) => w[0]));
		current.forEach((c, i) => {
			const [, version, updatedAt] = written[i];
			if (!c || c.version !== version || c.updatedAt !== updatedAt) changed++;
		});
	}
	return changed;
}

/** A record that would point at records that do not exist (or are deleted) after the undo. */
interface Dependant {
	referrer: Referrer;
	targets: string[];
}

/**
 * Records undo would leave pointing nowhere, which it must cut loose (or
 * delete, when the reference is required) so that nothing dangles:
 * - records the import did not write (added or changed since) that point at
 *   records the undo removes (created by the import, or that it brought back
 *   from a tombstone): a membership added to an imported body, a participant,
 *   a service's contact;
 * - records the undo puts back whose old state points at records deleted
 *   since the import (e.g. a person erased since: their old contact links).
 */
async function dependantsOf(
	db: VerkostoDb,
	undo: ImportUndo,
	importedAt: string
): Promise<Dependant[]> {
	const undone = new Set<string>();
	for (const n of ENTITY_NAMES) for (const [id] of undo.written[n] ?? []) undone.add(`${n}:${id}`);
	const out: Dependant[] = [];
	for (const n of ENTITY_NAMES) {
		const vanishing = new Set(undo.created[n] ?? []);
		const revived = ((undo.replaced[n] ?? []) as AnyEntity[]).filter((r) => r.deletedAt);
		if (revived.length) {
			const now = await db.table<AnyEntity, string>(n).bulkGet(revived.map((r) => r.id));
			now.forEach((c, i) => c && !c.deletedAt && vanishing.add(revived[i].id));
		}
		for (const hit of await findReferrersOfAny(db, n, vanishing))
			if (!undone.has(`${hit.entity}:${hit.record.id}`))
				out.push({ referrer: hit, targets: hit.targets });
	}
	// Targets of the records put back, outside the import, deleted since it.
	const wanted = new Map<EntityName, Set<string>>();
	const restored: [EntityName, AnyEntity, Reference, string][] = [];
	for (const n of ENTITY_NAMES)
		for (const r of (undo.replaced[n] ?? []) as AnyEntity[]) {
			if (r.deletedAt) continue;
			for (const ref of referencesFrom(n))
				for (const t of idsOf(r, ref)) {
					if (undone.has(`${ref.to}:${t}`)) continue;
					restored.push([n, r, ref, t]);
					const set = wanted.get(ref.to) ?? new Set<string>();
					set.add(t);
					wanted.set(ref.to, set);
				}
		}
	const deletedSince = new Set<string>();
	for (const [n, ids] of wanted) {
		const list = [...ids];
		const rows = await db.table<AnyEntity, string>(n).bulkGet(list);
		rows.forEach((row, i) => {
			if (row?.deletedAt && row.deletedAt >= importedAt) deletedSince.add(`${n}:${list[i]}`);
		});
	}
	const byRecord = new Map<string, Dependant>();
	for (const [n, r, ref, t] of restored) {
		if (!deletedSince.has(`${ref.to}:${t}`)) continue;
		const key = `${n}:${r.id}`;
		const d = byRecord.get(key) ?? { referrer: { entity: n, record: r, refs: [] }, targets: [] };
		if (!d.referrer.refs.includes(ref)) d.referrer.refs.push(ref);
		if (!d.targets.includes(t)) d.targets.push(t);
		byRecord.set(key, d);
	}
	return [...out, ...byRecord.values()];
}

const distinct = (ds: Dependant[]) =>
	new Set(ds.map((d) => `${d.referrer.entity}:${d.referrer.record.id}`)).size;

export interface UndoInfo {
	record: ImportRecord;
	/** Records the import wrote that were changed since (undo would lose those changes). */
	changed: number;
	/**
	 * Records that would point at records the undo removes or that were deleted
	 * since (undo removes those references, or the records that cannot be without them).
	 */
	dependants: number;
	/** Data was exported after the import: the file sent holds the imported changes. */
	exportedSince: boolean;
}

/** What undoing the last import would involve, or undefined when there is nothing to undo. */
export async function undoInfo(db: VerkostoDb): Promise<UndoInfo | undefined> {
	return db.transaction('r', [...ENTITY_NAMES, 'imports', 'importUndo', 'meta'], async () => {
		const record = await db.imports.orderBy('at').last();
		if (!record || record.undone) return undefined;
		const undo = await db.importUndo.get(record.id);
		if (!undo) return undefined;
		const lastExportAt = (await db.meta.get('lastExportAt'))?.value as string | undefined;
		return {
			record,
			changed: await changedSince(db, undo),
			dependants: distinct(await dependantsOf(db, undo, record.at)),
			exportedSince: !!lastExportAt && lastExportAt > record.at
		};
	});
}

/**
 * Puts the data back as it was before the last import: records, tombstones and
 * sync base, except that an erased person stays erased. Refuses (UndoBlocked)
 * when records were changed since or depend on what it removes, unless
 * `force`; then, in the same transaction, those dependants lose their
 * references (or are deleted when they cannot be without them), so nothing dangles.
 */
export async function undoLastImport(
	db: VerkostoDb,
	{ force = false, clock = systemClock }: { force?: boolean; clock?: Clock } = {}
): Promise<ImportRecord> {
	return importTransaction(db, async () => {
		const record = await db.imports.orderBy('at').last();
		const undo = record && !record.undone ? await db.importUndo.get(record.id) : undefined;
		if (!record || !undo) throw new NothingToUndo();
		const changed = await changedSince(db, undo);
		const dependants = await dependantsOf(db, undo, record.at);
		if ((changed || dependants.length) && !force)
			throw new UndoBlocked(changed, distinct(dependants));
		for (const n of ENTITY_NAMES) {
			const table = db.table<AnyEntity, string>(n);
			const created = undo.created[n];
			if (created) await table.bulkDelete(created);
			// Checked against today's schema: a migration since the import must have
			// upgraded these too (see db/migrations.ts); a stale one stops the undo.
			const replaced = (undo.replaced[n] ?? []).map((r) => validate(n, r));
			if (replaced.length) await table.bulkPut(replaced);
		}
		if (undo.syncEntries) await restoreSyncEntries(db, undo.syncEntries);
		else if (undo.syncBefore) await restoreSyncRows(db, undo.syncBefore);
		const ctx = { clock, removed: new Set<string>() };
		for (const d of dependants) await cutReferrer(db, d.referrer, d.targets, ctx);
		const undone = { ...record, undone: true, undoneAt: clock.now() };
		await db.imports.put(undone);
		await db.importUndo.delete(record.id);
		return undone;
	});
}
