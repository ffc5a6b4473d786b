/**
 * The app's storage as app state and pages see it: opening the database (and
 * asking the browser to keep it), its status, and the error every failed
 * action throws, which the UI turns into words (state/errors).
 */
export { onDbState, openDb, requestPersistence, type DbState } from '$lib/db/connection';
export { StorageError, type StorageErrorKind } from '$lib/db/errors';
