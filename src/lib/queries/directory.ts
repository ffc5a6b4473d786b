/**
 * Reads for the directory's pages, run inside live queries (so a page updates
 * when its data changes, in this tab or another): a record with the records
 * it links to, and a page of a list straight from IndexedDB for the moment
 * before the search index is ready.
 */
import { db } from '$lib/db/connection';
import type {
	Body,
	FamilyCentre,
	Membership,
	Municipality,
	Organisation,
	Person,
	Region,
	Service
} from '$lib/domain/entities';
import { today } from '$lib/domain/clock';
import { isLive, sortByName } from '$lib/domain/records';
import {
	organisationEntry,
	personEntry,
	serviceEntry,
	type Entry,
	type EntryType
} from '$lib/search/entries';

const live = <T extends { deletedAt?: string }>(xs: (T | undefined)[]): T[] =>
	xs.filter((x): x is T => !!x && isLive(x as never));

export interface Places {
	municipalities: Municipality[];
	regions: Region[];
	familyCentres: FamilyCentre[];
}

/** Municipalities, regions and family centres, each in Finnish order. */
export async function places(): Promise<Places> {
	const [m, r, f] = await Promise.all([
		db().municipalities.toArray(),
		db().regions.toArray(),
		db().familyCentres.toArray()
	]);
	return {
		municipalities: sortByName(live(m)),
		regions: sortByName(live(r)),
		familyCentres: sortByName(live(f))
	};
}

/** An organisation's area (its municipalities), for a new service's form to start from. */
export async function organisationArea(id: string): Promise<string[] | undefined> {
	const o = await db().organisations.get(id);
	return o && isLive(o) ? o.municipalityIds : undefined;
}

export type PersonWithBodies = Person & {
	orgName?: string;
	bodies: { id: string; name: string; role: Membership['role'] }[];
};

/** The bodies each person sits in now (memberships without an ended term), for contact cards. */
async function withBodies(persons: (Person & { orgName?: string })[]): Promise<PersonWithBodies[]> {
	const now = today();
	const memberships = live(
		await db()
			.memberships.where('personId')
			.anyOf(persons.map((p) => p.id))
			.toArray()
	).filter((m) => !m.termEnd || m.termEnd >= now);
	const bodies = await db().bodies.bulkGet([...new Set(memberships.map((m) => m.bodyId))]);
	const byId = new Map(live(bodies).map((b) => [b.id, b]));
	return persons.map((p) => ({
		...p,
		bodies: memberships
			.filter((m) => m.personId === p.id && byId.has(m.bodyId))
			.map((m) => ({ id: m.bodyId, name: byId.get(m.bodyId)!.name, role: m.role }))
	}));
}

export interface OrganisationView {
	organisation: Organisation;
	services: Service[];
	persons: PersonWithBodies[];
}

export async function organisationView(id: string): Promise<OrganisationView | null> {
	const organisation = await db().organisations.get(id);
	if (!organisation || !isLive(organisation)) return null;
	const [services, persons] = await Promise.all([
		db().services.where('organisationId').equals(id).toArray(),
		db().persons.where('organisationId').equals(id).toArray()
	]);
	return {
		organisation,
		services: sortByName(live(services)),
		persons: await withBodies(sortByName(live(persons)))
	};
}

export interface ServiceView {
	service: Service;
	organisation?: Organisation;
	contacts: PersonWithBodies[];
}

export async function serviceView(id: string): Promise<ServiceView | null> {
	const service = await db().services.get(id);
	if (!service || !isLive(service)) return null;
	const organisation = await db().organisations.get(service.organisationId);
	const people = live(await db().persons.bulkGet(service.contactPersonIds));
	const orgs = await db().organisations.bulkGet(people.map((p) => p.organisationId ?? ''));
	return {
		service,
		organisation: organisation && isLive(organisation) ? organisation : undefined,
		contacts: await withBodies(people.map((p, i) => ({ ...p, orgName: orgs[i]?.name })))
	};
}

export interface PersonView {
	person: Person;
	organisation?: Organisation;
	memberships: (Membership & { body?: Body; representsName?: string })[];
	familyCentres: FamilyCentre[];
	coordinates: Body[];
}

