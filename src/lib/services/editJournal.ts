/**
 * The edit journal: every meeting edit is written here synchronously the
 * moment it is made, and removed once the database has it. Saves to IndexedDB
 * are debounced and asynchronous, and a reload, a closed lid or a crashed tab
 * can cut them off; localStorage writes cannot be cut off halfway. On the next
 * start, `replayJournal` applies what is left, each edit only if its field
 * still holds the value it had before the edit (so an older edit never
 * overwrites a newer one made in another tab).
 */
import { meetingPatchSchema, patchKey, type MeetingPatch } from '$lib/domain/rules/meetingPatch';
import { StorageError } from '$lib/db/errors';
import { compareIso } from '$lib/domain/time';
import { patchMeetingIfUnchanged, type Options } from './meetings';

export const JOURNAL_KEY = 'verkosto.meetingEdits';

type Before = string | boolean | null | undefined;
export interface JournalEntry {
	meetingId: string;
	patch: MeetingPatch;
	/** The field's value before the first unsaved edit of it. */
	before?: Exclude<Before, undefined>;
	at: string;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export class EditJournal {
	constructor(private readonly store: KeyValueStore | undefined = browserStore()) {}

	private read(): Record<string, JournalEntry> {
		try {
			const raw = this.store?.getItem(JOURNAL_KEY);
			const parsed: unknown = raw ? JSON.parse(raw) : {};
			return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
				? (parsed as Record<string, JournalEntry>)
				: {};
		} catch {
			return {};
		}
	}

	private write(entries: Record<string, JournalEntry>) {
		try {
			this.store?.setItem(JOURNAL_KEY, JSON.stringify(entries));
		} catch {
			// localStorage full or disabled: the debounced database save still runs.
		}
	}

	static key = (meetingId: string, patch: MeetingPatch) => `${meetingId}|${patchKey(patch)}`;

	/** Records an edit; a later edit of the same field keeps the earlier `before`. */
	put(meetingId: string, patch: MeetingPatch, before: Before, at = new Date().toISOString()) {
		const entries = this.read();
		const k = EditJournal.key(meetingId, patch);
		const kept = k in entries ? entries[k].before : before;
		entries[k] = { meetingId, patch, ...(kept === undefined ? {} : { before: kept }), at };
		this.write(entries);
	}

	/**
	 * Forgets an edit once it is saved. When a newer edit of the same field
	 * replaced it meanwhile, that one stays, now based on the saved value.
	 */
	saved(meetingId: string, patch: MeetingPatch, savedValue: Before) {
		const entries = this.read();
		const k = EditJournal.key(meetingId, patch);
		if (!(k in entries)) return;
		if (JSON.stringify(entries[k].patch) === JSON.stringify(patch)) delete entries[k];
		else if (savedValue !== undefined) entries[k] = { ...entries[k], before: savedValue };
		else return;
		this.write(entries);
	}

	/** Forgets an edit that can never be saved (invalid, or its meeting is gone). */
	discard(meetingId: string, patch: MeetingPatch) {
		const entries = this.read();
		const k = EditJournal.key(meetingId, patch);
		if (k in entries && JSON.stringify(entries[k].patch) === JSON.stringify(patch)) {
			delete entries[k];
			this.write(entries);
		}
	}

	entries(): [string, JournalEntry][] {
		return Object.entries(this.read());
	}

	drop(key: string) {
		const entries = this.read();
		delete entries[key];
		this.write(entries);
	}
}

function browserStore(): KeyValueStore | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

export interface ReplayResult {
	applied: number;
	/** Edits left out: another change came later, the meeting is gone, or the edit was invalid. */
	skipped: number;
}

/** Applies the edits left in the journal, oldest first. Storage failures leave them for next time. */
export async function replayJournal(
	journal = new EditJournal(),
	options: Options = {}
): Promise<ReplayResult> {
	const result: ReplayResult = { applied: 0, skipped: 0 };
	const entries = journal.entries().sort(([, a], [, b]) => compareIso(String(a.at), String(b.at)));
	for (const [key, entry] of entries) {
		const patch = meetingPatchSchema.safeParse(entry?.patch);
		if (!patch.success || typeof entry.meetingId !== 'string') {
			journal.drop(key);
			result.skipped++;
			continue;
		}
		try {
			const applied = await patchMeetingIfUnchanged(
				entry.meetingId,
				patch.data,
				entry.before,
				options
			);
			result[applied ? 'applied' : 'skipped']++;
			journal.drop(key);
		} catch (e) {
			if (e instanceof StorageError && (e.kind === 'missing' || e.kind === 'validation')) {
				journal.drop(key);
				result.skipped++;
			} else throw e;
		}
	}
	return result;
}
