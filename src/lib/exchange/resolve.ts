/**
 * Turning a merge plan and the user's decisions into the exact writes of an
 * import. Pure: the clock is a parameter.
 */
import { entitySchemas, type AnyEntity, type EntityName } from '$lib/domain/entities';
import { idsOf, REFERENCES, repoint } from '$lib/domain/references';
import { reviseRecord, systemClock, tombstone, type Clock } from '$lib/domain/records';
import type { z } from 'zod';
import { stateHash } from './hash';
import { recordLabel } from './labels';
import type { SyncChange } from '$lib/domain/sync';
import { itemKey, localStamp, newerSide, type MergePlan, type PlanItem } from './plan';
import { CONTACT_FIELDS, without } from './privacy';
import type { ImportProblem } from './problems';

const uniq = (xs: Iterable<string>) => [...new Set(xs)];
const key = (entity: string, id: string) => `${entity}/${id}`;

export type Decision = (
	| { take: 'mine' }
	| { take: 'theirs' }
	| { take: 'fields'; fields: Record<string, 'mine' | 'theirs'> }
) & {
	/**
	 * The local copy the user compared when deciding (`localStamp`). When the
	 * copy has changed since (an edit in another tab, then a refreshed
	 * preview), the decision is not applied to an edit the user never saw.
	 */
	seen?: string;
};

export interface Decisions {
	/** How conflicts without their own decision are settled; without it they must each be decided. */
	conflicts?: 'newer' | 'mine' | 'theirs';
	/** Per record (`entity/id`): conflicts, and changes or deletions the user turns down. */
	items?: Record<string, Decision>;
	/** Duplicates (`entity/incomingId`) to merge into their local match. */
	merge?: string[];
}

export interface Outcome {
	/** Records that do not exist here yet. */
	add: Partial<Record<EntityName, AnyEntity[]>>;
	/** Records that replace an existing one. */
	put: Partial<Record<EntityName, AnyEntity[]>>;
	/** The replaced records as planned ([id, version, updatedAt]), checked again when writing. */
	expect: Partial<Record<EntityName, AnyEntity[]>>;
	/** History gained per record, and its withheld fields after the import (null: none). */
	sync: Map<string, SyncChange>;
	/** Persons the import erases (`entity/id`): undo leaves them erased. */
	erasures: Set<string>;
	counts: {
		new: number;
		changed: number;
		deleted: number;
		conflicts: number;
		unchanged: number;
		older: number;
		merged: number;
	};
	/** Records a field-by-field choice made invalid (e.g. a minimum age above the maximum). */
	invalid: ImportProblem[];
	/** Conflicts left without a decision. */
	unresolved: number;
}

type FieldChoice = Extract<Decision, { take: 'fields' }>;
function decide(item: PlanItem, decisions: Decisions): 'mine' | 'theirs' | FieldChoice | undefined {
	// An erasure cannot be turned down: "erase everywhere" must reach every copy.
	if (item.erasure) return 'theirs';
	const own = decisions.items?.[itemKey(item)];
	if (own && (own.seen === undefined || own.seen === localStamp(item.local)))
		return own.take === 'fields' ? own : own.take;
	if (item.kind !== 'conflict') return 'theirs';
	const d = decisions.conflicts;
	if (d === 'newer') return newerSide(item);
	return d;
}

/** A record whose content is `fields`, newer than both copies. */
function combined(item: PlanItem, content: AnyEntity, clock: Clock): AnyEntity {
	const local = item.local!;
	const version = Math.max(local.version, item.remote.version);
	return reviseRecord({ ...local, version }, content, clock);
}

function mergeFields(item: PlanItem, fields: Record<string, 'mine' | 'theirs'>): AnyEntity {
	const mine = item.local as unknown as Record<string, unknown>;
	const theirs = item.remote as unknown as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const f of uniq([...Object.keys(mine), ...Object.keys(theirs)])) {
		const v = (fields[f] ?? 'mine') === 'mine' ? mine[f] : theirs[f];
		if (v !== undefined) out[f] = v;
	}
	return out as AnyEntity;
}

