/**
 * A strict, small pull reader for the XML inside xlsx and ods files. Neither
 * DOMParser (absent in Web Workers and Node) nor a general XML library: the
 * spreadsheet parts need elements, attributes, text, CDATA and the five
 * predefined entities, nothing more. A DOCTYPE is refused outright, so no
 * entity can be defined and nothing can expand. Names are compared by their
 * local part (`table:table-cell` → `table-cell`), since writers differ in the
 * prefixes they use; attributes are kept in arrays, never as object keys.
 */

export class XmlError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'XmlError';
	}
}

export type XmlEvent = 'open' | 'close' | 'text' | 'end';

const MAX_DEPTH = 256;

function localPart(name: string): string {
	const colon = name.indexOf(':');
	return colon < 0 ? name : name.slice(colon + 1);
}

function isNameChar(c: number): boolean {
	// Anything but whitespace and the characters that end a name.
	return !(
		c === 0x20 ||
		c === 0x09 ||
		c === 0x0a ||
		c === 0x0d ||
		c === 0x3e ||
		c === 0x2f ||
		c === 0x3d
	);
}

function validCodePoint(n: number): boolean {
	return (
		n === 0x9 ||
		n === 0xa ||
		n === 0xd ||
		(n >= 0x20 && n <= 0xd7ff) ||
		(n >= 0xe000 && n <= 0xfffd) ||
		(n >= 0x10000 && n <= 0x10ffff)
	);
}

