import { describe, expect, it } from 'vitest';
import { fuzzyPrefix, newTerms, TermPostings } from './postings';

describe('fuzzyPrefix', () => {
	const terms = newTerms();
	for (const t of ['parisuhdeneuvonta', 'parisuhteen', 'parisuhde', 'pari', 'paris', 'perhe'])
		terms.set(t, new TermPostings());
	terms.set('\u0002parisuhde', new TermPostings());
	const found = (q: string, d: number) =>
		Object.fromEntries([...fuzzyPrefix(terms, q, d)].map(([t, [, dist]]) => [t, dist]));

	it('finds longer words that start with a near spelling, with the smallest distance', () => {
		expect(found('parisuhe', 1)).toEqual({
			parisuhdeneuvonta: 1,
			parisuhteen: 1,
			parisuhde: 1
		});
		expect(found('parisuhde', 0)).toEqual({ parisuhdeneuvonta: 0, parisuhde: 0 });
	});

	it('does not count prefixes shorter than the query, nor namespaced terms', () => {
		// "paris" is one deletion from "parisu", but shorter than it: no match.
		expect(found('parisu', 1)).not.toHaveProperty('paris');
		expect(found('parisu', 1)).not.toHaveProperty('pari');
		expect(Object.keys(found('parisuhde', 2)).some((t) => t.startsWith('\u0002'))).toBe(false);
	});

	it('tolerates a wrong first letter and a missing letter early', () => {
		expect(found('barisuhde', 1)).toHaveProperty('parisuhdeneuvonta', 1);
		expect(found('prisuhde', 1)).toHaveProperty('parisuhde', 1);
	});
});
