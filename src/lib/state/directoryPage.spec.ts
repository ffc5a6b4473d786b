import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry, EntryType } from '$lib/search/entries';
import type { DirectoryQuery } from '$lib/search/filters';
import { fi } from '$lib/i18n/catalogue';
import type { DirectoryResult } from './directorySearch.svelte';
import { DirectoryPage, type DirectoryDeps } from './directoryPage.svelte';

/** A promise the test settles when it wants to. */
function later<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

const entry = (id: string, type: EntryType = 'services') =>
	({ id, type, name: id, municipalityIds: [] }) as unknown as Entry;

function setup(address = '', over: Partial<DirectoryDeps> = {}) {
	const search = {
		ready: false,
		generation: 0,
		start: vi.fn(),
		query: vi.fn<(q: DirectoryQuery, at: number, limit: number) => Promise<DirectoryResult>>(),
		ids: vi.fn<(q: DirectoryQuery) => Promise<string[]>>()
	};
	const deps = {
		search,
		rawRows: vi.fn<DirectoryDeps['rawRows']>(),
		rawCount: vi.fn<DirectoryDeps['rawCount']>(),
		rendered: () => Promise.resolve(),
		measure: vi.fn(),
		now: () => 0,
		location: vi.fn(() => address),
		replace: vi.fn(),
		fail: vi.fn(),
		download: vi.fn(),
		notify: vi.fn()
	};
	return { page: new DirectoryPage(address, { ...deps, ...over }), deps, search };
}

afterEach(() => vi.useRealTimers());

describe('the directory list before the search index is ready', () => {
	it('shows the rows of a plain list first, then counts them, then starts the index', async () => {
		const { page, deps, search } = setup('?page=2');
		const count = later<number>();
		deps.rawRows.mockResolvedValue([entry('a'), entry('b')]);
		deps.rawCount.mockReturnValue(count.promise);
		page.load();
		expect(deps.rawRows).toHaveBeenCalledWith('services', 50, 50);
		await settle();
		expect(page.result?.entries.map((e) => e.id)).toEqual(['a', 'b']);
		expect(page.counted).toBe(false);
		expect(deps.measure).toHaveBeenCalledWith(0, {
			text: '',
			type: 'services',
			total: -1,
			indexed: false
		});
		expect(search.start).not.toHaveBeenCalled();
		count.resolve(1234);
		await settle();
		expect(page.result?.total).toBe(1234);
		expect(page.result?.counts.services).toBe(1234);
		expect(page.counted).toBe(true);
		expect(search.start).toHaveBeenCalled();
	});

	it('makes a search wait for the index, and asks the index once it is ready', async () => {
		const { page, deps, search } = setup('?q=perhe');
		page.load();
		expect(page.waiting).toBe(true);
		expect(search.start).toHaveBeenCalled();
		expect(deps.rawRows).not.toHaveBeenCalled();

		search.ready = true;
		const answer = { total: 1, counts: { services: 1, organisations: 0, persons: 0 }, took: 3 };
		search.query.mockResolvedValue({ ...answer, entries: [entry('a')] });
		page.load();
		expect(search.query).toHaveBeenCalledWith(
			{ text: 'perhe', type: 'services', filters: {}, sort: 'relevance' },
			0,
			50
		);
		await settle();
		expect(page.waiting).toBe(false);
		expect(page.result?.total).toBe(1);
		expect(deps.measure).toHaveBeenCalledWith(0, {
			text: 'perhe',
			type: 'services',
			total: 1,
			indexed: true,
			worker: 3
		});
	});

	it('starts loading the index on mount only when the list is not a plain raw read', () => {
		const plain = setup();
		plain.page.mounted();
		expect(plain.search.start).not.toHaveBeenCalled();
		const searching = setup('?q=neuvola');
		searching.page.mounted();
		expect(searching.search.start).toHaveBeenCalled();
	});
});

