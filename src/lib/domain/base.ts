/**
 * What every stored record shares: a stable UUID, timestamps, a version counter
 * bumped on each change and a tombstone instead of deletion, so that two
 * coordinators' copies can later be merged record by record.
 */
import { z } from 'zod';
import { id, timestamp } from './fields';

export const baseShape = {
	id,
	createdAt: timestamp,
	updatedAt: timestamp,
	version: z.number().int().min(1),
	/** Set when the record was deleted; the record stays as a tombstone. */
	deletedAt: timestamp.optional()
};

export const baseSchema = z.strictObject(baseShape);
export type BaseRecord = z.infer<typeof baseSchema>;

/** Fields the caller provides when creating a record (the rest are filled in). */
export type Draft<T extends BaseRecord> = Omit<T, keyof BaseRecord> & Partial<Pick<T, 'id'>>;
