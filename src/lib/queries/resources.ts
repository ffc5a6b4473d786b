/**
 * The read behind the resources page: the resource contributions, the
 * knowledge sources, and the organisations and family centres they name,
 * tombstones skipped. One read, so the page shows every section at once.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import type {
	FamilyCentre,
	KnowledgeSource,
	Organisation,
	ResourceContribution
} from '$lib/domain/entities';
import { isLive } from '$lib/domain/records';

export interface ResourcesData {
	contributions: ResourceContribution[];
	organisations: Organisation[];
	familyCentres: FamilyCentre[];
	sources: KnowledgeSource[];
}

export async function resourcesData(database: VerkostoDb = db()): Promise<ResourcesData> {
	const [contributions, organisations, familyCentres, sources] = await Promise.all([
		database.resourceContributions.toArray(),
		database.organisations.toArray(),
		database.familyCentres.toArray(),
		database.knowledgeSources.toArray()
	]);
	return {
		contributions: contributions.filter(isLive),
		organisations: organisations.filter(isLive),
		familyCentres: familyCentres.filter(isLive),
		sources: sources.filter(isLive)
	};
}
