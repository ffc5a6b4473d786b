/**
 * The writes of the app's editors, the workshop and the delete button, on the
 * app's database (more of the same in services/bound). The section services take the database first (tests pass
 * their own); state and pages call these and never touch the connection. The
 * connection is taken at call time, not when this module loads.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { dropSearchCache } from '$lib/db/searchCache';
import type { EntityName } from '$lib/domain/entities';
import * as codev from './codevelopment';
import * as deletion from './deletion';
import * as network from './network';

const bind =
	<A extends unknown[], R>(fn: (database: VerkostoDb, ...args: A) => R) =>
	(...args: A): R =>
		fn(db(), ...args);

// network
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
