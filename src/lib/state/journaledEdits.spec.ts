import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StorageError } from '$lib/db/errors';
import { MemoryStorage } from '$lib/testing/storage';
import { WriteAheadJournal, type JournalKind } from '$lib/services/writeAhead';
import { Autosave } from './autosave';
import { JournaledEdits } from './journaledEdits';

// A toy section: records are maps of fields; an edit sets or (value null) removes one.
type Rec = Record<string, string>;
type Patch = { field: string; value: string | null };
const kind: JournalKind<string, Patch, string | null> = {
	name: 'toy',
	target: z.string(),
	patch: z.strictObject({ field: z.string(), value: z.string().nullable() }),
	before: z.string().nullable(),
	targetKey: (t) => t,
	fieldKey: (p) => p.field,
	refs: (t) => [t]
};
const applyPatch = (r: Rec | undefined, p: Patch): Rec => {
	const next = { ...r };
	if (p.field === 'look') return next;
	if (p.value === null) delete next[p.field];
	else next[p.field] = p.value;
	return next;
};

let store: MemoryStorage;
let database: Map<string, Rec>;
let failWith: unknown;
let hold: Promise<void> | undefined;
/** What the page shows, when it lags behind the database. */
let shown: Rec | undefined;
let saves: { target: string; patch: Patch; token: string }[];
let settled: [Patch, unknown][];

function setup() {
	const journal = new WriteAheadJournal(kind, { store });
	const edits = new JournaledEdits(journal, new Autosave(10_000), {
		current: (t) => shown ?? database.get(t),
		apply: (r, p) => applyPatch(r, p),
		// A "look" edit writes nothing; its snapshot is the whole record (like a move or removal).
		before: (r, p) => (p.field === 'look' ? JSON.stringify(r ?? {}) : (r?.[p.field] ?? null)),
		save: async (target, patch, token) => {
			saves.push({ target, patch, token });
			await hold;
			if (failWith) throw failWith;
			const next = applyPatch(database.get(target), patch);
			database.set(target, next);
			return next;
		},
		settled: (p, e) => void settled.push([p, e])
	});
	return { journal, edits };
}

beforeEach(() => {
	store = new MemoryStorage();
	database = new Map([['r1', { title: 'Otsikko' }]]);
	failWith = undefined;
	hold = undefined;
	shown = undefined;
	saves = [];
	settled = [];
});

describe('JournaledEdits', () => {
	it('journals an edit at once, and forgets it when the save confirms it', async () => {
		const { journal, edits } = setup();
		void edits.edit('r1', { field: 'title', value: 'Uusi' });
		// Before any save: a reload now would find the edit.
		expect(saves).toEqual([]);
		expect(journal.entries()).toMatchObject([{ patch: { value: 'Uusi' }, before: 'Otsikko' }]);
		await edits.flush();
		expect(saves).toHaveLength(1);
		expect(database.get('r1')).toEqual({ title: 'Uusi' });
		expect(journal.entries()).toEqual([]);
		expect(settled).toEqual([[{ field: 'title', value: 'Uusi' }, undefined]]);
	});

	it('saves a run of typing once, with the value before the first keystroke kept', async () => {
		const { journal, edits } = setup();
		for (const v of ['U', 'Uu', 'Uusi']) void edits.edit('r1', { field: 'title', value: v });
		expect(journal.entries()).toMatchObject([{ patch: { value: 'Uusi' }, before: 'Otsikko' }]);
		await edits.flush();
		expect(saves.map((s) => s.patch.value)).toEqual(['Uusi']);
	});

	it('bases an edit on this page’s edits not yet saved (of that record only)', async () => {
		const { journal, edits } = setup();
		void edits.edit('r1', { field: 'title', value: 'Nimetty' });
		void edits.edit('r2', { field: 'title', value: 'Toinen' });
		void edits.edit('r1', { field: 'look', value: null });
		// An item renamed and then removed must be found renamed when the removal is replayed.
		const look = journal.entries().find((e) => e.patch.field === 'look');
		expect(look?.before).toBe(JSON.stringify({ title: 'Nimetty' }));
		await edits.flush();
		void edits.edit('r1', { field: 'look', value: null });
		expect(journal.entries()[0].before).toBe(JSON.stringify({ title: 'Nimetty' }));
	});

	it('bases an edit typed before the page shows the last save on that save', async () => {
		const { journal, edits } = setup();
		await edits.edit('r1', { field: 'title', value: 'A' }, { immediate: true });
		expect(journal.entries()).toEqual([]);
		// The live query has not caught up yet when the next key is pressed.
		shown = { title: 'Otsikko' };
		void edits.edit('r1', { field: 'title', value: 'AB' });
		expect(journal.entries()).toMatchObject([{ patch: { value: 'AB' }, before: 'A' }]);
	});

	it('drops an edit that can never be saved, and keeps one that failed for now until a retry saves it', async () => {
		const { journal, edits } = setup();
		failWith = new StorageError('validation', 'blank title');
		await edits.edit('r1', { field: 'title', value: '' }, { immediate: true });
		expect(journal.entries()).toEqual([]);
		expect(settled.at(-1)?.[1]).toBe(failWith);

		failWith = new StorageError('quota', 'disk full');
		await edits.edit('r1', { field: 'notes', value: 'Tärkeä' }, { immediate: true });
		expect(journal.entries().map((e) => e.patch.value)).toEqual(['Tärkeä']);
		failWith = undefined;
		await edits.flush();
		expect(database.get('r1')).toEqual({ title: 'Otsikko', notes: 'Tärkeä' });
		expect(journal.entries()).toEqual([]);
		expect(settled.at(-1)).toEqual([{ field: 'notes', value: 'Tärkeä' }, undefined]);
	});

	it('an older save finishing leaves the newer edit in the journal, based on what was saved', async () => {
		const { journal, edits } = setup();
		let release!: () => void;
		hold = new Promise<void>((r) => (release = r));
		const first = edits.edit('r1', { field: 'title', value: 'A' }, { immediate: true });
		await Promise.resolve();
		// Typing goes on while the first save is under way.
		void edits.edit('r1', { field: 'title', value: 'AB' });
		expect(journal.entries()).toMatchObject([{ patch: { value: 'AB' }, before: 'Otsikko' }]);
		release();
		await first;
		expect(journal.entries()).toMatchObject([{ patch: { value: 'AB' }, before: 'A' }]);
		await edits.flush();
		expect(saves.map((x) => x.patch.value)).toEqual(['A', 'AB']);
		expect(journal.entries()).toEqual([]);
		expect(database.get('r1')).toEqual({ title: 'AB' });
	});
});
