/**
 * The directory's search index over organisations, services and persons.
 *
 * Every record has a slim `Entry` in memory (what a result row shows and the
 * filters test) and its words in an inverted index (see postings.ts). Words
 * are folded (case and diacritics off) and indexed with the weight of the
 * best field they occur in: name > title > tags > compound part > context
 * (organisation, places) > text (description, job description).
 *  - A query word matches a term exactly, as a prefix, with typos (edit
 *    distance 1 from four letters, 2 from seven), as a prefix with typos
 *    (distance 1 from five letters, 2 from eight: "parisuhe" →
 *    "parisuhdeneuvonta", "parisuhteen"), as a prefix of an inner
 *    compound part of a name or title (syllable-boundary tails: "neuvonta" →
 *    "Parisuhdeneuvonta"), or through the label of a theme, target group,
 *    sector or language in any UI language ("ero" → theme divorce).
 *  - Exact ä/ö rank higher: a word typed with diacritics boosts records that
 *    have it so; a word typed without them ranks records without them first.
 *  - An organisation also matches through its services (half the service's
 *    score): "parisuhde" lists the NGOs offering couple services.
 *  - Every query word must match (AND); scores add up; equal scores keep
 *    Finnish alphabetical order (Intl.Collator('fi')), which is also the
 *    order without a query.
 */
import type { Organisation, Person, Service } from '$lib/domain/entities';
import { compoundParts, fold, lower, PART_MIN, tokenize } from './normalize';
import {
	deriveFacets,
	organisationEntry,
	personEntry,
	serviceEntry,
	type Entry,
	type EntryType,
	ENTRY_TYPES,
	type Facets,
	type PlaceInfo
} from './entries';
import SearchableMap from 'minisearch/SearchableMap';
import {
	EXACT_QUALITY,
	partQuality,
	prefixQuality,
	prefixTyposFor,
	SYNONYM_QUALITY,
	TYPED_DIACRITICS,
	typoPrefixQuality,
	typoQuality,
	typosFor,
	UNTYPED_DIACRITICS,
	WEIGHT
} from './match';
import { hasFilters, matches, type DirectoryQuery } from './filters';
import type { SynonymExpander } from './synonyms';
import { decodeEntries, encodeEntries, type EntryColumns } from './entryColumns';
import {
	addDocument,
	compactTerms,
	fuzzyPrefix,
	loadTerms,
	newTerms,
	snapshotTerms,
	type TermPostings,
	type Terms,
	type TermsSnapshot
} from './postings';

/** Labels of each tag code in every UI language, e.g. ['theme:divorce', ['Ero', 'Skilsmässa', 'Divorce']]. */
export type TagLabels = [code: string, labels: string[]][];

/** Field weights (fit in 7 bits; the 8th marks a word that had diacritics). */
export { WEIGHT };
const DIACRITICS = 0x80;
/** Term namespaces in the one radix tree. */
const EXACT = '\u0001';
const PART = '\u0002';
const TAG = '\u0003';

/** A result: its size at once, its ids in display order when asked for (a page at a time). */
export class SearchOutcome {
	constructor(
		/** How many matched of each type, before the type was chosen. */
		readonly counts: Record<EntryType, number>,
		readonly total: number,
		private readonly order: ((limit: number) => ArrayLike<number>) | ((i: number) => string),
		private readonly decode?: (key: number) => string
	) {}
	page(offset: number, limit: number): string[] {
		const out: string[] = [];
		const end = Math.min(this.total, offset + limit);
		if (this.decode) {
			const keys = (this.order as (limit: number) => ArrayLike<number>)(end);
			for (let i = offset; i < end; i++) out.push(this.decode(keys[i]));
		} else for (let i = offset; i < end; i++) out.push((this.order as (i: number) => string)(i));
		return out;
	}
	/** Every matching id, of the requested type (or all), in display order. */
	get ids(): string[] {
		return this.page(0, this.total);
	}
}

type RecordSet = { organisations?: Organisation[]; services?: Service[]; persons?: Person[] };

function tagsOf(e: Entry): string[] {
	return [
		...e.themes.map((t) => `theme:${t}`),
		...e.targetGroups.map((t) => `group:${t}`),
		...e.languages.map((l) => `lang:${l}`),
		...(e.kind ? [`kind:${e.kind}`] : []),
		...(e.sector ? [`sector:${e.sector}`] : [])
	];
}

