import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import {
	dueBodies,
	filterMeetings,
	groupByMonth,
	isUpcoming,
	monthsWithMeetings,
	regionResolver,
	splitByTime
} from './calendar';

const demo = buildDemoNetwork();
const TODAY = '2026-11-24';
const regionOf = regionResolver(demo.bodies, demo.familyCentres);
const body = (k: string) => demoId(`body:${k}`);
const region = (k: string) => demoId(`region:${k}`);

describe('upcoming and past', () => {
	it('counts a meeting today, and one still running since yesterday, as upcoming', () => {
		expect(isUpcoming({ start: '2026-11-24T09:00' }, TODAY)).toBe(true);
		expect(isUpcoming({ start: '2026-11-23T09:00', end: '2026-11-24T16:00' }, TODAY)).toBe(true);
		expect(isUpcoming({ start: '2026-11-23T18:00', end: '2026-11-23T20:00' }, TODAY)).toBe(false);
	});

	it('lists upcoming meetings soonest first and past ones latest first', () => {
		const { upcoming, past } = splitByTime(demo.meetings, TODAY);
		expect(upcoming.map((m) => m.start.slice(0, 10))).toEqual(['2026-12-09', '2027-03-17']);
		expect(past[0].start.slice(0, 10)).toBe('2026-10-13');
		expect(past.at(-1)!.start.slice(0, 10)).toBe('2024-08-20');
		expect(upcoming.length + past.length).toBe(demo.meetings.length);
		// On the workshop's own day it is upcoming, the day after it is past.
		const workshop = (d: string) =>
			splitByTime(demo.meetings, d).upcoming.some((m) => m.id === demoId('meeting:workshop-2024'));
		expect(workshop('2024-09-25')).toBe(true);
		expect(workshop('2024-09-26')).toBe(false);
	});
});

describe('filters', () => {
	it('by body, and standalone events only', () => {
		const provincial = filterMeetings(demo.meetings, { bodyId: body('provincial') }, regionOf);
		expect(provincial).toHaveLength(4);
		const events = filterMeetings(demo.meetings, { bodyId: 'none' }, regionOf);
		expect(events.map((m) => m.kind).sort()).toEqual([
			'ngo_fair',
			'ngo_fair',
			'seminar',
			'training',
			'workshop'
		]);
	});

	it('by region: the regional group and the local groups of its family centres', () => {
		const west = filterMeetings(demo.meetings, { regionId: region('west') }, regionOf);
		const bodies = new Set(west.map((m) => m.bodyId));
		// The west's steering groups that meet (Kihniö and Punkalaidun have not), and its region's group.
		expect(bodies).toEqual(
			new Set(
				[
					'regional-west',
					...['108', '143', '536', '581', '790', '980', '837-west'].map((c) => `local-${c}`)
				].map(body)
			)
		);
		// Provincial meetings and standalone events belong to no region.
		expect(west.some((m) => m.bodyId === body('provincial') || !m.bodyId)).toBe(false);
	});

	it('by month and kind, combined', () => {
		const sept2024 = filterMeetings(demo.meetings, { month: '2024-09' }, regionOf);
		expect(sept2024.map((m) => m.start.slice(0, 10)).sort()).toEqual(['2024-09-03', '2024-09-25']);
		expect(
			filterMeetings(demo.meetings, { month: '2024-09', kind: 'workshop' }, regionOf).map(
				(m) => m.title
			)
		).toEqual(['Järjestöt ja seurakunnat osana perhekeskusta – työpaja']);
	});

	it('resolves a body’s region through its family centre when it has none of its own', () => {
		const resolve = regionResolver(
			[{ id: 'b', familyCentreId: 'fc' }],
			[{ id: 'fc', regionId: 'r' }]
		);
		expect(resolve('b')).toBe('r');
		expect(resolve(undefined)).toBeUndefined();
	});
});

describe('months', () => {
	it('groups consecutive meetings by month and lists the months that have meetings', () => {
		const { past } = splitByTime(demo.meetings, TODAY);
		const groups = groupByMonth(past);
		expect(groups[0]).toMatchObject({ month: '2026-10' });
		expect(groups[0].meetings.map((m) => m.start.slice(0, 10))).toEqual([
			'2026-10-13',
			'2026-10-06'
		]);
		expect(groups.flatMap((g) => g.meetings)).toEqual(past);
		const months = monthsWithMeetings(demo.meetings);
		expect(months[0]).toBe('2027-03');
		expect(new Set(months).size).toBe(months.length);
	});
});

describe('dueBodies', () => {
	const due = dueBodies(demo.bodies, demo.meetings, TODAY);
	const dueIds = due.map((d) => d.body.id);

	it('flags a body whose interval since its last meeting has passed with nothing planned', () => {
		// The south region met 10.3.2026 and meets four times a year.
		const south = due.find((d) => d.body.id === body('regional-south'));
		expect(south?.status).toMatchObject({ lastMeeting: '2026-03-10', dueBy: '2026-06-09' });
	});

	it('does not flag a body with a meeting planned, or one that met recently', () => {
		expect(dueIds).not.toContain(body('provincial')); // 9.12.2026 planned
		expect(dueIds).not.toContain(body('regional-west')); // met 13.10.2026
	});

	it('flags a body that has never met once its first interval has passed, longest overdue first', () => {
		// Kihniö's steering group (in development, twice a year) has never met.
		expect(dueIds).toContain(body('local-216'));
		const dates = due.map((d) => d.status.dueBy!);
		expect([...dates].sort()).toEqual(dates);
		expect(due.every((d) => d.body.status === 'active' && d.body.meetingsPerYear > 0)).toBe(true);
	});
});
