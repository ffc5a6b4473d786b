/**
 * Compact postings: for each term, the documents it occurs in and one weight
 * byte per document, in growable typed arrays. Terms live in MiniSearch's
 * radix tree (`SearchableMap`), which gives prefix and fuzzy (Levenshtein)
 * look-up; scoring and top ranking are ours, because MiniSearch's own
 * `search()` builds and sorts a result object for every hit, which took
 * 0.4–0.7 s for a common prefix over 120,000 records (see `npm run bench`, Node figures).
 */
import SearchableMap from 'minisearch/SearchableMap';

export class TermPostings {
	docs: Int32Array;
	weights: Uint8Array;
	length = 0;
	constructor(capacity = 4) {
		this.docs = new Int32Array(capacity);
		this.weights = new Uint8Array(capacity);
	}
	push(doc: number, weight: number) {
		if (this.length === this.docs.length) {
			const docs = new Int32Array(this.length * 2);
			docs.set(this.docs);
			const weights = new Uint8Array(this.length * 2);
			weights.set(this.weights);
			this.docs = docs;
			this.weights = weights;
		}
		this.docs[this.length] = doc;
		this.weights[this.length++] = weight;
	}
	static of(docs: Int32Array, weights: Uint8Array): TermPostings {
		const p = new TermPostings(0);
		p.docs = docs;
		p.weights = weights;
		p.length = docs.length;
		return p;
	}
}

export type Terms = SearchableMap<TermPostings>;
export const newTerms = (): Terms => new SearchableMap<TermPostings>();

/** Adds a document's terms (term → best weight) under document number `doc`. */
export function addDocument(terms: Terms, doc: number, weights: Map<string, number>) {
	for (const [term, w] of weights) {
		let p = terms.get(term);
		if (!p) terms.set(term, (p = new TermPostings()));
		p.push(doc, w);
	}
}

/** The postings without dead documents, renumbered through `renumber` (−1 drops). */
export function compactTerms(terms: Terms, renumber: Int32Array): Terms {
	const out = newTerms();
	for (const [term, p] of terms) {
		let n = 0;
		for (let i = 0; i < p.length; i++) if (renumber[p.docs[i]] >= 0) n++;
		if (!n) continue;
		const docs = new Int32Array(n);
		const weights = new Uint8Array(n);
		for (let i = 0, j = 0; i < p.length; i++) {
			const d = renumber[p.docs[i]];
			if (d < 0) continue;
			docs[j] = d;
			weights[j++] = p.weights[i];
		}
		out.set(term, TermPostings.of(docs, weights));
	}
	return out;
}

/** A snapshot that IndexedDB stores by structured clone (typed arrays, no JSON). */
export interface TermsSnapshot {
	terms: string[];
	docs: Int32Array[];
	weights: Uint8Array[];
}

export function snapshotTerms(terms: Terms): TermsSnapshot {
	const out: TermsSnapshot = { terms: [], docs: [], weights: [] };
	for (const [term, p] of terms) {
		out.terms.push(term);
		out.docs.push(p.docs.slice(0, p.length));
		out.weights.push(p.weights.slice(0, p.length));
	}
	return out;
}

export function loadTerms(s: TermsSnapshot): Terms {
	const terms = newTerms();
	for (let i = 0; i < s.terms.length; i++)
		terms.set(s.terms[i], TermPostings.of(s.docs[i], s.weights[i]));
	return terms;
}

type Node = Map<string, unknown>;

/**
 * Terms that start with something within `maxDistance` edits of `query`
 * (Levenshtein), each with the smallest such distance: "parisuhe" finds
 * "parisuhdeneuvonta" and "parisuhteen", which a whole-word typo match cannot
 * (too many letters follow). Only prefixes at least as long as the query count,
 * so a typo never widens into "every word that starts like the query's head".
 * Terms starting with a control character (the index's namespaces) are skipped.
 *
 * A Levenshtein walk over the radix tree as in MiniSearch's own `fuzzyGet`
 * (rows are term letters, columns the query's), which needs its tree
 * (`_tree`: a Map per node, '' for the value); a subtree is left as soon as
 * no prefix can come within the distance, and taken whole once one has.
 */
export function fuzzyPrefix<T>(
	terms: SearchableMap<T>,
	query: string,
	maxDistance: number
): Map<string, [T, number]> {
	const out = new Map<string, [T, number]>();
	const n = query.length + 1;
	// A prefix longer than query + maxDistance is never within the distance.
	const lastRow = query.length + maxDistance;
	const m = new Uint8Array((lastRow + 1) * n);
	for (let j = 0; j < n; j++) m[j] = j;

	const all = (node: Node, prefix: string, dist: number) => {
		for (const [key, child] of node) {
			if (key === '') out.set(prefix, [child as T, dist]);
			else all(child as Node, prefix + key, dist);
		}
	};
	const walk = (node: Node, prefix: string, row: number, best: number) => {
		for (const [key, child] of node) {
			if (key === '') {
				if (best <= maxDistance) out.set(prefix, [child as T, best]);
				continue;
			}
			if (row === 0 && key.charCodeAt(0) <= 31) continue;
			let found = best;
			let done = false;
			let i = row;
			for (let pos = 0; pos < key.length; pos++) {
				i++;
				const ch = key[pos];
				const cur = i * n;
				const prev = cur - n;
				m[cur] = i;
				let min = i;
				for (let j = 1; j < n; j++) {
					const v = Math.min(
						m[prev + j - 1] + (ch === query[j - 1] ? 0 : 1),
						m[prev + j] + 1,
						m[cur + j - 1] + 1
					);
					m[cur + j] = v;
					if (v < min) min = v;
				}
				if (i >= query.length && m[cur + query.length] < found) found = m[cur + query.length];
				// No longer prefix can come closer: take the subtree whole, or leave it.
				if (min > maxDistance || i === lastRow) {
					done = true;
					break;
				}
			}
			if (done) {
				if (found <= maxDistance) all(child as Node, prefix + key, found);
			} else walk(child as Node, prefix + key, i, found);
		}
	};
	walk((terms as unknown as { _tree: Node })._tree, '', 0, maxDistance + 1);
	return out;
}
