/**
 * The shape of a merge plan: what an import would do to each record. Shared
 * by the planner (merge.ts), the duplicate finder, the resolver and the
 * preview, so that none of them imports another just for its types.
 */
import type { AnyEntity, EntityName } from '$lib/domain/entities';
import type { DanglingReference } from '$lib/domain/references';
import { LIMITS } from './format';
import type { ImportProblem } from './problems';

export const ITEM_KINDS = ['new', 'changed', 'deleted', 'conflict', 'older', 'unchanged'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface PlanItem {
	entity: EntityName;
	id: string;
	kind: ItemKind;
	/** The record from the file, withheld fields filled from the local copy. */
	remote: AnyEntity;
	local?: AnyEntity;
	/** A conflict between copies that never travelled between the two devices. */
	noBase?: boolean;
	/** A tombstone for a record this device never had (stored so the deletion travels on). */
	tombstoneOnly?: boolean;
	/** Fingerprints the local record's history gains (the sender's ancestry). */
	seenAdd: string[];
	/** Contact-free fingerprints it gains (records with contact details only). */
	liteAdd?: string[];
	/** Fields the file left out of this record. */
	withheld?: string[];
	/** Fields this device itself was never told (it got the record from a trimmed file). */
	localWithheld?: string[];
	/**
	 * The file's copy is a person's erasure, which this device takes whatever
	 * the user decides, and which undo never reverses (see resolve.ts).
	 */
	erasure?: boolean;
}

export type DuplicateReason = 'businessId' | 'name' | 'code' | 'email';
export interface Duplicate {
	entity: EntityName;
	incomingId: string;
	incomingLabel: string;
	localId: string;
	localLabel: string;
	reason: DuplicateReason;
	/**
	 * Two municipalities with the same code cannot both exist: the file's is read
	 * as ours (see municipalityAliases), always.
	 */
	forced: boolean;
}

export type Counts = Record<ItemKind, number>;

export interface MergePlan {
	items: PlanItem[];
	counts: Record<EntityName, Counts>;
	duplicates: Duplicate[];
	/** References that would point to records neither the file nor this device has. */
	dangling: DanglingReference[];
	/**
	 * What makes the file impossible to import here, whatever the user decides:
	 * an id this device has for a record of another kind, a municipality code
	 * another of this device's municipalities has. previewImport refuses the file.
	 */
	clashes: ImportProblem[];
}

const key = (entity: string, id: string) => `${entity}/${id}`;
export const itemKey = (i: { entity: string; id: string }) => key(i.entity, i.id);
/** Which state of a local record the user saw (the import's staleness check compares the same). */
export const localStamp = (r: AnyEntity | undefined): string | undefined =>
	r && `${r.version}@${r.updatedAt}`;
const uniq = (xs: Iterable<string>) => [...new Set(xs)];
export const capSeen = (xs: string[]) => uniq(xs).slice(-LIMITS.ancestry);

/** Which copy was written later (the local one on a tie). */
export function newerSide(item: Pick<PlanItem, 'local' | 'remote'>): 'mine' | 'theirs' {
	if (!item.local) return 'theirs';
	const t = (r: AnyEntity) => Date.parse(r.updatedAt);
	const d = t(item.remote) - t(item.local);
	if (d !== 0) return d > 0 ? 'theirs' : 'mine';
	return item.remote.version > item.local.version ? 'theirs' : 'mine';
}
