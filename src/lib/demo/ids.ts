/** Stable ids and stamps for the demo's records, so every device's demo merges by id. */
import { stableId } from '$lib/domain/stableId';

export const DEMO_CREATED = '2024-06-03T09:00:00.000Z';
export const demoId = (key: string) => stableId(`verkosto:demo:${key}`);
export const demoBase = (key: string) => ({
	id: demoId(key),
	createdAt: DEMO_CREATED,
	updatedAt: DEMO_CREATED,
	version: 1
});
