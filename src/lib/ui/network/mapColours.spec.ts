import { describe, expect, it } from 'vitest';
import { SECTOR_COLOURS } from './mapColours';

const luminance = (hex: string) => {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('map colours', () => {
	it('every sector colour has at least 3:1 contrast against the white map', () => {
		for (const [sector, hex] of Object.entries(SECTOR_COLOURS))
			expect((1.05 / (luminance(hex) + 0.05)).toFixed(2), sector).toSatisfy(
				(v: string) => Number(v) >= 3
			);
	});
});
