/**
 * The directory list page's controller: the query the user is building (text,
 * tab, filters, order, page), asking for its rows (straight from IndexedDB
 * before the search index is ready, then from the index; the latest answer
 * wins), timing each answer, keeping the address in step, the contacts chosen
 * for a vCard and the exports. The page binds to its fields and calls `load`
 * and `followAddress` from effects.
 */
import { tick } from 'svelte';
import type { Messages } from '$lib/i18n/catalogue';
import type { Entry, EntryType } from '$lib/search/entries';
import { hasFilters, type DirectoryQuery, type Filters } from '$lib/search/filters';
import { rawCount, rawRows } from '$lib/queries/directory';
import { contactsVcf, listCsv } from '$lib/services/directoryExport';
import { downloadText, fileSlug } from '$lib/services/files';
import { directorySearch, type DirectoryResult } from './directorySearch.svelte';
import { addressOf, PAGE_SIZE, placeFromAddress } from './directoryAddress';
import { queryPath, selectOne, selectPage, wholePageSelected } from './directoryList';
import { measureDirectorySearch } from './timing';

/** What the controller talks to; the defaults are the app's own, tests pass stand-ins. */
export interface DirectoryDeps {
	search: Pick<typeof directorySearch, 'ready' | 'generation' | 'start' | 'query' | 'ids'>;
	rawRows: (type: EntryType, offset: number, limit: number) => Promise<Entry[]>;
	rawCount: (type: EntryType) => Promise<number>;
	/** Resolves once the page shows the latest state (Svelte's `tick`). */
	rendered: () => Promise<void>;
	measure: typeof measureDirectorySearch;
	now: () => number;
	/** The address's search part as the browser has it now. */
	location: () => string;
	/** Rewrites the address's search part without a navigation. */
	replace: (search: string) => void;
	/** A failed read or export, told to the user. */
	fail: (e: unknown) => void;
	listCsv: typeof listCsv;
	contactsVcf: typeof contactsVcf;
	download: typeof downloadText;
	notify: (text: string) => void;
}

/** Rewriting the address costs the page a few ms: while the user types it waits for a pause. */
const ADDRESS_PAUSE = 250;

export class DirectoryPage {
	readonly limit = PAGE_SIZE;
	text = $state('');
	type = $state<EntryType>('services');
	filters = $state<Filters>({});
	sort = $state<DirectoryQuery['sort']>('relevance');
	offset = $state(0);
	result = $state<DirectoryResult | undefined>();
	/** A search or filter waits for the index. */
	waiting = $state(false);
	/** False while a list read before the index is ready still lacks its total. */
	counted = $state(true);
	/** Contacts chosen for a vCard (across pages). */
	selected = $state<string[]>([]);
	busy = $state(false);
	/** Filters chosen in the address start open, so the user sees why the list is short. */
	filtersOpen = $state(false);

	readonly query = $derived<DirectoryQuery>({
		text: this.text,
		type: this.type,
		filters: this.filters,
		sort: this.sort
	});
	readonly address = $derived(
		addressOf({
			text: this.text,
			type: this.type,
			filters: this.filters,
			sort: this.sort,
			offset: this.offset
		})
	);
	/** The contacts on the page shown. */
	readonly pageIds = $derived(
		this.result?.entries.filter((e) => e.type === 'persons').map((e) => e.id) ?? []
	);
	readonly allPageSelected = $derived(wholePageSelected(this.selected, this.pageIds));
	readonly searched = $derived(!!this.text || hasFilters(this.filters));

	private readonly deps: DirectoryDeps;
	private asked = 0;
	private pendingAddress: string | undefined;

	constructor(search: string, deps: Partial<DirectoryDeps> & Pick<DirectoryDeps, 'replace'>) {
		this.deps = {
			search: directorySearch,
			rawRows,
			rawCount,
			rendered: tick,
			measure: measureDirectorySearch,
			now: () => performance.now(),
			location: () => location.search,
			fail: () => undefined,
			listCsv,
			contactsVcf,
			download: downloadText,
			notify: () => undefined,
			...deps
		};
		const place = placeFromAddress(search, this.limit);
		this.text = place.text;
		this.type = place.type;
		this.filters = place.filters;
		this.sort = place.sort;
		this.offset = place.offset;
		this.filtersOpen = hasFilters(place.filters);
	}

