import { describe, expect, it } from 'vitest';
import { todayInHelsinki } from './clock';

describe('todayInHelsinki', () => {
	it('gives the Helsinki calendar date, which turns before UTC midnight', () => {
		expect(todayInHelsinki(new Date('2026-11-24T12:00:00Z'))).toBe('2026-11-24');
		// 23:30 UTC is already the next day in Helsinki (UTC+2 in winter).
		expect(todayInHelsinki(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
		expect(todayInHelsinki(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01');
	});
});
