/**
 * vCard 3.0 (RFC 2426), the version every common address book imports
 * (Outlook, Apple Contacts, Google, Android): text values escaped (\\ \, \; and
 * newlines as \n), lines folded at 75 octets of UTF-8 without splitting a
 * character, CRLF line ends.
 */
export interface VCardContact {
	/** Stable id, written as UID urn:uuid:… so a re-import updates rather than duplicates. */
	id: string;
	name: string;
	title?: string;
	organisation?: string;
	department?: string;
	email?: string;
	phone?: string;
	/** Free text: job description, the bodies the person sits in. */
	note?: string;
	/** When the record last changed (ISO), written as REV. */
	updatedAt?: string;
}

export function escapeText(v: string): string {
	return v
		.replace(/\\/g, '\\\\')
		.replace(/\r\n|\r|\n/g, '\\n')
		.replace(/,/g, '\\,')
		.replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		// The first line holds 75 octets; continuations 74 plus the leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** Family name last, as Finnish names are written ("Aino Maria Esimerkki"). */
function nameParts(name: string): { family: string; given: string } {
	const words = name.trim().split(/\s+/);
	if (words.length < 2) return { family: words[0] ?? '', given: '' };
	return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}

export function toVCard(c: VCardContact): string {
	const { family, given } = nameParts(c.name);
	const lines = [
		'BEGIN:VCARD',
		'VERSION:3.0',
		`UID:urn:uuid:${c.id}`,
		`FN:${escapeText(c.name)}`,
		`N:${escapeText(family)};${escapeText(given)};;;`
	];
	if (c.organisation || c.department)
		lines.push(
			`ORG:${escapeText(c.organisation ?? '')}${c.department ? `;${escapeText(c.department)}` : ''}`
		);
	if (c.title) lines.push(`TITLE:${escapeText(c.title)}`);
	if (c.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(c.email)}`);
	if (c.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(c.phone)}`);
	if (c.note) lines.push(`NOTE:${escapeText(c.note)}`);
	if (c.updatedAt) lines.push(`REV:${c.updatedAt}`);
	lines.push('END:VCARD');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Several contacts in one .vcf file. */
export function toVCards(contacts: readonly VCardContact[]): string {
	return contacts.map(toVCard).join('');
}