	/**
	 * Once the page shows. A plain list is read straight from IndexedDB first
	 * (`load`), and the worker starts loading its index after that read, so the
	 * two do not compete for the disk and the list shows first.
	 */
	mounted() {
		if (queryPath(this.query, this.deps.search.ready) !== 'raw') this.deps.search.start();
	}

	/**
	 * Asks for the rows of the current query and page. Call it from an effect:
	 * it reads the query, the page and the index's state at once, so it runs
	 * again whenever one changes (and when the data changed); the latest answer wins.
	 */
	load() {
		const { search } = this.deps;
		const q = this.query;
		const at = this.offset;
		const start = this.deps.now();
		void search.generation;
		const path = queryPath(q, search.ready);
		const n = ++this.asked;
		if (path === 'wait') {
			this.waiting = true;
			search.start();
		} else if (path === 'raw') void this.loadRaw(n, q.type as EntryType, at, start);
		else void this.loadIndexed(n, q, at, start);
	}

	/** Before the index: the rows first, then their number (counting takes IndexedDB longer). */
	private async loadRaw(n: number, kind: EntryType, at: number, start: number) {
		try {
			const entries = await this.deps.rawRows(kind, at, this.limit);
			if (n !== this.asked) return;
			const counts = { services: 0, organisations: 0, persons: 0 };
			this.result = { entries, total: at + entries.length, counts };
			this.counted = false;
			this.waiting = false;
			await this.deps.rendered();
			this.deps.measure(start, { text: '', type: kind, total: -1, indexed: false });
			const total = await this.deps.rawCount(kind);
			if (n !== this.asked) return;
			this.result = { entries, total, counts: { ...counts, [kind]: total } };
			this.counted = true;
		} catch (e) {
			this.deps.fail(e);
		} finally {
			this.deps.search.start();
		}
	}

	private async loadIndexed(n: number, q: DirectoryQuery, at: number, start: number) {
		try {
			const r = await this.deps.search.query(q, at, this.limit);
			if (n !== this.asked) return;
			this.result = r;
			this.counted = true;
			this.waiting = false;
			await this.deps.rendered();
			this.deps.measure(start, {
				text: q.text,
				type: q.type,
				total: r.total,
				indexed: true,
				worker: r.took
			});
		} catch (e) {
			this.deps.fail(e);
		}
	}

	/**
	 * Keeps the address in step with the list: call from an effect that reads
	 * `address` once the page is mounted; the address follows once typing
	 * pauses (and at once before any navigation, with `writeAddress`).
	 */
	followAddress(address: string): () => void {
		this.pendingAddress = address;
		const timer = setTimeout(() => this.writeAddress(), ADDRESS_PAUSE);
		return () => clearTimeout(timer);
	}

	/** Writes the address the list is waiting to show, if it differs from the browser's. */
	writeAddress() {
		const address = this.pendingAddress;
		this.pendingAddress = undefined;
		if (address !== undefined && address !== this.deps.location()) this.deps.replace(address);
	}

	/** The query changed: back to the first page. */
	changed() {
		this.offset = 0;
	}

	setType(type: EntryType) {
		this.type = type;
		this.changed();
	}

	setFilters(filters: Filters) {
		this.filters = filters;
		this.changed();
	}

	clear() {
		this.text = '';
		this.filters = {};
		this.offset = 0;
	}

	selectPage(on: boolean) {
		this.selected = selectPage(this.selected, this.pageIds, on);
	}

	selectOne(id: string, on: boolean) {
		this.selected = selectOne(this.selected, id, on);
	}

	/** The whole list (every page) as CSV, in the order shown. */
	async exportCsv(m: Messages) {
		await this.busyWith(async () => {
			const ids = await this.deps.search.ids(this.query);
			const csv = await this.deps.listCsv(m, this.type, ids);
			this.deps.download(
				`verkosto-${fileSlug(m.directory.tabs[this.type])}.csv`,
				csv,
				'text/csv;charset=utf-8'
			);
			this.deps.notify(m.directory.exported(ids.length));
		});
	}

	/** The chosen contacts as vCards. */
	async exportVcard(m: Messages) {
		await this.busyWith(async () => {
			this.deps.download(
				'verkosto-yhteystiedot.vcf',
				await this.deps.contactsVcf(m, this.selected),
				'text/vcard;charset=utf-8'
			);
		});
	}

	private async busyWith(work: () => Promise<void>) {
		this.busy = true;
		try {
			await work();
		} catch (e) {
			this.deps.fail(e);
		} finally {
			this.busy = false;
		}
	}
}
