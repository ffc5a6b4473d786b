import { describe, expect, it } from 'vitest';
import { cadenceStatus } from './cadence';

const body = (meetingsPerYear: number, createdAt = '2020-01-01T00:00:00.000Z') => ({
	meetingsPerYear,
	status: 'active' as const,
	createdAt
});
const m = (date: string, deletedAt?: string) => ({ start: `${date}T13:00`, deletedAt });

describe('cadenceStatus', () => {
	it('a body meeting four times a year that met four times is on track', () => {
		const s = cadenceStatus(
			body(4),
			[m('2026-01-10'), m('2026-04-10'), m('2026-07-10'), m('2026-10-10')],
			'2026-11-24'
		);
		expect(s).toMatchObject({
			heldLastYear: 4,
			behind: false,
			due: false,
			lastMeeting: '2026-10-10'
		});
		expect(s.dueBy).toBe('2027-01-09');
	});

	it('is behind when it met less often than its cadence in the last twelve months', () => {
		const s = cadenceStatus(body(4), [m('2025-11-01'), m('2026-03-10')], '2026-11-24');
		expect(s).toMatchObject({ heldLastYear: 1, behind: true });
	});

	it('is due when the interval has passed and nothing is planned, not when a meeting is planned', () => {
		expect(cadenceStatus(body(2), [m('2026-04-15')], '2026-11-24')).toMatchObject({
			due: true,
			dueBy: '2026-10-15'
		});
		expect(cadenceStatus(body(2), [m('2026-04-15'), m('2026-12-01')], '2026-11-24')).toMatchObject({
			due: false,
			nextMeeting: '2026-12-01'
		});
	});

	it('ignores deleted meetings, ended bodies and bodies with no cadence', () => {
		expect(
			cadenceStatus(body(4), [m('2026-10-01', '2026-10-02T00:00:00.000Z')], '2026-11-24')
				.heldLastYear
		).toBe(0);
		expect(cadenceStatus({ ...body(4), status: 'ended' }, [], '2026-11-24')).toMatchObject({
			due: false,
			behind: false
		});
		expect(cadenceStatus(body(0), [], '2026-11-24')).toMatchObject({ due: false, behind: false });
	});

	it('does not call a body younger than a year behind, but a new body that never met becomes due', () => {
		const s = cadenceStatus(body(4, '2026-08-01T08:00:00.000Z'), [], '2026-11-24');
		expect(s.behind).toBe(false);
		expect(s.due).toBe(true);
	});

	it('counts a meeting held today as held', () => {
		expect(cadenceStatus(body(4), [m('2026-11-24')], '2026-11-24')).toMatchObject({
			heldLastYear: 1,
			lastMeeting: '2026-11-24'
		});
	});
});
