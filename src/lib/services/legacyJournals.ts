/**
 * Edits left in the two journals of earlier versions (one per section) move
 * into the write-ahead journal once, so a reload that happens to bring a new
 * version does not lose what was typed just before it. Those journals kept no
 * (or only a field's) old value; what cannot be expressed is taken as "was
 * empty or absent", so such an edit fills an empty field or adds a missing
 * point but never overwrites anything. Harmless to keep; remove once no copy
 * older than this one is in use.
 */
import { z } from 'zod';
import {
	meetingPatchSchema,
	type MeetingBefore,
	type MeetingPatch
} from '$lib/domain/rules/meetingPatch';
import {
	discussionBefore,
	discussionPatchSchema,
	type DiscussionBefore,
	type DiscussionPatch
} from '$lib/domain/rules/discussionPatch';
import type { WriteAheadJournal } from './writeAhead';

const OLD_MEETINGS = 'verkosto.meetingEdits';
const OLD_DISCUSSIONS = 'verkosto.pending-discussion.';

const oldMeetingEdit = z.object({
	meetingId: z.uuid(),
	patch: meetingPatchSchema,
	before: z.union([z.string().max(20_000), z.boolean(), z.null()]).optional(),
	at: z.iso.datetime()
});
const oldDiscussionNote = z.object({
	target: z.strictObject({ roundId: z.uuid(), bodyId: z.uuid(), themeId: z.uuid() }),
	patch: discussionPatchSchema
});

function parse(raw: string | null): unknown {
	try {
		return raw === null ? undefined : JSON.parse(raw);
	} catch {
		return undefined;
	}
}

export function adoptLegacyMeetingEdits(
	journal: WriteAheadJournal<string, MeetingPatch, MeetingBefore>
): void {
	const store = journal.store;
	const raw = parse(store?.getItem(OLD_MEETINGS) ?? null);
	if (!store || raw === undefined) return;
	if (raw && typeof raw === 'object' && !Array.isArray(raw))
		for (const value of Object.values(raw)) {
			const old = oldMeetingEdit.safeParse(value);
			if (old.success)
				journal.put(old.data.meetingId, old.data.patch, old.data.before ?? null, {
					at: old.data.at
				});
		}
	store.removeItem(OLD_MEETINGS);
}

export function adoptLegacyDiscussionNotes(
	journal: WriteAheadJournal<
		{ roundId: string; bodyId: string; themeId: string },
		DiscussionPatch,
		DiscussionBefore
	>
): void {
	const store = journal.store;
	if (!store) return;
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const k = store.key(i);
		if (k?.startsWith(OLD_DISCUSSIONS)) keys.push(k);
	}
	for (const k of keys) {
		const old = oldDiscussionNote.safeParse(parse(store.getItem(k)));
		if (old.success)
			journal.put(old.data.target, old.data.patch, discussionBefore(undefined, old.data.patch));
		store.removeItem(k);
	}
}
