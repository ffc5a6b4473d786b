/**
 * Meeting cadence: has a body met as often as it says it will, and is a
 * meeting due? Pure; `today` is a calendar date (YYYY-MM-DD) in Helsinki.
 * Used by the network's gap view and by the meetings calendar.
 */
import type { Body } from '../entities/body';
import type { Meeting } from '../entities/meeting';

export interface CadenceStatus {
	/** Meetings a year the body is meant to hold (0: no cadence). */
	perYear: number;
	/** Meetings held in the twelve months up to and including today. */
	heldLastYear: number;
	lastMeeting?: string;
	nextMeeting?: string;
	/** Fewer meetings in the last twelve months than the cadence says (bodies younger than a year excepted). */
	behind: boolean;
	/** No meeting is planned and the interval since the last one has passed (or it has never met). */
	due: boolean;
	/** When the next meeting should be held by, by the cadence. */
	dueBy?: string;
}

const DAY = 86_400_000;
const toDay = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const fromDay = (t: number) => new Date(t).toISOString().slice(0, 10);

export function cadenceStatus(
	body: Pick<Body, 'meetingsPerYear' | 'status' | 'createdAt'>,
	meetings: Pick<Meeting, 'start' | 'deletedAt'>[],
	today: string
): CadenceStatus {
	const perYear = body.meetingsPerYear;
	const dates = meetings
		.filter((m) => !m.deletedAt)
		.map((m) => m.start.slice(0, 10))
		.sort();
	const past = dates.filter((d) => d <= today);
	const future = dates.filter((d) => d > today);
	const yearAgo = fromDay(toDay(today) - 365 * DAY);
	const heldLastYear = past.filter((d) => d > yearAgo).length;
	const lastMeeting = past.at(-1);
	const nextMeeting = future[0];
	const status: CadenceStatus = {
		perYear,
		heldLastYear,
		lastMeeting,
		nextMeeting,
		behind: false,
		due: false
	};
	if (perYear <= 0 || body.status !== 'active') return status;
	const interval = Math.round(365 / perYear) * DAY;
	const since = lastMeeting ?? body.createdAt.slice(0, 10);
	status.dueBy = fromDay(toDay(since) + interval);
	status.behind = body.createdAt.slice(0, 10) <= yearAgo && heldLastYear < perYear;
	status.due = !nextMeeting && status.dueBy <= today;
	return status;
}
