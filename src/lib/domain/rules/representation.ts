/**
 * Representation gaps: does each body have at its table the sectors it says it
 * must have, and is it otherwise in order (goals and tasks stated, its next
 * meeting not overdue by its cadence, every member's representation known)?
 * Pure; `today` is a calendar date (YYYY-MM-DD) in Helsinki.
 *
 * The semantics, decided here once for the matrix, the body page and the map:
 * - A seat is filled by a member whose term is current on `today`: it has
 *   started (no start = always was) and has not ended (the end date is the
 *   last day of the term). Ended terms stay as history and fill nothing; a
 *   required seat whose only members' terms ended is `lapsed`, one whose member
 *   starts later is `upcoming`; both are gaps.
 * - A member's category is the seat they say they fill (`representsCategory`),
 *   else the sector of the organisation they represent. The employer of the
 *   person is not used: whom a member speaks for must be stated, not guessed.
 *   Current members with no category are flagged (`unstated_representation`).
 * - A deputy does not fill a seat alone: a seat with only deputies is
 *   `deputy_only`, a gap, because a deputy stands in for an absent member and
 *   no one holds the seat itself. A deputy with no category of their own takes
 *   the category of the member they stand in for.
 * - Parishes and other religious communities fill each other's seats. The
 *   seeds require an "uskonnollinen yhteisö" (religious community) at every
 *   local steering group and the demo records that seat as 'parish'; a parish
 *   is a religious community, and where a Pentecostal or Orthodox congregation
 *   is the one at the table the requirement is met. The seat says so
 *   (`byEquivalent`), so the matrix can show it.
 *   A body that requires both keeps them apart.
 * - A body that has ended (status 'ended') has no gaps and no flags: it is history.
 */
import type { Body } from '../entities/body';
import type { Meeting } from '../entities/meeting';
import type { Membership } from '../entities/membership';
import { REPRESENTATION, type Representation, type Sector } from '../fields';
import { cadenceStatus, type CadenceStatus } from './cadence';

export type TermState = 'current' | 'ended' | 'upcoming';

export function termState(m: Pick<Membership, 'termStart' | 'termEnd'>, today: string): TermState {
	if (m.termEnd && m.termEnd < today) return 'ended';
	if (m.termStart && m.termStart > today) return 'upcoming';
	return 'current';
}

/** Categories that fill each other's seats (see the module comment). */
const EQUIVALENTS: Partial<Record<Representation, readonly Representation[]>> = {
	parish: ['religious_community'],
	religious_community: ['parish']
};

/** Whether a member of category `has` fills a seat of category `seat`. */
export function fills(has: Representation | undefined, seat: Representation): boolean {
	if (!has) return false;
	return has === seat || (EQUIVALENTS[seat] ?? []).includes(has);
}

type Sectors = (organisationId: string) => Sector | undefined;

/** The seat a membership fills: its stated category, else its organisation's sector. */
export function memberCategory(
	m: Pick<Membership, 'representsCategory' | 'representsOrganisationId'>,
	sectorOf: Sectors
): Representation | undefined {
	if (m.representsCategory) return m.representsCategory;
	return m.representsOrganisationId ? sectorOf(m.representsOrganisationId) : undefined;
}

/**
 * The seat a membership form suggests: the sector of the organisation the
 * member represents, else, for a new member, that of the person's own
 * organisation (a suggestion the user sees and can change; once saved it is
 * stated, so the rule above still never guesses from the employer). It
 * replaces only a blank seat or the form's own earlier suggestion: returns the
 * value to put in the field, or undefined to leave the user's choice alone.
 */
export function suggestedSeat(
	form: { current: string; suggestedBefore: string },
	from: { represented?: Sector; ownOrganisation?: Sector; adding: boolean }
): Representation | undefined {
	const seat = from.represented ?? (from.adding ? from.ownOrganisation : undefined);
	if (!seat || seat === form.current) return undefined;
	return !form.current || form.current === form.suggestedBefore ? seat : undefined;
}

