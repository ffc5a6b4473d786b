import { describe, expect, it } from 'vitest';
import { SECTOR_COLOURS } from './mapColours';

const linear = (hex: string) =>
	[1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
const luminance = (hex: string) => {
	const [r, g, b] = linear(hex);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** CIE L*a*b* (D65), for telling how different two colours look. */
const lab = (hex: string) => {
	const [r, g, b] = linear(hex);
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
	const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
	const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
	return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};

describe('map colours', () => {
	it('every sector colour has at least 3:1 contrast against the white map', () => {
		for (const [sector, hex] of Object.entries(SECTOR_COLOURS))
			expect((1.05 / (luminance(hex) + 0.05)).toFixed(2), sector).toSatisfy(
				(v: string) => Number(v) >= 3
			);
	});

	it('no two sectors look alike (ΔE ≥ 25)', () => {
		const entries = Object.entries(SECTOR_COLOURS);
		for (const [i, [a, x]] of entries.entries())
			for (const [b, y] of entries.slice(i + 1)) {
				const [p, q] = [lab(x), lab(y)];
				expect(
					Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]),
					`${a} vs ${b}`
				).toBeGreaterThanOrEqual(25);
			}
	});
});
