/** Dates, times and numbers the Finnish way, in Europe/Helsinki, in the UI language. */
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

/** An instant (ISO with offset) shown in Helsinki time. */
export function formatTimestamp(iso: string | undefined, locale: Locale): string {
	if (!iso) return '';
	return fmt(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
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
