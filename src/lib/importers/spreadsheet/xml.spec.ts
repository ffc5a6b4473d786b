import { describe, expect, it } from 'vitest';
import { decodeEntities, XmlError, XmlReader } from './xml';

function events(xml: string): string[] {
	const r = new XmlReader(xml);
	const out: string[] = [];
	for (let e = r.next(); e !== 'end'; e = r.next())
		out.push(
			e === 'open'
				? `<${r.local}${r.attr('v') ? ` v=${r.attr('v')}` : ''}>`
				: e === 'close'
					? `</${r.local}>`
					: r.text
		);
	return out;
}

describe('XmlReader', () => {
	it('reads elements by local name, attributes, text, CDATA; skips comments and declarations', () => {
		expect(
			events('<?xml version="1.0"?><!-- c --><x:a v="1 &amp; 2"><b/>t&lt;<![CDATA[<raw>]]></x:a>')
		).toEqual(['<a v=1 & 2>', '<b>', '</b>', 't<', '<raw>', '</a>']);
	});

	it('refuses DOCTYPE, unknown entities, mismatched or unclosed tags, two roots', () => {
		for (const bad of [
			'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
			'<a>&nbsp;</a>',
			'<a>&#0;</a>',
			'<a></b>',
			'<a><b></a>',
			'<a>',
			'<a/><b/>',
			'text',
			'',
			'<a v=1/>'
		])
			expect(() => events(bad), bad).toThrow(XmlError);
	});

	it('skip() passes over an element and its children', () => {
		const r = new XmlReader('<a><b><c>x</c></b><d/></a>');
		r.next();
		r.next();
		r.skip();
		expect(r.next()).toBe('open');
		expect(r.local).toBe('d');
	});

	it('character references', () => {
		expect(decodeEntities('&#228;&#xF6;&#10;&apos;&quot;')).toBe('äö\n\'"');
		expect(() => decodeEntities('&#x110000;')).toThrow(XmlError);
	});

	it('attribute names that are Object.prototype keys do nothing to it', () => {
		const r = new XmlReader('<a __proto__="x" constructor="y"/>');
		r.next();
		expect(r.attr('__proto__')).toBe('x');
		expect(r.attr('toString')).toBeUndefined();
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
});
