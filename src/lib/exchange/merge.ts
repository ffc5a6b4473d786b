/**
 * Merging a colleague's file into this device's data, record by record. Pure:
 * no Dexie, no clock of its own. `planMerge` says what the file would do to
 * every record; the user resolves conflicts and chooses duplicates to merge;
 * `resolveMerge` (resolve.ts) turns that into the exact records and sync
 * entries to write.
 *
 * How "changed since they last met" is decided. Every device keeps, per
 * record, the fingerprints of the states its current state descends from
 * (`seen`: the states it received in a file or sent in one), and every file
 * carries, per record, the sender's `ancestry` (its seen plus its current
 * state). For a record in the file (R) and here (L):
 * - same content                        → unchanged (whatever the metadata says)
 * - L's fingerprint is in R's ancestry  → the sender had exactly L and changed
 *                                          it since: take R ("changed" / "deleted")
 * - R's fingerprint is in L's seen      → this device had R and changed it
 *                                          since: keep L ("older")
 * - neither (or both)                   → changed on both sides: a conflict the
 *                                          user resolves. When the two histories
 *                                          share nothing at all (copies that never
 *                                          travelled between the two), it is not
 *                                          known which side changed it; it is
 *                                          still a conflict, marked `noBase`, and
 *                                          the newer side is the suggested choice.
 * A plain "base = last state sent or received" is not enough: when two
 * coordinators send each other files at the same time, each side's base would
 * be its own latest export and both would silently take the other's version.
 * Fingerprint sets cannot be fooled that way; when a set is cut short (at
 * LIMITS.ancestry) the cost is an extra conflict, never a silent overwrite.
 *
 * Tombstones are states like any other, so deletions travel, and a deletion
 * against a local edit is a conflict. An erasure (a person's scrubbed
 * tombstone) is not: it wins over any edit, and a copy that still has the
 * person's data never wins over it, so an erased person cannot come back. Fields a file withholds (contact details
 * left out for privacy) are filled from the local copy before comparing, so a
 * privacy-trimmed file never erases them here.
 */
import {
	ENTITY_NAMES,
	type AnyEntity,
	type DataSet,
	type EntityName,
	type EntityOf
} from '$lib/domain/entities';
import {
	danglingReferences,
	idsOf,
	REFERENCES,
	repoint,
	type DanglingReference
} from '$lib/domain/references';
import { canonicalJson, contentHash, stateHash } from './hash';
import type { ExportFile } from './format';
import { CONTACT_FIELDS, isErasure, without } from './privacy';
import { recordLabel } from './labels';
import { findDuplicates } from './duplicates';
import type { ImportProblem } from './problems';
import type { SyncChange, SyncEntry, SyncLookup } from '$lib/domain/sync';
import {
	ITEM_KINDS,
	type Counts,
	type Duplicate,
	type ItemKind,
	type MergePlan,
	type PlanItem
} from './plan';

export * from './plan';

const uniq = (xs: Iterable<string>) => [...new Set(xs)];
export type { SyncChange, SyncEntry, SyncLookup };

/**
 * The sync base of content that every device gets in exactly the same state
 * (the demo network, with stable ids and stamps): each record's own
 * fingerprint, and its contact-free one where it has contact details. Two
 * devices that loaded it then share a base, so an edit on one arrives on the
 * other as a change, not as a conflict between copies that "never met".
 */
export function shippedAncestry(data: Partial<DataSet>): SyncChange[] {
	const out: SyncChange[] = [];
	for (const n of ENTITY_NAMES) {
		const contact = CONTACT_FIELDS[n];
		for (const r of (data[n] ?? []) as AnyEntity[])
			out.push({
				entity: n,
				id: r.id,
				add: [stateHash(r)],
				...(contact ? { lite: [stateHash(without(r, contact))] } : {})
			});
	}
	return out;
}