/** A document's terms with the best weight of each. */
function termWeights(
	fields: [text: string, weight: number][],
	tags: string[]
): Map<string, number> {
	const out = new Map<string, number>();
	const put = (term: string, w: number) => {
		const old = out.get(term);
		if (old === undefined) out.set(term, w);
		else {
			// Keep the higher weight; the diacritics mark only when every occurrence had them.
			const dia = old & w & DIACRITICS;
			out.set(term, Math.max(old & 0x7f, w & 0x7f) | dia);
		}
	};
	for (const [text, weight] of fields) {
		for (const word of tokenize(text)) {
			const f = fold(word);
			const l = lower(word);
			const dia = f !== l;
			put(f, weight | (dia ? DIACRITICS : 0));
			if (dia) put(EXACT + l, weight);
			if (weight >= WEIGHT.title) for (const p of compoundParts(word)) put(PART + p, WEIGHT.part);
		}
	}
	for (const t of tags) put(TAG + t, WEIGHT.tags);
	return out;
}

/** Bump when entries, terms or tokenisation change: saved snapshots of another format are rebuilt. */
export const INDEX_FORMAT = 3;

export interface IndexSnapshot {
	version: typeof INDEX_FORMAT;
	entries: EntryColumns;
	/** Entry positions in Finnish alphabetical order (saves the collator sort on load). */
	order: Int32Array;
	terms: TermsSnapshot;
}

/**
 * Sorts keys lazily: the first call for the top `limit` selects them in linear
 * time and sorts only those; a later call past them sorts the rest.
 */
function orderedKeys(keys: Float64Array): (limit: number) => Float64Array {
	let sortedUpTo = 0;
	return (limit) => {
		if (limit <= sortedUpTo) return keys;
		if (limit * 4 < keys.length && sortedUpTo === 0) {
			select(keys, limit);
			keys.subarray(0, limit).sort();
			sortedUpTo = limit;
		} else {
			keys.sort();
			sortedUpTo = keys.length;
		}
		return keys;
	};
}

/** Moves the k smallest keys to the front (Hoare's quickselect, in place). */
function select(a: Float64Array, k: number) {
	let lo = 0;
	let hi = a.length - 1;
	while (lo < hi) {
		const pivot = a[(lo + hi) >> 1];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) {
				const t = a[i];
				a[i++] = a[j];
				a[j--] = t;
			}
		}
		if (k - 1 <= j) hi = j;
		else if (k - 1 >= i) lo = i;
		else return;
	}
}

export class DirectoryIndex {
	private terms: Terms = newTerms();
	/** Document number → entry (undefined when dead: deleted or replaced). */
	private docs: (Entry | undefined)[] = [];
	private docOf = new Map<string, number>();
	private dead = 0;
	private facets = new Map<string, Facets>();
	private servicesByOrg = new Map<string, Set<string>>();
	private servicesByPerson = new Map<string, Set<string>>();
	private personsByOrg = new Map<string, Set<string>>();
	private sorted: Entry[] | undefined;
	private rank: Int32Array | undefined;
	/** Words (and parts) of the tag labels in every language → tag codes. */
	private tagWords = new SearchableMap<string[]>();
	/** The themes' synonyms: a query word also matches the other words of its theme. */
	private synonyms: SynonymExpander | undefined;
	private readonly collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
	// Scratch buffers for scoring, grown to the number of documents.
	private score = new Float32Array(0);
	private cur = new Float32Array(0);
	private hits = new Uint8Array(0);

	constructor(
		private places: PlaceInfo,
		tagLabels: TagLabels = []
	) {
		this.setTagLabels(tagLabels);
	}

	get size() {
		return this.docOf.size;
	}

	setTagLabels(tagLabels: TagLabels) {
		this.tagWords = new SearchableMap<string[]>();
		for (const [code, labels] of tagLabels)
			for (const l of labels)
				for (const w of tokenize(l).flatMap((x) => [fold(x), ...compoundParts(x)])) {
					const codes = this.tagWords.get(w);
					if (!codes) this.tagWords.set(w, [code]);
					else if (!codes.includes(code)) codes.push(code);
				}
	}

	/** Sets the themes' synonyms (their words join the theme tags' labels through `setTagLabels`). */
	setSynonyms(synonyms: SynonymExpander | undefined) {
		this.synonyms = synonyms;
	}

	/** Replaces the places (a municipality or family centre changed); facets are derived again. */
	setPlaces(places: PlaceInfo) {
		this.places = places;
		this.facets.clear();
		this.masks.clear();
	}

