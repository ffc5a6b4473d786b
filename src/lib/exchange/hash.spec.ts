import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, hash64, stateHash } from './hash';
import { sampleOf } from '$lib/testing/samples';

describe('record fingerprints', () => {
	it('do not depend on key order, at any level', () => {
		expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
			'{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}'
		);
		const s = sampleOf('services');
		const reordered = Object.fromEntries(Object.entries(s).reverse());
		expect(stateHash(reordered)).toBe(stateHash(s));
	});

	it('differ for any change of content; the content fingerprint ignores when and how often', () => {
		const o = sampleOf('organisations');
		expect(stateHash({ ...o, name: 'Toinen' })).not.toBe(stateHash(o));
		expect(stateHash({ ...o, version: 2 })).not.toBe(stateHash(o));
		expect(contentHash({ ...o, version: 7, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(
			contentHash(o)
		);
		expect(contentHash({ ...o, deletedAt: '2030-01-01T00:00:00.000Z' })).not.toBe(contentHash(o));
	});

	it('are 16 hex digits and spread over many inputs without collisions', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 100_000; i++) seen.add(hash64(`record ${i}`));
		expect(seen.size).toBe(100_000);
		expect(hash64('')).toMatch(/^[0-9a-f]{16}$/);
	});
});