export async function personView(id: string): Promise<PersonView | null> {
	const person = await db().persons.get(id);
	if (!person || !isLive(person)) return null;
	const organisation = person.organisationId
		? await db().organisations.get(person.organisationId)
		: undefined;
	const memberships = live(await db().memberships.where('personId').equals(id).toArray());
	const bodies = await db().bodies.bulkGet(memberships.map((m) => m.bodyId));
	const represented = await db().organisations.bulkGet(
		memberships.map((m) => m.representsOrganisationId ?? '')
	);
	const familyCentres = live(
		await db()
			.familyCentres.filter((f) => f.contactPersonIds.includes(id))
			.toArray()
	);
	const coordinates = live(
		await db()
			.bodies.filter((b) => b.coordinatorPersonId === id)
			.toArray()
	);
	return {
		person,
		organisation: organisation && isLive(organisation) ? organisation : undefined,
		memberships: memberships
			.map((m, i) => ({
				...m,
				body: bodies[i] && isLive(bodies[i]!) ? bodies[i] : undefined,
				representsName: represented[i]?.name
			}))
			.sort((a, b) => ((a.termEnd ?? '9999') < (b.termEnd ?? '9999') ? 1 : -1)),
		familyCentres,
		coordinates
	};
}

/**
 * One page of a list straight from IndexedDB's name index, before the search
 * index is ready. (The index's order is Unicode, close to Finnish order for
 * names that start with a capital; the search index then sorts with the
 * Finnish collator.)
 */
export async function rawRows(type: EntryType, offset: number, limit: number): Promise<Entry[]> {
	const table = db().table<Organisation | Service | Person, string>(type);
	const rows = await table
		.orderBy('name')
		.filter((r) => isLive(r))
		.offset(offset)
		.limit(limit)
		.toArray();
	const orgIds = rows.map((r) => (r as { organisationId?: string }).organisationId ?? '');
	const orgs = await db().organisations.bulkGet(orgIds);
	return rows.map((r, i): Entry => {
		const org = orgs[i];
		if (type === 'organisations') return organisationEntry(r as Organisation);
		if (type === 'services') return serviceEntry(r as Service, org);
		return personEntry(r as Person, org);
	});
}

/**
 * How many records a list has, tombstones included (an estimate shown until the
 * search index answers). IndexedDB counts by walking the keys: slow for a
 * country, so the page reads its rows first and counts after.
 */
export function rawCount(type: EntryType): Promise<number> {
	return db().table(type).count();
}

/** A service as the referral view shows it: with its organisation and its contact people. */
export interface ServiceWithContacts {
	service: Service;
	organisation?: Organisation;
	contacts: Person[];
}

/**
 * The services with these ids (in the order given, deleted ones left out),
 * each with its organisation and its live contact people.
 */
export async function servicesWithContacts(ids: string[]): Promise<ServiceWithContacts[]> {
	const services = live(await db().services.bulkGet(ids));
	const orgs = await db().organisations.bulkGet(services.map((s) => s.organisationId));
	const people = live(await db().persons.bulkGet(services.flatMap((s) => s.contactPersonIds)));
	const personById = new Map(people.map((p) => [p.id, p]));
	return services.map((s, i) => {
		const organisation = orgs[i];
		return {
			service: s,
			organisation: organisation && isLive(organisation) ? organisation : undefined,
			contacts: s.contactPersonIds.map((p) => personById.get(p)).filter((p): p is Person => !!p)
		};
	});
}

export interface ExpertNetwork {
	body: Body;
	/** The network's coordinator, when one is named and not deleted. */
	coordinator?: Person;
	/** The coordinator's organisation's name, for their detail line. */
	organisations: Map<string, Pick<Organisation, 'name'>>;
}

/**
 * The expert networks in operation that cover a theme (a body of the expert
 * network kind naming it in `themes`), by name, each with its coordinator:
 * the referral view lists them after the services.
 */
export async function expertNetworks(theme: string): Promise<ExpertNetwork[]> {
	if (!theme) return [];
	const bodies = sortByName(
		(await db().bodies.where('themes').equals(theme).toArray()).filter(
			(b) => isLive(b) && b.kind === 'expert_network' && b.status === 'active'
		)
	);
	const people = live(
		await db().persons.bulkGet(bodies.map((b) => b.coordinatorPersonId ?? '').filter(Boolean))
	);
	const personById = new Map(people.map((p) => [p.id, p]));
	const orgs = live(
		await db().organisations.bulkGet(
			people.map((p) => p.organisationId).filter((x): x is string => !!x)
		)
	);
	const organisations = new Map(orgs.map((o) => [o.id, o]));
	return bodies.map((body) => ({
		body,
		coordinator: body.coordinatorPersonId ? personById.get(body.coordinatorPersonId) : undefined,
		organisations
	}));
}