	entry(id: string): Entry | undefined {
		const n = this.docOf.get(id);
		return n === undefined ? undefined : this.docs[n];
	}

	entriesOf(ids: readonly string[]): Entry[] {
		return ids.map((i) => this.entry(i)).filter((e): e is Entry => !!e);
	}

	/**
	 * Adds or replaces records (tombstones remove). Organisations go first so
	 * that services and persons carry their current name.
	 */
	upsert(records: RecordSet) {
		const placeNames = (ids: string[]) =>
			ids.map((i) => this.places.municipalities.get(i)?.name ?? '').join(' ');
		const org = (id?: string) => {
			const e = id ? this.entry(id) : undefined;
			return e && e.type === 'organisations' ? { name: e.name, sector: e.sector! } : undefined;
		};
		for (const o of records.organisations ?? []) {
			if (o.deletedAt) this.remove(o.id);
			else {
				const e = organisationEntry(o);
				this.put(
					e,
					[
						[o.name, WEIGHT.name],
						[o.alternateName ?? '', WEIGHT.name],
						[placeNames(o.municipalityIds), WEIGHT.context],
						[o.description ?? '', WEIGHT.text]
					],
					tagsOf(e)
				);
			}
		}
		for (const s of records.services ?? []) {
			if (s.deletedAt) this.remove(s.id);
			else {
				const e = serviceEntry(s, org(s.organisationId));
				this.put(
					e,
					[
						[s.name, WEIGHT.name],
						[
							`${e.orgName ?? ''} ${placeNames(s.municipalityIds)} ${s.address?.city ?? ''}`,
							WEIGHT.context
						],
						[s.description ?? '', WEIGHT.text]
					],
					tagsOf(e)
				);
			}
		}
		for (const p of records.persons ?? []) {
			if (p.deletedAt) this.remove(p.id);
			else {
				const e = personEntry(p, org(p.organisationId));
				this.put(
					e,
					[
						[p.name, WEIGHT.name],
						[p.title ?? '', WEIGHT.title],
						[e.orgName ?? '', WEIGHT.context],
						[`${p.jobDescription ?? ''} ${p.department ?? ''}`, WEIGHT.text]
					],
					tagsOf(e)
				);
			}
		}
		if (this.dead > 1000 && this.dead > this.docs.length / 4) this.compact();
	}

	private put(e: Entry, fields: [string, number][], tags: string[]) {
		this.remove(e.id);
		const n = this.docs.length;
		this.docs.push(e);
		this.docOf.set(e.id, n);
		this.mark(n, e);
		this.link(e);
		this.touch(e);
		addDocument(this.terms, n, termWeights(fields, tags));
	}

	remove(id: string) {
		const n = this.docOf.get(id);
		if (n === undefined) return;
		const old = this.docs[n]!;
		this.unlink(old);
		this.touch(old);
		this.docs[n] = undefined;
		this.alive[n] = 0;
		this.docOf.delete(id);
		this.facets.delete(id);
		this.dead++;
	}

	/** Drops dead documents from the postings and renumbers the rest. */
	compact() {
		const renumber = new Int32Array(this.docs.length).fill(-1);
		const docs: Entry[] = [];
		this.docs.forEach((e, i) => {
			if (e) {
				renumber[i] = docs.length;
				docs.push(e);
			}
		});
		this.terms = compactTerms(this.terms, renumber);
		this.docs = docs;
		this.docOf = new Map(docs.map((e, i) => [e.id, i]));
		this.alive = new Uint8Array(0);
		this.types = new Uint8Array(0);
		docs.forEach((e, i) => this.mark(i, e));
		this.dead = 0;
		this.rank = undefined;
		this.orgDocs = undefined;
		this.masks.clear();
	}

	/** Records a live document in the typed arrays the scoring loops read. */
	private mark(n: number, e: Entry) {
		if (n >= this.alive.length) {
			const size = Math.max(1024, n * 2);
			const alive = new Uint8Array(size);
			alive.set(this.alive);
			const types = new Uint8Array(size);
			types.set(this.types);
			this.alive = alive;
			this.types = types;
		}
		this.alive[n] = 1;
		this.types[n] = ENTRY_TYPES.indexOf(e.type);
	}

