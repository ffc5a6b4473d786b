import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, helsinkiDate, helsinkiLocal, minutesBetween } from './time';

describe('Helsinki wall-clock time', () => {
	it('gives the Helsinki time of an instant in summer (+3) and winter (+2)', () => {
		expect(helsinkiLocal(new Date('2024-09-25T09:00:00Z'))).toBe('2024-09-25T12:00');
		expect(helsinkiLocal(new Date('2026-12-09T11:00:00Z'))).toBe('2026-12-09T13:00');
	});

	it('knows that late evening UTC is already tomorrow in Helsinki', () => {
		expect(helsinkiDate(new Date('2026-11-24T22:30:00Z'))).toBe('2026-11-25');
		expect(helsinkiDate(new Date('2026-11-24T21:59:00Z'))).toBe('2026-11-24');
	});

	it('adds minutes and days across month and year ends', () => {
		expect(addMinutes('2026-12-31T23:30', 45)).toBe('2027-01-01T00:15');
		expect(minutesBetween('2024-09-25T12:00', '2024-09-25T15:00')).toBe(180);
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
	});
});
