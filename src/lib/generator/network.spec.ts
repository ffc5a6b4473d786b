import { describe, expect, it } from 'vitest';
import { generateNetwork, SIZES } from './network';
import { ENTITY_NAMES, entitySchemas } from '$lib/domain/entities';
import { parseExportText } from '$lib/exchange/parse';
import { generatedExportFile } from './exportFile';

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

describe('generatedExportFile', () => {
	it('is a file the app accepts, with every generated record, the same bytes for a seed', async () => {
		const file = await generatedExportFile('region', 3);
		const text = file.parts.join('');
		expect(text.length).toBe(file.length);
		const parsed = await parseExportText(text);
		expect(parsed.data.services?.length).toBe(SIZES.region.services);
		expect(parsed.data.meetings?.length).toBe(SIZES.region.meetings);
		expect(file.records).toBe(ENTITY_NAMES.reduce((a, n) => a + (parsed.data[n]?.length ?? 0), 0));
		expect((await generatedExportFile('region', 3)).parts.join('')).toBe(text);
	});
});
