/**
 * Meeting cadence: is a body's next meeting overdue? Pure; `today` is a
 * calendar date (YYYY-MM-DD) in Helsinki. The one rule behind the network's
 * flags, the body page and the meetings calendar's "meeting overdue" list.
 *
 * A body is overdue when it is active, has a cadence, has no meeting planned
 * (a meeting after today) and its agreed interval plus a tolerance has passed
 * since its last held meeting. A body that has never met counts from the day
 * it was recorded, but no "should have been held by" date is claimed for it:
 * that date would only reflect when someone typed the body in. Counting the
 * meetings of the last twelve months is not the rule: a body that meets four
 * times a year and met on 1.12. last year is on track on 8.12. with three.
 */
import type { Body } from '../entities/body';
import type { Meeting } from '../entities/meeting';

export interface CadenceStatus {
	/** Meetings a year the body is meant to hold (0: no cadence). */
	perYear: number;
	/** Meetings held in the twelve months up to and including today (shown, never judged). */
	heldLastYear: number;
	lastMeeting?: string;
	/** The first meeting after today: a planned meeting keeps a body on track. */
	nextMeeting?: string;
	/** No meeting planned and the interval plus the tolerance has passed since the last one. */
	overdue: boolean;
	/**
	 * When the next meeting was due by the cadence: the last meeting plus the
	 * interval (for a body that never met, its recording plus the interval; used
	 * for ordering, not shown).
	 */
	dueBy?: string;
}

const DAY = 86_400_000;
const toDay = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const fromDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The days between meetings at a cadence of `perYear`. */
export const intervalDays = (perYear: number) => Math.round(365 / perYear);

/**
 * How late a meeting may be before the body is called overdue: a quarter of
 * the interval (about three weeks for four meetings a year), at least two weeks,
 * so a meeting moved by a week or a holiday does not raise an alarm.
 */
export const toleranceDays = (perYear: number) =>
	Math.max(14, Math.round(intervalDays(perYear) / 4));

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
	const yearAgo = fromDay(toDay(today) - 365 * DAY);
	const lastMeeting = past.at(-1);
	const nextMeeting = dates.find((d) => d > today);
	const status: CadenceStatus = {
		perYear,
		heldLastYear: past.filter((d) => d > yearAgo).length,
		lastMeeting,
		nextMeeting,
		overdue: false
	};
	if (perYear <= 0 || body.status !== 'active') return status;
	const since = toDay(lastMeeting ?? body.createdAt.slice(0, 10));
	status.dueBy = fromDay(since + intervalDays(perYear) * DAY);
	const lateFrom = fromDay(since + (intervalDays(perYear) + toleranceDays(perYear)) * DAY);
	status.overdue = !nextMeeting && lateFrom < today;
	return status;
}