/** The file's record with the fields it withholds taken from the local copy. */
function fill<T extends object>(remote: T, local: T | undefined, withheld?: string[]): T {
	if (!local || !withheld?.length) return remote;
	const out = { ...(remote as Record<string, unknown>) };
	for (const f of withheld) {
		const v = (local as Record<string, unknown>)[f];
		if (v !== undefined) out[f] = v;
		else delete out[f];
	}
	return out as T;
}

/**
 * Municipalities are identified by their official code as well as by id: a
 * file's municipality whose code this device has under another id is the same
 * municipality. It is not stored (codes are unique); the file's references to
 * it are read as references to ours, and ours as theirs when comparing, so the
 * two ids live side by side without ever looking like a change.
 */
interface Aliases {
	/** The file's id → this device's id. */
	toLocal: Map<string, string>;
	/** This device's id → the file's id. */
	toRemote: Map<string, string>;
}
const MUNICIPALITY_REFS = REFERENCES.filter((r) => r.to === 'municipalities');

function realias(entity: EntityName, r: AnyEntity, map: Map<string, string>): AnyEntity {
	if (!map.size) return r;
	let next = r;
	for (const ref of MUNICIPALITY_REFS) {
		if (ref.from !== entity) continue;
		for (const target of idsOf(next, ref)) {
			const to = map.get(target);
			if (to) next = repoint(next, ref, target, to);
		}
	}
	return next;
}

/** Fingerprints that stand for the local state: itself, its form without contact details, its form with the file's municipality ids. */
function localForms(entity: EntityName, local: AnyEntity, aliases: Aliases): string[] {
	const forms = new Set<string>();
	for (const form of new Set([local, realias(entity, local, aliases.toRemote)])) {
		forms.add(stateHash(form));
		const contact = CONTACT_FIELDS[entity];
		if (contact && contact.some((f) => f in form)) forms.add(stateHash(without(form, contact)));
	}
	return [...forms];
}

function classify(
	entity: EntityName,
	asSent: AnyEntity,
	ancestry: readonly string[],
	withheld: string[] | undefined,
	local: AnyEntity | undefined,
	sync: SyncEntry | undefined,
	aliases: Aliases
): PlanItem {
	const id = asSent.id;
	// The sender lists its own current state in the ancestry; add it when it did not.
	const hR = () => stateHash(asSent);
	const remoteAsSent = realias(entity, asSent, aliases.toLocal);
	const contact = CONTACT_FIELDS[entity];
	// A trimmed file's ancestry is contact-free already; any file's record gives its own lite form.
	const liteAdd = contact
		? [...(withheld?.length ? ancestry : []), stateHash(without(asSent, contact))]
		: undefined;
	const erasure = isErasure(entity, asSent);
	if (!local) {
		// An erasure's history is hashes of states with personal data: only the erasure is kept.
		const seenAdd = erasure
			? [hR()]
			: ancestry.length && !withheld?.length
				? [...ancestry]
				: [...ancestry, hR()];
		return {
			entity,
			id,
			kind: 'new',
			remote: remoteAsSent,
			seenAdd,
			liteAdd: erasure ? undefined : liteAdd,
			withheld,
			tombstoneOnly: !!remoteAsSent.deletedAt || undefined,
			erasure: erasure || undefined
		};
	}
	const remote = fill(remoteAsSent, local, withheld);
	const hashR = hR();
	const seenAdd = [...ancestry, hashR];
	const base = {
		entity,
		id,
		remote,
		local,
		seenAdd,
		liteAdd,
		withheld,
		localWithheld: sync?.withheld
	};
	if (contentHash(local) === contentHash(remote)) return { ...base, kind: 'unchanged' };
	// An erasure wins over everything but another erasure, and an erased person
	// never comes back: not through a conflict, not through "take the newer".
	// Neither side's history is learnt: it is hashes of states with personal data.
	const erasedHere = isErasure(entity, local);
	if (erasure && !erasedHere)
		return {
			...base,
			kind: local.deletedAt ? 'changed' : 'deleted',
			erasure: true,
			seenAdd: [hashR],
			liteAdd: undefined
		};
	if (erasedHere)
		return { ...base, kind: erasure ? 'unchanged' : 'older', seenAdd: [], liteAdd: undefined };
	const anc = new Set(ancestry);
	const seen = new Set([...(sync?.seen ?? []), ...(sync?.lite ?? [])]);
	const remoteDescends = localForms(entity, local, aliases).some((f) => anc.has(f));
	const localDescends = seen.has(hashR) || seen.has(stateHash(remote));
	// Deleted on both sides: no conflict over details; a later tombstone is taken.
	if (local.deletedAt && remote.deletedAt)
		return { ...base, kind: remoteDescends && !localDescends ? 'changed' : 'unchanged' };
	if (remoteDescends && !localDescends)
		return { ...base, kind: remote.deletedAt && !local.deletedAt ? 'deleted' : 'changed' };
	if (localDescends && !remoteDescends) return { ...base, kind: 'older' };
	const shared = remoteDescends || localDescends || ancestry.some((h) => seen.has(h));
	return { ...base, kind: 'conflict', noBase: !shared || undefined };
}

