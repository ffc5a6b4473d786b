/**
 * Entries stored column by column with one table of distinct strings, for the
 * saved index: the same municipality, organisation and theme appear in
 * thousands of entries, and a structured clone copies every repeated string
 * and every small object, which made the national snapshot 70 MB and slow
 * to load. Columns of numbers clone as flat memory.
 */
import type { Entry, EntryType } from './entries';
import { ENTRY_TYPES } from './entries';

const STRINGS = [
	'id',
	'name',
	'orgId',
	'orgName',
	'sector',
	'title',
	'job',
	'email',
	'phone',
	'kind',
	'status'
] as const;
const LISTS = [
	'municipalityIds',
	'familyCentreIds',
	'themes',
	'targetGroups',
	'languages',
	'contactPersonIds'
] as const;

export interface EntryColumns {
	count: number;
	strings: string[];
	type: Uint8Array;
	/** Per string field: index into `strings`, −1 when absent. */
	text: Record<(typeof STRINGS)[number], Int32Array>;
	/** Per list field: start offsets (count + 1) into `items` (indexes into `strings`); −1 start marks an absent list. */
	lists: Record<(typeof LISTS)[number], { start: Int32Array; items: Int32Array }>;
	/** −1 absent, else the value (ages) or 0/1 (flags). */
	minAge: Int16Array;
	maxAge: Int16Array;
	free: Int8Array;
	fictional: Int8Array;
}

export function encodeEntries(entries: readonly Entry[]): EntryColumns {
	const n = entries.length;
	const table = new Map<string, number>();
	const strings: string[] = [];
	const ref = (s: string | undefined) => {
		if (s === undefined) return -1;
		let i = table.get(s);
		if (i === undefined) {
			i = strings.length;
			strings.push(s);
			table.set(s, i);
		}
		return i;
	};
	const text = Object.fromEntries(
		STRINGS.map((k) => [k, new Int32Array(n)])
	) as EntryColumns['text'];
	const lists = {} as EntryColumns['lists'];
	for (const k of LISTS) {
		const start = new Int32Array(n + 1);
		const items: number[] = [];
		entries.forEach((e, i) => {
			const list = e[k] as string[] | undefined;
			start[i] = list ? items.length : -1 - items.length;
			for (const x of list ?? []) items.push(ref(x));
		});
		start[n] = items.length;
		lists[k] = { start, items: Int32Array.from(items) };
	}
	const out: EntryColumns = {
		count: n,
		strings,
		type: new Uint8Array(n),
		text,
		lists,
		minAge: new Int16Array(n),
		maxAge: new Int16Array(n),
		free: new Int8Array(n),
		fictional: new Int8Array(n)
	};
	entries.forEach((e, i) => {
		out.type[i] = ENTRY_TYPES.indexOf(e.type);
		for (const k of STRINGS) text[k][i] = ref(e[k] as string | undefined);
		out.minAge[i] = e.minAge ?? -1;
		out.maxAge[i] = e.maxAge ?? -1;
		out.free[i] = e.free === undefined ? -1 : e.free ? 1 : 0;
		out.fictional[i] = e.fictional === undefined ? -1 : e.fictional ? 1 : 0;
	});
	return out;
}

export function decodeEntries(c: EntryColumns): Entry[] {
	const out: Entry[] = new Array(c.count);
	const s = c.strings;
	for (let i = 0; i < c.count; i++) {
		const e: Record<string, unknown> = { type: ENTRY_TYPES[c.type[i]] as EntryType };
		for (const k of STRINGS) {
			const x = c.text[k][i];
			if (x >= 0) e[k] = s[x];
		}
		for (const k of LISTS) {
			const { start, items } = c.lists[k];
			const a = start[i];
			if (a < 0) continue;
			const next = start[i + 1];
			const b = next < 0 ? -1 - next : next;
			const list = new Array<string>(b - a);
			for (let j = a; j < b; j++) list[j - a] = s[items[j]];
			e[k] = list;
		}
		if (c.minAge[i] >= 0) e.minAge = c.minAge[i];
		if (c.maxAge[i] >= 0) e.maxAge = c.maxAge[i];
		if (c.free[i] >= 0) e.free = c.free[i] === 1;
		if (c.fictional[i] >= 0) e.fictional = c.fictional[i] === 1;
		out[i] = e as unknown as Entry;
	}
	return out;
}
