/**
 * Reads of the home page: how many live records of each kind there are,
 * whether the first-run choice was made and which start it was, and whether
 * the data holds fictional people (the demo's, or a file made from it).
 */
import { countLive } from '$lib/db/bulk';
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import type { EntityName } from '$lib/domain/entities';
import {
	ONBOARDED_META_KEY,
	START_META_KEY,
	startRecordSchema,
	type StartRecord
} from '$lib/domain/reference/start';

export interface HomeData {
	counts: Record<EntityName, number>;
	total: number;
	onboarded: boolean;
	/** Which start made this network; undefined before the choice or when unreadable. */
	start?: StartRecord;
	fictionalPersons: number;
}

export async function readHome(database: VerkostoDb = db()): Promise<HomeData> {
	const [counts, onboarded, start, fictionalPersons] = await Promise.all([
		countLive(database),
		database.meta.get(ONBOARDED_META_KEY),
		database.meta.get(START_META_KEY),
		database.persons.filter((p) => !p.deletedAt && p.fictional).count()
	]);
	return {
		counts,
		total: Object.values(counts).reduce((a, b) => a + b, 0),
		onboarded: onboarded?.value === true,
		start: startRecordSchema.safeParse(start?.value).data,
		fictionalPersons
	};
}
