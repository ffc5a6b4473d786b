/**
 * A write-ahead note of discussion edits not yet saved. IndexedDB writes need
 * the page alive to finish, so text typed just before a tab is closed or
 * reloaded could be lost; each pending edit is first noted synchronously in
 * localStorage, removed once saved, and any left over are saved the next time
 * the section opens. Entries are validated before use.
 */
import { z } from 'zod';
import { POINT_KINDS } from '$lib/domain/entities';
import { REPRESENTATION } from '$lib/domain/fields';
import type { DiscussionPatch } from '$lib/domain/rules/assessment';
import type { DiscussionTarget } from '$lib/services/codevelopment';
import { StorageError } from '$lib/db/errors';

const PREFIX = 'verkosto.pending-discussion.';

const entrySchema = z.strictObject({
	token: z.string().max(100),
	target: z.strictObject({ roundId: z.uuid(), bodyId: z.uuid(), themeId: z.uuid() }),
	patch: z.strictObject({
		date: z.iso.date().nullable().optional(),
		rating: z.number().int().min(0).max(10).nullable().optional(),
		participantSectors: z.array(z.enum(REPRESENTATION)).max(20).optional(),
		participantCount: z.number().int().min(0).max(10_000).nullable().optional(),
		notes: z.string().max(10_000).nullable().optional(),
		submitted: z.boolean().optional(),
		points: z
			.array(
				z.strictObject({
					id: z.uuid(),
					kind: z.enum(POINT_KINDS).optional(),
					text: z.string().max(10_000).optional(),
					cluster: z.string().max(300).nullable().optional(),
					important: z.boolean().optional()
				})
			)
			.max(1_000)
			.optional(),
		removePointIds: z.array(z.uuid()).max(1_000).optional()
	})
});
export type PendingSave = z.infer<typeof entrySchema>;

const storage = (): Storage | undefined => {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
};

/** Notes an edit about to be saved; returns the token that `forget` needs. */
export function remember(key: string, target: DiscussionTarget, patch: DiscussionPatch): string {
	const token = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
	try {
		storage()?.setItem(PREFIX + key, JSON.stringify({ token, target, patch }));
	} catch {
		// Storage full or disabled: the save itself still runs.
	}
	return token;
}

/** Removes the note once its save is done, unless a newer edit of the same field replaced it. */
export function forget(key: string, token: string): void {
	const s = storage();
	const raw = s?.getItem(PREFIX + key);
	if (!raw) return;
	try {
		if ((JSON.parse(raw) as { token?: string }).token !== token) return;
	} catch {
		// unreadable: remove it
	}
	s?.removeItem(PREFIX + key);
}

/** The edits noted but never confirmed saved; unreadable notes are dropped. */
export function leftOver(): { key: string; entry: PendingSave }[] {
	const s = storage();
	if (!s) return [];
	const out: { key: string; entry: PendingSave }[] = [];
	const keys: string[] = [];
	for (let i = 0; i < s.length; i++) {
		const k = s.key(i);
		if (k?.startsWith(PREFIX)) keys.push(k);
	}
	for (const full of keys) {
		try {
			const parsed = entrySchema.safeParse(JSON.parse(s.getItem(full) ?? ''));
			if (parsed.success) out.push({ key: full.slice(PREFIX.length), entry: parsed.data });
			else s.removeItem(full);
		} catch {
			s.removeItem(full);
		}
	}
	return out;
}

/**
 * Saves the edits left over from a tab that closed before saving them. An
 * edit that can no longer apply (its round was deleted, it no longer
 * validates) is dropped; one that failed for another reason (e.g. a full
 * disk) is kept for the next time. Returns how many were saved.
 */
export async function replayLeftOver(
	apply: (target: DiscussionTarget, patch: DiscussionPatch) => Promise<unknown>
): Promise<number> {
	let saved = 0;
	for (const { key, entry } of leftOver()) {
		try {
			await apply(entry.target, entry.patch);
			saved++;
			forget(key, entry.token);
		} catch (e) {
			if (e instanceof StorageError && (e.kind === 'missing' || e.kind === 'validation'))
				forget(key, entry.token);
		}
	}
	return saved;
}
