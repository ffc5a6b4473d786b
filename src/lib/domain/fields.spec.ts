import { describe, expect, it } from 'vitest';
import { id, longText, requiredText, shortText, textList, webUrl } from './fields';

describe('text fields', () => {
	it('drop control, bidirectional-override and zero-width characters that could spoof a name', () => {
		expect(requiredText.parse('Nokian \u202Eakkuruoles\u202C \u0000 \u200B')).toBe(
			'Nokian akkuruoles'
		);
		expect(shortText.parse('MLL\u2066 Nokia\u2069\uFEFF')).toBe('MLL Nokia');
		expect(shortText.parse('Rivi 1\nRivi 2\tsarake')).toBe('Rivi 1 Rivi 2 sarake');
		// Nothing but invisible characters is no name at all.
		expect(requiredText.safeParse('\u200B\u202E\u0000').success).toBe(false);
	});

	it('keep what real text needs: paragraphs, tabs, joiners of Persian script and emoji', () => {
		expect(longText.parse('Ensimmäinen.\n\nToinen\u0007.')).toBe('Ensimmäinen.\n\nToinen.');
		expect(shortText.parse('می\u200Cخواهم')).toBe('می\u200Cخواهم');
		expect(shortText.parse('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧');
		expect(textList.parse(['Tavoite\u202E 1'])).toEqual(['Tavoite 1']);
	});
});

describe('ids', () => {
	it('are read in lower case, so one record cannot appear twice under two spellings', () => {
		expect(id.parse('ABCDEF00-0000-4000-8000-00000000000A')).toBe(
			'abcdef00-0000-4000-8000-00000000000a'
		);
		expect(id.safeParse('not-a-uuid').success).toBe(false);
	});
});

describe('web links', () => {
	it('read an address typed without its scheme as https', () => {
		expect(webUrl.parse(' www.mll.fi ')).toBe('https://www.mll.fi');
		expect(webUrl.parse('nokia.fi/perheet?x=1')).toBe('https://nokia.fi/perheet?x=1');
		expect(webUrl.parse('http://example.fi')).toBe('http://example.fi');
	});

	it('refuse every other scheme and text that is no address', () => {
		for (const bad of [
			'javascript:alert(1)',
			'data:text/html,x',
			'file:///etc',
			'mll',
			'www mll fi'
		])
			expect(webUrl.safeParse(bad).success, bad).toBe(false);
	});
});
