/**
 * Saving a meeting as you type, with no save button to forget. Each edit is a
 * field-level patch: it goes to the edit journal at once (synchronously, so a
 * reload or crash cannot lose it), and to the database after a short pause in
 * typing, or at once for clicks, on blur, when the tab is hidden and when the
 * page goes away. Saves run one after another, each re-reading the record.
 */
import type { Meeting } from '$lib/domain/entities';
import { patchKey, patchTarget, type MeetingPatch } from '$lib/domain/rules/meetingPatch';
import { StorageError } from '$lib/db/errors';
import { EditJournal } from '$lib/services/editJournal';
import { patchMeeting } from '$lib/services/meetings';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

interface Pending {
	patch: MeetingPatch;
}

export class MeetingAutoSave {
	status = $state<SaveStatus>('saved');
	/** Save errors by patch key (see patchKey), in the user's language. */
	errors = $state<Record<string, string>>({});
	/** When the last save finished (ms since epoch). */
	savedAt = $state<number | undefined>(undefined);

	// Not rendered: the status field says what the user needs to know.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private pending = new Map<string, Pending>();
	private timer: ReturnType<typeof setTimeout> | undefined;
	private chain: Promise<void> = Promise.resolve();

	constructor(
		private readonly meetingId: string,
		private readonly current: () => Meeting | undefined,
		private readonly describe: (e: unknown) => string,
		private readonly delay = 400,
		private readonly journal = new EditJournal()
	) {}

	/** Records an edit; typing waits for a pause, `immediate` saves now (clicks, choices). */
	edit(patch: MeetingPatch, { immediate = false }: { immediate?: boolean } = {}): Promise<void> {
		const key = patchKey(patch);
		const cur = this.current();
		this.journal.put(this.meetingId, patch, cur ? patchTarget(cur, patch) : undefined);
		this.pending.set(key, { patch });
		if (this.status !== 'saving') this.status = 'pending';
		if (immediate) return this.flush();
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.flush(), this.delay);
		return Promise.resolve();
	}

	/** Whether an edit of this field is waiting to be saved. */
	isPending(key: string): boolean {
		return this.pending.has(key);
	}

	/** Saves everything waiting, in order; resolves when it is in the database. */
	flush(): Promise<void> {
		clearTimeout(this.timer);
		this.timer = undefined;
		const batch = [...this.pending.entries()];
		this.pending.clear();
		if (!batch.length) return this.chain;
		this.status = 'saving';
		this.chain = this.chain.then(() => this.save(batch));
		return this.chain;
	}

	private async save(batch: [string, Pending][]) {
		let failed = false;
		for (const [key, { patch }] of batch) {
			try {
				const saved = await patchMeeting(this.meetingId, [patch]);
				this.journal.saved(this.meetingId, patch, patchTarget(saved, patch));
				if (key in this.errors)
					this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => k !== key));
			} catch (e) {
				failed = true;
				this.errors = { ...this.errors, [key]: this.describe(e) };
				// An invalid value can never be saved: the field keeps showing it with the error.
				// Other failures (full disk …) stay in the journal and are retried on the next save.
				if (e instanceof StorageError && (e.kind === 'validation' || e.kind === 'missing'))
					this.journal.discard(this.meetingId, patch);
				else if (!this.pending.has(key)) this.pending.set(key, { patch });
			}
		}
		if (this.pending.size && !this.timer) this.status = failed ? 'error' : 'pending';
		else this.status = failed ? 'error' : 'saved';
		if (!failed) this.savedAt = Date.now();
	}

	/**
	 * Flushes when the tab is hidden or the page goes away; call from an
	 * $effect so the listeners go (and a last flush runs) with the page.
	 */
	attach(): () => void {
		const onHide = () => {
			if (document.visibilityState === 'hidden') void this.flush();
		};
		const onPageHide = () => void this.flush();
		document.addEventListener('visibilitychange', onHide);
		addEventListener('pagehide', onPageHide);
		addEventListener('blur', onPageHide);
		return () => {
			document.removeEventListener('visibilitychange', onHide);
			removeEventListener('pagehide', onPageHide);
			removeEventListener('blur', onPageHide);
			void this.flush();
		};
	}
}
