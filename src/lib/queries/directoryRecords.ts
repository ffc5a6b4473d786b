/**
 * The reads of the directory's record pages (an organisation, a service, a
 * person) beyond the record itself (queries/directory): the services a person
 * is the contact for, and the records whose links a deletion can move to. The
 * delete dialog leaves out the record itself and deleted ones.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import type { Organisation, Person, Service } from '$lib/domain/entities';
import { isLive, sortByName } from '$lib/domain/records';

/** The live services among `ids`, by name (ids from the search index). */
export async function servicesByIds(
	ids: string[],
	database: VerkostoDb = db()
): Promise<Service[]> {
	const rows = await database.services.bulkGet(ids);
	return sortByName(rows.filter((s): s is Service => !!s && isLive(s)));
}

/** Organisations working in the same area as `organisation` (area-free ones for an area-free one). */
export function organisationsInArea(
	organisation: Pick<Organisation, 'municipalityIds'>,
	database: VerkostoDb = db()
): Promise<Organisation[]> {
	return organisation.municipalityIds.length
		? database.organisations
				.where('municipalityIds')
				.anyOf(organisation.municipalityIds)
				.distinct()
				.toArray()
		: database.organisations.filter((x) => x.municipalityIds.length === 0).toArray();
}

/** The services of one organisation. */
export function servicesOf(
	organisationId: string,
	database: VerkostoDb = db()
): Promise<Service[]> {
	return database.services.where('organisationId').equals(organisationId).toArray();
}

/**
 * Whom a person's links can move to: their live colleagues; someone with no
 * organisation (or no colleagues) can hand over to anyone.
 */
export async function colleaguesOrAnyone(
	person: Pick<Person, 'id' | 'organisationId'>,
	database: VerkostoDb = db()
): Promise<Person[]> {
	const colleagues = person.organisationId
		? (
				await database.persons.where('organisationId').equals(person.organisationId).toArray()
			).filter((c) => c.id !== person.id && isLive(c))
		: [];
	return colleagues.length ? colleagues : database.persons.toArray();
}
