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
import { isLive, sortByName } from '$lib/domain/records';
import type { VerkostoDb } from '$lib/db/database';

const liveRows = async <T extends { deletedAt?: string }>(p: Promise<T[]>) =>
	(await p).filter((r) => !r.deletedAt);

async function byIds<T extends { id: string; deletedAt?: string }>(
	table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> },
	ids: Iterable<string | undefined>
): Promise<Map<string, T>> {
	const keys = [...new Set([...ids].filter((x): x is string => !!x))];
	const rows = await table.bulkGet(keys);
	return new Map(rows.filter((r): r is T => !!r && !r.deletedAt).map((r) => [r.id, r]));
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
export async function readNetwork(db: VerkostoDb): Promise<NetworkData> {
	const [regions, municipalities, familyCentres, bodies, memberships, meetings] = await Promise.all(
		[
			liveRows(db.regions.toArray()),
			liveRows(db.municipalities.toArray()),
			liveRows(db.familyCentres.toArray()),
			liveRows(db.bodies.toArray()),
			liveRows(db.memberships.toArray()),
			liveRows(db.meetings.toArray())
		]
	);
	const persons = await byIds<Person>(db.persons, [
		...memberships.map((m) => m.personId),
		...bodies.map((b) => b.coordinatorPersonId),
		...familyCentres.flatMap((f) => f.contactPersonIds)
	]);
	const organisations = await byIds<Organisation>(db.organisations, [
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
export async function readBody(db: VerkostoDb, id: string): Promise<BodyPageData | undefined> {
	const body = await db.bodies.get(id);
	if (!body || !isLive(body)) return undefined;
	const [memberships, meetings, children, parent, familyCentre, region] = await Promise.all([
		liveRows(db.memberships.where('bodyId').equals(id).toArray()),
		liveRows(db.meetings.where('bodyId').equals(id).toArray()),
		liveRows(db.bodies.where('parentBodyId').equals(id).toArray()),
		body.parentBodyId ? db.bodies.get(body.parentBodyId) : undefined,
		body.familyCentreId ? db.familyCentres.get(body.familyCentreId) : undefined,
		body.regionId ? db.regions.get(body.regionId) : undefined
	]);
	const persons = await byIds<Person>(db.persons, [
		...memberships.map((m) => m.personId),
		body.coordinatorPersonId
	]);
	const organisations = await byIds<Organisation>(db.organisations, [
		...memberships.map((m) => m.representsOrganisationId),
		...[...persons.values()].map((p) => p.organisationId)
	]);
	const alive = <T extends { deletedAt?: string }>(r: T | undefined) =>
		r && !r.deletedAt ? r : undefined;
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
	db: VerkostoDb,
	id: string
): Promise<FamilyCentrePageData | undefined> {
	const fc = await db.familyCentres.get(id);
	if (!fc || !isLive(fc)) return undefined;
	const [region, municipalities, contacts, bodies] = await Promise.all([
		fc.regionId ? db.regions.get(fc.regionId) : undefined,
		byIds<Municipality>(db.municipalities, fc.municipalityIds),
		byIds<Person>(db.persons, fc.contactPersonIds),
		liveRows(db.bodies.where('familyCentreId').equals(id).toArray())
	]);
	const bodyIds = bodies.map((b) => b.id);
	const [memberships, meetings, byFc, byMunicipality, areaFree] = await Promise.all([
		liveRows(db.memberships.where('bodyId').anyOf(bodyIds).toArray()),
		liveRows(db.meetings.where('bodyId').anyOf(bodyIds).toArray()),
		db.services.where('familyCentreIds').equals(id).toArray(),
		fc.municipalityIds.length
			? db.services.where('municipalityIds').anyOf(fc.municipalityIds).toArray()
			: Promise.resolve([] as Service[]),
		db.services.filter((s) => !s.deletedAt && s.municipalityIds.length === 0).count()
	]);
	const services = new Map<string, Service>();
	for (const s of [...byFc, ...byMunicipality]) if (isLive(s)) services.set(s.id, s);
	const members = await byIds<Person>(
		db.persons,
		memberships.map((m) => m.personId)
	);
	const persons = new Map([...members, ...contacts]);
	const organisations = await byIds<Organisation>(db.organisations, [
		...[...services.values()].map((s) => s.organisationId),
		...[...persons.values()].map((p) => p.organisationId),
		...memberships.map((m) => m.representsOrganisationId)
	]);
	return {
		familyCentre: fc,
		region: region && isLive(region) ? region : undefined,
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

export async function readRegion(db: VerkostoDb, id: string): Promise<PlacePageData | undefined> {
	const region = await db.regions.get(id);
	if (!region || !isLive(region)) return undefined;
	const [municipalities, familyCentres, bodies] = await Promise.all([
		liveRows(db.municipalities.where('regionId').equals(id).toArray()),
		liveRows(db.familyCentres.where('regionId').equals(id).toArray()),
		liveRows(db.bodies.where('regionId').equals(id).toArray())
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
	db: VerkostoDb,
	id: string
): Promise<PlacePageData | undefined> {
	const municipality = await db.municipalities.get(id);
	if (!municipality || !isLive(municipality)) return undefined;
	const [region, familyCentres, organisations] = await Promise.all([
		municipality.regionId ? db.regions.get(municipality.regionId) : undefined,
		liveRows(db.familyCentres.where('municipalityIds').equals(id).toArray()),
		liveRows(db.organisations.where('municipalityIds').equals(id).toArray())
	]);
	const bodies = familyCentres.length
		? await liveRows(
				db.bodies
					.where('familyCentreId')
					.anyOf(familyCentres.map((f) => f.id))
					.toArray()
			)
		: [];
	// Tampere's two family centres sit in two regions: list each centre's region.
	const regionIds = new Set([municipality.regionId, ...familyCentres.map((f) => f.regionId)]);
	const regions = (await byIds<Region>(db.regions, regionIds)).values();
	return {
		municipality,
		region: region && isLive(region) ? region : undefined,
		regions: sortByName([...regions]),
		municipalities: [municipality],
		familyCentres: sortByName(familyCentres),
		bodies: sortByName(bodies),
		organisations: sortByName(organisations)
	};
}

/** The small tables only: for reassigning links when deleting a place or body. */
export async function readPlaces(
	db: VerkostoDb
): Promise<Pick<Choices, 'regions' | 'municipalities' | 'familyCentres' | 'bodies'>> {
	const [regions, municipalities, familyCentres, bodies] = await Promise.all([
		liveRows(db.regions.toArray()),
		liveRows(db.municipalities.toArray()),
		liveRows(db.familyCentres.toArray()),
		liveRows(db.bodies.toArray())
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

export async function readChoices(db: VerkostoDb): Promise<Choices> {
	const [regions, municipalities, familyCentres, bodies, persons, organisations] =
		await Promise.all([
			liveRows(db.regions.toArray()),
			liveRows(db.municipalities.toArray()),
			liveRows(db.familyCentres.toArray()),
			liveRows(db.bodies.toArray()),
			liveRows(db.persons.toArray()),
			liveRows(db.organisations.toArray())
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
