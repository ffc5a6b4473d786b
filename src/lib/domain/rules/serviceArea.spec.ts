import { describe, expect, it } from 'vitest';
import { suggestedArea } from './serviceArea';

const known = (id: string) => ['nokia', 'tampere', 'ylojarvi'].includes(id);
const adding = (current: string[], suggestedBefore: string[] = []) => ({
	current,
	suggestedBefore,
	adding: true
});

describe('suggestedArea', () => {
	it('gives a new service with no area its organisation’s municipalities', () => {
		expect(suggestedArea(adding([]), ['nokia', 'tampere'], known)).toEqual(['nokia', 'tampere']);
	});

	it('never replaces an area the user chose, nor touches an existing service', () => {
		expect(suggestedArea(adding(['ylojarvi']), ['nokia'], known)).toBeUndefined();
		expect(
			suggestedArea({ current: [], suggestedBefore: [], adding: false }, ['nokia'], known)
		).toBeUndefined();
	});

	it('follows a change of organisation while the area is still its own suggestion', () => {
		expect(suggestedArea(adding(['nokia'], ['nokia']), ['tampere'], known)).toEqual(['tampere']);
		// …and clears it when the new organisation has no area of its own.
		expect(suggestedArea(adding(['nokia'], ['nokia']), [], known)).toEqual([]);
	});

	it('leaves out municipalities the form does not know, and does nothing with no area to give', () => {
		expect(suggestedArea(adding([]), ['gone', 'nokia'], known)).toEqual(['nokia']);
		expect(suggestedArea(adding([]), ['gone'], known)).toBeUndefined();
		expect(suggestedArea(adding([]), undefined, known)).toBeUndefined();
	});
});
