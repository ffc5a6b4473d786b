/**
 * Pure record life-cycle rules: create, change and delete (as a tombstone).
 * The clock and id source are parameters so that tests and merges are deterministic.
 */
import { MAX_VERSION, type BaseRecord } from './base';

import { systemClock, type Clock } from './clock';

export type { Clock };
export { systemClock };

/**
 * The version after `v`. It stops at MAX_VERSION, so a record whose version a
 * file pushed to the bound (or past it, before the bound existed) can still
 * be edited, deleted and erased.
 */
export const nextVersion = (v: number): number => Math.min(v + 1, MAX_VERSION);

type Fields<T extends BaseRecord> = Omit<T, keyof BaseRecord>;

/**
 * Keys set to undefined are dropped, so "clear this field" removes it from the
 * record. Copied rather than `delete`d: an object that loses a key becomes a
 * slow dictionary for every later read, hash and write (10,000-row imports).
 */
function withoutUndefined<T extends object>(o: T): T {
	const out: Record<string, unknown> = {};
	for (const k in o) {
		const v = (o as Record<string, unknown>)[k];
		if (v !== undefined) out[k] = v;
	}
	return out as T;
}

export function createRecord<T extends BaseRecord>(
	fields: Fields<T> & { id?: string },
	clock: Clock = systemClock
): T {
	const now = clock.now();
	const { id, ...rest } = fields;
	return withoutUndefined({
		...rest,
		id: id ?? clock.newId(),
		createdAt: now,
		updatedAt: now,
		version: 1
	}) as T;
}

/** A changed copy: version bumped, updatedAt set; identity, creation and deletion kept. */
export function updateRecord<T extends BaseRecord>(
	current: T,
	changes: Partial<Fields<T>>,
	clock: Clock = systemClock
): T {
	return withoutUndefined({
		...current,
		...changes,
		id: current.id,
		createdAt: current.createdAt,
		updatedAt: clock.now(),
		version: nextVersion(current.version),
		deletedAt: current.deletedAt
	});
}

/** A new version whose content is exactly `next` (fields absent from it are removed). */
export function reviseRecord<T extends BaseRecord>(
	current: T,
	next: T,
	clock: Clock = systemClock
): T {
	return withoutUndefined({
		...next,
		id: current.id,
		createdAt: current.createdAt,
		updatedAt: clock.now(),
		version: nextVersion(current.version),
		deletedAt: current.deletedAt
	});
}

export function tombstone<T extends BaseRecord>(current: T, clock: Clock = systemClock): T {
	const now = clock.now();
	return { ...current, deletedAt: now, updatedAt: now, version: nextVersion(current.version) };
}

export function restore<T extends BaseRecord>(current: T, clock: Clock = systemClock): T {
	const copy = { ...current, updatedAt: clock.now(), version: nextVersion(current.version) };
	delete copy.deletedAt;
	return copy;
}

/** The one "not deleted" test: a tombstone has `deletedAt`. */
export const isLive = (r: { deletedAt?: string }): boolean => r.deletedAt === undefined;

/** Finnish collation for every sorted list. */
export const fiCollator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => fiCollator.compare(a.name, b.name));
}

/** Form values to record fields: blank or whitespace-only strings become absent (top level and one level down). */
export function withoutBlanks<T extends object>(o: T): T {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(o)) {
		if (typeof v === 'string' && v.trim() === '') continue;
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			const inner = withoutBlanks(v);
			if (Object.keys(inner).length === 0) continue;
			out[k] = inner;
		} else out[k] = v;
	}
	return out as T;
}
