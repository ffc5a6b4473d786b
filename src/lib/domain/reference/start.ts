/**
 * Which first-run start a network was made from, kept in `meta.start`: the
 * home page reads it to say what to do next, and which list a municipality
 * start used. Validated on read: a value that does not parse counts as unknown.
 */
import { z } from 'zod';
import { timestamp } from '../fields';
import { countyCode } from './types';

export const startRecordSchema = z.strictObject({
	kind: z.enum(['demo', 'area', 'empty']),
	/** For an area start: the county (or HKI), whether the seeds' structure came too, the list's year. */
	county: countyCode.optional(),
	structure: z.boolean().optional(),
	list: z.number().int().optional(),
	at: timestamp
});
export type StartRecord = z.infer<typeof startRecordSchema>;

export const START_META_KEY = 'start';
export const ONBOARDED_META_KEY = 'onboarded';

/** The areas whose seed structure the app ships (regions, family centres, bodies): Pirkanmaa. */
export const AREAS_WITH_STRUCTURE: readonly string[] = ['PI'];
