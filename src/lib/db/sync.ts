/**
 * The sync base: per record, the fingerprints of the states its current state
 * descends from (see exchange/merge.ts). Stored in rows of one entity and one
 * id prefix, so a whole country's records fit in a few thousand rows and an
 * import adds a handful of writes, not one per record.
 */
import type { EntityName } from '$lib/domain/entities';
import type { SyncChange, SyncEntryBefore } from '$lib/domain/sync';
import type { SyncEntry, SyncRow, VerkostoDb } from './database';

export type { SyncChange };

export const bucketOf = (id: string) => id.slice(0, 2).toLowerCase();

export type SyncIndex = Map<string, SyncEntry>;
const k = (entity: string, id: string) => `${entity}/${id}`;

/** Every sync entry, keyed `entity/id`. */
export async function readSync(db: VerkostoDb): Promise<SyncIndex> {
	const out: SyncIndex = new Map();
	for (const row of await db.sync.toArray())
		for (const [id, entry] of Object.entries(row.entries)) out.set(k(row.entity, id), entry);
	return out;
}

const rowKey = (entity: string, id: string) => `${entity}\u0000${bucketOf(id)}`;

/** Reads the rows holding `ids`, changes their entries with `edit`, writes them back. */
async function editRows(
	db: VerkostoDb,
	targets: Iterable<{ entity: EntityName; id: string }>,
	edit: (entries: Record<string, SyncEntry>, entity: EntityName, bucket: string) => void
): Promise<void> {
	const keys = new Map<string, [EntityName, string]>();
	for (const t of targets) keys.set(rowKey(t.entity, t.id), [t.entity, bucketOf(t.id)]);
	const pairs = [...keys.values()];
	const rows = await db.sync.bulkGet(pairs);
	const put: SyncRow[] = [];
	const gone: [string, string][] = [];
	pairs.forEach(([entity, bucket], i) => {
		const entries: Record<string, SyncEntry> = { ...(rows[i]?.entries ?? {}) };
		edit(entries, entity, bucket);
		if (Object.keys(entries).length) put.push({ entity, bucket, entries });
		else if (rows[i]) gone.push([entity, bucket]);
	});
	if (put.length) await db.sync.bulkPut(put);
	if (gone.length) await db.sync.bulkDelete(gone);
}

/**
 * Applies changes to the sync rows. Call inside a transaction that includes
 * `sync`; returns the entry of every changed record as it was before (for undo).
 */
export async function applySyncChanges(
	db: VerkostoDb,
	changes: Iterable<SyncChange>,
	/** Fingerprints kept per record; the oldest go first. */
	limit: number
): Promise<SyncEntryBefore[]> {
	const byRow = new Map<string, SyncChange[]>();
	for (const c of changes) {
		const key = rowKey(c.entity, c.id);
		const list = byRow.get(key);
		if (list) list.push(c);
		else byRow.set(key, [c]);
	}
	const before: SyncEntryBefore[] = [];
	const all = [...byRow.values()].flat();
	await editRows(db, all, (entries, entity, bucket) => {
		for (const c of byRow.get(`${entity}\u0000${bucket}`)!) {
			const old = c.replace ? undefined : entries[c.id];
			before.push({ entity, id: c.id, entry: entries[c.id] ?? null });
			const entry: SyncEntry = {
				seen: [...new Set([...(old?.seen ?? []), ...c.add])].slice(-limit)
			};
			const lite = [...new Set([...(old?.lite ?? []), ...(c.lite ?? [])])].slice(-limit);
			if (lite.length) entry.lite = lite;
			const withheld = c.withheld === undefined ? old?.withheld : (c.withheld ?? undefined);
			if (withheld?.length) entry.withheld = withheld;
			entries[c.id] = entry;
		}
	});
	return before;
}

/**
 * Puts the entries back as they were (undo), touching no other record's entry:
 * fingerprints other records gained since (a later export) stay. Call inside a
 * transaction that includes `sync`.
 */
export async function restoreSyncEntries(
	db: VerkostoDb,
	before: readonly SyncEntryBefore[]
): Promise<void> {
	const byRow = new Map<string, SyncEntryBefore[]>();
	for (const b of before) {
		const key = rowKey(b.entity, b.id);
		const list = byRow.get(key);
		if (list) list.push(b);
		else byRow.set(key, [b]);
	}
	await editRows(db, before, (entries, entity, bucket) => {
		for (const b of byRow.get(`${entity}\u0000${bucket}`)!) {
			if (b.entry) entries[b.id] = b.entry;
			else delete entries[b.id];
		}
	});
}

/**
 * Undo data written before entries were kept one by one held whole rows: those
 * are put back as they were. Call inside a transaction that includes `sync`.
 */
export async function restoreSyncRows(
	db: VerkostoDb,
	before: { entity: EntityName; bucket: string; row: SyncRow | null }[]
): Promise<void> {
	const gone = before.filter((b) => !b.row).map((b) => [b.entity, b.bucket] as [string, string]);
	const back = before.flatMap((b) => (b.row ? [b.row] : []));
	if (gone.length) await db.sync.bulkDelete(gone);
	if (back.length) await db.sync.bulkPut(back);
}
