/**
 * The directory's user actions: save an organisation, a service or a person
 * from a form, delete one (through services/deletion, never leaving a
 * dangling reference), erase a person everywhere. Saving is services/records:
 * the schema validates before anything is written, and a failure names the
 * fields (StorageError 'validation', shown next to each field by state/forms).
 */
import { db } from '$lib/db/connection';
import type { BaseRecord } from '$lib/domain/base';
import type { EntityOf } from '$lib/domain/entities';
import type { VerkostoDb } from '$lib/db/database';
import { dropSearchCache } from '$lib/db/searchCache';
import { deleteRecord } from './deletion';
import { saveRecord, type Edit } from './records';

export type DirectoryEntity = 'organisations' | 'services' | 'persons';
export type DirectoryFields<N extends DirectoryEntity> = Omit<EntityOf<N>, keyof BaseRecord>;

/**
 * Saves a directory form (see services/records: cleared fields removed, others
 * kept; an edit writes only what the user changed since `edit.base`).
 */
export const saveDirectoryRecord = <N extends DirectoryEntity>(
	entity: N,
	fields: DirectoryFields<N>,
	edit?: Edit<N>,
	database: VerkostoDb = db()
): Promise<EntityOf<N>> => saveRecord(entity, fields, edit, { db: database });

/**
 * Erases a person everywhere: memberships go with them, every other reference
 * (service contacts, family-centre liaisons, coordinators, meeting rows) is
 * removed, and the tombstone keeps no personal data. The directory's saved
 * search index (which holds names and e-mails) is dropped before this
 * resolves, so it is gone even if the tab closes right after (db/searchCache
 * also drops it after any person's deletion; this waits for it).
 */
export async function erasePerson(id: string): Promise<void> {
	await deleteRecord(db(), 'persons', id, { mode: 'cascade' }, { erase: true });
	await dropSearchCache();
}
