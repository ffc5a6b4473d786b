import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
	it('drops diacritics and joins words with hyphens', () => {
		expect(slug('Järjestötori Nokialla 25.9.')).toBe('jarjestotori-nokialla-25-9');
	});

	it('cuts a long title at a word boundary', () => {
		const s = slug('Pirkanmaan perhekeskusten yhteistyön arviointikierros syksy 2024', 40);
		expect(s).toBe('pirkanmaan-perhekeskusten-yhteistyon');
		expect(s.length).toBeLessThanOrEqual(40);
	});

	it('cuts a single over-long word at the limit', () => {
		expect(slug('a'.repeat(80), 10)).toBe('a'.repeat(10));
	});

	it('is empty for a title with no letters or digits', () => {
		expect(slug('–!?')).toBe('');
	});
});
