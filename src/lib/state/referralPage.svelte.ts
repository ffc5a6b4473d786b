/**
 * The referral view's controller: the family's need (from the address at
 * first), the matching services in operation asked from the search index
 * (the latest answer wins, asked again when the data changes), the address
 * kept in step, and copying the answer as text. The page binds to `need` and
 * calls `load` and `followAddress` from effects.
 */
import { filtersToParams, type Filters } from '$lib/search/filters';
import { servicesWithContacts, type ServiceWithContacts } from '$lib/queries/directory';
import { synonymsOf } from '$lib/queries/themes';
import type { Theme } from '$lib/domain/fields';
import { directorySearch } from './directorySearch.svelte';
import {
	needFromAddress,
	needFromFilters,
	REFERRAL_SHOWN,
	referralFilters,
	splitByArea,
	unique,
	type ReferralNeed
} from './referral';

export interface ReferralAnswer {
	local: ServiceWithContacts[];
	national: ServiceWithContacts[];
	/** Every matching service, also those beyond the ones shown. */
	total: number;
}

export interface ReferralDeps {
	search: Pick<typeof directorySearch, 'ready' | 'generation' | 'start' | 'ids'>;
	read: typeof servicesWithContacts;
	/** A theme's synonyms in effect (search/synonyms.ts). */
	synonyms: (theme: Theme) => Promise<string[]>;
	/** The address's search part as the browser has it now. */
	location: () => string;
	/** Rewrites the address's search part without a navigation. */
	replace: (search: string) => void;
	writeClipboard: (text: string) => Promise<void>;
	/** A failed read, told to the user. */
	fail: (e: unknown) => void;
	notify: (text: string) => void;
}

export class ReferralPage {
	need = $state<ReferralNeed>(needFromFilters({}));
	answer = $state<ReferralAnswer | undefined>();
	/** The text last copied; shown to copy by hand when the clipboard refused it. */
	text = $state('');
	copyFailed = $state(false);
	readonly filters = $derived(referralFilters(this.need));
	/** The need as the address's search part ('' when nothing is chosen). */
	readonly address = $derived.by(() => {
		const p = filtersToParams({ ...this.filters, status: undefined });
		return p.size ? `?${p}` : '';
	});

	private readonly deps: ReferralDeps;
	private asked = 0;

	constructor(search: string, deps: Partial<ReferralDeps> & Pick<ReferralDeps, 'replace'>) {
		this.deps = {
			search: directorySearch,
			read: servicesWithContacts,
			synonyms: synonymsOf,
			location: () => location.search,
			writeClipboard: (text) => navigator.clipboard.writeText(text),
			fail: () => undefined,
			notify: () => undefined,
			...deps
		};
		this.need = needFromAddress(search);
	}

	/** Once the page shows: the referral view always needs the search index. */
	mounted() {
		this.deps.search.start();
	}

	/**
	 * Asks for the services matching the need. Call it from an effect: it reads
	 * the need and the index's state at once, so it runs again when either
	 * changes (and when the data changed). Nothing is asked before a
	 * municipality is chosen and the index is ready.
	 */
	load() {
		const f = this.filters;
		const { search } = this.deps;
		void search.generation;
		if (!f.municipalityId || !search.ready) {
			this.answer = undefined;
			return;
		}
		const n = ++this.asked;
		const municipalityId = f.municipalityId;
		void (async () => {
			try {
				const ids = await this.themeIds(f);
				const items = await this.deps.read(ids.slice(0, REFERRAL_SHOWN));
				if (n === this.asked)
					this.answer = { ...splitByArea(items, municipalityId), total: ids.length };
			} catch (e) {
				this.deps.fail(e);
			}
		})();
	}

	/**
	 * The services matching the need: those tagged with the theme first, then
	 * those that name it by one of its synonyms without the tag ("autismi" in
	 * a description, theme not set), each once.
	 */
	private async themeIds(f: Filters): Promise<string[]> {
		const { search } = this.deps;
		const ids = await search.ids({ text: '', type: 'services', filters: f, sort: 'name' });
		if (!f.theme) return ids;
		const { theme, ...rest } = f;
		// Short words ("par", "ero") would match the start of too many others in texts.
		const words = (await this.deps.synonyms(theme)).filter((w) => w.length >= 5);
		const more = await Promise.all(
			words.map((text) => search.ids({ text, type: 'services', filters: rest, sort: 'name' }))
		);
		return unique([ids, ...more]);
	}

	/** Keeps the address in step with the need; call from an effect once the page is mounted. */
	followAddress(address: string) {
		if (address !== this.deps.location()) this.deps.replace(address);
	}

	/** Copies the answer as text; when the browser refuses, the text shows to copy by hand. */
	async copy(text: string, copied: string) {
		this.text = text;
		try {
			await this.deps.writeClipboard(text);
			this.copyFailed = false;
			this.deps.notify(copied);
		} catch {
			this.copyFailed = true;
		}
	}
}
