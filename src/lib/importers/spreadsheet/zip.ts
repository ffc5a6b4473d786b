/**
 * Just enough of zip to read xlsx and ods safely: the central directory is
 * read by hand (so every entry's declared size is known before anything is
 * unpacked), and each entry is inflated by the platform's own
 * DecompressionStream('deflate-raw') while its real output is counted against
 * a budget, so a zip whose headers lie about the sizes is stopped as soon as
 * it passes the limit. Native inflating (not fflate's, in JavaScript) takes a
 * third of the time off opening a 10,000-row workbook and makes far less garbage.
 */
import { MAX_UNCOMPRESSED_BYTES } from './limits';
import { SpreadsheetRefused } from './types';

export interface ZipEntry {
	name: string;
	method: number;
	encrypted: boolean;
	compressedSize: number;
	size: number;
	localOffset: number;
}

/** More entries than any spreadsheet has: a file with more is not one. */
const MAX_ENTRIES = 10_000;
/** Compressed bytes given to the inflater at a time, so a bomb is stopped after little work. */
const STEP = 65_536;

const corrupt = () => new SpreadsheetRefused({ code: 'corrupt' });
const tooLarge = () =>
	new SpreadsheetRefused({ code: 'uncompressedTooLarge', limit: MAX_UNCOMPRESSED_BYTES });

const utf8 = new TextDecoder('utf-8');

/** Reads the central directory; entries by name in a Map (names are untrusted). */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => {
		if (at < 0 || at + 2 > bytes.length) throw corrupt();
		return view.getUint16(at, true);
	};
	const u32 = (at: number) => {
		if (at < 0 || at + 4 > bytes.length) throw corrupt();
		return view.getUint32(at, true);
	};
	// The end-of-central-directory record: the last one, within 64 KiB of comment from the end.
	let eocd = -1;
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
		if (
			bytes[at] === 0x50 &&
			bytes[at + 1] === 0x4b &&
			bytes[at + 2] === 5 &&
			bytes[at + 3] === 6
		) {
			eocd = at;
			break;
		}
	}
	if (eocd < 0) throw corrupt();
	const count = u16(eocd + 10);
	const dirSize = u32(eocd + 12);
	const dirOffset = u32(eocd + 16);
	if (count === 0xffff || dirOffset === 0xffffffff || count > MAX_ENTRIES) throw corrupt();
	if (dirOffset + dirSize > eocd) throw corrupt();
	const entries = new Map<string, ZipEntry>();
	let at = dirOffset;
	for (let i = 0; i < count; i++) {
		if (u32(at) !== 0x02014b50) throw corrupt();
		const flags = u16(at + 8);
		const method = u16(at + 10);
		let compressedSize = u32(at + 20);
		let size = u32(at + 24);
		const nameLength = u16(at + 28);
		const extraLength = u16(at + 30);
		const commentLength = u16(at + 32);
		let localOffset = u32(at + 42);
		const nameEnd = at + 46 + nameLength;
		if (nameEnd + extraLength > bytes.length) throw corrupt();
		const name = utf8.decode(bytes.subarray(at + 46, nameEnd));
		if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
			// Zip64: the real values are in the extra field (tag 1), in this order, only those
			// whose 32-bit field holds the marker. A marker without the field is corrupt.
			let found = false;
			for (let e = nameEnd; e + 4 <= nameEnd + extraLength;) {
				const tag = u16(e);
				const length = u16(e + 2);
				if (tag === 1) {
					let p = e + 4;
					const u64 = () => {
						if (p + 8 > e + 4 + length) throw corrupt();
						const value = u32(p) + u32(p + 4) * 0x100000000;
						p += 8;
						return value;
					};
					if (size === 0xffffffff) size = u64();
					if (compressedSize === 0xffffffff) compressedSize = u64();
					if (localOffset === 0xffffffff) localOffset = u64();
					found = true;
					break;
				}
				e += 4 + length;
			}
			if (!found) throw corrupt();
		}
		if (entries.has(name)) throw corrupt();
		entries.set(name, {
			name,
			method,
			encrypted: (flags & 1) === 1,
			compressedSize,
			size,
			localOffset
		});
		at = nameEnd + extraLength + commentLength;
	}
	return entries;
}

/** The uncompressed bytes still allowed, shared by all the entries of one file. */
export class Budget {
	constructor(public remaining: number = MAX_UNCOMPRESSED_BYTES) {}

	/** Refuses before unpacking when the declared sizes alone pass the limit. */
	checkDeclared(entries: (ZipEntry | undefined)[]): void {
		let total = 0;
		for (const e of entries) if (e) total += e.size;
		if (total > this.remaining) throw tooLarge();
	}

	spend(n: number): void {
		this.remaining -= n;
		if (this.remaining < 0) throw tooLarge();
	}
}

/** Unpacks one entry, counting its real size against `budget`. */
export async function readEntry(
	bytes: Uint8Array,
	entry: ZipEntry,
	budget: Budget
): Promise<Uint8Array> {
	if (entry.encrypted) throw new SpreadsheetRefused({ code: 'encrypted' });
	if (entry.size > budget.remaining) throw tooLarge();
	const at = entry.localOffset;
	if (at + 30 > bytes.length) throw corrupt();
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getUint32(at, true) !== 0x04034b50) throw corrupt();
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	const end = start + entry.compressedSize;
	if (end > bytes.length) throw corrupt();
	// A file's bytes are never shared memory; the stream's types want to hear so.
	const data = bytes.subarray(start, end) as Uint8Array<ArrayBuffer>;
	if (entry.method === 0) {
		if (entry.compressedSize !== entry.size) throw corrupt();
		budget.spend(data.length);
		return data.slice();
	}
	if (entry.method !== 8) throw corrupt();
	const out = new Uint8Array(entry.size);
	let produced = 0;
	const stream = new DecompressionStream('deflate-raw');
	const writer = stream.writable.getWriter();
	const reader = stream.readable.getReader();
	// Fed step by step while the output is read, so a lying header stops the work early.
	const feed = (async () => {
		for (let p = 0; p < data.length; p += STEP) await writer.write(data.subarray(p, p + STEP));
		await writer.close();
	})();
	feed.catch(() => undefined);
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			budget.spend(value.length);
			// More than declared: the header lied. Stop now rather than at the end.
			if (produced + value.length > entry.size) throw corrupt();
			out.set(value, produced);
			produced += value.length;
		}
		await feed;
	} catch (e) {
		await reader.cancel().catch(() => undefined);
		await writer.abort().catch(() => undefined);
		if (e instanceof SpreadsheetRefused) throw e;
		throw corrupt();
	}
	if (produced !== entry.size) throw corrupt();
	return out;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** An entry's text (XML parts are UTF-8); a part that is not valid UTF-8 is corrupt. */
export async function readText(
	bytes: Uint8Array,
	entry: ZipEntry,
	budget: Budget
): Promise<string> {
	const data = await readEntry(bytes, entry, budget);
	try {
		return fatalUtf8.decode(data);
	} catch {
		throw corrupt();
	}
}
