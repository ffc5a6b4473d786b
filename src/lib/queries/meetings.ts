/**
 * The reads behind the meetings pages, for live queries: each gathers what
 * one page shows in one read transaction, and only the people it names (not
 * the whole directory), so pages stay quick with a national-size network.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import type {
	Body,
	FamilyCentre,
	Meeting,
	Membership,
	Organisation,
	Participant,
	Person,
	Region
} from '$lib/domain/entities';
import type { BaseRecord } from '$lib/domain/base';
import { fiCollator, isLive, sortByName } from '$lib/domain/records';
import { matchesQuery, nameMatch, sameName } from '$lib/domain/rules/attendance';
import {
	pendingReportBacks,
	reportBackScope,
	representativeSeat,
	type ReportBackStatus
} from '$lib/domain/rules/reportBack';

export interface PersonInfo {
	id: string;
	name: string;
	organisation?: string;
	email?: string;
}

/** The rows a bulkGet found that are not deleted. */
const foundLive = <T extends BaseRecord>(rows: (T | undefined)[]): T[] =>
	rows.filter((r): r is T => !!r && isLive(r));

async function peopleById(database: VerkostoDb, ids: string[]): Promise<Map<string, PersonInfo>> {
	const persons = foundLive(await database.persons.bulkGet([...new Set(ids)]));
	const orgIds = [...new Set(persons.map((p) => p.organisationId).filter((x): x is string => !!x))];
	const orgs = new Map(
		foundLive(await database.organisations.bulkGet(orgIds)).map((o) => [o.id, o])
	);
	return new Map(
		persons.map((p) => [
			p.id,
			{
				id: p.id,
				name: p.name,
				...(p.organisationId && orgs.get(p.organisationId)
					? { organisation: orgs.get(p.organisationId)!.name }
					: {}),
				...(p.email ? { email: p.email } : {})
			}
		])
	);
}

export interface MeetingView {
	meeting: Meeting;
	body?: Body;
	/** The body's memberships (all terms), for representation and inviting. */
	memberships: Membership[];
	people: Map<string, PersonInfo>;
	/** Names of the organisations the body's seats represent. */
	represented: Map<string, string>;
}

/** Everything the meeting, attendance and summary pages show; undefined when deleted or missing. */
export async function meetingView(
	id: string,
	database: VerkostoDb = db()
): Promise<MeetingView | undefined> {
	return database.transaction(
		'r',
		['meetings', 'bodies', 'memberships', 'persons', 'organisations'],
		async () => {
			const meeting = await database.meetings.get(id);
			if (!meeting || !isLive(meeting)) return undefined;
			const body = meeting.bodyId ? await database.bodies.get(meeting.bodyId) : undefined;
			const memberships = meeting.bodyId
				? (await database.memberships.where('bodyId').equals(meeting.bodyId).toArray()).filter(
						isLive
					)
				: [];
			const ids = [
				...meeting.participants.map((p) => p.personId),
				...meeting.followUps.map((f) => f.ownerPersonId).filter((x): x is string => !!x)
			];
			const orgIds = memberships
				.map((s) => s.representsOrganisationId)
				.filter((x): x is string => !!x);
			const represented = new Map(
				foundLive(await database.organisations.bulkGet([...new Set(orgIds)])).map((o) => [
					o.id,
					o.name
				])
			);
			return {
				meeting,
				...(body && isLive(body) ? { body } : {}),
				memberships,
				people: await peopleById(database, ids),
				represented
			};
		}
	);
}

/** Live bodies by name, for choosing a meeting's body (read apart from the meeting, which changes often). */
export async function bodyOptions(
	database: VerkostoDb = db()
): Promise<Pick<Body, 'id' | 'name'>[]> {
	const bodies = (await database.bodies.toArray()).filter(isLive);
	return sortByName(bodies).map((b) => ({ id: b.id, name: b.name }));
}

export interface CalendarData {
	meetings: Meeting[];
	bodies: Body[];
	regions: Region[];
	familyCentres: Pick<FamilyCentre, 'id' | 'regionId'>[];
}

export async function calendarData(database: VerkostoDb = db()): Promise<CalendarData> {
	return database.transaction(
		'r',
		['meetings', 'bodies', 'regions', 'familyCentres'],
		async () => ({
			meetings: (await database.meetings.toArray()).filter(isLive),
			bodies: sortByName((await database.bodies.toArray()).filter(isLive)),
			regions: sortByName((await database.regions.toArray()).filter(isLive)),
			familyCentres: (await database.familyCentres.toArray())
				.filter(isLive)
				.map((f) => ({ id: f.id, regionId: f.regionId }))
		})
	);
}

export interface FollowUpData {
	meetings: Meeting[];
	people: Map<string, PersonInfo>;
}

export async function followUpData(database: VerkostoDb = db()): Promise<FollowUpData> {
	return database.transaction('r', ['meetings', 'persons', 'organisations'], async () => {
		const meetings = (await database.meetings.toArray()).filter(
			(m) => isLive(m) && m.followUps.length > 0
		);
		const owners = meetings.flatMap((m) =>
			m.followUps.map((f) => f.ownerPersonId).filter((x): x is string => !!x)
		);
		return { meetings, people: await peopleById(database, owners) };
	});
}

