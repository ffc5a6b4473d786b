import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { themeSynonymsSchema } from '$lib/domain/themeSynonyms';
import { DirectoryIndex } from './directoryIndex';
import { placeInfo } from './entries';
import {
	DEFAULT_SYNONYMS,
	parseSynonyms,
	SynonymExpander,
	synonymsInEffect,
	synonymTagLabels
} from './synonyms';

const inEffect = synonymsInEffect();
const expander = new SynonymExpander(inEffect, { neuropsychiatric: ['Nepsy', 'Neuropsykiatri'] });

describe('the themes asked for have synonyms in Finnish and Swedish', () => {
	it.each([
		['neuropsychiatric', ['nepsy', 'neuropsykiatrinen', 'autismi', 'ADHD']],
		['divorce', ['ero', 'avioero', 'erotilanne']],
		['couple_relationship', ['parisuhde', 'pariskunta']],
		['violence', ['väkivalta', 'lähisuhdeväkivalta']]
	] as const)('%s', (theme, words) => {
		const list = DEFAULT_SYNONYMS[theme]!;
		for (const w of words) expect(list.fi).toContain(w);
		expect(list.sv.length).toBeGreaterThan(0);
	});

	it('are valid as stored', () => {
		expect(themeSynonymsSchema.safeParse(DEFAULT_SYNONYMS).success).toBe(true);
	});
});

describe('synonymsInEffect', () => {
	it("keeps the app's list for a theme not stored and a stored list (even an empty one) otherwise", () => {
		const own = synonymsInEffect({
			divorce: { fi: ['eroriita'], sv: [] },
			violence: { fi: [], sv: [] }
		});
		expect(own.divorce).toEqual({ fi: ['eroriita'], sv: [] });
		expect(own.violence).toEqual({ fi: [], sv: [] });
		expect(own.neuropsychiatric).toEqual(DEFAULT_SYNONYMS.neuropsychiatric);
		expect(own.housing).toEqual({ fi: [], sv: [] });
	});
});

describe('parseSynonyms', () => {
	it('splits at commas and lines, trims, and drops blanks and repeats', () => {
		expect(parseSynonyms(' autismi, ADHD\n\nadhd ;  Tourette  oireyhtymä ,')).toEqual([
			'autismi',
			'ADHD',
			'Tourette oireyhtymä'
		]);
	});
});

describe('SynonymExpander', () => {
	it('expands a synonym to the other words of its theme, both ways', () => {
		expect(expander.expand('autismi')).toContain('nepsy');
		expect(expander.expand('nepsy')).toEqual(
			expect.arrayContaining(['autismi', 'adhd', 'neuropsykiatrinen'])
		);
		expect(expander.expand('ADHD')).not.toContain('adhd');
		expect(expander.themes('neuropsykiatrinen')).toEqual(['neuropsychiatric']);
	});

	it('folds case and ä/ö, and expands the start of a synonym from four letters', () => {
		expect(expander.themes('VAKIVALTA')).toEqual(['violence']);
		expect(expander.themes('lähisuhde')).toEqual(['violence']);
		expect(expander.themes('lah')).toEqual([]);
	});

	it('lets only one-word synonyms stand for each other in texts', () => {
		expect(expander.expand('våld')).not.toContain('vald i nara relationer');
		expect(expander.expand('våld')).toContain('familjevald');
	});

	it('expands nothing for a word of no theme', () => {
		expect(expander.expand('kahvila')).toEqual([]);
	});
});

describe('the directory index with synonyms', () => {
	const data = buildDemoNetwork();
	const index = new DirectoryIndex(
		placeInfo(data.municipalities, data.familyCentres),
		synonymTagLabels(inEffect)
	);
	index.upsert({
		organisations: data.organisations,
		services: data.services,
		persons: data.persons
	});
	const services = (text: string) =>
		index.search({ text, type: 'services', filters: {}, sort: 'relevance' }).ids;

	it('finds the nepsy services by "neuropsykiatrinen", "autismi" and "ADHD"', () => {
		const nepsy = services('nepsy');
		expect(nepsy.length).toBeGreaterThan(0);
		for (const word of ['neuropsykiatrinen', 'autismi', 'ADHD'])
			expect(services(word), word).toEqual(expect.arrayContaining(nepsy));
	});

	it('finds a text that uses another word of the theme once the expander is set', () => {
		const person = (text: string) =>
			index.search({ text, type: 'persons', filters: {}, sort: 'relevance' }).ids;
		index.setSynonyms(undefined);
		const before = person('autismi').length;
		index.setSynonyms(expander);
		// A job description says "nepsy-perheiden vertaisryhmät".
		expect(person('autismi').length).toBeGreaterThan(before);
	});

	it('ranks a record with the word typed above one with another word of its theme', () => {
		const base = data.services[0];
		const one = new DirectoryIndex(placeInfo(data.municipalities, data.familyCentres));
		one.setSynonyms(expander);
		one.upsert({
			services: [
				{ ...base, id: 'a', name: 'Ryhmä A', description: 'Nepsy-perheille', themes: [] },
				{ ...base, id: 'b', name: 'Ryhmä B', description: 'Autismi ja arki', themes: [] }
			]
		});
		const ids = (text: string) =>
			one.search({ text, type: 'services', filters: {}, sort: 'relevance' }).ids;
		expect(ids('autismi')).toEqual(['b', 'a']);
		expect(ids('nepsy')).toEqual(['a', 'b']);
	});
});
