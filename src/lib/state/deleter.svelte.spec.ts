import { describe, expect, it } from 'vitest';
import { reassignOptions } from './deleter.svelte';

describe('where a deleted record’s links may move', () => {
	it('to its live relatives in Finnish order, never to itself', () => {
		const related = [
			{ id: 'a', name: 'Ähtärin seurakunta' },
			{ id: 'self', name: 'Poistettava' },
			{ id: 'b', name: 'Vanha', deletedAt: '2026-01-01T00:00:00.000Z' },
			{ id: 'c', name: 'Akaan seurakunta' },
			{ id: 'd', name: 'Örkin kerho' },
			{ id: 'e', name: 'Zeta ry' }
		];
		expect(reassignOptions('self', related)).toEqual([
			{ id: 'c', label: 'Akaan seurakunta' },
			{ id: 'e', label: 'Zeta ry' },
			{ id: 'a', label: 'Ähtärin seurakunta' },
			{ id: 'd', label: 'Örkin kerho' }
		]);
	});
});
