/**
 * Saving a form for any entity: a new record is created, an existing one gets
 * the form's content as its whole content (cleared fields are removed).
 * Validation errors come back as StorageError('validation') naming the fields.
 */
import { repo } from '$lib/db/connection';
import type { Fields } from '$lib/db/repository';
import type { EntityName, EntityOf } from '$lib/domain/entities';

export function saveRecord<N extends EntityName>(
	entity: N,
	fields: Fields<N>,
	id?: string
): Promise<EntityOf<N>> {
	return id ? repo(entity).replace(id, fields) : repo(entity).create(fields);
}
