import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type VerkostoDb } from '$lib/db/database';
import { writeDataSet } from '$lib/db/bulk';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { DEFAULT_SYNONYMS } from '$lib/search/synonyms';
import { storedSynonyms, synonymsOf, themeRows } from '$lib/queries/themes';
import { saveThemeSynonyms } from './themes';

let db: VerkostoDb;
beforeEach(async () => {
	db = createDb(`themes-${crypto.randomUUID()}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('the themes synonyms setting', () => {
	it("starts with the app's lists and keeps a theme's own list once saved", async () => {
		expect(await synonymsOf('neuropsychiatric', db)).toEqual([
			...DEFAULT_SYNONYMS.neuropsychiatric!.fi,
			...DEFAULT_SYNONYMS.neuropsychiatric!.sv
		]);
		await saveThemeSynonyms(db, 'neuropsychiatric', { fi: ['nepsy', 'autismi'], sv: ['autism'] });
		await saveThemeSynonyms(db, 'housing', { fi: ['asunto'], sv: [] });
		expect(await synonymsOf('neuropsychiatric', db)).toEqual(['nepsy', 'autismi', 'autism']);
		expect(Object.keys(await storedSynonyms(db)).sort()).toEqual(['housing', 'neuropsychiatric']);
	});

	it("puts back the app's list, leaving the other themes as saved", async () => {
		await saveThemeSynonyms(db, 'divorce', { fi: ['eroriita'], sv: [] });
		await saveThemeSynonyms(db, 'housing', { fi: ['asunto'], sv: [] });
		await saveThemeSynonyms(db, 'divorce', undefined);
		expect(await storedSynonyms(db)).toEqual({ housing: { fi: ['asunto'], sv: [] } });
	});

	it('refuses a word too long and leaves the setting as it was', async () => {
		await saveThemeSynonyms(db, 'divorce', { fi: ['ero'], sv: [] });
		await expect(
			saveThemeSynonyms(db, 'divorce', { fi: ['x'.repeat(81)], sv: [] })
		).rejects.toThrow();
		expect(await storedSynonyms(db)).toEqual({ divorce: { fi: ['ero'], sv: [] } });
	});
});

describe('themeRows', () => {
	it('names the demo expert network of each theme and counts its services', async () => {
		await writeDataSet(db, buildDemoNetwork());
		const rows = await themeRows(db);
		const nepsy = rows.find((r) => r.theme === 'neuropsychiatric')!;
		expect(nepsy.networks.map((n) => n.name)).toEqual(['Maakunnallinen nepsy-verkosto']);
		expect(nepsy.services).toBeGreaterThan(0);
		expect(nepsy.ownList).toBe(true);
		expect(rows.find((r) => r.theme === 'housing')!.networks).toEqual([]);
	});
});
