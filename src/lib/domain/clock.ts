/**
 * The one clock of the app. "Now" as an ISO instant for record times, and
 * "today" / "now" as Helsinki wall-clock time for calendars, cadence and due
 * dates. Pure rules take `today` (or a `Clock`) as a parameter; browser tests
 * fix the time with Playwright's page.clock, unit tests pass a fixed date.
 */
import { helsinkiDate, helsinkiLocal } from './time';

/** The source of record times and ids; a parameter so that tests and merges are deterministic. */
export interface Clock {
	now(): string;
	newId(): string;
}

export const systemClock: Clock = {
	now: () => new Date().toISOString(),
	newId: () => crypto.randomUUID()
};

/** Today's calendar date in Helsinki (YYYY-MM-DD): the `today` the pure rules take. */
export function todayInHelsinki(now: Date = new Date()): string {
	return helsinkiDate(now);
}

/** Today's date in Helsinki, YYYY-MM-DD. */
export const today = (): string => todayInHelsinki();

/** The Helsinki wall-clock time now, YYYY-MM-DDTHH:mm. */
export const nowLocal = (): string => helsinkiLocal(new Date());
