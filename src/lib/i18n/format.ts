/** Dates, times and numbers the Finnish way, in Europe/Helsinki, in the UI language. */
import { helsinkiLocal } from '$lib/domain/time';
import { intlTag, type Locale } from './catalogue';

const TZ = 'Europe/Helsinki';
const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = locale + JSON.stringify(opts);
	let f = cache.get(key);
	if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlTag[locale], { timeZone: TZ, ...opts })));
	return f;
}

/** "2024-09-25" → "25.9.2024" */
export function formatDate(isoDate: string | undefined, locale: Locale): string {
	if (!isoDate) return '';
	const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
	// Noon UTC keeps the calendar date the same in Helsinki.
	return fmt(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).format(
		new Date(Date.UTC(y, m - 1, d, 12))
	);
}

/** Local Helsinki wall-clock "2024-09-25T12:00" → "25.9.2024 klo 12.00" (fi). */
export function formatLocalDateTime(local: string | undefined, locale: Locale): string {
	if (!local) return '';
	const date = formatDate(local.slice(0, 10), locale);
	const [h, min] = local.slice(11, 16).split(':');
	const time = locale === 'en' ? `${Number(h)}:${min}` : `${Number(h)}.${min}`;
	const at = locale === 'fi' ? ' klo ' : locale === 'sv' ? ' kl. ' : ' at ';
	return `${date}${at}${time}`;
}

/**
 * An instant (ISO with offset) shown as Helsinki wall-clock time, written like
 * every other date and time in the app ("1.3.2026 klo 12.00", "1.3.2026 kl.
 * 12.00"): the browser's own short style differs by language and version.
 */
export function formatTimestamp(iso: string | undefined, locale: Locale): string {
	if (!iso) return '';
	const instant = new Date(iso);
	if (Number.isNaN(instant.getTime())) return '';
	return formatLocalDateTime(helsinkiLocal(instant), locale);
}

export function formatNumber(n: number, locale: Locale): string {
	return new Intl.NumberFormat(intlTag[locale]).format(n);
}

export function formatBytes(bytes: number, locale: Locale): string {
	const units = ['B', 'kB', 'MB', 'GB', 'TB'];
	let i = 0;
	let v = bytes;
	while (v >= 1000 && i < units.length - 1) {
		v /= 1000;
		i++;
	}
	return `${new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits: 1 }).format(v)} ${units[i]}`;
}

/** Finnish collation in every UI language: å, ä, ö sort after z. */
export const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });

/** "12.00" (fi, sv) or "12:00" (en) from a local wall-clock time. */
export function formatLocalTime(local: string, locale: Locale): string {
	const [h, min] = local.slice(11, 16).split(':');
	return locale === 'en' ? `${Number(h)}:${min}` : `${Number(h)}.${min}`;
}

/** A meeting's time: "25.9.2024 klo 12.00–15.00", or both ends in full when it spans days. */
export function formatLocalRange(start: string, end: string | undefined, locale: Locale): string {
	const from = formatLocalDateTime(start, locale);
	if (!end) return from;
	if (end.slice(0, 10) === start.slice(0, 10)) return `${from}–${formatLocalTime(end, locale)}`;
	return `${from} – ${formatLocalDateTime(end, locale)}`;
}

/** "2024-09" → "syyskuu 2024" (fi), "september 2024" (sv), "September 2024" (en). */
export function formatMonth(yearMonth: string, locale: Locale): string {
	const [y, m] = yearMonth.split('-').map(Number);
	const s = fmt(locale, { month: 'long', year: 'numeric' }).format(
		new Date(Date.UTC(y, m - 1, 15))
	);
	return s.charAt(0).toLocaleUpperCase(intlTag[locale]) + s.slice(1);
}

/** "ke 25.9." style weekday for a local date, in the UI language. */
export function formatWeekday(isoDate: string, locale: Locale): string {
	const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
	return fmt(locale, { weekday: 'short' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}
