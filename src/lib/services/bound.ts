/**
 * The services that take the database as their first argument (so unit tests
 * pass one of their own), bound to the app's connection for pages, state and
 * the editors' form sessions:
 * a page calls `setRoundStatus(id, status)` and never touches the database.
 * The connection is taken at call time, not when this module loads.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { dropSearchCache } from '$lib/db/searchCache';
import type { EntityName } from '$lib/domain/entities';
import * as accessibility from './accessibility';
import * as codev from './codevelopment';
import * as deletion from './deletion';
import * as network from './network';
import * as sharing from './sharing';
import * as themes from './themes';

const bind =
	<A extends unknown[], R>(fn: (database: VerkostoDb, ...args: A) => R) =>
	(...args: A): R =>
		fn(db(), ...args);

// co-development
export const ensureDefaultThemes = bind(codev.ensureDefaultThemes);
export const replayDiscussionEdits = bind(codev.replayDiscussionEdits);
export const setRoundStatus = bind(codev.setRoundStatus);
export const patchDiscussion = bind(codev.patchDiscussion);
export const patchGroupDiscussions = bind(codev.patchGroupDiscussions);
export const saveAction = bind(codev.saveAction);
export const updateAction = bind(codev.updateAction);

// network
export const endMembership = bind(network.endMembership);

// settings
export const setExporter = bind(sharing.setExporter);
export const setReminderDays = bind(sharing.setReminderDays);
export const setAccessibilityStatement = bind(accessibility.setAccessibilityStatement);
export const saveThemeSynonyms = bind(themes.saveThemeSynonyms);

// network editors
export const saveRegion = bind(network.saveRegion);
export const saveMunicipality = bind(network.saveMunicipality);
export const saveFamilyCentre = bind(network.saveFamilyCentre);
export const saveBody = bind(network.saveBody);
export const saveMembership = bind(network.saveMembership);

// co-development
/** The number the theme form offers a new theme. */
export const nextThemeNumber = bind(codev.nextThemeNumber);
export const saveTheme = bind(codev.saveTheme);
export const saveRound = bind(codev.saveRound);
export const saveGoal = bind(codev.saveGoal);
export const createGoal = bind(codev.createGoal);
export const addGoalSources = bind(codev.addGoalSources);
export const removeGoalSource = bind(codev.removeGoalSource);
export const patchPoints = bind(codev.patchPoints);
export const createAction = bind(codev.createAction);

// deletion
export const planDeletion = bind(deletion.planDeletion);

/**
 * Deletes a record as the user chose (services/deletion). A person's deletion
 * also drops the saved search index, which holds their name, before this
 * resolves: it is gone before the user is told the person is.
 */
export async function deleteRecord(
	entity: EntityName,
	id: string,
	choice: deletion.DeletionChoice
): Promise<void> {
	await deletion.deleteRecord(db(), entity, id, choice);
	if (entity === 'persons') await dropSearchCache();
}

export type { DeletionChoice, DeletionPlan, PlanItem } from './deletion';
