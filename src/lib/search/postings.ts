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
