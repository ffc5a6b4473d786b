/**
 * "Now" and "today" for the whole app, in Helsinki time: the one place the
 * app reads the clock for calendars, cadence and due dates. Pure rules take
 * `today` as a parameter; browser tests fix the clock with Playwright's
 * page.clock, unit tests call the rules with a fixed date.
 */
import { helsinkiLocal } from '$lib/domain/time';
import { todayInHelsinki } from './today';

/** Today's date in Helsinki, YYYY-MM-DD (the same source as the network pages). */
export const today = (): string => todayInHelsinki();

/** The Helsinki wall-clock time now, YYYY-MM-DDTHH:mm. */
export const nowLocal = (): string => helsinkiLocal(new Date());
