/**
 * One repository per entity table. Every write is validated against the entity's
 * schema first and runs inside a Dexie transaction, so a failed write changes
 * nothing. Deletion leaves a tombstone; reads skip tombstones unless asked.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';
import { entitySchemas, type EntityName, type EntityOf } from '$lib/domain/entities';
import type { BaseRecord } from '$lib/domain/base';
import {
	createRecord,
	isLive,
	restore,
	systemClock,
	tombstone,
	updateRecord,
	type Clock
} from '$lib/domain/records';
import { classifyStorageError, StorageError } from './errors';
import type { VerkostoDb } from './database';

export type Fields<N extends EntityName> = Omit<EntityOf<N>, keyof BaseRecord>;

export function validate<N extends EntityName>(entity: N, value: unknown): EntityOf<N> {
	const result = (entitySchemas[entity] as z.ZodType).safeParse(value);
	if (result.success) return result.data as EntityOf<N>;
	const id = (value as { id?: unknown })?.id;
	throw new StorageError('validation', `${entity} ${String(id)} is invalid`, result.error, {
		entity,
		id: typeof id === 'string' ? id : undefined,
		issues: result.error.issues.map((i) => ({
			path: i.path.join('.'),
			code: i.code,
			message: i.message
		}))
	});
}

/**
 * Notes a change to the network data: when it happened, and since when there
 * are changes no backup holds (the backup reminder reads it; a full export clears it).
 * Call inside a transaction that includes `meta`.
 */
export async function markChanged(db: VerkostoDb, now = new Date().toISOString()): Promise<void> {
	await db.meta.put({ key: 'lastChangeAt', value: now });
	if (!(await db.meta.get('unsavedSince'))) await db.meta.put({ key: 'unsavedSince', value: now });
}

/** Runs `fn` as one read-write transaction over `tables`; storage errors are classified. */
export async function writeTransaction<R>(
	db: VerkostoDb,
	tables: readonly (EntityName | 'meta' | 'imports' | 'importUndo' | 'sync')[],
	fn: () => Promise<R>
): Promise<R> {
	try {
		return await db.transaction('rw', [...new Set([...tables, 'meta'])], async () => {
			const result = await fn();
			await markChanged(db);
			return result;
		});
	} catch (e) {
		throw classifyStorageError(e);
	}
}

export class Repository<N extends EntityName> {
	constructor(
		private readonly db: VerkostoDb,
		readonly entity: N,
		private readonly clock: Clock = systemClock
	) {}

	get table(): Table<EntityOf<N>, string> {
		return this.db[this.entity] as unknown as Table<EntityOf<N>, string>;
	}

	async get(id: string): Promise<EntityOf<N> | undefined> {
		const r = await this.table.get(id);
		return r && isLive(r) ? r : undefined;
	}

	/** Including tombstones: for merging and history. */
	getAny(id: string): Promise<EntityOf<N> | undefined> {
		return this.table.get(id);
	}

	async list(): Promise<EntityOf<N>[]> {
		return (await this.table.toArray()).filter(isLive);
	}

	async where(index: string, value: string | number): Promise<EntityOf<N>[]> {
		return (await this.table.where(index).equals(value).toArray()).filter(isLive);
	}

	async count(): Promise<number> {
		return (await this.list()).length;
	}

	async create(fields: Fields<N> & { id?: string }): Promise<EntityOf<N>> {
		const record = validate(this.entity, createRecord<EntityOf<N>>(fields as never, this.clock));
		await writeTransaction(this.db, [this.entity], () => this.table.add(record));
		return record;
	}

	async update(id: string, changes: Partial<Fields<N>>): Promise<EntityOf<N>> {
		return writeTransaction(this.db, [this.entity], async () => {
			const current = await this.table.get(id);
			if (!current || !isLive(current))
				throw new StorageError('missing', `${this.entity} ${id} not found`);
			const next = validate(this.entity, updateRecord(current, changes as never, this.clock));
			await this.table.put(next);
			return next;
		});
	}

	/** Leaves a tombstone. Callers that must not leave dangling references use a service. */
	async remove(id: string): Promise<void> {
		await writeTransaction(this.db, [this.entity], async () => {
			const current = await this.table.get(id);
			if (!current || !isLive(current)) return;
			await this.table.put(tombstone(current, this.clock));
		});
	}

	async restore(id: string): Promise<void> {
		await writeTransaction(this.db, [this.entity], async () => {
			const current = await this.table.get(id);
			if (!current || isLive(current)) return;
			await this.table.put(restore(current, this.clock));
		});
	}
}
