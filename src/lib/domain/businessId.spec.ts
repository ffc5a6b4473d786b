import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, isValidBusinessId } from './businessId';

describe('Y-tunnus', () => {
	it('accepts real business ids', () => {
		expect(isValidBusinessId('0112038-9')).toBe(true); // Nokia Oyj
		expect(isValidBusinessId('0245437-2')).toBe(true); // Kela
	});
	it('rejects a wrong check digit', () => {
		expect(isValidBusinessId('0112038-8')).toBe(false);
	});
	it('rejects malformed ids', () => {
		for (const v of ['112038-9', '01120389', '0112038-', 'abcdefg-1', ' 0112038-9', '0112038-99']) {
			expect(isValidBusinessId(v), v).toBe(false);
		}
	});
	it('gives 0 for remainder 0 and no digit for remainder 1', () => {
		// 0000000 sums to 0 → check digit 0
		expect(businessIdCheckDigit('0000000')).toBe(0);
		// 1000003: 7 + 6 = 13 → remainder 2 → 9; find a remainder-1 body by search
		const r1 = Array.from({ length: 200 }, (_, i) => String(i).padStart(7, '0')).find((b) => {
			const sum = [...b].reduce((a, d, i) => a + Number(d) * [7, 9, 10, 5, 8, 4, 2][i], 0);
			return sum % 11 === 1;
		})!;
		expect(businessIdCheckDigit(r1)).toBeNull();
	});
});
