/**
 * The sync base: per record, the fingerprints of the states its current state
 * descends from (see exchange/merge.ts). Stored in rows of one entity and one
 * id prefix, so a whole country's records fit in a few thousand rows and an
 * import adds a handful of writes, not one per record.
 */
import type { EntityName } from '$lib/domain/entities';
import type { SyncEntry, SyncRow, VerkostoDb } from './database';

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

export interface SyncChange {
	entity: EntityName;
	id: string;
	/** Fingerprints to add to the record's history. */
	add: string[];
	/** Contact-free fingerprints to add (records with contact details). */
	lite?: string[];
	/** New withheld fields; null clears them, undefined leaves them. */
	withheld?: string[] | null;
}

/**
 * Applies changes to the sync rows. Call inside a transaction that includes
 * `sync`; returns each touched row as it was before (null when it did not exist).
 */
export async function applySyncChanges(
	db: VerkostoDb,
	changes: Iterable<SyncChange>,
	/** Fingerprints kept per record; the oldest go first. */
	limit: number
): Promise<{ entity: EntityName; bucket: string; row: SyncRow | null }[]> {
	const byRow = new Map<string, SyncChange[]>();
	for (const c of changes) {
		const key = `${c.entity}\u0000${bucketOf(c.id)}`;
		const list = byRow.get(key);
		if (list) list.push(c);
		else byRow.set(key, [c]);
	}
	const keys = [...byRow.keys()].map((key) => key.split('\u0000') as [EntityName, string]);
	const rows = await db.sync.bulkGet(keys);
	const before: { entity: EntityName; bucket: string; row: SyncRow | null }[] = [];
	const next: SyncRow[] = [];
	keys.forEach(([entity, bucket], i) => {
		const row = rows[i];
		before.push({ entity, bucket, row: row ?? null });
		const entries: Record<string, SyncEntry> = { ...(row?.entries ?? {}) };
		for (const c of byRow.get(`${entity}\u0000${bucket}`)!) {
			const old = entries[c.id];
			const entry: SyncEntry = {
				seen: [...new Set([...(old?.seen ?? []), ...c.add])].slice(-limit)
			};
			const lite = [...new Set([...(old?.lite ?? []), ...(c.lite ?? [])])].slice(-limit);
			if (lite.length) entry.lite = lite;
			const withheld = c.withheld === undefined ? old?.withheld : (c.withheld ?? undefined);
			if (withheld?.length) entry.withheld = withheld;
			entries[c.id] = entry;
		}
		next.push({ entity, bucket, entries });
	});
	await db.sync.bulkPut(next);
	return before;
}

/** Puts rows back as they were (undo). Call inside a transaction that includes `sync`. */
export async function restoreSyncRows(
	db: VerkostoDb,
	before: { entity: EntityName; bucket: string; row: SyncRow | null }[]
): Promise<void> {
	const gone = before.filter((b) => !b.row).map((b) => [b.entity, b.bucket] as [string, string]);
	const back = before.flatMap((b) => (b.row ? [b.row] : []));
	if (gone.length) await db.sync.bulkDelete(gone);
	if (back.length) await db.sync.bulkPut(back);
}
