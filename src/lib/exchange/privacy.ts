/**
 * Personal data in exports. People's names, e-mails and phone numbers are
 * personal data; an export can leave out the contact details or the people
 * altogether. Left-out fields are "withheld", not "removed": the receiver keeps
 * its own values for them (see merge.ts), so a file without contact details
 * never erases anyone's phone number.
 */
import type { EntityName } from '$lib/domain/entities';

export const PERSONAL_DATA = ['full', 'noContactDetails', 'noPersons'] as const;
export type PersonalData = (typeof PERSONAL_DATA)[number];

/** The fields an export without contact details leaves out, per entity. */
export const CONTACT_FIELDS: Partial<Record<EntityName, readonly string[]>> = {
	persons: ['email', 'phone']
};

/** Every field that may be marked withheld in a file (anything else is refused). */
export function withholdable(entity: EntityName): readonly string[] {
	return CONTACT_FIELDS[entity] ?? [];
}

/** Whether the level leaves the entity out of the file altogether. */
export const excludesEntity = (level: PersonalData, entity: EntityName) =>
	level === 'noPersons' && entity === 'persons';

/** The fields the level leaves out of records of `entity`. */
export function withheldBy(level: PersonalData, entity: EntityName): readonly string[] {
	return level === 'full' ? [] : withholdable(entity);
}

/** A copy without `fields` (the record itself when there are none to drop). */
export function without<T extends object>(record: T, fields: readonly string[]): T {
	if (!fields.some((f) => f in record)) return record;
	const copy = { ...(record as Record<string, unknown>) };
	for (const f of fields) delete copy[f];
	return copy as T;
}

/** Whether the data set holds personal data at this level (names always are). */
export const containsPersonalData = (level: PersonalData, personCount: number) =>
	level !== 'noPersons' && personCount > 0;

/** The name an erased person's tombstone keeps (services/deletion.ts scrubs the rest). */
export const ERASED_NAME = '–';

/**
 * Whether `record` is a person's erasure: the scrubbed tombstone that
 * services/deletion.ts writes. An erasure reaches every copy and wins over any
 * edit there (merge.ts), so an erased person never comes back with their data.
 */
export const isErasure = (entity: EntityName, record: object): boolean =>
	entity === 'persons' &&
	!!(record as { deletedAt?: string }).deletedAt &&
	(record as { name?: string }).name === ERASED_NAME;