	private link(e: Entry) {
		const add = (m: Map<string, Set<string>>, k: string) => {
			let s = m.get(k);
			if (!s) m.set(k, (s = new Set()));
			s.add(e.id);
		};
		if (e.type === 'services') {
			if (e.orgId) add(this.servicesByOrg, e.orgId);
			for (const p of e.contactPersonIds ?? []) add(this.servicesByPerson, p);
		}
		if (e.type === 'persons' && e.orgId) add(this.personsByOrg, e.orgId);
	}

	private unlink(e: Entry) {
		if (e.type === 'services') {
			if (e.orgId) this.servicesByOrg.get(e.orgId)?.delete(e.id);
			for (const p of e.contactPersonIds ?? []) this.servicesByPerson.get(p)?.delete(e.id);
		}
		if (e.type === 'persons' && e.orgId) this.personsByOrg.get(e.orgId)?.delete(e.id);
	}

	/** An entry changed: the order and the derived facets of it and its relatives are stale. */
	private touch(e: Entry) {
		this.masks.clear();
		this.orgDocs = undefined;
		this.sorted = undefined;
		this.rank = undefined;
		this.facets.delete(e.id);
		if (e.type === 'services') {
			if (e.orgId) this.facets.delete(e.orgId);
			for (const p of e.contactPersonIds ?? []) this.facets.delete(p);
		}
		if (e.type === 'organisations') {
			for (const s of this.servicesByOrg.get(e.id) ?? []) this.facets.delete(s);
			for (const p of this.personsByOrg.get(e.id) ?? []) this.facets.delete(p);
		}
	}

	/** Services whose contact person this is. */
	servicesOfPerson(personId: string): string[] {
		return [...(this.servicesByPerson.get(personId) ?? [])];
	}

	/** Services and persons that show this organisation's name (to re-index after a rename). */
	dependentsOf(orgId: string): { services: string[]; persons: string[] } {
		return {
			services: [...(this.servicesByOrg.get(orgId) ?? [])],
			persons: [...(this.personsByOrg.get(orgId) ?? [])]
		};
	}

	private facetsOf(e: Entry): Facets {
		let f = this.facets.get(e.id);
		if (!f) {
			f = deriveFacets(e, this.places, {
				orgOf: (id) => this.entry(id),
				servicesOf: (x) => {
					const ids =
						x.type === 'organisations'
							? this.servicesByOrg.get(x.id)
							: x.type === 'persons'
								? this.servicesByPerson.get(x.id)
								: undefined;
					return ids ? this.entriesOf([...ids]) : [];
				}
			});
			this.facets.set(e.id, f);
		}
		return f;
	}

