import { describe, expect, it } from 'vitest';
import { generateNetwork, SIZES } from './network';
import { ENTITY_NAMES, entitySchemas } from '$lib/domain/entities';

describe('generateNetwork', () => {
	const data = generateNetwork(SIZES.region, 7);

	it('makes the requested number of each record', () => {
		expect(data.organisations.length).toBe(SIZES.region.organisations);
		expect(data.services.length).toBe(SIZES.region.services);
		expect(data.persons.length).toBe(SIZES.region.persons);
		expect(data.memberships.length).toBe(SIZES.region.memberships);
	});

	it('makes only valid records with unique ids', () => {
		const ids = new Set<string>();
		for (const n of ENTITY_NAMES)
			for (const rec of data[n]) {
				expect(entitySchemas[n].safeParse(rec).error?.issues ?? [], `${n}`).toEqual([]);
				ids.add(rec.id);
			}
		const total = ENTITY_NAMES.reduce((a, n) => a + data[n].length, 0);
		expect(ids.size).toBe(total);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		expect(generateNetwork(SIZES.region, 7)).toEqual(data);
		expect(generateNetwork(SIZES.region, 8).organisations[0].id).not.toBe(data.organisations[0].id);
	});
});
