/**
 * The write-ahead journal of edits saved as you type (a meeting's fields, a
 * group's discussion). Saves to IndexedDB are debounced and asynchronous, and
 * one started while the page goes away (reload, closed lid, crashed tab) does
 * not finish; a localStorage write is synchronous and cannot be cut off. So
 * each edit is first put here, removed once the database has it, and what is
 * left is replayed the next time its section opens.
 *
 * Replay is compare-and-set: an entry keeps what the edit writes as it was
 * before the first unsaved edit (`before`, the section's snapshot), and the
 * section applies it only while the record still looks like that, so a left
 * over edit never overwrites a newer change from another tab, an import or an
 * undo. And since a save can reach the database while the tab dies before it
 * hears so, each journalled save also notes its token in `meta` in the same
 * transaction (`noteApplied`); a replay that finds the note knows the edit
 * landed and skips it, even where the record since went back to `before`.
 *
 * The journal holds personal data (notes, names in texts), so entries of a
 * deleted or erased record are dropped (`forgetRecords`), and entries older
 * than MAX_AGE_DAYS are dropped when their section starts. One entry per
 * localStorage key: two tabs never overwrite each other's entries.
 *
 * Generic: a section describes its edits with a `JournalKind` (schemas, keys)
 * and supplies the pure "still applies" rule in its replay function.
 */
import { z } from 'zod';
import type { VerkostoDb } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';

export const JOURNAL_PREFIX = 'verkosto.journal.';
/** Left-over edits older than this are stale, and personal data kept for no use: dropped. */
export const MAX_AGE_DAYS = 14;
const DAY_MS = 86_400_000;

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** How a section's edits are journalled. */
export interface JournalKind<T, P, B> {
	/** The section's name in storage keys (lower-case letters). */
	name: string;
	/** What an edit is about (a meeting's id, a discussion's round, group and theme). */
	target: z.ZodType<T>;
	patch: z.ZodType<P>;
	/** What the edit writes as it was before it (null for "empty" or "absent"). */
	before: z.ZodType<B>;
	targetKey: (target: T) => string;
	/** Which field or item the edit writes: a later edit with the same key replaces an unsaved earlier one. */
	fieldKey: (patch: P) => string;
	/** Every record the edit is about or names: deleting or erasing one drops the entry. */
	refs: (target: T, patch: P) => string[];
}

export interface JournalEntry<T, P, B> {
	key: string;
	/** Identifies this version of the edit; the save notes it as applied. */
	token: string;
	/** When the edit was last made (ISO): replay goes oldest first. */
	at: string;
	target: T;
	patch: P;
	before: B;
}

export interface ReplayResult {
	applied: number;
	/** Left out: changed since, already in the database, or its record is gone. */
	skipped: number;
	/** Unreadable or too old. */
	dropped: number;
}

const REF = z.string().min(1).max(100);
const envelope = {
	v: z.literal(1),
	token: z.uuid(),
	at: z.iso.datetime(),
	refs: z.array(REF).max(100)
};
/** Just enough of any section's entry to drop it for a record (see forgetRecords). */
const anyEntry = z.object({ token: z.uuid(), refs: z.array(REF).max(100) });

export function browserStore(): KeyValueStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

function keysWithPrefix(store: KeyValueStore, prefix: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const k = store.key(i);
		if (k?.startsWith(prefix)) out.push(k);
	}
	return out;
}