	/** Every entry in Finnish alphabetical order, and each document's place in it. */
	private order(): { sorted: Entry[]; rank: Int32Array } {
		if (!this.sorted || !this.rank) {
			const sorted = this.docs.filter((e): e is Entry => !!e);
			sorted.sort((a, b) => this.collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
			const rank = new Int32Array(this.docs.length);
			sorted.forEach((e, i) => (rank[this.docOf.get(e.id)!] = i));
			this.sorted = sorted;
			this.rank = rank;
		}
		return { sorted: this.sorted, rank: this.rank };
	}

	/** Sorts and derives every facet now (after loading), so that the first query is fast. */
	warm() {
		this.order();
		for (const e of this.docs) if (e) this.facetsOf(e);
	}

	/** Tag codes whose label in some language has a word (or part) starting with `word`, typos as in `match`. */
	private tagsFor(word: string): string[] {
		if (word.length < 2) return [];
		const codes = new Set<string>();
		for (const [, cs] of this.tagWords.atPrefix(word)) for (const c of cs) codes.add(c);
		if (word.length >= 5)
			for (const [, [cs]] of fuzzyPrefix(this.tagWords, word, word.length >= 8 ? 2 : 1))
				for (const c of cs) codes.add(c);
		return [...codes];
	}

	/**
	 * Scores every live document that matches all words. Returns how many, with
	 * their numbers in `this.found`; their scores are in `this.score` until the
	 * caller calls `clearScores()`.
	 */
	private match(words: string[]): number {
		const n = this.docs.length;
		if (this.score.length < n) {
			const size = Math.max(n, this.score.length * 2, 1024);
			this.score = new Float32Array(size);
			this.cur = new Float32Array(size);
			this.hits = new Uint8Array(size);
			this.found = new Int32Array(size);
			this.touched = new Int32Array(size);
		}
		const { score, cur, hits, found, touched, alive } = this;
		let count = 0;
		const last = Math.min(words.length, 255) - 1;
		for (let k = 0; k <= last; k++) {
			const raw = words[k];
			const f = fold(raw);
			const typedDiacritics = f !== lower(raw);
			// A query of one or two letters matches names and titles only: elsewhere it
			// would match nearly the whole country (every record names its place) and
			// give a list that means nothing, slowly.
			const floor = words.length === 1 && f.length <= 2 ? WEIGHT.title : 0;
			let t = 0;
			const visit = (p: TermPostings, quality: number) => {
				const { docs, weights } = p;
				for (let i = 0; i < p.length; i++) {
					const d = docs[i];
					const w = weights[i];
					if ((w & 0x7f) < floor || hits[d] !== k || !alive[d]) continue;
					let s = (w & 0x7f) * quality;
					if (!typedDiacritics && w & DIACRITICS) s *= UNTYPED_DIACRITICS;
					if (s > cur[d]) {
						if (cur[d] === 0) touched[t++] = d;
						cur[d] = s;
					}
				}
			};
			const exact = this.terms.get(f);
			if (exact) visit(exact, EXACT_QUALITY);
			for (const [term, p] of this.terms.atPrefix(f))
				if (term.length > f.length) visit(p, prefixQuality(f.length, term.length));
			if (typosFor(f))
				for (const [term, [p, dist]] of this.terms.fuzzyGet(f, typosFor(f)))
					if (dist > 0 && term.charCodeAt(0) > 31) visit(p, typoQuality(dist));
			// A typo before the end of a longer word ("parisuhe" → "parisuhdeneuvonta"); below
			// every exact or whole-word match, and none for short words (too many look-alikes).
			if (prefixTyposFor(f))
				for (const [, [p, dist]] of fuzzyPrefix(this.terms, f, prefixTyposFor(f)))
					if (dist > 0) visit(p, typoPrefixQuality(dist));
			if (f.length >= PART_MIN)
				for (const [term, p] of this.terms.atPrefix(PART + f))
					visit(p, partQuality(f.length, term.length - 1));
			for (const code of this.tagsFor(f)) {
				const p = this.terms.get(TAG + code);
				if (p) visit(p, 1);
			}
			// Another word of the same theme in a text ("autismi" → "nepsy-perheiden"), below
			// the word itself.
			for (const alt of this.synonyms?.expand(f) ?? []) {
				const p = this.terms.get(alt);
				if (p) visit(p, SYNONYM_QUALITY);
				if (alt.length >= 5)
					for (const [term, q] of this.terms.atPrefix(alt))
						if (term.length > alt.length)
							visit(q, SYNONYM_QUALITY * prefixQuality(alt.length, term.length));
			}
			let bonus: Set<number> | undefined;
			if (typedDiacritics) {
				bonus = new Set();
				for (const [, p] of this.terms.atPrefix(EXACT + lower(raw)))
					for (let i = 0; i < p.length; i++) bonus.add(p.docs[i]);
			}
			// Documents that missed this word drop out: their hits stay at k.
			if (k === 0) count = 0;
			for (let i = 0; i < t; i++) {
				const d = touched[i];
				score[d] += bonus?.has(d) ? cur[d] * TYPED_DIACRITICS : cur[d];
				cur[d] = 0;
				hits[d] = k + 1;
				if (k === 0) found[count++] = d;
			}
		}
		// Keep the documents that matched every word; reset the rest.
		let kept = 0;
		for (let i = 0; i < count; i++) {
			const d = found[i];
			if (hits[d] === last + 1) found[kept++] = d;
			else score[d] = 0;
			hits[d] = 0;
		}
		return kept;
	}
	private found = new Int32Array(0);
	private touched = new Int32Array(0);
	/** 1 for a live document, 0 for a dead one (deleted or replaced). */
	private alive = new Uint8Array(0);
	/** Document number → index of its type in ENTRY_TYPES. */
	private types = new Uint8Array(0);

	/** Which documents pass the filters; cached, since filters stay put while the user types. */
	private mask(filters: DirectoryQuery['filters']): Uint8Array | undefined {
		if (!hasFilters(filters)) return undefined;
		const key = JSON.stringify(filters);
		let m = this.masks.get(key);
		if (!m) {
			m = new Uint8Array(this.docs.length);
			for (let d = 0; d < this.docs.length; d++) {
				const e = this.docs[d];
				if (e && matches(e, this.facetsOf(e), filters)) m[d] = 1;
			}
			if (this.masks.size > 8) this.masks.clear();
			this.masks.set(key, m);
		}
		return m;
	}
	private masks = new Map<string, Uint8Array>();

	search(q: Pick<DirectoryQuery, 'text' | 'type' | 'filters' | 'sort'>): SearchOutcome {
		const counts: Record<EntryType, number> = { services: 0, organisations: 0, persons: 0 };
		const mask = this.mask(q.filters);
		const { sorted, rank } = this.order();
		const words = tokenize(q.text);
		const wanted = q.type === 'all' ? undefined : q.type;

		if (words.length === 0) {
			if (!mask && !wanted) {
				for (const e of sorted) counts[e.type]++;
				return new SearchOutcome(counts, sorted.length, (i) => sorted[i].id);
			}
			const list: Entry[] = [];
			for (const e of sorted) {
				if (mask && !mask[this.docOf.get(e.id)!]) continue;
				counts[e.type]++;
				if (!wanted || e.type === wanted) list.push(e);
			}
			return new SearchOutcome(counts, list.length, (i) => list[i].id);
		}

		const m = this.withProviders(this.match(words), mask);
		const { found, score, types } = this;
		// One numeric key per hit: higher score first, then alphabetical.
		const keys = new Float64Array(m);
		const RANKS = 2 ** 22;
		const typeCounts = [0, 0, 0];
		const want = wanted ? ENTRY_TYPES.indexOf(wanted) : -1;
		let n = 0;
		for (let i = 0; i < m; i++) {
			const d = found[i];
			const s = q.sort === 'name' ? 0 : Math.round(score[d] * 100);
			score[d] = 0;
			if (mask && !mask[d]) continue;
			const ty = types[d];
			typeCounts[ty]++;
			if (want >= 0 && ty !== want) continue;
			keys[n++] = -s * RANKS + rank[d];
		}
		ENTRY_TYPES.forEach((t, i) => (counts[t] = typeCounts[i]));
		return new SearchOutcome(counts, n, orderedKeys(keys.subarray(0, n)), (key) => {
			return sorted[((key % RANKS) + RANKS) % RANKS].id;
		});
	}

	/**
	 * Adds to the `m` matched documents the organisations of matched services
	 * (both passing the filters), so that "parisuhde" in Nokia lists the NGOs
	 * that offer couple services there although their own texts say nothing of
	 * it. Such an organisation scores half its best service's score, below one
	 * that matches by its own name. Returns the new count.
	 */
	private withProviders(m: number, mask: Uint8Array | undefined): number {
		const { found, score } = this;
		const providers = this.providers();
		let count = m;
		for (let i = 0; i < m; i++) {
			const d = found[i];
			const o = providers[d];
			if (o < 0 || (mask && (!mask[d] || !mask[o]))) continue;
			const s = score[d] / 2;
			// A document's score is positive exactly when it is in `found`.
			if (score[o] === 0) found[count++] = o;
			if (s > score[o]) score[o] = s;
		}
		return count;
	}

	/** Each service's organisation as a document number (−1: none, or not a service); cached. */
	private providers(): Int32Array {
		if (!this.orgDocs) {
			const out = new Int32Array(this.docs.length).fill(-1);
			this.docs.forEach((e, d) => {
				if (e?.type !== 'services' || !e.orgId) return;
				const o = this.docOf.get(e.orgId);
				if (o !== undefined) out[d] = o;
			});
			this.orgDocs = out;
		}
		return this.orgDocs;
	}
	private orgDocs: Int32Array | undefined;

	/** A snapshot for IndexedDB (structured clone); load it with the same places. */
	snapshot(): IndexSnapshot {
		this.compact();
		const { sorted } = this.order();
		return {
			version: INDEX_FORMAT,
			entries: encodeEntries(this.docs as Entry[]),
			order: Int32Array.from(sorted, (e) => this.docOf.get(e.id)!),
			terms: snapshotTerms(this.terms)
		};
	}

	static load(s: IndexSnapshot, places: PlaceInfo, tagLabels: TagLabels = []): DirectoryIndex {
		const index = new DirectoryIndex(places, tagLabels);
		index.terms = loadTerms(s.terms);
		const entries = decodeEntries(s.entries);
		index.docs = entries;
		entries.forEach((e, i) => {
			index.docOf.set(e.id, i);
			index.mark(i, e);
			index.link(e);
		});
		index.sorted = Array.from(s.order, (i) => entries[i]);
		index.rank = new Int32Array(entries.length);
		s.order.forEach((d, i) => (index.rank![d] = i));
		return index;
	}
}
