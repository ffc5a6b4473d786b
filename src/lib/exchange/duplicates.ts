/**
 * Possible duplicates: a record new to this device that may be one it already
 * has under another id (same Y-tunnus, same name and area, same e-mail). The
 * user chooses which to merge; resolve.ts does the merging.
 */
import { ENTITY_NAMES, type AnyEntity, type EntityName } from '$lib/domain/entities';
import { fiCollator } from '$lib/domain/records';
import { recordLabel } from './labels';
import { itemKey, type Duplicate, type DuplicateReason, type PlanItem } from './plan';

const norm = (s: string | undefined) =>
	(s ?? '').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();
const sameArea = (a: readonly string[] = [], b: readonly string[] = []) =>
	(a.length === 0 && b.length === 0) || a.some((x) => b.includes(x));

type Rec = Record<string, unknown> & AnyEntity;
/** How two records of an entity may be the same thing under different ids. */
const MATCHERS: Partial<Record<EntityName, (a: Rec, b: Rec) => DuplicateReason | undefined>> = {
	organisations: (a, b) =>
		a.businessId && a.businessId === b.businessId
			? 'businessId'
			: norm(a.name as string) === norm(b.name as string) &&
				  sameArea(a.municipalityIds as string[], b.municipalityIds as string[])
				? 'name'
				: undefined,
	services: (a, b) =>
		norm(a.name as string) === norm(b.name as string) &&
		a.organisationId === b.organisationId &&
		sameArea(a.municipalityIds as string[], b.municipalityIds as string[])
			? 'name'
			: undefined,
	persons: (a, b) =>
		a.email && norm(a.email as string) === norm(b.email as string)
			? 'email'
			: norm(a.name as string) === norm(b.name as string) &&
				  (a.organisationId ?? '') === (b.organisationId ?? '')
				? 'name'
				: undefined,
	familyCentres: (a, b) => (norm(a.name as string) === norm(b.name as string) ? 'name' : undefined),
	regions: (a, b) => (norm(a.name as string) === norm(b.name as string) ? 'name' : undefined),
	bodies: (a, b) =>
		norm(a.name as string) === norm(b.name as string) && a.level === b.level ? 'name' : undefined,
	knowledgeSources: (a, b) =>
		norm(a.name as string) === norm(b.name as string) ? 'name' : undefined
};
/** The field the candidates are looked up by (an exact match is then confirmed by MATCHERS). */
const LOOKUP: Partial<Record<EntityName, (r: Rec) => string[]>> = {
	organisations: (r) => [`n:${norm(r.name as string)}`, r.businessId ? `b:${r.businessId}` : ''],
	persons: (r) => [`n:${norm(r.name as string)}`, r.email ? `e:${norm(r.email as string)}` : '']
};
const lookupKeys = (n: EntityName, r: Rec) =>
	(LOOKUP[n]?.(r) ?? [`n:${norm(r.name as string)}`]).filter(Boolean);

/** New records that may be the same as an existing one under another id. */
export function findDuplicates(
	items: PlanItem[],
	localIndex: Map<EntityName, Map<string, AnyEntity>>
): Duplicate[] {
	const out: Duplicate[] = [];
	const incomingIds = new Set(items.map(itemKey));
	for (const n of ENTITY_NAMES) {
		const match = MATCHERS[n];
		if (!match) continue;
		const fresh = items.filter((i) => i.entity === n && i.kind === 'new' && !i.remote.deletedAt);
		if (!fresh.length) continue;
		const byKey = new Map<string, Rec[]>();
		for (const r of localIndex.get(n)!.values()) {
			if (r.deletedAt) continue;
			if (incomingIds.has(itemKey({ entity: n, id: r.id }))) continue;
			for (const k of lookupKeys(n, r as Rec)) {
				const list = byKey.get(k) ?? [];
				list.push(r as Rec);
				byKey.set(k, list);
			}
		}
		for (const item of fresh) {
			const r = item.remote as Rec;
			const candidates = lookupKeys(n, r).flatMap((k) => byKey.get(k) ?? []);
			let found: { local: Rec; reason: DuplicateReason } | undefined;
			for (const c of candidates) {
				const reason = match(r, c);
				if (reason && (!found || reason !== 'name')) found = { local: c, reason };
			}
			if (found)
				out.push({
					entity: n,
					incomingId: r.id,
					incomingLabel: recordLabel(r),
					localId: found.local.id,
					localLabel: recordLabel(found.local),
					reason: found.reason,
					forced: false
				});
		}
	}
	return out.sort(
		(a, b) =>
			ENTITY_NAMES.indexOf(a.entity) - ENTITY_NAMES.indexOf(b.entity) ||
			fiCollator.compare(a.incomingLabel, b.incomingLabel)
	);
}