const emptyCounts = (): Counts =>
	Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as unknown as Counts;

/** What importing `file` into `local` would do, record by record. */
export function planMerge(
	file: Pick<ExportFile, 'data' | 'sync'>,
	local: Partial<DataSet>,
	localSync: SyncLookup
): MergePlan {
	const items: PlanItem[] = [];
	const counts = {} as Record<EntityName, Counts>;
	const localIndex = new Map<EntityName, Map<string, AnyEntity>>();
	for (const n of ENTITY_NAMES)
		localIndex.set(n, new Map(((local[n] ?? []) as AnyEntity[]).map((r) => [r.id, r])));
	const { aliases, forced } = municipalityAliases(file.data, localIndex.get('municipalities')!);
	const clashes: ImportProblem[] = [];
	const localKind = new Map<string, EntityName>();
	for (const n of ENTITY_NAMES) for (const id of localIndex.get(n)!.keys()) localKind.set(id, n);
	const localCodes = new Map<string, AnyEntity>();
	for (const m of localIndex.get('municipalities')!.values())
		localCodes.set((m as EntityOf<'municipalities'>).code, m);
	for (const n of ENTITY_NAMES) {
		counts[n] = emptyCounts();
		const byId = localIndex.get(n)!;
		const remote = (file.data[n] ?? []) as AnyEntity[];
		const ancestry = file.sync.ancestry[n] ?? {};
		const withheld = file.sync.withheld[n] ?? {};
		for (const r of remote) {
			const kind = localKind.get(r.id);
			if (kind && kind !== n) {
				const other = localIndex.get(kind)!.get(r.id)!;
				clashes.push({
					code: 'idInOtherEntity',
					entity: n,
					id: r.id,
					label: recordLabel(r),
					other: { entity: kind, id: r.id, label: recordLabel(other), local: true }
				});
				continue;
			}
			if (n === 'municipalities' && aliases.toLocal.has(r.id)) continue;
			const item = classify(
				n,
				r,
				Object.hasOwn(ancestry, r.id) ? ancestry[r.id] : [],
				Object.hasOwn(withheld, r.id) ? withheld[r.id] : undefined,
				byId.get(r.id),
				localSync(n, r.id),
				aliases
			);
			items.push(item);
			if (!item.tombstoneOnly) counts[n][item.kind]++;
			if (n === 'municipalities' && WRITES.has(item.kind)) {
				// A code the file gives this municipality that another one here has:
				// the database keeps codes unique, so it could never be written.
				const code = (item.remote as EntityOf<'municipalities'>).code;
				const holder = localCodes.get(code);
				if (holder && holder.id !== item.id)
					clashes.push({
						code: 'duplicateCode',
						entity: n,
						id: item.id,
						label: recordLabel(item.remote),
						path: 'code',
						value: code,
						other: { entity: n, id: holder.id, label: recordLabel(holder), local: true }
					});
			}
		}
	}
	return {
		items,
		counts,
		duplicates: [...forced, ...findDuplicates(items, localIndex)],
		dangling: findDangling(items, localIndex),
		clashes
	};
}