describe('answers that arrive late', () => {
	it('keeps the latest query’s answer when an earlier one arrives after it', async () => {
		const { page, search } = setup('?q=pa');
		search.ready = true;
		const first = later<DirectoryResult>();
		const second = later<DirectoryResult>();
		search.query.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
		const counts = { services: 0, organisations: 0, persons: 0 };
		page.load();
		page.text = 'parisuhde';
		page.load();
		second.resolve({ total: 1, counts, entries: [entry('new')] });
		await settle();
		first.resolve({ total: 9, counts, entries: [entry('old')] });
		await settle();
		expect(page.result?.entries.map((e) => e.id)).toEqual(['new']);
	});

	it('does not show an earlier raw read’s count over a newer list', async () => {
		const { page, deps } = setup();
		const count = later<number>();
		deps.rawRows.mockResolvedValue([entry('a')]);
		deps.rawCount.mockReturnValueOnce(count.promise).mockResolvedValueOnce(7);
		page.load();
		await settle();
		page.setType('persons');
		page.load();
		await settle();
		count.resolve(5000);
		await settle();
		expect(page.result?.total).toBe(7);
		expect(page.result?.counts.persons).toBe(7);
	});

	it('tells the user when a read fails', async () => {
		const { page, deps, search } = setup();
		const error = new Error('disk');
		deps.rawRows.mockRejectedValue(error);
		page.load();
		await settle();
		expect(deps.fail).toHaveBeenCalledWith(error);
		// The index is started anyway: it may answer where the raw read could not.
		expect(search.start).toHaveBeenCalled();
	});
});

describe('the list in the address', () => {
	it('follows the list once typing pauses, without a write when nothing changed', () => {
		vi.useFakeTimers();
		const { page, deps } = setup();
		page.text = 'perhe';
		page.followAddress(page.address)();
		page.text = 'perhekeskus';
		page.followAddress(page.address);
		vi.advanceTimersByTime(249);
		expect(deps.replace).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(deps.replace).toHaveBeenCalledExactlyOnceWith('?q=perhekeskus');
		page.clear();
		deps.location.mockReturnValue('');
		page.followAddress(page.address);
		vi.advanceTimersByTime(250);
		expect(deps.replace).toHaveBeenCalledTimes(1);
	});

	it('is written at once before a navigation, so Back returns to this search', () => {
		vi.useFakeTimers();
		const { page, deps } = setup();
		page.setType('persons');
		page.followAddress(page.address);
		page.writeAddress();
		expect(deps.replace).toHaveBeenCalledExactlyOnceWith('?type=persons');
		vi.advanceTimersByTime(250);
		expect(deps.replace).toHaveBeenCalledTimes(1);
	});

	it('goes back to the first page when the tab, the filters or the text change', () => {
		const { page } = setup('?page=4&q=x');
		expect(page.offset).toBe(150);
		page.setType('organisations');
		expect(page.offset).toBe(0);
		page.offset = 100;
		page.setFilters({ free: true });
		expect(page.offset).toBe(0);
		expect(page.address).toBe('?free=1&q=x&type=organisations');
		page.offset = 100;
		page.clear();
		expect(page.address).toBe('?type=organisations');
	});

	it('opens the filters when the address brings some', () => {
		expect(setup('?free=1').page.filtersOpen).toBe(true);
		expect(setup('?q=x').page.filtersOpen).toBe(false);
	});
});

describe('exports', () => {
	it('saves the whole list as CSV under the tab’s name and says how many', async () => {
		const listCsv = vi.fn(async () => 'csv');
		const { page, deps, search } = setup('?type=organisations', { listCsv });
		search.ids.mockResolvedValue(['a', 'b']);
		await page.exportCsv(fi);
		expect(listCsv).toHaveBeenCalledWith(fi, 'organisations', ['a', 'b']);
		expect(deps.download).toHaveBeenCalledWith(
			'verkosto-organisaatiot.csv',
			'csv',
			'text/csv;charset=utf-8'
		);
		expect(deps.notify).toHaveBeenCalledWith(fi.directory.exported(2));
		expect(page.busy).toBe(false);
	});

	it('says what failed and is ready for another try', async () => {
		const { page, deps, search } = setup();
		search.ids.mockRejectedValue(new Error('worker gone'));
		await page.exportCsv(fi);
		expect(deps.fail).toHaveBeenCalled();
		expect(deps.download).not.toHaveBeenCalled();
		expect(page.busy).toBe(false);
	});

	it('saves the chosen contacts, from every page, as vCards', async () => {
		const contactsVcf = vi.fn(async () => 'vcf');
		const { page, deps } = setup('?type=persons', { contactsVcf });
		page.selectOne('p1', true);
		page.selectOne('p2', true);
		page.selectOne('p1', false);
		await page.exportVcard(fi);
		expect(contactsVcf).toHaveBeenCalledWith(fi, ['p2']);
		expect(deps.download).toHaveBeenCalledWith(
			'verkosto-yhteystiedot.vcf',
			'vcf',
			'text/vcard;charset=utf-8'
		);
	});
});
