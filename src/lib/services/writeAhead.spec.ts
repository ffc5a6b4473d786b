import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type VerkostoDb } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';
import { MemoryStorage } from '$lib/testing/storage';
import {
	forgetRecords,
	JOURNAL_PREFIX,
	MAX_AGE_DAYS,
	noteApplied,
	wasApplied,
	WriteAheadJournal,
	type JournalEntry,
	type JournalKind
} from './writeAhead';
import { openTestDb } from '$lib/testing/db';

// A toy section: a record is a map of fields; an edit sets one field.
type Patch = { field: string; value: string | null };
const kind: JournalKind<string, Patch, string | null> = {
	name: 'toy',
	target: z.string().max(10),
	patch: z.strictObject({ field: z.string().max(10), value: z.string().nullable() }),
	before: z.string().nullable(),
	targetKey: (t) => t,
	fieldKey: (p) => p.field,
	refs: (t, p) => [t, ...(p.value?.startsWith('person:') ? [p.value] : [])]
};
const set = (field: string, value: string | null): Patch => ({ field, value });

let store: MemoryStorage;
let clock: Date;
const journal = (k = kind) => new WriteAheadJournal(k, { store, now: () => clock });

beforeEach(() => {
	store = new MemoryStorage();
	clock = new Date('2026-03-01T10:00:00.000Z');
});

describe('the write-ahead journal', () => {
	it('keeps an edit from put until its save is confirmed', () => {
		const j = journal();
		const token = j.put('r1', set('notes', 'a'), null);
		expect(j.entries()).toMatchObject([
			{ key: 'r1|notes', token, target: 'r1', patch: { value: 'a' }, before: null }
		]);
		j.saved('r1', set('notes', 'a'), token, 'a');
		expect(j.entries()).toEqual([]);
		expect(store.length).toBe(0);
	});

	it('keeps the value before the first unsaved edit; an older save finishing rebases the newer edit', () => {
		const j = journal();
		const first = j.put('r1', set('notes', 'a'), null);
		const second = j.put('r1', set('notes', 'ab'), 'a');
		expect(j.entries()).toHaveLength(1);
		expect(j.entries()[0]).toMatchObject({ token: second, before: null, patch: { value: 'ab' } });
		j.saved('r1', set('notes', 'a'), first, 'a');
		expect(j.entries()[0]).toMatchObject({ token: second, before: 'a', patch: { value: 'ab' } });
		j.saved('r1', set('notes', 'ab'), second, 'ab');
		expect(j.entries()).toEqual([]);
	});

	it('discards an edit only while it is the latest of its field', () => {
		const j = journal();
		const first = j.put('r1', set('title', ''), 'Otsikko');
		const second = j.put('r1', set('title', 'Uusi'), 'Otsikko');
		j.discard('r1', set('title', ''), first);
		expect(j.entries().map((e) => e.token)).toEqual([second]);
		j.discard('r1', set('title', 'Uusi'), second);
		expect(j.entries()).toEqual([]);
	});

	it('replays oldest first and removes what it replayed', async () => {
		const j = journal();
		j.put('r2', set('b', '2'), null);
		clock = new Date('2026-03-01T10:00:05.000Z');
		j.put('r1', set('a', '1'), null);
		// Two edits in the same millisecond keep the order they were made in.
		j.put('r1', set('c', '3'), null);
		const seen: string[] = [];
		const result = await j.replay(async (e) => {
			seen.push(`${e.target}.${e.patch.field}`);
			return e.patch.field !== 'c';
		});
		expect(seen).toEqual(['r2.b', 'r1.a', 'r1.c']);
		expect(result).toEqual({ applied: 2, skipped: 1, dropped: 0 });
		expect(j.entries()).toEqual([]);
	});

	it('drops entries whose record is gone or that no longer validate; keeps the rest after a passing failure', async () => {
		const j = journal();
		j.put('gone', set('a', 'x'), null);
		clock = new Date(clock.getTime() + 1000);
		j.put('bad', set('a', 'x'), null);
		clock = new Date(clock.getTime() + 1000);
		j.put('full', set('a', 'x'), null);
		clock = new Date(clock.getTime() + 1000);
		j.put('later', set('a', 'x'), null);
		const apply = async (e: JournalEntry<string, Patch, string | null>) => {
			if (e.target === 'gone') throw new StorageError('missing', 'gone');
			if (e.target === 'bad') throw new StorageError('validation', 'bad');
			if (e.target === 'full') throw new StorageError('quota', 'disk full');
			return true;
		};
		await expect(j.replay(apply)).rejects.toMatchObject({ kind: 'quota' });
		// The later edit may build on the one that failed: both wait for the next start.
		expect(j.entries().map((e) => e.target)).toEqual(['full', 'later']);
	});

	it('does not remove an entry that a newer edit replaced during the replay', async () => {
		const j = journal();
		j.put('r1', set('notes', 'vanha'), null);
		await j.replay(async () => {
			j.put('r1', set('notes', 'uusi'), null);
			return false;
		});
		expect(j.entries().map((e) => e.patch.value)).toEqual(['uusi']);
	});

	it('drops unreadable entries on read, and only its own section’s keys', () => {
		const j = journal();
		j.put('r1', set('a', 'ok'), null);
		store.setItem(`${JOURNAL_PREFIX}toy.r2|a`, '{not json');
		store.setItem(`${JOURNAL_PREFIX}toy.r3|a`, JSON.stringify({ v: 1, token: 'x', at: 'y' }));
		store.setItem(
			`${JOURNAL_PREFIX}toy.r4|a`,
			JSON.stringify({ ...JSON.parse(store.getItem(`${JOURNAL_PREFIX}toy.r1|a`)!), extra: 1 })
		);
		store.setItem(`${JOURNAL_PREFIX}other.r1|a`, 'another section’s');
		store.setItem('verkosto.locale', 'sv');
		expect(j.entries().map((e) => e.target)).toEqual(['r1']);
		expect(store.keys().sort()).toEqual(
			[`${JOURNAL_PREFIX}toy.r1|a`, `${JOURNAL_PREFIX}other.r1|a`, 'verkosto.locale'].sort()
		);
	});

	it('drops entries older than the maximum age when the section starts', async () => {
		const j = journal();
		j.put('old', set('a', 'x'), null);
		clock = new Date(clock.getTime() + (MAX_AGE_DAYS + 1) * 86_400_000);
		j.put('new', set('a', 'x'), null);
		const seen: string[] = [];
		expect(await j.replay(async (e) => (seen.push(e.target), true))).toEqual({
			applied: 1,
			skipped: 0,
			dropped: 1
		});
		expect(seen).toEqual(['new']);
		expect(store.length).toBe(0);
	});

	it('works without storage (disabled or full) and never throws on write', () => {
		const none = new WriteAheadJournal(kind, { store: undefined, now: () => clock });
		expect(() => none.put('r1', set('a', 'x'), null)).not.toThrow();
		const full = new MemoryStorage();
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const j = new WriteAheadJournal(kind, { store: full });
		expect(() => j.put('r1', set('a', 'x'), null)).not.toThrow();
		expect(j.entries()).toEqual([]);
	});
});

