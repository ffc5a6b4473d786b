/**
 * Reads of the network section, each gathering what one page needs in one
 * pass (run inside a live query, so pages update when any table read changes,
 * in this tab or another). People and organisations are read only where a
 * membership, contact or service points at them, so pages stay fast when the
 * directory holds a whole country.
 */
import type {
	Body,
	FamilyCentre,
	Meeting,
	Membership,
	Municipality,
	Organisation,
	Person,
	Region,
	Service
} from '$lib/domain/entities';
import type { BaseRecord } from '$lib/domain/base';
import { isLive, sortByName } from '$lib/domain/records';
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';

const liveRows = async <T extends BaseRecord>(p: Promise<T[]>) => (await p).filter(isLive);
/** The record when it is there and not deleted. */
const alive = <T extends BaseRecord>(r: T | undefined) => (r && isLive(r) ? r : undefined);

async function byIds<T extends BaseRecord>(
	table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> },
	ids: Iterable<string | undefined>
): Promise<Map<string, T>> {
	const keys = [...new Set([...ids].filter((x): x is string => !!x))];
	const rows = await table.bulkGet(keys);
	return new Map(rows.filter((r): r is T => !!r && isLive(r)).map((r) => [r.id, r]));
}

export interface NetworkData {
	regions: Region[];
	municipalities: Municipality[];
	familyCentres: FamilyCentre[];
	bodies: Body[];
	memberships: Membership[];
	meetings: Pick<Meeting, 'id' | 'bodyId' | 'start' | 'title' | 'deletedAt'>[];
	/** People who are members, coordinators or contact persons. */
	persons: Map<string, Person>;
	/** Organisations represented in a body or employing one of those people. */
	organisations: Map<string, Organisation>;
}

/** The whole structure: places, bodies, memberships, meetings and the people and organisations in them. */
export async function readNetwork(database: VerkostoDb = db()): Promise<NetworkData> {
	const [regions, municipalities, familyCentres, bodies, memberships, meetings] = await Promise.all(
		[
			liveRows(database.regions.toArray()),
			liveRows(database.municipalities.toArray()),
			liveRows(database.familyCentres.toArray()),
			liveRows(database.bodies.toArray()),
			liveRows(database.memberships.toArray()),
			liveRows(database.meetings.toArray())
		]
	);
	const persons = await byIds<Person>(database.persons, [
		...memberships.map((m) => m.personId),
		...bodies.map((b) => b.coordinatorPersonId),
		...familyCentres.flatMap((f) => f.contactPersonIds)
	]);
	const organisations = await byIds<Organisation>(database.organisations, [
		...memberships.map((m) => m.representsOrganisationId),
		...[...persons.values()].map((p) => p.organisationId)
	]);
	return {
		regions: sortByName(regions),
		municipalities: sortByName(municipalities),
		familyCentres: sortByName(familyCentres),
		bodies: sortByName(bodies),
		memberships,
		meetings: meetings.map(({ id, bodyId, start, title, deletedAt }) => ({
			id,
			bodyId,
			start,
			title,
			deletedAt
		})),
		persons,
		organisations
	};
}

export interface BodyPageData {
	body: Body;
	parent?: Body;
	children: Body[];
	familyCentre?: FamilyCentre;
	region?: Region;
	memberships: Membership[];
	meetings: Meeting[];
	persons: Map<string, Person>;
	organisations: Map<string, Organisation>;
}