/**
 * The seat each of a body's memberships fills: its own category, or for a
 * deputy with none, the category of the member they stand in for.
 */
export function categoryResolver(
	memberships: readonly Membership[],
	sectorOf: Sectors
): (m: Membership) => Representation | undefined {
	const byId = new Map(memberships.map((m) => [m.id, m]));
	return (m) => {
		const own = memberCategory(m, sectorOf);
		if (own || m.role !== 'deputy' || !m.deputyForId) return own;
		const principal = byId.get(m.deputyForId);
		return principal && principal.id !== m.id ? memberCategory(principal, sectorOf) : undefined;
	};
}

export type SeatStatus = 'filled' | 'deputy_only' | 'upcoming' | 'lapsed' | 'missing';

export interface Seat {
	category: Representation;
	/** The body says this seat must be filled. */
	required: boolean;
	status: SeatStatus;
	/** Current members (not deputies) in the seat. */
	members: Membership[];
	/** Current deputies in the seat. */
	deputies: Membership[];
	/** Members whose term starts later. */
	upcoming: Membership[];
	/** Members whose term has ended, the most recent first. */
	ended: Membership[];
	/** Filled, but every current member's term ends within the warning period. */
	endingSoon: boolean;
	/** Filled (or held by a deputy) only through an equivalent category, e.g. a parish for a religious community. */
	byEquivalent: boolean;
}

/** `behind_cadence`: the next meeting is overdue (./cadence). */
export type BodyFlag =
	'no_goals' | 'no_tasks' | 'behind_cadence' | 'unstated_representation' | 'no_members';

export interface BodyCoverage {
	bodyId: string;
	active: boolean;
	/** One per category that is required or that any member has held, in vocabulary order. */
	seats: Seat[];
	/** Required seats that are not filled (none for an ended body). */
	gaps: Seat[];
	flags: BodyFlag[];
	/** Current members whose representation is unknown. */
	unstated: Membership[];
	cadence: CadenceStatus;
}

