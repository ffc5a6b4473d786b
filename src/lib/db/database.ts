/**
 * The Dexie database. Tables and their schema come from the migration list;
 * record types come from the domain schemas.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { EntityName, EntityOf } from '$lib/domain/entities';
import { migrations } from './migrations';

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
	counts: Record<string, number>;
	undone?: boolean;
}

export interface ImportUndo {
	importId: string;
	/** Each touched record's state before the import; null where it did not exist. */
	before: { table: EntityName; id: string; record: unknown | null }[];
}

type EntityTables = { [N in EntityName]: EntityTable<EntityOf<N>, 'id'> };

export type VerkostoDb = Dexie &
	EntityTables & {
		meta: Table<MetaRow, string>;
		imports: EntityTable<ImportRecord, 'id'>;
		importUndo: Table<ImportUndo, string>;
	};

/** Creates (does not open) the database, declaring every migration up to `upTo`. */
export function createDb(name = DB_NAME, upTo = Infinity): VerkostoDb {
	const db = new Dexie(name, { autoOpen: true }) as VerkostoDb;
	for (const m of migrations) {
		if (m.version > upTo) break;
		const v = db.version(m.version).stores(m.stores);
		if (m.upgrade) v.upgrade(m.upgrade);
	}
	return db;
}