/** Replaces the predefined entities and character references; anything else is an error. */
export function decodeEntities(s: string): string {
	let amp = s.indexOf('&');
	if (amp < 0) return s;
	let out = '';
	let from = 0;
	while (amp >= 0) {
		out += s.slice(from, amp);
		const semi = s.indexOf(';', amp);
		if (semi < 0 || semi - amp > 12) throw new XmlError('bad entity');
		const name = s.slice(amp + 1, semi);
		if (name === 'lt') out += '<';
		else if (name === 'gt') out += '>';
		else if (name === 'amp') out += '&';
		else if (name === 'quot') out += '"';
		else if (name === 'apos') out += "'";
		else if (name[0] === '#') {
			const hex = name[1] === 'x';
			const digits = name.slice(hex ? 2 : 1);
			if (!digits || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
				throw new XmlError('bad character reference');
			const n = parseInt(digits, hex ? 16 : 10);
			if (!validCodePoint(n)) throw new XmlError('bad character reference');
			out += String.fromCodePoint(n);
		} else throw new XmlError('unknown entity');
		from = semi + 1;
		amp = s.indexOf('&', from);
	}
	return out + s.slice(from);
}

export class XmlReader {
	/** Qualified name of the element just opened or closed. */
	name = '';
	/** Its local part, without the prefix. */
	local = '';
	/** Whether the element just opened closes itself (`<a/>`); a 'close' event follows. */
	selfClosing = false;
	/** Text of a 'text' event, entities decoded. */
	text = '';
	private attrNames: string[] = [];
	private attrValues: string[] = [];
	private pos = 0;
	private readonly stack: string[] = [];
	private pendingClose = false;
	private sawRoot = false;

	constructor(private readonly xml: string) {
		// A byte order mark may precede the declaration.
		if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
	}

	/** Depth of the element just opened (1 for the root), or of the one just closed. */
	get depth(): number {
		return this.stack.length;
	}

	/** The value of the attribute whose local name is `local`, or undefined. */
	attr(local: string): string | undefined {
		for (let i = 0; i < this.attrNames.length; i++)
			if (this.attrNames[i] === local) return this.attrValues[i];
		return undefined;
	}

	next(): XmlEvent {
		const xml = this.xml;
		if (this.pendingClose) {
			this.pendingClose = false;
			this.stack.pop();
			return 'close';
		}
		for (;;) {
			if (this.pos >= xml.length) {
				if (this.stack.length || !this.sawRoot) throw new XmlError('unexpected end');
				return 'end';
			}
			if (xml.charCodeAt(this.pos) !== 0x3c) {
				const lt = xml.indexOf('<', this.pos);
				const end = lt < 0 ? xml.length : lt;
				const raw = xml.slice(this.pos, end);
				this.pos = end;
				if (!this.stack.length) {
					if (raw.trim()) throw new XmlError('text outside the root');
					continue;
				}
				this.text = decodeEntities(raw);
				return 'text';
			}
			const c1 = xml.charCodeAt(this.pos + 1);
			if (c1 === 0x3f) {
				// <? … ?>
				const end = xml.indexOf('?>', this.pos + 2);
				if (end < 0) throw new XmlError('unterminated processing instruction');
				this.pos = end + 2;
				continue;
			}
			if (c1 === 0x21) {
				if (xml.startsWith('<!--', this.pos)) {
					const end = xml.indexOf('-->', this.pos + 4);
					if (end < 0) throw new XmlError('unterminated comment');
					this.pos = end + 3;
					continue;
				}
				if (xml.startsWith('<![CDATA[', this.pos)) {
					if (!this.stack.length) throw new XmlError('CDATA outside the root');
					const end = xml.indexOf(']]>', this.pos + 9);
					if (end < 0) throw new XmlError('unterminated CDATA');
					this.text = xml.slice(this.pos + 9, end);
					this.pos = end + 3;
					return 'text';
				}
				// <!DOCTYPE …> and anything else: no entity definitions, ever.
				throw new XmlError('declaration not allowed');
			}
			if (c1 === 0x2f) {
				const end = xml.indexOf('>', this.pos + 2);
				if (end < 0) throw new XmlError('unterminated end tag');
				const name = xml.slice(this.pos + 2, end).trimEnd();
				if (this.stack[this.stack.length - 1] !== name) throw new XmlError('mismatched end tag');
				this.stack.pop();
				this.name = name;
				this.local = localPart(name);
				this.pos = end + 1;
				return 'close';
			}
			return this.openTag();
		}
	}

	private openTag(): XmlEvent {
		const xml = this.xml;
		let i = this.pos + 1;
		const start = i;
		while (i < xml.length && isNameChar(xml.charCodeAt(i))) i++;
		if (i === start) throw new XmlError('bad element name');
		const name = xml.slice(start, i);
		if (!this.stack.length && this.sawRoot) throw new XmlError('second root element');
		const names: string[] = [];
		const values: string[] = [];
		for (;;) {
			while (i < xml.length && xml.charCodeAt(i) <= 0x20) i++;
			if (i >= xml.length) throw new XmlError('unterminated start tag');
			const c = xml.charCodeAt(i);
			if (c === 0x3e) {
				i++;
				this.selfClosing = false;
				break;
			}
			if (c === 0x2f) {
				if (xml.charCodeAt(i + 1) !== 0x3e) throw new XmlError('bad start tag');
				i += 2;
				this.selfClosing = true;
				break;
			}
			const aStart = i;
			while (i < xml.length && isNameChar(xml.charCodeAt(i))) i++;
			if (i === aStart) throw new XmlError('bad attribute');
			const aName = xml.slice(aStart, i);
			while (i < xml.length && xml.charCodeAt(i) <= 0x20) i++;
			if (xml.charCodeAt(i) !== 0x3d) throw new XmlError('attribute without value');
			i++;
			while (i < xml.length && xml.charCodeAt(i) <= 0x20) i++;
			const q = xml.charCodeAt(i);
			if (q !== 0x22 && q !== 0x27) throw new XmlError('unquoted attribute');
			const close = xml.indexOf(q === 0x22 ? '"' : "'", i + 1);
			if (close < 0) throw new XmlError('unterminated attribute');
			names.push(localPart(aName));
			values.push(decodeEntities(xml.slice(i + 1, close)));
			i = close + 1;
		}
		if (this.stack.length >= MAX_DEPTH) throw new XmlError('too deep');
		this.stack.push(name);
		this.sawRoot = true;
		this.name = name;
		this.local = localPart(name);
		this.attrNames = names;
		this.attrValues = values;
		this.pos = i;
		this.pendingClose = this.selfClosing;
		return 'open';
	}

	/** Skips the rest of the element just opened, its children included. */
	skip(): void {
		const depth = this.stack.length;
		while (this.stack.length >= depth)
			if (this.next() === 'end') throw new XmlError('unexpected end');
	}
}
