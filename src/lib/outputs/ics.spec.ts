import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { helsinkiLocal } from '$lib/domain/time';
import {
	escapeText,
	foldLine,
	icsLocal,
	meetingEvent,
	writeIcs,
	VTIMEZONE_HELSINKI,
	type IcsEvent
} from './ics';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
/** RFC 5545 3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
const lines = (ics: string) => unfold(ics).split('\r\n').filter(Boolean);
const prop = (ics: string, name: string) =>
	lines(ics)
		.filter((l) => l.split(/[:;]/)[0] === name)
		.map((l) => l.slice(l.indexOf(':') + 1));

const demo = buildDemoNetwork();
const workshop = demo.meetings.find((m) => m.id === demoId('meeting:workshop-2024'))!;
const labels = {
	kind: (k: string) => (k === 'workshop' ? 'Työpaja' : k),
	agendaHeading: 'Asialista:',
	bodyName: (id: string) => demo.bodies.find((b) => b.id === id)?.name
};

describe('escapeText', () => {
	it('escapes backslash, semicolon, comma and every kind of newline', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
	});
	it('leaves colons, quotes and Finnish letters alone', () => {
		expect(escapeText('Klo 12:00 "Wivi Lönn" -sali, Åbo')).toBe(
			'Klo 12:00 "Wivi Lönn" -sali\\, Åbo'
		);
	});
});

describe('foldLine', () => {
	it('keeps a line of 75 octets whole and folds the 76th onto a continuation line', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});

	it('never exceeds 75 octets per line, counting UTF-8 bytes and the leading space', () => {
		const text = `SUMMARY:${'Järjestöt ja seurakunnat osana perhekeskusta – työpaja, Wivi Lönn -sali. '.repeat(6)}`;
		const folded = foldLine(text);
		for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
		expect(
			folded
				.split('\r\n')
				.slice(1)
				.every((l) => l.startsWith(' '))
		).toBe(true);
		expect(unfold(folded)).toBe(text);
	});

	it('does not split a multi-byte character or a surrogate pair across lines', () => {
		// 'ä' is two octets; a line of them must break between characters.
		const a = foldLine('ä'.repeat(100));
		for (const l of a.split('\r\n')) {
			expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
			expect(l.replace(/^ /, '')).toMatch(/^ä+$/);
			expect(octets(l)).toBeLessThanOrEqual(75);
		}
		// '👪' is four octets and two UTF-16 units.
		const e = foldLine(`X:${'👪'.repeat(40)}`);
		for (const l of e.split('\r\n')) {
			expect(l).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
			expect(octets(l)).toBeLessThanOrEqual(75);
		}
		expect(unfold(e)).toBe(`X:${'👪'.repeat(40)}`);
	});
});

/** The offset (minutes east of UTC) the VTIMEZONE in `ics` gives a Helsinki local time. */
function offsetFromVtimezone(ics: string, local: string): number {
	const ls = lines(ics);
	const begin = ls.indexOf('BEGIN:VTIMEZONE');
	const end = ls.indexOf('END:VTIMEZONE');
	const tz = ls.slice(begin, end);
	const rule = (kind: 'DAYLIGHT' | 'STANDARD') => {
		const b = tz.indexOf(`BEGIN:${kind}`);
		const block = tz.slice(b, tz.indexOf(`END:${kind}`, b));
		const get = (n: string) => block.find((l) => l.startsWith(`${n}:`))!.slice(n.length + 1);
		const rr = Object.fromEntries(
			get('RRULE')
				.split(';')
				.map((kv) => kv.split('='))
		);
		expect(rr).toMatchObject({ FREQ: 'YEARLY', BYDAY: '-1SU' });
		const off = (v: string) => (v[0] === '-' ? -1 : 1) * (+v.slice(1, 3) * 60 + +v.slice(3, 5));
		return {
			month: +rr.BYMONTH,
			time: get('DTSTART').slice(9, 13),
			from: off(get('TZOFFSETFROM')),
			to: off(get('TZOFFSETTO'))
		};
	};
	const lastSunday = (year: number, month: number) => {
		const last = new Date(Date.UTC(year, month, 0));
		return last.getUTCDate() - last.getUTCDay();
	};
	const onset = (r: ReturnType<typeof rule>, year: number) =>
		`${year}-${String(r.month).padStart(2, '0')}-${String(lastSunday(year, r.month)).padStart(2, '0')}T${r.time.slice(0, 2)}:${r.time.slice(2)}`;
	const d = rule('DAYLIGHT');
	const s = rule('STANDARD');
	const year = +local.slice(0, 4);
	return local >= onset(d, year) && local < onset(s, year) ? d.to : s.to;
}

/** Local Helsinki time → UTC instant by the VTIMEZONE, then back to local by the tz database. */
function roundTrip(ics: string, local: string): string {
	const off = offsetFromVtimezone(ics, local);
	const utc =
		Date.UTC(
			+local.slice(0, 4),
			+local.slice(5, 7) - 1,
			+local.slice(8, 10),
			+local.slice(11, 13),
			+local.slice(14, 16)
		) -
		off * 60_000;
	return helsinkiLocal(new Date(utc));
}

