/**
 * The services that take the database as their first argument (so unit tests
 * pass one of their own), bound to the app's connection for pages and state:
 * a page calls `setRoundStatus(id, status)` and never touches the database.
 * The connection is taken at call time, not when this module loads.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import * as codev from './codevelopment';
import * as network from './network';
import * as sharing from './sharing';

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
