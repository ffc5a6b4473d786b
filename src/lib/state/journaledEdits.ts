/**
 * Saving edits as you type through the write-ahead journal, for any section:
 * each edit goes to the journal at once (synchronously, so a reload or a
 * crash cannot lose it) and to the database through the `Autosave` scheduler
 * (after a pause in typing, at once for clicks, on blur, a hidden tab and
 * `pagehide`). The journal entry's `before` is what the edit writes as it was
 * before it, counting this page's own edits not yet confirmed saved (an item
 * renamed and then removed must be removed as renamed), so a replay can
 * compare and set.
 */
import { StorageError } from '$lib/db/errors';
import type { WriteAheadJournal } from '$lib/services/writeAhead';
import type { Autosave } from './autosave';

/** What a section supplies: its records as shown, its pure rules, and its save. */
export interface JournaledSection<T, P, B, R> {
	/** The record as the page shows it now; undefined when not loaded or not yet written. */
	current(target: T): R | undefined;
	apply(record: R | undefined, patch: P, target: T): R | undefined;
	/** What the patch writes, as it is in `record` (the section's compare-and-set snapshot). */
	before(record: R | undefined, patch: P): B;
	/** Saves one patch, noting `token` as applied in the same transaction. */
	save(target: T, patch: P, token: string): Promise<R>;
	/** After each save of a patch: `error` is undefined when it succeeded. */
	settled?(patch: P, error?: unknown): void;
}

interface Unsaved<T, P> {
	target: T;
	patch: P;
	token: string;
	/** When the save confirmed it (ms): the page may not show it yet for a moment. */
	savedAt?: number;
}

/** How long a saved edit still counts as possibly not shown yet (live queries lag a little). */
const SHOWN_WITHIN_MS = 5_000;

/** Errors that no retry can fix: the edit is dropped from the journal. */
const final = (e: unknown) =>
	e instanceof StorageError && (e.kind === 'validation' || e.kind === 'missing');

export class JournaledEdits<T, P, B, R> {
	// Plain maps: nothing here is rendered.
	private readonly unsaved = new Map<string, Unsaved<T, P>>();
	private readonly retry = new Map<string, () => Promise<void>>();

	constructor(
		readonly journal: WriteAheadJournal<T, P, B>,
		readonly scheduler: Autosave,
		private readonly section: JournaledSection<T, P, B, R>
	) {}

	keyOf(target: T, patch: P): string {
		return this.journal.keyOf(target, patch);
	}

	/** Records an edit; typing waits for a pause, `immediate` saves now (clicks, choices). */
	edit(target: T, patch: P, { immediate = false }: { immediate?: boolean } = {}): Promise<void> {
		const key = this.keyOf(target, patch);
		const token = this.journal.put(target, patch, this.section.before(this.base(target), patch));
		this.unsaved.delete(key);
		this.unsaved.set(key, { target, patch, token });
		this.retry.delete(key);
		const run = () => this.save(key, { target, patch, token });
		this.retryFailed(immediate);
		if (immediate) return this.scheduler.now(key, run);
		this.scheduler.schedule(key, run);
		return Promise.resolve();
	}

	/**
	 * The record as shown, with this page's edits of it applied in order:
	 * those not yet saved, and those saved so recently that the page may not
	 * show them yet (patches are idempotent, so one already shown changes
	 * nothing; where another tab changed the field since, the replay then
	 * leaves the edit out, which is the safe side). An unsaved edit of the
	 * same field makes no difference: the journal keeps its earlier `before`.
	 */
	private base(target: T): R | undefined {
		const now = Date.now();
		for (const [k, u] of this.unsaved)
			if (u.savedAt !== undefined && now - u.savedAt > SHOWN_WITHIN_MS) this.unsaved.delete(k);
		const tk = this.journal.kind.targetKey(target);
		let record = this.section.current(target);
		for (const u of this.unsaved.values())
			if (this.journal.kind.targetKey(u.target) === tk)
				record = this.section.apply(record, u.patch, u.target);
		return record;
	}

	private async save(key: string, { target, patch, token }: Unsaved<T, P>): Promise<void> {
		const mine = () => this.unsaved.get(key)?.token === token;
		try {
			const saved = await this.section.save(target, patch, token);
			this.journal.saved(target, patch, token, this.section.before(saved, patch));
			if (mine()) this.unsaved.set(key, { target, patch, token, savedAt: Date.now() });
			this.section.settled?.(patch);
		} catch (e) {
			if (final(e)) {
				// An invalid value can never be saved: the field keeps showing it with the error.
				this.journal.discard(target, patch, token);
				if (mine()) this.unsaved.delete(key);
			} else if (mine()) {
				// A full disk or the like: kept in the journal and tried again with the next save.
				this.retry.set(key, () => this.save(key, { target, patch, token }));
			}
			this.section.settled?.(patch, e);
			throw e;
		}
	}

	/** Tries failed saves again: with the next save (after the pause in typing, or now). */
	private retryFailed(now: boolean) {
		for (const [key, run] of this.retry)
			if (now) void this.scheduler.now(key, run);
			else this.scheduler.schedule(key, run);
		this.retry.clear();
	}

	/** Drops a waiting save of this field (the journal keeps the edit). */
	cancel(target: T, patch: P): void {
		this.scheduler.cancel(this.keyOf(target, patch));
	}

	/** Saves the waiting edit of this field now. */
	flushEdit(target: T, patch: P): Promise<void> {
		return this.scheduler.flush(this.keyOf(target, patch));
	}

	/** Saves everything waiting (failed saves again too); resolves when it is in the database. */
	flush(): Promise<void> {
		this.retryFailed(true);
		return this.scheduler.flush();
	}

	/**
	 * Flushes when the tab is hidden, the window loses focus or the page goes
	 * away; call from an $effect so the listeners go (and a last flush runs)
	 * with the page.
	 */
	attach(): () => void {
		const flush = () => void this.flush();
		const onHide = () => {
			if (document.visibilityState === 'hidden') flush();
		};
		document.addEventListener('visibilitychange', onHide);
		addEventListener('pagehide', flush);
		addEventListener('blur', flush);
		return () => {
			document.removeEventListener('visibilitychange', onHide);
			removeEventListener('pagehide', flush);
			removeEventListener('blur', flush);
			flush();
		};
	}
}