function parseJson(raw: string | null): unknown {
	if (raw === null) return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

let lastAt = 0;
/** Strictly increasing within the page, so two edits in one millisecond keep their order. */
function stamp(now: Date): string {
	lastAt = Math.max(now.getTime(), lastAt + 1);
	return new Date(lastAt).toISOString();
}

export class WriteAheadJournal<T, P, B> {
	private readonly schema;

	constructor(
		readonly kind: JournalKind<T, P, B>,
		private readonly options: { store?: KeyValueStore; now?: () => Date } = {}
	) {
		this.schema = z.strictObject({
			...envelope,
			target: kind.target,
			patch: kind.patch,
			before: kind.before
		});
	}

	/** Read on every use: a test (or a browser) may swap the store. */
	get store(): KeyValueStore | undefined {
		return this.options.store ?? browserStore();
	}

	private now(): Date {
		return this.options.now?.() ?? new Date();
	}

	keyOf(target: T, patch: P): string {
		return `${this.kind.targetKey(target)}|${this.kind.fieldKey(patch)}`;
	}

	private storageKey(key: string): string {
		return `${JOURNAL_PREFIX}${this.kind.name}.${key}`;
	}

	private read(key: string): JournalEntry<T, P, B> | undefined {
		const parsed = this.schema.safeParse(
			parseJson(this.store?.getItem(this.storageKey(key)) ?? null)
		);
		return parsed.success ? { key, ...parsed.data } : undefined;
	}

	private write(entry: JournalEntry<T, P, B>) {
		const { key, ...rest } = entry;
		const refs = this.kind.refs(entry.target, entry.patch);
		try {
			this.store?.setItem(this.storageKey(key), JSON.stringify({ v: 1, ...rest, refs }));
		} catch {
			// Storage full or disabled: the database save itself still runs.
		}
	}

	private remove(key: string, token?: string) {
		if (token !== undefined && this.read(key)?.token !== token) return;
		this.store?.removeItem(this.storageKey(key));
	}

	/**
	 * Records an edit and returns its token. When an unsaved edit of the same
	 * field is already there, its `before` is kept: the new edit replaces it.
	 */
	put(target: T, patch: P, before: B, { at }: { at?: string } = {}): string {
		const key = this.keyOf(target, patch);
		const earlier = this.read(key);
		const token = crypto.randomUUID();
		this.write({
			key,
			token,
			at: at ?? stamp(this.now()),
			target,
			patch,
			before: earlier ? earlier.before : before
		});
		return token;
	}

	/**
	 * Forgets an edit once the database has it. When a newer edit of the same
	 * field replaced it meanwhile, that one stays, now based on what was saved.
	 */
	saved(target: T, patch: P, token: string, savedBefore: B): void {
		const key = this.keyOf(target, patch);
		const entry = this.read(key);
		if (!entry) return;
		if (entry.token === token) this.remove(key);
		else this.write({ ...entry, before: savedBefore });
	}

	/** Forgets an edit that can never be saved (invalid, or its record is gone). */
	discard(target: T, patch: P, token: string): void {
		this.remove(this.keyOf(target, patch), token);
	}

	/** The section's entries, oldest first; unreadable ones are dropped. */
	entries(): JournalEntry<T, P, B>[] {
		return this.scan().entries;
	}

	private scan(): { entries: JournalEntry<T, P, B>[]; dropped: number } {
		const store = this.store;
		if (!store) return { entries: [], dropped: 0 };
		const prefix = this.storageKey('');
		const entries: JournalEntry<T, P, B>[] = [];
		let dropped = 0;
		for (const full of keysWithPrefix(store, prefix)) {
			const entry = this.read(full.slice(prefix.length));
			if (entry) entries.push(entry);
			else {
				store.removeItem(full);
				dropped++;
			}
		}
		entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : 1));
		return { entries, dropped };
	}

	/**
	 * Replays what is left, oldest first. `apply` writes one entry if it still
	 * applies (compare-and-set, in one transaction) and says whether it did.
	 * An entry whose record is gone or that no longer validates is dropped; any
	 * other failure (a full disk) stops the replay and keeps the rest for next
	 * time, since a later edit may build on an earlier one.
	 */
	async replay(apply: (entry: JournalEntry<T, P, B>) => Promise<boolean>): Promise<ReplayResult> {
		const { entries, dropped } = this.scan();
		const result: ReplayResult = { applied: 0, skipped: 0, dropped };
		const oldest = this.now().getTime() - MAX_AGE_DAYS * DAY_MS;
		for (const entry of entries) {
			if (Date.parse(entry.at) < oldest) {
				this.remove(entry.key, entry.token);
				result.dropped++;
				continue;
			}
			try {
				result[(await apply(entry)) ? 'applied' : 'skipped']++;
			} catch (e) {
				if (!(e instanceof StorageError && (e.kind === 'missing' || e.kind === 'validation')))
					throw e;
				result.skipped++;
			}
			// Unless this tab or another made a newer edit of the field meanwhile.
			this.remove(entry.key, entry.token);
		}
		return result;
	}
}

/**
 * Drops every section's entries about any of `ids` (a deleted record, an
 * erased person): the journal must not keep personal data of someone erased,
 * and an edit of a deleted record can never be saved. Returns how many.
 */
export function forgetRecords(ids: Iterable<string>, store = browserStore()): number {
	if (!store) return 0;
	const gone = new Set(ids);
	let dropped = 0;
	for (const full of keysWithPrefix(store, JOURNAL_PREFIX)) {
		const entry = anyEntry.safeParse(parseJson(store.getItem(full)));
		if (!entry.success || entry.data.refs.some((r) => gone.has(r))) {
			store.removeItem(full);
			dropped++;
		}
	}
	return dropped;
}

/* ------------------------------------------------ applied notes (in meta) */

const APPLIED = 'journal.applied';
/** A note younger than this is kept even if no entry is seen for it (another tab's may not show yet). */
const GRACE_MS = 10 * 60_000;
const appliedSchema = z.record(z.uuid(), z.number());

async function appliedNotes(db: VerkostoDb): Promise<Record<string, number>> {
	const parsed = appliedSchema.safeParse((await db.meta.get(APPLIED))?.value);
	return parsed.success ? parsed.data : {};
}

function tokensInJournal(store: KeyValueStore | undefined): Set<string> {
	const out = new Set<string>();
	if (!store) return out;
	for (const full of keysWithPrefix(store, JOURNAL_PREFIX)) {
		const entry = anyEntry.safeParse(parseJson(store.getItem(full)));
		if (entry.success) out.add(entry.data.token);
	}
	return out;
}

/**
 * Inside the save's write transaction (writeTransaction always includes
 * `meta`): notes that the journalled edit `token` is now in the database.
 * Notes of edits no longer in the journal are dropped on the way, so the row
 * stays as small as the journal.
 */
export async function noteApplied(
	db: VerkostoDb,
	token: string,
	{ store = browserStore(), now = Date.now() }: { store?: KeyValueStore; now?: number } = {}
): Promise<void> {
	const notes = await appliedNotes(db);
	const live = tokensInJournal(store);
	const kept: Record<string, number> = {};
	for (const [t, at] of Object.entries(notes)) if (live.has(t) || now - at < GRACE_MS) kept[t] = at;
	kept[token] = now;
	await db.meta.put({ key: APPLIED, value: kept });
}

/** Inside a transaction: whether the journalled edit `token` already reached the database. */
export async function wasApplied(db: VerkostoDb, token: string): Promise<boolean> {
	return Object.hasOwn(await appliedNotes(db), token);
}
