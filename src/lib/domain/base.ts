/**
 * What every stored record shares: a stable UUID, timestamps, a version counter
 * bumped on each change and a tombstone instead of deletion, so that two
 * coordinators' copies can later be merged record by record.
 */
import { z } from 'zod';
import { id, timestamp } from './fields';

/**
 * The highest version a record may have. Far above any real count of edits
 * (one a second for thirty years), far below where adding one loses
 * precision, so a file cannot make a record that no later edit, deletion or
 * erasure can validate. Versions stop rising at the bound (records.ts
 * `nextVersion`); `updatedAt` still moves, so a change is still a change.
 */
export const MAX_VERSION = 1_000_000_000;

export const baseShape = {
	id,
	createdAt: timestamp,
	updatedAt: timestamp,
	version: z.number().int().min(1).max(MAX_VERSION),
	/** Set when the record was deleted; the record stays as a tombstone. */
	deletedAt: timestamp.optional()
};

export const baseSchema = z.strictObject(baseShape);
export type BaseRecord = z.infer<typeof baseSchema>;

/** Fields the caller provides when creating a record (the rest are filled in). */
export type Draft<T extends BaseRecord> = Omit<T, keyof BaseRecord> & Partial<Pick<T, 'id'>>;
