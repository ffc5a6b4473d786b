import { describe, expect, it } from 'vitest';
import {
	emptyKind,
	hitsElsewhere,
	placeOptions,
	queryPath,
	selectOne,
	selectPage,
	statusLine,
	wholePageSelected
} from './directoryList';

const plain = { text: '', filters: {} };

describe('where a directory query is answered', () => {
	it('reads a plain list straight from IndexedDB before the index is ready', () => {
		expect(queryPath(plain, false)).toBe('raw');
		expect(queryPath({ text: '   ', filters: {} }, false)).toBe('raw');
	});

	it('makes a search or a filtered list wait for the index', () => {
		expect(queryPath({ text: 'perhe', filters: {} }, false)).toBe('wait');
		expect(queryPath({ text: '', filters: { free: true } }, false)).toBe('wait');
	});

	it('asks the index for everything once it is ready', () => {
		expect(queryPath(plain, true)).toBe('index');
		expect(queryPath({ text: 'perhe', filters: { free: true } }, true)).toBe('index');
	});
});

describe('the status line above the list', () => {
	const words = {
		preparing: 'Hakua valmistellaan…',
		showing: (a: string, b: string, c: string) => `Näytetään ${a}–${b} / ${c}`,
		number: (n: number) => n.toLocaleString('fi-FI')
	};
	const view = { waiting: false, counted: true, total: 1234, offset: 0, limit: 50 };

	it('says the search is being prepared while it waits for the index', () => {
		expect(statusLine({ ...view, waiting: true }, words)).toBe('Hakua valmistellaan…');
	});

	it('says which rows show of how many, the last page ending at the total', () => {
		expect(statusLine(view, words)).toBe('Näytetään 1–50 / 1\u00a0234');
		expect(statusLine({ ...view, offset: 1200 }, words)).toBe(
			'Näytetään 1\u00a0201–1\u00a0234 / 1\u00a0234'
		);
	});

	it('says nothing before the total is known, or when there is nothing', () => {
		expect(statusLine({ ...view, counted: false }, words)).toBe('');
		expect(statusLine({ ...view, total: 0 }, words)).toBe('');
		expect(statusLine({ ...view, total: undefined }, words)).toBe('');
	});
});

describe('an empty list', () => {
	it('tells a searcher to widen the search, and an empty directory that it is empty', () => {
		expect(emptyKind({ counted: true, total: 0 }, { text: 'x', filters: {} })).toBe('noResults');
		expect(emptyKind({ counted: true, total: 0 }, { text: '', filters: { free: true } })).toBe(
			'noResults'
		);
		expect(emptyKind({ counted: true, total: 0 }, plain)).toBe('empty');
	});

	it('is not claimed before the count is in, nor when there are rows', () => {
		expect(emptyKind({ counted: false, total: 0 }, plain)).toBeUndefined();
		expect(emptyKind({ counted: true, total: 3 }, plain)).toBeUndefined();
	});
});

describe('choosing contacts for a vCard', () => {
	it('adds a whole page once, keeping choices from other pages', () => {
		expect(selectPage(['a', 'b'], ['b', 'c'], true)).toEqual(['a', 'b', 'c']);
		expect(wholePageSelected(['a', 'b', 'c'], ['b', 'c'])).toBe(true);
	});

	it('removes only this page when the page is unticked', () => {
		expect(selectPage(['a', 'b', 'c'], ['b', 'c'], false)).toEqual(['a']);
	});

	it('ticks and unticks one contact', () => {
		expect(selectOne(['a'], 'b', true)).toEqual(['a', 'b']);
		expect(selectOne(['a', 'b'], 'a', false)).toEqual(['b']);
	});

	it('does not call a page without contacts selected', () => {
		expect(wholePageSelected(['a'], [])).toBe(false);
		expect(wholePageSelected(['a'], ['a', 'b'])).toBe(false);
	});
});

it('offers the area filters by id and name, nothing before the places are read', () => {
	expect(placeOptions(undefined)).toEqual({ municipalities: [], regions: [], familyCentres: [] });
	expect(
		placeOptions({
			municipalities: [{ id: 'm', name: 'Nokia' }],
			regions: [],
			familyCentres: [{ id: 'f', name: 'Nokian perhekeskus' }]
		})
	).toEqual({
		municipalities: [{ value: 'm', label: 'Nokia' }],
		regions: [],
		familyCentres: [{ value: 'f', label: 'Nokian perhekeskus' }]
	});
});

describe('hits on another tab', () => {
	it('lists the other tabs with hits, most first, when this tab has none', () => {
		expect(hitsElsewhere('services', { services: 0, organisations: 1, persons: 4 })).toEqual([
			{ type: 'persons', count: 4 },
			{ type: 'organisations', count: 1 }
		]);
	});
	it('is empty when this tab has hits or no tab has any', () => {
		expect(hitsElsewhere('services', { services: 2, organisations: 0, persons: 4 })).toEqual([]);
		expect(hitsElsewhere('persons', { services: 0, organisations: 0, persons: 0 })).toEqual([]);
	});
});
