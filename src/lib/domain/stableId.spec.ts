import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stableId } from './stableId';

describe('stableId', () => {
	it('gives the same valid UUID for the same key on every run', () => {
		expect(stableId('theme:1')).toBe(stableId('theme:1'));
		expect(z.uuid().safeParse(stableId('theme:1')).success).toBe(true);
	});

	it('gives different ids for different keys', () => {
		const ids = new Set(Array.from({ length: 5000 }, (_, i) => stableId(`k:${i}`)));
		expect(ids.size).toBe(5000);
		for (const id of [...ids].slice(0, 200)) expect(z.uuid().safeParse(id).success).toBe(true);
	});
});
