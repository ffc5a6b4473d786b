/**
 * "Now" and "today" for the whole app, in Helsinki time: the one place the
 * app reads the clock for calendars, cadence and due dates. Pure rules take
 * `today` as a parameter; browser tests fix the clock with Playwright's
 * page.clock, unit tests call the rules with a fixed date.
 */
import { helsinkiDate, helsinkiLocal } from '$lib/domain/time';

/** Today's date in Helsinki, YYYY-MM-DD. */
export const today = (): string => helsinkiDate(new Date());

/** The Helsinki wall-clock time now, YYYY-MM-DDTHH:mm. */
export const nowLocal = (): string => helsinkiLocal(new Date());
