/**
 * Fingerprints of record states, used to tell whether two coordinators' copies
 * of a record descend from each other (see merge.ts). A fingerprint is a 64-bit
 * hash of the record's canonical JSON (keys sorted at every level), so it is the
 * same on every device and in every app version that stores the same content.
 * It is not a security boundary: a collision could at worst make a record look
 * unchanged or older, and every change an import makes is shown before it is applied.
 */

/** JSON with object keys sorted at every level; arrays keep their order. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) {
		let out = '[';
		for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
		return out + ']';
	}
	const o = value as Record<string, unknown>;
	const keys = Object.keys(o).sort();
	let out = '{';
	let first = true;
	for (const k of keys) {
		const v = o[k];
		if (v === undefined) continue;
		out += (first ? '"' : ',"') + (SAFE_KEY.test(k) ? k : JSON.stringify(k).slice(1, -1)) + '":';
		out += canonicalJson(v);
		first = false;
	}
	return out + '}';
}
/** Keys that need no escaping in JSON (every schema field name). */
const SAFE_KEY = /^[A-Za-z0-9_$]+$/;

/** Two independent 32-bit lanes (cyrb53's mixing), returned as 16 hex digits. */
export function hash64(text: string): string {
	let h1 = 0xdeadbeef ^ text.length;
	let h2 = 0x41c6ce57 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export const HASH_PATTERN = /^[0-9a-f]{16}$/;

/** The fingerprint of a record state: every field, metadata included. */
export const stateHash = (record: object): string => hash64(canonicalJson(record));

const META = new Set(['createdAt', 'updatedAt', 'version']);

/**
 * The fingerprint of what a record says, ignoring when it was written and how
 * often: two devices that loaded the same demo, or made the same edit, agree.
 */
export function contentHash(record: object): string {
	const o = record as Record<string, unknown>;
	const rest: Record<string, unknown> = {};
	for (const k of Object.keys(o)) if (!META.has(k)) rest[k] = o[k];
	return hash64(canonicalJson(rest));
}
