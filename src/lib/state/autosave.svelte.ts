/**
 * Saving a meeting as you type, with no save button to forget. Each edit is a
 * field-level patch: it goes to the write-ahead journal at once (so a reload
 * or crash cannot lose it), and to the database after a short pause in
 * typing, or at once for clicks, on blur, when the tab is hidden and when the
 * page goes away (`JournaledEdits` over the `Autosave` scheduler). Each save
 * re-reads the record, so other tabs' edits of other fields are kept.
 */
import type { Meeting } from '$lib/domain/entities';
import {
	applyMeetingPatch,
	patchBefore,
	patchKey,
	type MeetingBefore,
	type MeetingPatch
} from '$lib/domain/rules/meetingPatch';
import { meetingJournal, patchMeeting } from '$lib/services/meetings';
import { Autosave } from './autosave';
import { JournaledEdits } from './journaledEdits';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export class MeetingAutoSave {
	status = $state<SaveStatus>('saved');
	/** Save errors by patch key (see patchKey), in the user's language. */
	errors = $state<Record<string, string>>({});
	/** When the last save finished (ms since epoch). */
	savedAt = $state<number | undefined>(undefined);

	private readonly edits: JournaledEdits<string, MeetingPatch, MeetingBefore, Meeting>;

	constructor(
		private readonly meetingId: string,
		current: () => Meeting | undefined,
		describe: (e: unknown) => string,
		delay = 400,
		journal = meetingJournal()
	) {
		const scheduler = new Autosave(delay, (s) => {
			this.status = s === 'idle' ? 'saved' : s;
			if (s === 'saved') this.savedAt = Date.now();
		});
		this.edits = new JournaledEdits(journal, scheduler, {
			current,
			apply: (m, p) => (m ? applyMeetingPatch(m, p) : m),
			before: patchBefore,
			save: (id, p, token) => patchMeeting(id, [p], { token }),
			settled: (p, error) => {
				const key = patchKey(p);
				if (error !== undefined) this.errors = { ...this.errors, [key]: describe(error) };
				else if (key in this.errors)
					this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => k !== key));
			}
		});
	}

	/** Records an edit; typing waits for a pause, `immediate` saves now (clicks, choices). */
	edit(patch: MeetingPatch, options: { immediate?: boolean } = {}): Promise<void> {
		return this.edits.edit(this.meetingId, patch, options);
	}

	/** Saves everything waiting; resolves when it is in the database. */
	flush(): Promise<void> {
		return this.edits.flush();
	}

	/** Flushes when the tab is hidden or the page goes away; call from an $effect. */
	attach(): () => void {
		return this.edits.attach();
	}
}
