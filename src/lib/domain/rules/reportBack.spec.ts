import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { infoFlowCounts, pendingReportBacks, reportBackScope, representatives } from './reportBack';

const demo = buildDemoNetwork();
const TODAY = '2026-11-24';
const person = (k: string) => demoId(`person:${k}`);
const body = (k: string) => demoId(`body:${k}`);
const meeting = (k: string) => demo.meetings.find((m) => m.id === demoId(`meeting:${k}`))!;

describe('pendingReportBacks', () => {
	it('lists the representatives of the provincial group who have not reported back, latest meeting first', () => {
		const rows = pendingReportBacks(body('provincial'), demo.meetings, demo.memberships, TODAY);
		expect(rows.map((r) => [r.meetingStart.slice(0, 10), r.personId])).toEqual([
			['2026-09-09', person('liaison-211')],
			['2026-09-09', person('kela-1')],
			['2026-05-13', person('mll-hame-1')],
			['2026-02-11', person('parish-837')]
		]);
		expect(rows[0].membershipId).toBe(demoId('membership:provincial:liaison-211'));
	});

	it('does not ask an absent representative, and ignores meetings not yet held or over a year old', () => {
		// kela-1 was absent on 11.2.2026 and did not report back: not listed for that meeting.
		const rows = pendingReportBacks(body('provincial'), demo.meetings, demo.memberships, TODAY);
		expect(
			rows.some((r) => r.personId === person('kela-1') && r.meetingStart.startsWith('2026-02'))
		).toBe(false);
		// Over a year later, the 2026 meetings have dropped out.
		expect(
			pendingReportBacks(body('provincial'), demo.meetings, demo.memberships, '2028-01-01')
		).toEqual([]);
		// On the day of a meeting nobody is late yet.
		const onTheDay = pendingReportBacks(
			body('provincial'),
			demo.meetings,
			demo.memberships,
			'2026-09-09'
		);
		expect(onTheDay.some((r) => r.meetingStart.startsWith('2026-09-09'))).toBe(false);
	});

	it('notes whether the representative gathered input before', () => {
		const m = meeting('provincial-2026-05');
		const withInput = {
			...m,
			participants: m.participants.map((p) =>
				p.personId === person('mll-hame-1') ? { ...p, inputGathered: false } : p
			)
		};
		const rows = pendingReportBacks(body('provincial'), [withInput], demo.memberships, TODAY);
		expect(rows).toEqual([
			expect.objectContaining({ personId: person('mll-hame-1'), inputGathered: false })
		]);
	});
});

describe('reportBackScope', () => {
	it('counts the meetings held in the window and the representatives at them', () => {
		const scope = reportBackScope(body('provincial'), demo.meetings, demo.memberships, TODAY);
		expect(scope.meetings).toBeGreaterThan(0);
		expect(scope.representatives).toBeGreaterThan(0);
	});
	it('is empty for a body with no meetings, so nobody can be said to have reported back', () => {
		const none = reportBackScope(body('provincial'), [], demo.memberships, TODAY);
		expect(none).toEqual({ meetings: 0, representatives: 0 });
		expect(pendingReportBacks(body('provincial'), [], demo.memberships, TODAY)).toEqual([]);
		// Meetings held, but no one who represents anyone attended.
		const m = meeting('provincial-2026-09');
		const alone = { ...m, participants: [] };
		expect(reportBackScope(body('provincial'), [alone], demo.memberships, TODAY)).toEqual({
			meetings: 1,
			representatives: 0
		});
	});
});

describe('representatives', () => {
	it('are the participants holding a seat that speaks for someone on the meeting day', () => {
		const m = meeting('provincial-2026-09');
		const reps = representatives(m, demo.memberships);
		expect(reps.length).toBe(m.participants.length);
		const guest = {
			...m,
			participants: [...m.participants, { ...m.participants[0], personId: person('lskl-1') }]
		};
		expect(representatives(guest, demo.memberships)).toHaveLength(reps.length);
	});

	it('are none at a standalone event or for a seat whose term has ended', () => {
		expect(representatives(meeting('workshop-2024'), demo.memberships)).toEqual([]);
		// Akaa's family representative's seat ended 31.12.2024.
		const akaa = meeting('local-020-2025-11');
		const seat = demo.memberships.find(
			(s) => s.bodyId === body('local-020') && s.representsCategory === 'families'
		)!;
		expect(seat.termEnd).toBe('2024-12-31');
		const ended = { ...akaa, participants: [{ ...akaa.participants[0], personId: seat.personId }] };
		expect(representatives(ended, demo.memberships)).toEqual([]);
		expect(representatives({ ...ended, start: '2024-11-11T13:00' }, demo.memberships)).toHaveLength(
			1
		);
	});

	it('counts the information flow of those present', () => {
		expect(infoFlowCounts(meeting('provincial-2026-05'), demo.memberships)).toEqual({
			representatives: 8,
			inputGathered: 7,
			reportedBack: 7
		});
	});
});
