/**
 * The meetings calendar: which meetings are upcoming and which past, filters
 * by body, region, month and kind, grouping by month, and the bodies whose
 * cadence says a meeting is due. Pure; `today` is a Helsinki date (YYYY-MM-DD).
 */
import type { Body } from '../entities/body';
import type { FamilyCentre } from '../entities/familyCentre';
import type { Meeting, MEETING_KINDS } from '../entities/meeting';
import { cadenceStatus, type CadenceStatus } from './cadence';
import { compareIso } from '../time';

export interface CalendarFilter {
	/** A body's id, or 'none' for standalone events. */
	bodyId?: string;
	regionId?: string;
	/** YYYY-MM */
	month?: string;
	kind?: (typeof MEETING_KINDS)[number];
}

type BodyScope = Pick<Body, 'id' | 'regionId' | 'familyCentreId'>;

/**
 * The region of a body: its own, or its family centre's. Bodies above the
 * regions (provincial, national) and standalone events have none.
 */
export function regionResolver(
	bodies: readonly BodyScope[],
	familyCentres: readonly Pick<FamilyCentre, 'id' | 'regionId'>[]
): (bodyId: string | undefined) => string | undefined {
	const fc = new Map(familyCentres.map((f) => [f.id, f.regionId]));
	const byId = new Map(bodies.map((b) => [b.id, b]));
	return (bodyId) => {
		const b = bodyId ? byId.get(bodyId) : undefined;
		if (!b) return undefined;
		return b.regionId ?? (b.familyCentreId ? fc.get(b.familyCentreId) : undefined);
	};
}

export function filterMeetings<M extends Pick<Meeting, 'bodyId' | 'start' | 'kind'>>(
	meetings: readonly M[],
	f: CalendarFilter,
	regionOf: (bodyId: string | undefined) => string | undefined
): M[] {
	return meetings.filter(
		(m) =>
			(!f.bodyId || (f.bodyId === 'none' ? !m.bodyId : m.bodyId === f.bodyId)) &&
			(!f.kind || m.kind === f.kind) &&
			(!f.month || m.start.slice(0, 7) === f.month) &&
			(!f.regionId || regionOf(m.bodyId) === f.regionId)
	);
}

/** A meeting is upcoming until the end of the day it ends (a meeting today is still ahead). */
export const isUpcoming = (m: Pick<Meeting, 'start' | 'end'>, today: string): boolean =>
	(m.end ?? m.start).slice(0, 10) >= today;

/** Upcoming meetings soonest first, past meetings latest first. */
export function splitByTime<M extends Pick<Meeting, 'start' | 'end'>>(
	meetings: readonly M[],
	today: string
): { upcoming: M[]; past: M[] } {
	// By start only: the sort is stable, so meetings at the same time keep their
	// stored order (a title tie-break cost ~90 ms at national size, see bench).
	const byStart = [...meetings].sort((a, b) => compareIso(a.start, b.start));
	return {
		upcoming: byStart.filter((m) => isUpcoming(m, today)),
		past: byStart.filter((m) => !isUpcoming(m, today)).reverse()
	};
}

/** Consecutive runs of meetings in the same month, in the given order. */
export function groupByMonth<M extends Pick<Meeting, 'start'>>(
	meetings: readonly M[]
): { month: string; meetings: M[] }[] {
	const out: { month: string; meetings: M[] }[] = [];
	for (const m of meetings) {
		const month = m.start.slice(0, 7);
		const last = out.at(-1);
		if (last?.month === month) last.meetings.push(m);
		else out.push({ month, meetings: [m] });
	}
	return out;
}

/** The months that have meetings, latest first (for a month filter). */
export function monthsWithMeetings(meetings: readonly Pick<Meeting, 'start'>[]): string[] {
	return [...new Set(meetings.map((m) => m.start.slice(0, 7)))].sort().reverse();
}

export interface DueBody<B> {
	body: B;
	status: CadenceStatus;
}

/**
 * Active bodies whose next meeting is overdue (see ./cadence: the interval and
 * its tolerance have passed since the last meeting and none is planned), the
 * longest overdue first.
 */
export function dueBodies<B extends Pick<Body, 'id' | 'meetingsPerYear' | 'status' | 'createdAt'>>(
	bodies: readonly B[],
	meetings: readonly Pick<Meeting, 'bodyId' | 'start' | 'deletedAt'>[],
	today: string
): DueBody<B>[] {
	const byBody = new Map<string, Pick<Meeting, 'start' | 'deletedAt'>[]>();
	for (const m of meetings) {
		if (!m.bodyId) continue;
		const list = byBody.get(m.bodyId) ?? [];
		list.push(m);
		byBody.set(m.bodyId, list);
	}
	return bodies
		.map((body) => ({ body, status: cadenceStatus(body, byBody.get(body.id) ?? [], today) }))
		.filter((d) => d.status.overdue)
		.sort((a, b) => compareIso(a.status.dueBy ?? '', b.status.dueBy ?? ''));
}
