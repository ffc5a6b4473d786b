/**
 * The directory's user actions: save an organisation, a service or a person
 * from a form, delete one (through services/deletion, never leaving a
 * dangling reference), erase a person everywhere. Form values come in as
 * record fields; blank text becomes absent; the entity's schema validates
 * before anything is written, and a failure names the fields (StorageError
 * 'validation', shown next to each field by state/forms).
 */
import { db } from '$lib/db/connection';
import { validate, writeTransaction } from '$lib/db/repository';
import { StorageError } from '$lib/db/errors';
import type { BaseRecord } from '$lib/domain/base';
import type { EntityOf } from '$lib/domain/entities';
import { createRecord, reviseRecord, withoutBlanks } from '$lib/domain/records';
import type { VerkostoDb } from '$lib/db/database';
import { deleteRecord, planDeletion, type DeletionChoice } from './deletion';

export type DirectoryEntity = 'organisations' | 'services' | 'persons';
export type DirectoryFields<N extends DirectoryEntity> = Omit<EntityOf<N>, keyof BaseRecord>;

/**
 * Creates the record (no `id`) or replaces the content of an existing one with
 * exactly these fields, in one transaction. Returns the saved record.
 */
export async function saveRecord<N extends DirectoryEntity>(
	entity: N,
	fields: DirectoryFields<N>,
	id?: string,
	database: VerkostoDb = db()
): Promise<EntityOf<N>> {
	const clean = withoutBlanks(fields as object) as DirectoryFields<N>;
	const table = database.table<EntityOf<N>, string>(entity);
	if (!id) {
		const record = validate(entity, createRecord<EntityOf<N>>(clean as never));
		await writeTransaction(database, [entity], () => table.add(record));
		return record;
	}
	return writeTransaction(database, [entity], async () => {
		const current = await table.get(id);
		if (!current || current.deletedAt)
			throw new StorageError('missing', `${entity} ${id} not found`);
		const base = {
			id: current.id,
			createdAt: current.createdAt,
			updatedAt: current.updatedAt,
			version: current.version
		};
		const next = validate(entity, reviseRecord(current, { ...base, ...clean } as EntityOf<N>));
		await table.put(next);
		return next;
	});
}

export const planDirectoryDeletion = (entity: DirectoryEntity, id: string) =>
	planDeletion(db(), entity, id);

export const deleteDirectoryRecord = (
	entity: DirectoryEntity,
	id: string,
	choice: DeletionChoice = { mode: 'cascade' }
) => deleteRecord(db(), entity, id, choice);

/**
 * Erases a person everywhere: memberships go with them, every other reference
 * (service contacts, family-centre liaisons, coordinators, meeting rows) is
 * removed, and the tombstone keeps no personal data.
 */
export const erasePerson = (id: string) =>
	deleteRecord(db(), 'persons', id, { mode: 'cascade' }, { erase: true });