/** The kinds of plan item that may write the file's copy. */
const WRITES = new Set<ItemKind>(['changed', 'deleted', 'conflict']);

/** The file's municipalities whose code this device has under another id. */
function municipalityAliases(
	data: Partial<DataSet>,
	local: Map<string, AnyEntity>
): { aliases: Aliases; forced: Duplicate[] } {
	const aliases: Aliases = { toLocal: new Map(), toRemote: new Map() };
	const forced: Duplicate[] = [];
	const byCode = new Map<string, AnyEntity & { code: string }>();
	for (const m of local.values()) byCode.set((m as { code: string }).code, m as never);
	for (const m of data.municipalities ?? []) {
		const mine = byCode.get(m.code);
		if (!mine || mine.id === m.id || local.has(m.id)) continue;
		aliases.toLocal.set(m.id, mine.id);
		aliases.toRemote.set(mine.id, m.id);
		forced.push({
			entity: 'municipalities',
			incomingId: m.id,
			incomingLabel: recordLabel(m),
			localId: mine.id,
			localLabel: recordLabel(mine),
			reason: 'code',
			forced: true
		});
	}
	return { aliases, forced };
}

// ---------------------------------------------------------------- dangling references

/**
 * References that would point nowhere after the import: from the file's
 * records to records neither side has (a partial or person-free export), and
 * from this device's records to records the file deletes.
 */
function findDangling(
	items: PlanItem[],
	localIndex: Map<EntityName, Map<string, AnyEntity>>
): DanglingReference[] {
	const incoming: Partial<Record<EntityName, AnyEntity[]>> = {};
	const deleted = new Map<EntityName, Set<string>>();
	const arriving = new Map<EntityName, Set<string>>();
	for (const i of items) {
		if (i.kind === 'unchanged' || i.kind === 'older') continue;
		if (i.remote.deletedAt) {
			if (i.local && !i.local.deletedAt) {
				const s = deleted.get(i.entity) ?? new Set();
				s.add(i.id);
				deleted.set(i.entity, s);
			}
			continue;
		}
		(incoming[i.entity] ??= []).push(i.remote);
		const s = arriving.get(i.entity) ?? new Set();
		s.add(i.id);
		arriving.set(i.entity, s);
	}
	const liveHere = (n: EntityName, id: string) => {
		if (deleted.get(n)?.has(id)) return false;
		const r = localIndex.get(n)!.get(id);
		return !!r && !r.deletedAt;
	};
	const out = danglingReferences(incoming as Partial<DataSet>, liveHere);
	if (!deleted.size) return out;
	// This device's own records that point at something the file deletes.
	for (const ref of REFERENCES) {
		const gone = deleted.get(ref.to);
		if (!gone) continue;
		for (const r of localIndex.get(ref.from)!.values()) {
			if (r.deletedAt || arriving.get(ref.from)?.has(r.id) || deleted.get(ref.from)?.has(r.id))
				continue;
			for (const target of idsOf(r, ref))
				if (gone.has(target))
					out.push({
						entity: ref.from,
						id: r.id,
						field: ref.list ? `${ref.list}.${ref.field}` : ref.field,
						to: ref.to,
						missingId: target
					});
		}
	}
	return out;
}

// ---------------------------------------------------------------- field view

export interface FieldDiff {
	field: string;
	mine: unknown;
	theirs: unknown;
}
const META = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/** The fields whose values differ between the two copies. */
export function fieldDiffs(mine: object | undefined, theirs: object): FieldDiff[] {
	const a = (mine ?? {}) as Record<string, unknown>;
	const b = theirs as Record<string, unknown>;
	const fields = uniq([...Object.keys(a), ...Object.keys(b)]).filter((f) => !META.has(f));
	return fields
		.filter((f) => canonicalJson(a[f] ?? null) !== canonicalJson(b[f] ?? null))
		.map((f) => ({ field: f, mine: a[f], theirs: b[f] }));
}