describe('forgetting a deleted or erased record', () => {
	it('drops every section’s entries about it or naming it, and nothing else', () => {
		const toy = journal();
		const other = journal({ ...kind, name: 'other' });
		toy.put('r1', set('a', 'x'), null);
		toy.put('r2', set('owner', 'person:7'), null);
		toy.put('r3', set('a', 'x'), null);
		other.put('r1', set('a', 'y'), null);
		store.setItem(`${JOURNAL_PREFIX}toy.junk`, 'not json');
		expect(forgetRecords(['r1', 'person:7'], store)).toBe(4);
		expect(toy.entries().map((e) => e.target)).toEqual(['r3']);
		expect(other.entries()).toEqual([]);
	});
});

describe('notes of edits that reached the database', () => {
	let db: VerkostoDb;
	beforeEach(async () => {
		db = await openTestDb();
	});
	afterEach(async () => {
		await db.delete();
	});

	it('are kept while their entry is in the journal (or briefly), and pruned after', async () => {
		const j = journal();
		const kept = j.put('r1', set('a', 'x'), null);
		const t0 = Date.parse('2026-03-01T10:00:00.000Z');
		await db.transaction('rw', db.meta, () => noteApplied(db, kept, { store, now: t0 }));
		const other = crypto.randomUUID();
		await db.transaction('rw', db.meta, () => noteApplied(db, other, { store, now: t0 + 1000 }));
		expect(await wasApplied(db, kept)).toBe(true);
		expect(await wasApplied(db, other)).toBe(true);
		expect(await wasApplied(db, crypto.randomUUID())).toBe(false);
		// An hour later: the note of the edit still in the journal stays, the other goes.
		await db.transaction('rw', db.meta, () =>
			noteApplied(db, crypto.randomUUID(), { store, now: t0 + 3_600_000 })
		);
		expect(await wasApplied(db, kept)).toBe(true);
		expect(await wasApplied(db, other)).toBe(false);
	});

	it('survive a corrupt meta row', async () => {
		await db.meta.put({ key: 'journal.applied', value: { __proto__: 1, x: 'y' } });
		expect(await wasApplied(db, crypto.randomUUID())).toBe(false);
		const t = crypto.randomUUID();
		await db.transaction('rw', db.meta, () => noteApplied(db, t, { store }));
		expect(await wasApplied(db, t)).toBe(true);
	});
});
