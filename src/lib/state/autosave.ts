/**
 * Saving as you type: each field's save is delayed until typing pauses
 * (debounce), runs at once on flush (blur, leaving the page, hiding the tab),
 * and saves of one field run one after another, so an older value never lands
 * after a newer one. Status changes are reported for a "saved" indicator.
 */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

type Run = () => Promise<unknown>;

export class Autosave {
	private timers = new Map<string, { timer: ReturnType<typeof setTimeout>; run: Run }>();
	private chains = new Map<string, Promise<unknown>>();
	private running = 0;
	private failed = false;

	constructor(
		private readonly delay = 600,
		private readonly onStatus: (status: SaveStatus, error?: unknown) => void = () => {}
	) {}

	/** Replaces any pending save of `key` and runs `run` when typing pauses. */
	schedule(key: string, run: Run): void {
		const pending = this.timers.get(key);
		if (pending) clearTimeout(pending.timer);
		this.timers.set(key, { timer: setTimeout(() => void this.fire(key), this.delay), run });
		this.onStatus('pending');
	}

	/** Runs `run` now, after any earlier save of the same key (e.g. adding a point). */
	now(key: string, run: Run): Promise<void> {
		const pending = this.timers.get(key);
		if (pending) clearTimeout(pending.timer);
		this.timers.delete(key);
		return this.start(key, run);
	}

	/** Runs the pending saves (of `key`, or all) now and waits for every save under way. */
	async flush(key?: string): Promise<void> {
		const keys = key ? [key] : [...this.timers.keys()];
		const started = keys.map((k) => this.fire(k));
		await Promise.all([...started, ...(key ? [] : [...this.chains.values()])]);
	}

	get pending(): boolean {
		return this.timers.size > 0 || this.running > 0;
	}

	/** Drops a pending save without running it (the field was removed). */
	cancel(key: string): void {
		const pending = this.timers.get(key);
		if (pending) clearTimeout(pending.timer);
		this.timers.delete(key);
	}

	private fire(key: string): Promise<void> {
		const pending = this.timers.get(key);
		if (!pending) return (this.chains.get(key) ?? Promise.resolve()).then(() => undefined);
		clearTimeout(pending.timer);
		this.timers.delete(key);
		return this.start(key, pending.run);
	}

	private start(key: string, run: Run): Promise<void> {
		this.running++;
		if (!this.failed) this.onStatus('saving');
		const previous = this.chains.get(key) ?? Promise.resolve();
		const done = previous
			.catch(() => undefined)
			.then(run)
			.then(
				() => {
					this.running--;
					this.failed = false;
					if (!this.pending) this.onStatus('saved');
				},
				(e: unknown) => {
					this.running--;
					this.failed = true;
					this.onStatus('error', e);
				}
			);
		this.chains.set(key, done);
		void done.then(() => {
			if (this.chains.get(key) === done) this.chains.delete(key);
		});
		return done;
	}
}
