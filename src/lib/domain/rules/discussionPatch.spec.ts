import { describe, expect, it } from 'vitest';
import type { Point } from '../entities';
import { uuid } from '$lib/testing/samples';
import { applyDiscussionPatch, emptyDiscussion } from './assessment';
import {
	discussionBefore,
	discussionBeforeSchema,
	discussionPatchKey,
	discussionPatchSchema,
	discussionStillApplies,
	type DiscussionPatch
} from './discussionPatch';

const point = (n: number, text: string, extra: Partial<Point> = {}): Point => ({
	id: uuid(n),
	kind: 'strength',
	text,
	important: false,
	...extra
});
const base = () => ({
	...emptyDiscussion(uuid(100), uuid(101), uuid(102)),
	notes: 'Alkuperäinen',
	rating: 2,
	points: [point(1, 'Yksi'), point(2, 'Kaksi', { cluster: 'C' })]
});
const apply = (d: ReturnType<typeof base>, ...ps: DiscussionPatch[]) =>
	ps.reduce((acc, p) => applyDiscussionPatch(acc, p), d);

describe('discussion patch keys', () => {
	it('gives a field the same key for every edit of it, and a point’s edits and removal one key', () => {
		expect(discussionPatchKey({ notes: 'a' })).toBe(discussionPatchKey({ notes: null }));
		expect(discussionPatchKey({ points: [{ id: uuid(1), text: 'x' }] })).toBe(
			discussionPatchKey({ removePointIds: [uuid(1)] })
		);
		expect(discussionPatchKey({ points: [{ id: uuid(1), text: 'x' }] })).not.toBe(
			discussionPatchKey({ points: [{ id: uuid(2), text: 'x' }] })
		);
		expect(discussionPatchKey({ rating: 3, notes: 'x' })).toBe('notes,rating');
	});
});

describe('replaying a journalled discussion edit (compare-and-set)', () => {
	it('a note left by a closed tab does not overwrite a newer value (review E6)', () => {
		const d = base();
		const stale: DiscussionPatch = { notes: 'A (vanha)' };
		const before = discussionBefore(d, stale);
		expect(before).toEqual({ notes: 'Alkuperäinen' });
		expect(discussionStillApplies(d, stale, before)).toBe(true);
		const newer = apply(d, { notes: 'B (uudempi)' });
		expect(discussionStillApplies(newer, stale, before)).toBe(false);
		// Cleared elsewhere is a newer value too.
		expect(discussionStillApplies(apply(d, { notes: null }), stale, before)).toBe(false);
	});

	it('adds a point only while it is still absent', () => {
		const d = base();
		const add: DiscussionPatch = { points: [{ id: uuid(3), kind: 'idea', text: 'Uusi' }] };
		const before = discussionBefore(d, add);
		expect(before).toEqual({ [`point:${uuid(3)}`]: null });
		expect(discussionStillApplies(d, add, before)).toBe(true);
		// Saved, then the facilitator clustered it in the workshop: not written over.
		const clustered = apply(d, add, { points: [{ id: uuid(3), cluster: 'Viestintä' }] });
		expect(discussionStillApplies(clustered, add, before)).toBe(false);
	});

	it('changes a point only while it is there unchanged: never re-adds a removed one', () => {
		const d = base();
		const edit: DiscussionPatch = { points: [{ id: uuid(1), kind: 'strength', text: 'Yksi+' }] };
		const before = discussionBefore(d, edit);
		expect(discussionStillApplies(d, edit, before)).toBe(true);
		const removed = apply(d, { removePointIds: [uuid(1)] });
		expect(discussionStillApplies(removed, edit, before)).toBe(false);
		// applyDiscussionPatch itself would re-add it (kind and text given): that is why replay checks.
		expect(apply(removed, edit).points.map((p) => p.id)).toContain(uuid(1));
		const marked = apply(d, { points: [{ id: uuid(1), important: true }] });
		expect(discussionStillApplies(marked, edit, before)).toBe(false);
	});

	it('removes a point only while it is there unchanged', () => {
		const d = base();
		const remove: DiscussionPatch = { removePointIds: [uuid(2)] };
		const before = discussionBefore(d, remove);
		expect(discussionStillApplies(d, remove, before)).toBe(true);
		const edited = apply(d, { points: [{ id: uuid(2), text: 'Kaksi, tarkennettu' }] });
		expect(discussionStillApplies(edited, remove, before)).toBe(false);
		expect(discussionStillApplies(apply(d, remove), remove, before)).toBe(false);
	});

	it('reads a discussion not yet written as an empty one', () => {
		const p: DiscussionPatch = { notes: 'x', submitted: true, participantSectors: ['ngo'] };
		const before = discussionBefore(undefined, p);
		expect(before).toEqual({ notes: null, submitted: false, participantSectors: [] });
		// Another tab created the record with a point: this edit still applies.
		const created = apply(
			{ ...emptyDiscussion(uuid(100), uuid(101), uuid(102)) } as ReturnType<typeof base>,
			{ points: [{ id: uuid(5), kind: 'need', text: 'Muualta' }] }
		);
		expect(discussionStillApplies(created, p, before)).toBe(true);
		expect(discussionStillApplies(apply(created, { submitted: true }), p, before)).toBe(false);
	});

	it('accepts only well-formed patches and snapshots from storage', () => {
		expect(discussionPatchSchema.safeParse({ notes: 'x', rating: 3 }).success).toBe(true);
		expect(discussionPatchSchema.safeParse({ notes: 'x', other: 1 }).success).toBe(false);
		expect(discussionPatchSchema.safeParse({ points: [{ id: 'not-a-uuid' }] }).success).toBe(false);
		expect(
			discussionBeforeSchema.safeParse({ notes: null, [`point:${uuid(1)}`]: null }).success
		).toBe(true);
		const proto = discussionBeforeSchema.parse(JSON.parse('{"__proto__":{"polluted":true}}'));
		expect(Object.keys(proto)).toEqual([]);
		expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
		expect(discussionBeforeSchema.safeParse({ other: null }).success).toBe(false);
		expect(discussionBeforeSchema.safeParse({ notes: { a: 1 } }).success).toBe(false);
	});
});
