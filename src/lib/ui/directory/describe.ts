/**
 * Directory records in words, for pages, print and plain text: opening times,
 * address, age range. Pure; labels come from the message catalogue.
 */
import type { Schedule, Service } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';

/** "09:00" → "9.00" (fi, sv) or "9:00" (en). */
function clock(t: string | undefined, locale: string): string {
	if (!t) return '';
	const [h, min] = t.split(':');
	return `${Number(h)}${locale === 'en' ? ':' : '.'}${min}`;
}

/** "ke klo 18.00–20.00 (viikoittain)". */
export function scheduleText(s: Schedule, m: Messages, locale: string): string {
	const days = s.byDay.map((d) => m.vocab.weekday[d]).join(', ');
	const from = clock(s.opensAt, locale);
	const to = clock(s.closesAt, locale);
	const time = from ? `${from}${to ? `–${to}` : ''}` : '';
	const freq = s.freq === 'WEEKLY' ? m.directory.weekly : m.directory.monthly;
	return [days, time, `(${freq.toLowerCase()})`, s.description ?? ''].filter(Boolean).join(' ');
}

export function addressText(a: Service['address']): string {
	if (!a) return '';
	return [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

export function timesText(
	s: Pick<Service, 'schedules' | 'scheduleNote'>,
	m: Messages,
	locale: string
) {
	return [...s.schedules.map((x) => scheduleText(x, m, locale)), s.scheduleNote ?? '']
		.filter(Boolean)
		.join('; ');
}

export const tel = (p: string) => `tel:${p.replace(/[^+\d]/g, '')}`;