describe('writeIcs', () => {
	const ics = writeIcs([meetingEvent(workshop, labels)], 'Verkosto');

	it('writes a VCALENDAR with CRLF line ends only', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const l of ics.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
	});

	it('gives the 25.9.2024 workshop its Helsinki wall-clock times with the Helsinki VTIMEZONE', () => {
		expect(prop(ics, 'DTSTART')).toContain('20240925T120000');
		expect(lines(ics)).toContain('DTSTART;TZID=Europe/Helsinki:20240925T120000');
		expect(lines(ics)).toContain('DTEND;TZID=Europe/Helsinki:20240925T150000');
		expect(lines(ics)).toEqual(expect.arrayContaining(VTIMEZONE_HELSINKI));
		// 12:00 in September is EEST (+03:00): 09:00 UTC.
		expect(offsetFromVtimezone(ics, '2024-09-25T12:00')).toBe(180);
		// 13:00 on 9.12.2026 is EET (+02:00).
		expect(offsetFromVtimezone(ics, '2026-12-09T13:00')).toBe(120);
	});

	it('has VTIMEZONE rules that agree with the tz database for every day of 1996–2037 and around each change', () => {
		for (let y = 1996; y <= 2037; y++) {
			for (let t = Date.UTC(y, 0, 1); t < Date.UTC(y + 1, 0, 1); t += 86_400_000) {
				const date = new Date(t);
				const day = date.toISOString().slice(0, 10);
				// Sundays of March and October: every half hour outside the skipped or repeated hour.
				const changeDay = date.getUTCDay() === 0 && [2, 9].includes(date.getUTCMonth());
				const times = changeDay
					? ['00:30', '01:30', '02:00', '02:30', '04:00', '04:30', '05:30', '12:00', '23:30']
					: ['02:30', '12:00'];
				for (const hm of times) expect(roundTrip(ics, `${day}T${hm}`)).toBe(`${day}T${hm}`);
			}
		}
		// The hours around the changes: 2024-03-31 03:00 → 04:00, 2024-10-27 04:00 → 03:00.
		expect(offsetFromVtimezone(ics, '2024-03-31T02:59')).toBe(120);
		expect(offsetFromVtimezone(ics, '2024-03-31T04:00')).toBe(180);
		expect(roundTrip(ics, '2024-03-31T04:30')).toBe('2024-03-31T04:30');
		expect(offsetFromVtimezone(ics, '2024-10-27T02:59')).toBe(180);
		expect(offsetFromVtimezone(ics, '2024-10-27T04:00')).toBe(120);
		expect(roundTrip(ics, '2024-10-27T05:00')).toBe('2024-10-27T05:00');
	});

	it('escapes the place and folds the description, and both read back exactly', () => {
		expect(prop(ics, 'LOCATION')).toEqual(['Monitoimitalo 13\\, Wivi Lönn -sali\\, Tampere']);
		const description = prop(ics, 'DESCRIPTION')[0];
		expect(description).toContain('Asialista:\\n1. Tervetuloa ja työskentelyn tausta\\n2.');
		expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
		expect(prop(ics, 'SUMMARY')).toEqual([
			'Järjestöt ja seurakunnat osana perhekeskusta – työpaja'
		]);
		expect(prop(ics, 'CATEGORIES')).toEqual(['Työpaja']);
	});

	it('uses stable UIDs and DTSTAMPs: the same meeting writes the same event every time', () => {
		expect(prop(ics, 'UID')).toEqual([`${workshop.id}@verkosto`]);
		expect(writeIcs([meetingEvent(workshop, labels)], 'Verkosto')).toBe(ics);
		expect(prop(ics, 'DTSTAMP')).toEqual(['20240603T090000Z']);
	});

	it('writes a list of meetings as one calendar with one VTIMEZONE and an event each', () => {
		const events: IcsEvent[] = demo.meetings.slice(0, 5).map((m) => meetingEvent(m, labels));
		const many = writeIcs(events);
		expect(lines(many).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(5);
		expect(lines(many).filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
		expect(new Set(prop(many, 'UID')).size).toBe(5);
		const body = demo.bodies.find((b) => b.id === demo.meetings[0].bodyId)!;
		expect(prop(many, 'DESCRIPTION')[0].startsWith(escapeText(body.name))).toBe(true);
	});

	it('leaves out DTEND when a meeting has no end, and optional properties when empty', () => {
		const bare = writeIcs([
			meetingEvent({ ...workshop, end: undefined, place: undefined, agenda: [] }, labels)
		]);
		expect(prop(bare, 'DTEND')).toEqual([]);
		expect(prop(bare, 'LOCATION')).toEqual([]);
		expect(prop(bare, 'DESCRIPTION')).toEqual([]);
		expect(icsLocal('2026-01-05T09:05')).toBe('20260105T090500');
	});
});