export interface CoverageOptions {
	/** A filled seat whose terms all end within this many days is `endingSoon`. */
	soonDays?: number;
}

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export function bodyCoverage(
	body: Pick<
		Body,
		| 'id'
		| 'status'
		| 'goals'
		| 'tasks'
		| 'requiredRepresentation'
		| 'meetingsPerYear'
		| 'createdAt'
		| 'deletedAt'
	>,
	memberships: readonly Membership[],
	meetings: readonly Pick<Meeting, 'bodyId' | 'start' | 'deletedAt'>[],
	sectorOf: Sectors,
	today: string,
	{ soonDays = 60 }: CoverageOptions = {}
): BodyCoverage {
	const own = memberships.filter((m) => m.bodyId === body.id && !m.deletedAt);
	const categoryOf = categoryResolver(own, sectorOf);
	const withCat = own.map((m) => ({ m, cat: categoryOf(m), term: termState(m, today) }));

	const required = new Set(body.requiredRepresentation);
	const held = new Set(withCat.map((x) => x.cat).filter((c): c is Representation => !!c));
	const soon = addDays(today, soonDays);

	const seats: Seat[] = REPRESENTATION.filter((c) => required.has(c) || held.has(c)).map(
		(category) => {
			const isRequired = required.has(category);
			// A required seat accepts equivalents, unless the body requires the
			// equivalent category as a seat of its own; a seat shown only because
			// someone holds it lists exactly that category.
			const accepts = (c: Representation | undefined) =>
				c === category || (c !== undefined && isRequired && !required.has(c) && fills(c, category));
			const inSeat = withCat.filter((x) => accepts(x.cat));
			const current = inSeat.filter((x) => x.term === 'current');
			const members = current.filter((x) => x.m.role !== 'deputy').map((x) => x.m);
			const deputies = current.filter((x) => x.m.role === 'deputy').map((x) => x.m);
			const upcoming = inSeat.filter((x) => x.term === 'upcoming').map((x) => x.m);
			const ended = inSeat
				.filter((x) => x.term === 'ended')
				.map((x) => x.m)
				.sort((a, b) => (b.termEnd ?? '').localeCompare(a.termEnd ?? ''));
			const status: SeatStatus = members.length
				? 'filled'
				: deputies.length
					? 'deputy_only'
					: upcoming.length
						? 'upcoming'
						: ended.length
							? 'lapsed'
							: 'missing';
			const holders = members.length ? members : deputies;
			return {
				category,
				required: isRequired,
				status,
				members,
				deputies,
				upcoming,
				ended,
				endingSoon:
					status === 'filled' && members.every((m) => m.termEnd !== undefined && m.termEnd <= soon),
				byEquivalent:
					holders.length > 0 &&
					holders.every((m) => {
						const c = withCat.find((x) => x.m === m)?.cat;
						return c !== category;
					})
			};
		}
	);

	const active = body.status === 'active' && !body.deletedAt;
	const cadence = cadenceStatus(
		body,
		meetings.filter((m) => m.bodyId === body.id),
		today
	);
	const unstated = withCat.filter((x) => x.term === 'current' && !x.cat).map((x) => x.m);
	const flags: BodyFlag[] = [];
	if (active) {
		if (body.goals.length === 0) flags.push('no_goals');
		if (body.tasks.length === 0) flags.push('no_tasks');
		if (cadence.overdue) flags.push('behind_cadence');
		if (unstated.length) flags.push('unstated_representation');
		if (!withCat.some((x) => x.term === 'current')) flags.push('no_members');
	}
	return {
		bodyId: body.id,
		active,
		seats,
		gaps: active ? seats.filter((s) => s.required && s.status !== 'filled') : [],
		flags,
		unstated,
		cadence
	};
}

/** Coverage of many bodies at once, with the memberships and meetings grouped once. */
export function coverageOf(
	bodies: readonly Parameters<typeof bodyCoverage>[0][],
	memberships: readonly Membership[],
	meetings: readonly Pick<Meeting, 'bodyId' | 'start' | 'deletedAt'>[],
	sectorOf: Sectors,
	today: string,
	options: CoverageOptions = {}
): Map<string, BodyCoverage> {
	const mBy = groupBy(memberships, (m) => m.bodyId);
	const meetBy = groupBy(meetings, (m) => m.bodyId);
	return new Map(
		bodies.map((b) => [
			b.id,
			bodyCoverage(b, mBy.get(b.id) ?? [], meetBy.get(b.id) ?? [], sectorOf, today, options)
		])
	);
}

/** For each category, the bodies lacking it (required and not filled), in the bodies' order. */
export function gapsByCategory(
	coverages: Iterable<BodyCoverage>
): Map<Representation, BodyCoverage[]> {
	const out = new Map<Representation, BodyCoverage[]>();
	for (const c of coverages)
		for (const g of c.gaps) {
			const list = out.get(g.category) ?? [];
			list.push(c);
			out.set(g.category, list);
		}
	return new Map(REPRESENTATION.filter((c) => out.has(c)).map((c) => [c, out.get(c)!]));
}

/** The categories a matrix needs as columns: required by or held in any of the bodies. */
export function matrixColumns(coverages: Iterable<BodyCoverage>): Representation[] {
	const used = new Set<Representation>();
	for (const c of coverages) for (const s of c.seats) used.add(s.category);
	return REPRESENTATION.filter((c) => used.has(c));
}

function groupBy<T>(items: readonly T[], key: (t: T) => string | undefined): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const it of items) {
		const k = key(it);
		if (k === undefined) continue;
		const list = out.get(k);
		if (list) list.push(it);
		else out.set(k, [it]);
	}
	return out;
}
