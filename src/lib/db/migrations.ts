/**
 * The stored schema's history: numbered, append-only steps. Never edit a step
 * that has shipped; add the next one. Each step lists every table's indexes
 * (Dexie's `stores` syntax) and may transform existing records in `upgrade`.
 * `migrations.spec.ts` opens a database created by every earlier step.
 */
import type { Transaction } from 'dexie';

export interface Migration {
	version: number;
	name: string;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

const v1Stores: Record<string, string> = {
	regions: 'id, name',
	municipalities: 'id, &code, name, regionId',
	familyCentres: 'id, name, regionId, *municipalityIds',
	organisations: 'id, name, sector, businessId, *municipalityIds',
	persons: 'id, name, organisationId',
	services:
		'id, name, organisationId, status, kind, *municipalityIds, *familyCentreIds, *themes, *targetGroups',
	bodies: 'id, name, level, kind, familyCentreId, regionId, parentBodyId',
	memberships: 'id, bodyId, personId, representsOrganisationId',
	meetings: 'id, bodyId, start',
	assessmentThemes: 'id, number',
	assessmentRounds: 'id, periodStart',
	discussions: 'id, roundId, bodyId, themeId',
	goals: 'id, roundId',
	actions: 'id, goalId, roundId, dueDate, status',
	resourceContributions: 'id, organisationId, familyCentreId',
	knowledgeSources: 'id, name',
	/** App state that is not network data: settings, last export time, last change time. */
	meta: 'key',
	/** One row per applied import, newest last; undo data lives beside it. */
	imports: 'id, at',
	importUndo: 'importId'
};

export const migrations: Migration[] = [
	{ version: 1, name: 'initial', stores: v1Stores },
	{
		version: 2,
		name: 'sync base',
		stores: {
			...v1Stores,
			/**
			 * What each record's state was when it last travelled in a file (the
			 * common ancestor of a merge), grouped by entity and id prefix so an
			 * import of a whole country writes a few thousand rows, not one per record.
			 */
			sync: '[entity+bucket]'
		}
	},
	{
		version: 3,
		name: 'expert networks by theme',
		stores: {
			...v1Stores,
			sync: '[entity+bucket]',
			/** The referral view asks which expert networks cover a theme. */
			bodies: 'id, name, level, kind, familyCentreId, regionId, parentBodyId, *themes'
		}
	}
];

export const CURRENT_VERSION = migrations[migrations.length - 1].version;