/** One body with its members, meetings and the records they point at; undefined when it is gone. */
export async function readBody(
	id: string,
	database: VerkostoDb = db()
): Promise<BodyPageData | undefined> {
	const body = await database.bodies.get(id);
	if (!body || !isLive(body)) return undefined;
	const [memberships, meetings, children, parent, familyCentre, region] = await Promise.all([
		liveRows(database.memberships.where('bodyId').equals(id).toArray()),
		liveRows(database.meetings.where('bodyId').equals(id).toArray()),
		liveRows(database.bodies.where('parentBodyId').equals(id).toArray()),
		body.parentBodyId ? database.bodies.get(body.parentBodyId) : undefined,
		body.familyCentreId ? database.familyCentres.get(body.familyCentreId) : undefined,
		body.regionId ? database.regions.get(body.regionId) : undefined
	]);
	const persons = await byIds<Person>(database.persons, [
		...memberships.map((m) => m.personId),
		body.coordinatorPersonId
	]);
	const organisations = await byIds<Organisation>(database.organisations, [
		...memberships.map((m) => m.representsOrganisationId),
		...[...persons.values()].map((p) => p.organisationId)
	]);
	return {
		body,
		parent: alive(parent),
		children: sortByName(children),
		familyCentre: alive(familyCentre),
		region: alive(region),
		memberships,
		meetings: meetings.sort((a, b) => a.start.localeCompare(b.start)),
		persons,
		organisations
	};
}

export interface FamilyCentrePageData {
	familyCentre: FamilyCentre;
	region?: Region;
	municipalities: Municipality[];
	contacts: Person[];
	bodies: Body[];
	memberships: Membership[];
	meetings: Pick<Meeting, 'bodyId' | 'start' | 'deletedAt'>[];
	/** Services listed for the family centre or in its municipalities (area-free ones excluded). */
	services: Service[];
	/** Services with no area (national, phone, online) available to everyone. */
	areaFreeServices: number;
	/** Contact persons and the members of its bodies. */
	persons: Map<string, Person>;
	organisations: Map<string, Organisation>;
}

export async function readFamilyCentre(
	id: string,
	database: VerkostoDb = db()
): Promise<FamilyCentrePageData | undefined> {
	const fc = await database.familyCentres.get(id);
	if (!fc || !isLive(fc)) return undefined;
	const [region, municipalities, contacts, bodies] = await Promise.all([
		fc.regionId ? database.regions.get(fc.regionId) : undefined,
		byIds<Municipality>(database.municipalities, fc.municipalityIds),
		byIds<Person>(database.persons, fc.contactPersonIds),
		liveRows(database.bodies.where('familyCentreId').equals(id).toArray())
	]);
	const bodyIds = bodies.map((b) => b.id);
	const [memberships, meetings, byFc, byMunicipality, areaFree] = await Promise.all([
		liveRows(database.memberships.where('bodyId').anyOf(bodyIds).toArray()),
		liveRows(database.meetings.where('bodyId').anyOf(bodyIds).toArray()),
		database.services.where('familyCentreIds').equals(id).toArray(),
		fc.municipalityIds.length
			? database.services.where('municipalityIds').anyOf(fc.municipalityIds).toArray()
			: Promise.resolve([] as Service[]),
		database.services.filter((s) => isLive(s) && s.municipalityIds.length === 0).count()
	]);
	const services = new Map<string, Service>();
	for (const s of [...byFc, ...byMunicipality]) if (isLive(s)) services.set(s.id, s);
	const members = await byIds<Person>(
		database.persons,
		memberships.map((m) => m.personId)
	);
	const persons = new Map([...members, ...contacts]);
	const organisations = await byIds<Organisation>(database.organisations, [
		...[...services.values()].map((s) => s.organisationId),
		...[...persons.values()].map((p) => p.organisationId),
		...memberships.map((m) => m.representsOrganisationId)
	]);
	return {
		familyCentre: fc,
		region: alive(region),
		municipalities: sortByName([...municipalities.values()]),
		contacts: fc.contactPersonIds.map((p) => contacts.get(p)).filter((p): p is Person => !!p),
		bodies: sortByName(bodies),
		memberships,
		meetings,
		services: sortByName([...services.values()]),
		areaFreeServices: areaFree,
		persons,
		organisations
	};
}

export interface PlacePageData {
	region?: Region;
	municipality?: Municipality;
	regions: Region[];
	municipalities: Municipality[];
	familyCentres: FamilyCentre[];
	bodies: Body[];
	/** Organisations working in the municipality (for a municipality page). */
	organisations: Organisation[];
}

