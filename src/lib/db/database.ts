/**
 * The Dexie database. Tables and their schema come from the migration list;
 * record types come from the domain schemas.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { migrations } from './migrations';
import { searchCacheGuard } from './searchCache';
import type { SyncEntry, SyncEntryBefore } from '$lib/domain/sync';

export type { SyncEntry };

export const DB_NAME = 'verkosto';

export interface MetaRow {
	key: string;
	value: unknown;
}

export interface ImportRecord {
	id: string;
	at: string;
	fileName: string;
	exporter?: { name?: string; organisation?: string };
	/** Records per outcome: new, changed, deleted, conflicts, unchanged, older, merged. */
	counts: Record<string, number>;
	/** What the sender chose to export, e.g. { kind: 'region', label: 'Läntinen alue' }. */
	scope?: { kind: string; label?: string; personalData?: string };
	exportedAt?: string;
	appVersion?: string;
	undone?: boolean;
	undoneAt?: string;
}

/**
 * Everything needed to put the database back exactly as it was before an
 * import: records it created (deleted again on undo), records it replaced
 * (their previous state, tombstones included), the sync entries it changed,
 * and what it wrote, so that undo can tell whether a record was changed since.
 * Erasing a person removes them from it (services/sharing.ts
 * `forgetErasedPerson`): undo never brings erased personal data back.
 */
export interface ImportUndo {
	importId: string;
	created: Partial<Record<EntityName, string[]>>;
	replaced: Partial<Record<EntityName, unknown[]>>;
	/** [id, version, updatedAt] of every record the import wrote. */
	written: Partial<Record<EntityName, [string, number, string][]>>;
	/** The sync entries the import changed, as they were. */
	syncEntries?: SyncEntryBefore[];
	/** Before syncEntries: whole sync rows as they were (undo data of an older app version). */
	syncBefore?: { entity: EntityName; bucket: string; row: SyncRow | null }[];
}

/** The sync entries of one entity's records whose id starts with `bucket`. */
export interface SyncRow {
	entity: EntityName;
	bucket: string;
	entries: Record<string, SyncEntry>;
}

type EntityTables = { [N in EntityName]: EntityTable<EntityOf<N>, 'id'> };

export type VerkostoDb = Dexie &
	EntityTables & {
		meta: Table<MetaRow, string>;
		imports: EntityTable<ImportRecord, 'id'>;
		importUndo: Table<ImportUndo, string>;
		sync: Table<SyncRow, [string, string]>;
	};

/** Creates (does not open) the database, declaring every migration up to `upTo`. */
export function createDb(name = DB_NAME, upTo = Infinity): VerkostoDb {
	const db = new Dexie(name, { autoOpen: true }) as VerkostoDb;
	for (const m of migrations) {
		if (m.version > upTo) break;
		const v = db.version(m.version).stores(m.stores);
		if (m.upgrade) v.upgrade(m.upgrade);
	}
	// The directory's saved search index must not outlive a deleted or erased person.
	if (name === DB_NAME) db.use(searchCacheGuard);
	return db;
}