/** The exact writes of an import, given the user's decisions. */
export function resolveMerge(
	plan: MergePlan,
	decisions: Decisions,
	clock: Clock = systemClock
): Outcome {
	const out: Outcome = {
		add: {},
		put: {},
		expect: {},
		sync: new Map(),
		counts: {
			new: 0,
			changed: 0,
			deleted: 0,
			conflicts: 0,
			unchanged: 0,
			older: 0,
			merged: 0
		},
		invalid: [],
		unresolved: 0,
		erasures: new Set()
	};
	// Duplicates to merge: incoming id → the local record it is the same as.
	const merges = new Map<EntityName, Map<string, string>>();
	const chosen = new Set(decisions.merge ?? []);
	for (const d of plan.duplicates)
		if (!d.forced && chosen.has(key(d.entity, d.incomingId))) {
			const m = merges.get(d.entity) ?? new Map<string, string>();
			m.set(d.incomingId, d.localId);
			merges.set(d.entity, m);
		}
	const refsInto = REFERENCES.filter((r) => merges.has(r.to));
	/** Points references to merged-away records at the records they were merged into. */
	const redirect = (entity: EntityName, r: AnyEntity, bump: boolean): AnyEntity => {
		let next = r;
		for (const ref of refsInto) {
			if (ref.from !== entity) continue;
			const map = merges.get(ref.to)!;
			for (const target of idsOf(next, ref)) {
				const to = map.get(target);
				if (to) next = repoint(next, ref, target, to);
			}
		}
		return next === r ? r : bump ? reviseRecord(r, next, clock) : next;
	};

	const push = (bucket: 'add' | 'put' | 'expect', n: EntityName, r: AnyEntity) =>
		(out[bucket][n] ??= []).push(r);
	const check = (n: EntityName, r: AnyEntity): AnyEntity | undefined => {
		const result = (entitySchemas[n] as z.ZodType).safeParse(r);
		if (result.success) return result.data as AnyEntity;
		for (const issue of result.error.issues)
			out.invalid.push({
				code: 'record',
				entity: n,
				id: r.id,
				label: recordLabel(r),
				path: issue.path.join('.'),
				issue: { path: issue.path.join('.'), code: issue.code, message: issue.message }
			});
		return undefined;
	};

	for (const item of plan.items) {
		const n = item.entity;
		const mergedInto = merges.get(n)?.get(item.id);
		const syncEntry: SyncChange = { entity: n, id: item.id, add: item.seenAdd, lite: item.liteAdd };
		out.sync.set(itemKey(item), syncEntry);
		if (item.erasure) {
			// The erased person's history becomes the erasure alone (merge.ts).
			syncEntry.replace = true;
			syncEntry.withheld = null;
		}

		if (item.kind === 'new') {
			if (mergedInto) {
				// Kept as a tombstone, so the sender learns its copy was merged away.
				push('add', n, tombstone(item.remote, clock));
				out.counts.merged++;
			} else {
				const r = redirect(n, item.remote, true);
				push('add', n, r === item.remote ? r : (check(n, r) ?? item.remote));
				if (!item.tombstoneOnly) out.counts.new++;
			}
			syncEntry.withheld = item.withheld?.length ? item.withheld : null;
			continue;
		}
		if (item.kind === 'unchanged' || item.kind === 'older') {
			out.counts[item.kind]++;
			continue;
		}
		const local = item.local!;
		if (item.kind === 'conflict') out.counts.conflicts++;
		const choice = decide(item, decisions);
		if (choice === undefined) {
			out.unresolved++;
			continue;
		}
		const hLocal = stateHash(local);
		let next: AnyEntity | undefined;
		if (choice === 'mine') {
			// Turning down a change the sender made on top of our copy needs a newer
			// state, or the sender's copy would win again next time.
			if (item.kind !== 'conflict') next = combined(item, local, clock);
		} else if (choice === 'theirs') {
			next = redirect(n, item.remote, true);
			if (item.kind !== 'conflict') out.counts[item.kind]++;
		} else {
			next = check(n, combined(item, mergeFields(item, choice.fields), clock));
			if (next) next = redirect(n, next, false);
		}
		if (next && next !== local) {
			const valid = next === item.remote ? next : check(n, next);
			if (valid) {
				push('put', n, valid);
				push('expect', n, local);
				if (item.erasure) {
					out.erasures.add(itemKey(item));
					continue;
				}
				syncEntry.add = [hLocal, ...item.seenAdd];
				const contact = CONTACT_FIELDS[n];
				if (contact) syncEntry.lite = [stateHash(without(local, contact)), ...(item.liteAdd ?? [])];
				if (choice === 'theirs') syncEntry.withheld = keptWithheld(item, valid);
			}
		}
	}
	return out;
}

/**
 * Fields still unknown here after taking the file's copy: those the file
 * withheld that this device did not know either (it had no value to fill in).
 */
function keptWithheld(item: PlanItem, written: AnyEntity): string[] | null {
	const w = (item.withheld ?? []).filter(
		(f) => !(f in written) && (item.localWithheld ?? []).includes(f)
	);
	return w.length ? w : null;
}