/** People whose name (or organisation) matches, for inviting; at most `limit`, by name. */
export async function searchPersons(
	query: string,
	limit = 12,
	database: VerkostoDb = db()
): Promise<PersonInfo[]> {
	if (!query.trim()) return [];
	// Names that start like the query first; names within a typo only when there are none.
	const exact: Person[] = [];
	const near: Person[] = [];
	await database.persons.each((p) => {
		if (!isLive(p)) return;
		// Enough names start like the query: no need to look for typos any more.
		if (exact.length >= limit) {
			if (matchesQuery(query, p.name)) exact.push(p);
			return;
		}
		const match = nameMatch(query, p.name);
		if (match === 'exact') exact.push(p);
		else if (match === 'typo') near.push(p);
	});
	const found = (exact.length ? exact : near).slice(0, limit);
	const people = await peopleById(
		database,
		found.map((p) => p.id)
	);
	return sortByName([...people.values()]);
}

/** People already in the directory with this very name (a walk-in may be one of them). */
export async function namesakes(name: string, database: VerkostoDb = db()): Promise<PersonInfo[]> {
	if (!name.trim()) return [];
	const found = await database.persons.filter((p) => isLive(p) && sameName(p.name, name)).toArray();
	const people = await peopleById(
		database,
		found.map((p) => p.id)
	);
	return sortByName([...people.values()]);
}

/** Organisations for the walk-in form, by name. */
export async function organisationOptions(
	database: VerkostoDb = db()
): Promise<Pick<Organisation, 'id' | 'name'>[]> {
	const orgs = (await database.organisations.toArray()).filter(isLive);
	return sortByName(orgs).map((o) => ({ id: o.id, name: o.name }));
}

/** A body's memberships, for counting whom "invite members" would add. */
export async function bodyMemberships(
	bodyId: string,
	database: VerkostoDb = db()
): Promise<Membership[]> {
	return (await database.memberships.where('bodyId').equals(bodyId).toArray()).filter(isLive);
}

export interface ParticipantView extends Participant {
	name: string;
	organisation?: string;
	/** For a body's meeting: whom the participant's seat speaks for (absent when they hold none). */
	represents?: string;
}

/**
 * The participants with names, by name, and for a body's meeting whom each
 * representative speaks for: the seat's own words, else the organisation, else the category.
 */
export function participantViews(
	view: MeetingView,
	labels: { unknownPerson: string; category: (c: string) => string }
): ParticipantView[] {
	const date = view.meeting.start.slice(0, 10);
	return view.meeting.participants
		.map((p) => {
			const who = view.people.get(p.personId);
			const seat = representativeSeat(view.memberships, view.meeting.bodyId, p.personId, date);
			const represents = seat
				? (seat.representsText ??
					(seat.representsOrganisationId
						? view.represented.get(seat.representsOrganisationId)
						: undefined) ??
					(seat.representsCategory ? labels.category(seat.representsCategory) : ''))
				: undefined;
			return {
				...p,
				name: who?.name ?? labels.unknownPerson,
				...(who?.organisation ? { organisation: who.organisation } : {}),
				...(represents !== undefined ? { represents } : {})
			};
		})
		.sort((a, b) => fiCollator.compare(a.name, b.name));
}

/**
 * Who has not reported back from a body's recent meetings, with the names to
 * show, and how many meetings and representatives that rests on (none: there
 * was nothing to report back on).
 */
export async function reportBackStatus(
	bodyId: string,
	today: string,
	database: VerkostoDb = db()
): Promise<ReportBackStatus> {
	return database.transaction(
		'r',
		['meetings', 'memberships', 'persons', 'organisations'],
		async () => {
			const meetings = await database.meetings.where('bodyId').equals(bodyId).toArray();
			const memberships: Membership[] = await database.memberships
				.where('bodyId')
				.equals(bodyId)
				.toArray();
			const rows = pendingReportBacks(bodyId, meetings, memberships, today);
			const scope = reportBackScope(bodyId, meetings, memberships, today);
			const persons = await database.persons.bulkGet([...new Set(rows.map((r) => r.personId))]);
			const name = new Map(persons.filter((p) => !!p).map((p) => [p!.id, p!.name]));
			const seats = new Map(memberships.map((s) => [s.id, s]));
			const orgIds = [
				...new Set(memberships.map((s) => s.representsOrganisationId).filter((x) => !!x))
			] as string[];
			const orgs = await database.organisations.bulkGet(orgIds);
			const orgName = new Map(orgs.filter((o) => !!o).map((o) => [o!.id, o!.name]));
			const named = rows.map((r) => {
				const seat = seats.get(r.membershipId);
				const represents =
					seat?.representsText ??
					(seat?.representsOrganisationId ? orgName.get(seat.representsOrganisationId) : undefined);
				return {
					...r,
					personName: name.get(r.personId) ?? '–',
					...(represents ? { represents } : {})
				};
			});
			return { ...scope, rows: named };
		}
	);
}
