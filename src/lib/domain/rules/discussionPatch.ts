/**
 * A change to one group's discussion of one theme, field by field (`null`
 * clears an optional field), as the discussion page saves it and as the edit
 * journal keeps it until the database has it. Plain JSON with a schema, since
 * the journal reads it back from storage. `applyDiscussionPatch`
 * (assessment.ts) applies it; this module says which fields it writes and
 * whether a journalled one may still be replayed. Pure: no Dexie, no browser.
 */
import { z } from 'zod';
import { POINT_KINDS, pointSchema, type Discussion } from '../entities/discussion';
import { REPRESENTATION } from '../fields';
import { sameJson } from '../sameJson';

/** A change to one point: a new point needs `kind` and `text`; `cluster: null` clears the label. */
export const pointChangeSchema = z.strictObject({
	id: z.uuid(),
	kind: z.enum(POINT_KINDS).optional(),
	text: z.string().max(10_000).optional(),
	cluster: z.string().max(300).nullable().optional(),
	important: z.boolean().optional()
});
export type PointChange = z.infer<typeof pointChangeSchema>;

export const discussionPatchSchema = z.strictObject({
	date: z.iso.date().nullable().optional(),
	rating: z.number().int().min(0).max(10).nullable().optional(),
	participantSectors: z.array(z.enum(REPRESENTATION)).max(20).optional(),
	participantCount: z.number().int().min(0).max(10_000).nullable().optional(),
	notes: z.string().max(10_000).nullable().optional(),
	submitted: z.boolean().optional(),
	points: z.array(pointChangeSchema).max(1_000).optional(),
	removePointIds: z.array(z.uuid()).max(1_000).optional()
});
export type DiscussionPatch = z.infer<typeof discussionPatchSchema>;

const FIELDS = [
	'date',
	'rating',
	'participantSectors',
	'participantCount',
	'notes',
	'submitted'
] as const;
type Field = (typeof FIELDS)[number];
const POINT = 'point:';

/**
 * The fields a patch writes, sorted: `notes`, `rating` …, and `point:<id>` for
 * every point it adds, changes or removes (a point's edits and its removal
 * share one key, so the later replaces the earlier unsaved one).
 */
export function discussionFields(p: DiscussionPatch): string[] {
	const out = new Set<string>(FIELDS.filter((f) => p[f] !== undefined));
	for (const c of p.points ?? []) out.add(POINT + c.id);
	for (const pid of p.removePointIds ?? []) out.add(POINT + pid);
	return [...out].sort();
}

/** Which fields a patch writes, as one key: later patches with the same key replace earlier unsaved ones. */
export const discussionPatchKey = (p: DiscussionPatch): string => discussionFields(p).join(',');

const beforeKey = z
	.string()
	.regex(
		/^(date|rating|participantSectors|participantCount|notes|submitted|point:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/
	);

/**
 * What a journalled edit is checked against before it is replayed: per field
 * it writes, the value (null when empty), and per point the point as stored
 * (null when absent). The journal keeps it as before the first unsaved edit.
 */
export const discussionBeforeSchema = z.record(
	beforeKey,
	z.union([
		z.null(),
		z.string().max(10_000),
		z.number(),
		z.boolean(),
		z.array(z.enum(REPRESENTATION)).max(20),
		pointSchema
	])
);
export type DiscussionBefore = z.infer<typeof discussionBeforeSchema>;

type DiscussionState = Pick<Discussion, 'points' | 'participantSectors' | 'submitted'> &
	Partial<Pick<Discussion, Field>>;

/**
 * The fields a patch writes as they are in `d`. A discussion not yet written
 * reads as an empty one: another tab creating it by an edit of some other
 * field does not make this edit stale.
 */
export function discussionBefore(
	d: DiscussionState | undefined,
	p: DiscussionPatch
): DiscussionBefore {
	const out: DiscussionBefore = {};
	for (const f of discussionFields(p)) {
		if (f.startsWith(POINT)) out[f] = d?.points.find((x) => x.id === f.slice(POINT.length)) ?? null;
		else if (f === 'participantSectors') out[f] = [...(d?.participantSectors ?? [])];
		else if (f === 'submitted') out[f] = d?.submitted ?? false;
		else out[f] = d?.[f as Exclude<Field, 'participantSectors' | 'submitted'>] ?? null;
	}
	return out;
}

/**
 * Whether an edit found in the journal may still be applied: only while every
 * field it writes holds the value it had before the edit, a point it adds is
 * still absent, and a point it changes or removes is still there unchanged.
 * So a note left by a closed tab never overwrites a newer value (another tab,
 * an import, an undo) and never re-adds a point removed meanwhile.
 */
export function discussionStillApplies(
	d: DiscussionState | undefined,
	p: DiscussionPatch,
	before: DiscussionBefore
): boolean {
	return sameJson(discussionBefore(d, p), before);
}
