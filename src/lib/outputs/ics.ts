/**
 * iCalendar (RFC 5545) writer for meetings, so a coordinator can put a
 * meeting, or a filtered list of them, in Outlook, Google or Apple calendars.
 *
 * - Times are Helsinki wall-clock times with TZID=Europe/Helsinki and a full
 *   VTIMEZONE (EET/EEST, EU rules since 1996), so a 12:00 meeting stays 12:00
 *   in summer and winter and in every client, including ones without a tz database.
 * - Text is escaped (\\ ; , and newlines) and lines are folded at 75 octets of
 *   UTF-8 without splitting a character.
 * - UIDs come from the meeting's id, so importing the file again updates the
 *   events instead of duplicating them; SEQUENCE follows the record's version.
 * Pure: no clock, no browser.
 */
import type { Meeting } from '$lib/domain/entities';

export const ICS_TZID = 'Europe/Helsinki';
export const PRODID = '-//Verkosto//Perhekeskusverkosto//FI';

/** Europe/Helsinki: EEST from the last Sunday of March 03:00, EET from the last Sunday of October 04:00 (local). */
export const VTIMEZONE_HELSINKI = [
	'BEGIN:VTIMEZONE',
	`TZID:${ICS_TZID}`,
	`X-LIC-LOCATION:${ICS_TZID}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0300',
	'TZNAME:EEST',
	'DTSTART:19700329T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0300',
	'TZOFFSETTO:+0200',
	'TZNAME:EET',
	'DTSTART:19701025T040000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
	return s
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 3.1);
 * continuation lines start with one space, which counts toward their 75.
 * Characters are never split, so every line is valid UTF-8.
 */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const n = utf8Length(ch.codePointAt(0)!);
		if (octets + n > 75) {
			out.push(current);
			current = ' ';
			octets = 1;
		}
		current += ch;
		octets += n;
	}
	out.push(current);
	return out.join('\r\n');
}

/** "2024-09-25T12:00" → "20240925T120000" (local time, used with TZID). */
export const icsLocal = (local: string): string =>
	`${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;

/** An ISO instant → "20260115T080000Z". */
export const icsUtc = (iso: string): string =>
	new Date(iso)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

export interface IcsEvent {
	uid: string;
	/** Helsinki wall-clock, YYYY-MM-DDTHH:mm. */
	start: string;
	end?: string;
	summary: string;
	location?: string;
	description?: string;
	categories?: string[];
	/** When the event was last changed (ISO instant): DTSTAMP and LAST-MODIFIED. */
	changedAt: string;
	sequence: number;
}

const prop = (name: string, value: string) => foldLine(`${name}:${value}`);

function eventLines(e: IcsEvent): string[] {
	const lines = [
		'BEGIN:VEVENT',
		prop('UID', e.uid),
		prop('DTSTAMP', icsUtc(e.changedAt)),
		prop('LAST-MODIFIED', icsUtc(e.changedAt)),
		prop('SEQUENCE', String(e.sequence)),
		prop(`DTSTART;TZID=${ICS_TZID}`, icsLocal(e.start))
	];
	if (e.end) lines.push(prop(`DTEND;TZID=${ICS_TZID}`, icsLocal(e.end)));
	lines.push(prop('SUMMARY', escapeText(e.summary)));
	if (e.location) lines.push(prop('LOCATION', escapeText(e.location)));
	if (e.description) lines.push(prop('DESCRIPTION', escapeText(e.description)));
	if (e.categories?.length) lines.push(prop('CATEGORIES', e.categories.map(escapeText).join(',')));
	lines.push('END:VEVENT');
	return lines;
}

/** A whole VCALENDAR with CRLF line ends, ready to save as a .ics file. */
export function writeIcs(events: readonly IcsEvent[], calendarName?: string): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${PRODID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	if (calendarName) lines.push(prop('X-WR-CALNAME', escapeText(calendarName)));
	lines.push(`X-WR-TIMEZONE:${ICS_TZID}`, ...VTIMEZONE_HELSINKI);
	for (const e of events) lines.push(...eventLines(e));
	lines.push('END:VCALENDAR');
	return lines.join('\r\n') + '\r\n';
}

export interface MeetingIcsLabels {
	/** The body's name, when the meeting is a body's. */
	bodyName?: (bodyId: string) => string | undefined;
	kind: (kind: Meeting['kind']) => string;
	agendaHeading: string;
}

/** A meeting as a calendar event: body and agenda in the description. */
export function meetingEvent(
	m: Pick<
		Meeting,
		| 'id'
		| 'title'
		| 'start'
		| 'end'
		| 'place'
		| 'description'
		| 'agenda'
		| 'bodyId'
		| 'kind'
		| 'updatedAt'
		| 'version'
	>,
	l: MeetingIcsLabels
): IcsEvent {
	const body = m.bodyId ? l.bodyName?.(m.bodyId) : undefined;
	const parts = [
		body,
		m.description?.trim(),
		m.agenda.length
			? [l.agendaHeading, ...m.agenda.map((a, i) => `${i + 1}. ${a.title}`)].join('\n')
			: undefined
	].filter((p): p is string => !!p);
	return {
		uid: `${m.id}@verkosto`,
		start: m.start,
		...(m.end ? { end: m.end } : {}),
		summary: m.title,
		...(m.place ? { location: m.place } : {}),
		...(parts.length ? { description: parts.join('\n\n') } : {}),
		categories: [l.kind(m.kind)],
		changedAt: m.updatedAt,
		sequence: m.version - 1
	};
}