export async function readRegion(
	id: string,
	database: VerkostoDb = db()
): Promise<PlacePageData | undefined> {
	const region = await database.regions.get(id);
	if (!region || !isLive(region)) return undefined;
	const [municipalities, familyCentres, bodies] = await Promise.all([
		liveRows(database.municipalities.where('regionId').equals(id).toArray()),
		liveRows(database.familyCentres.where('regionId').equals(id).toArray()),
		liveRows(database.bodies.where('regionId').equals(id).toArray())
	]);
	return {
		region,
		regions: [region],
		municipalities: sortByName(municipalities),
		familyCentres: sortByName(familyCentres),
		bodies: sortByName(bodies),
		organisations: []
	};
}

export async function readMunicipality(
	id: string,
	database: VerkostoDb = db()
): Promise<PlacePageData | undefined> {
	const municipality = await database.municipalities.get(id);
	if (!municipality || !isLive(municipality)) return undefined;
	const [region, familyCentres, organisations] = await Promise.all([
		municipality.regionId ? database.regions.get(municipality.regionId) : undefined,
		liveRows(database.familyCentres.where('municipalityIds').equals(id).toArray()),
		liveRows(database.organisations.where('municipalityIds').equals(id).toArray())
	]);
	const bodies = familyCentres.length
		? await liveRows(
				database.bodies
					.where('familyCentreId')
					.anyOf(familyCentres.map((f) => f.id))
					.toArray()
			)
		: [];
	// Tampere's two family centres sit in two regions: list each centre's region.
	const regionIds = new Set([municipality.regionId, ...familyCentres.map((f) => f.regionId)]);
	const regions = (await byIds<Region>(database.regions, regionIds)).values();
	return {
		municipality,
		region: alive(region),
		regions: sortByName([...regions]),
		municipalities: [municipality],
		familyCentres: sortByName(familyCentres),
		bodies: sortByName(bodies),
		organisations: sortByName(organisations)
	};
}

/** The small tables only: for reassigning links when deleting a place or body. */
export async function readPlaces(
	database: VerkostoDb = db()
): Promise<Pick<Choices, 'regions' | 'municipalities' | 'familyCentres' | 'bodies'>> {
	const [regions, municipalities, familyCentres, bodies] = await Promise.all([
		liveRows(database.regions.toArray()),
		liveRows(database.municipalities.toArray()),
		liveRows(database.familyCentres.toArray()),
		liveRows(database.bodies.toArray())
	]);
	return {
		regions: sortByName(regions),
		municipalities: sortByName(municipalities),
		familyCentres: sortByName(familyCentres),
		bodies: sortByName(bodies)
	};
}

/** Choices for forms: every live record of the small tables, people and organisations by name. */
export interface Choices {
	regions: Region[];
	municipalities: Municipality[];
	familyCentres: FamilyCentre[];
	bodies: Body[];
	persons: Pick<Person, 'id' | 'name' | 'title' | 'organisationId'>[];
	organisations: Pick<Organisation, 'id' | 'name' | 'sector'>[];
}

export async function readChoices(database: VerkostoDb = db()): Promise<Choices> {
	const [regions, municipalities, familyCentres, bodies, persons, organisations] =
		await Promise.all([
			liveRows(database.regions.toArray()),
			liveRows(database.municipalities.toArray()),
			liveRows(database.familyCentres.toArray()),
			liveRows(database.bodies.toArray()),
			liveRows(database.persons.toArray()),
			liveRows(database.organisations.toArray())
		]);
	return {
		regions: sortByName(regions),
		municipalities: sortByName(municipalities),
		familyCentres: sortByName(familyCentres),
		bodies: sortByName(bodies),
		persons: sortByName(
			persons.map(({ id, name, title, organisationId }) => ({ id, name, title, organisationId }))
		),
		organisations: sortByName(organisations.map(({ id, name, sector }) => ({ id, name, sector })))
	};
}
