/**
 * What a partial export contains. A scope picks its core records (a region's
 * municipalities, family centres, organisations, services, bodies …). Then
 * what they need to be meaningful is added:
 * - every record a core record refers to (a service's contact persons, a
 *   membership's person, a round's themes and invited groups);
 * - from those, transitively, what a record cannot exist without (a service's
 *   organisation, a discussion's round) and the network's reference data
 *   (regions, municipalities, family centres, organisations, themes).
 * Other references out of the added records are left out (a visiting group's
 * coordinator, say) and are reported on import when the receiver lacks them.
 * What refers *to* an added record is never followed: adding a region's parent
 * steering group does not bring that group's members.
 *
 * Tombstones are selected by the same rules as live records (a deleted record
 * keeps its fields), so deletions inside the scope travel with it. References
 * are followed from live records only.
 */
import { ENTITY_NAMES, type DataSet, type EntityName, type EntityOf } from '$lib/domain/entities';
import { idsOf, REFERENCES } from '$lib/domain/references';
import type { Scope } from './format';

type Rec = EntityOf<EntityName>;
type Selection = Map<EntityName, Set<string>>;

const overlaps = (ids: readonly string[] | undefined, set: ReadonlySet<string>) =>
	!!ids && ids.some((i) => set.has(i));

/** The records a scope covers, tombstones included, in entity order. */
export function selectScope(data: DataSet, scope: Pick<Scope, 'kind' | 'id'>): Partial<DataSet> {
	if (scope.kind === 'all') return data;
	const picked: Selection = new Map(ENTITY_NAMES.map((n) => [n, new Set<string>()]));
	const pick = (n: EntityName, records: readonly Rec[]) => {
		const s = picked.get(n)!;
		for (const r of records) s.add(r.id);
	};
	const where = <N extends EntityName>(n: N, test: (r: EntityOf<N>) => boolean) =>
		(data[n] as EntityOf<N>[]).filter(test);

	switch (scope.kind) {
		case 'directory':
			for (const n of [
				'regions',
				'municipalities',
				'familyCentres',
				'organisations',
				'persons',
				'services'
			] as const)
				pick(n, data[n]);
			break;
		case 'region':
		case 'familyCentre': {
			const id = scope.id!;
			const region = scope.kind === 'region';
			const fc = region ? undefined : data.familyCentres.find((f) => f.id === id);
			const municipalities = new Set(
				region
					? where('municipalities', (m) => m.regionId === id).map((m) => m.id)
					: (fc?.municipalityIds ?? [])
			);
			const centres = new Set(
				region
					? where(
							'familyCentres',
							(f) => f.regionId === id || overlaps(f.municipalityIds, municipalities)
						).map((f) => f.id)
					: fc
						? [fc.id]
						: []
			);
			const orgs = where('organisations', (o) => overlaps(o.municipalityIds, municipalities));
			const orgIds = new Set(orgs.map((o) => o.id));
			const bodies = where('bodies', (b) =>
				region ? b.regionId === id || centres.has(b.familyCentreId ?? '') : b.familyCentreId === id
			);
			const bodyIds = new Set(bodies.map((b) => b.id));
			const rounds = region
				? where('assessmentRounds', (r) => r.regionIds.includes(id)).map((r) => r.id)
				: [];
			const roundIds = new Set(rounds);
			const goals = where('goals', (g) => roundIds.has(g.roundId));
			const goalIds = new Set(goals.map((g) => g.id));
			if (region)
				pick(
					'regions',
					where('regions', (r) => r.id === id)
				);
			pick(
				'municipalities',
				where('municipalities', (m) => municipalities.has(m.id))
			);
			pick(
				'familyCentres',
				where('familyCentres', (f) => centres.has(f.id))
			);
			pick('organisations', orgs);
			// Services in the area, and area-free ones (phone, online) of the area's organisations.
			pick(
				'services',
				where(
					'services',
					(s) =>
						overlaps(s.municipalityIds, municipalities) ||
						overlaps(s.familyCentreIds, centres) ||
						(s.municipalityIds.length === 0 && orgIds.has(s.organisationId))
				)
			);
			pick(
				'persons',
				where('persons', (p) => orgIds.has(p.organisationId ?? ''))
			);
			pick('bodies', bodies);
			pick(
				'memberships',
				where('memberships', (m) => bodyIds.has(m.bodyId))
			);
			pick(
				'meetings',
				where('meetings', (m) => bodyIds.has(m.bodyId ?? ''))
			);
			pick(
				'assessmentRounds',
				where('assessmentRounds', (r) => roundIds.has(r.id))
			);
			// A region-wide round's discussions by other regions' groups belong to them.
			pick(
				'discussions',
				where('discussions', (d) => bodyIds.has(d.bodyId))
			);
			pick('goals', goals);
			pick(
				'actions',
				where('actions', (a) => roundIds.has(a.roundId ?? '') || goalIds.has(a.goalId ?? ''))
			);
			pick(
				'resourceContributions',
				where(
					'resourceContributions',
					(c) => centres.has(c.familyCentreId ?? '') || bodyIds.has(c.bodyId ?? '')
				)
			);
			pick(
				'knowledgeSources',
				where('knowledgeSources', (k) => orgIds.has(k.ownerOrganisationId ?? ''))
			);
			break;
		}
		case 'body': {
			const id = scope.id!;
			pick(
				'bodies',
				where('bodies', (b) => b.id === id)
			);
			pick(
				'memberships',
				where('memberships', (m) => m.bodyId === id)
			);
			pick(
				'meetings',
				where('meetings', (m) => m.bodyId === id)
			);
			pick(
				'discussions',
				where('discussions', (d) => d.bodyId === id)
			);
			pick(
				'actions',
				where('actions', (a) => a.responsibleBodyId === id)
			);
			pick(
				'resourceContributions',
				where('resourceContributions', (c) => c.bodyId === id)
			);
			break;
		}
		case 'assessmentRound': {
			const id = scope.id!;
			const goals = where('goals', (g) => g.roundId === id);
			const goalIds = new Set(goals.map((g) => g.id));
			pick(
				'assessmentRounds',
				where('assessmentRounds', (r) => r.id === id)
			);
			pick(
				'discussions',
				where('discussions', (d) => d.roundId === id)
			);
			pick('goals', goals);
			pick(
				'actions',
				where('actions', (a) => a.roundId === id || goalIds.has(a.goalId ?? ''))
			);
			break;
		}
	}
	addReferenced(data, picked);
	const out: Partial<DataSet> = {};
	for (const n of ENTITY_NAMES) {
		const ids = picked.get(n)!;
		if (ids.size) (out[n] as Rec[]) = (data[n] as Rec[]).filter((r) => ids.has(r.id));
	}
	return out;
}

const REFERENCE_DATA = new Set<EntityName>([
	'regions',
	'municipalities',
	'familyCentres',
	'organisations',
	'assessmentThemes'
]);

/** Adds what the picked records refer to (see the rules at the top). */
function addReferenced(data: DataSet, picked: Selection) {
	const byId = new Map<EntityName, Map<string, Rec>>();
	const index = (n: EntityName) => {
		let m = byId.get(n);
		if (!m) byId.set(n, (m = new Map((data[n] as Rec[]).map((r) => [r.id, r]))));
		return m;
	};
	// [entity, record, whether it is a core record]
	const queue: [EntityName, Rec, boolean][] = [];
	for (const n of ENTITY_NAMES)
		for (const id of picked.get(n)!) {
			const r = index(n).get(id);
			if (r) queue.push([n, r, true]);
		}
	while (queue.length) {
		const [n, rec, core] = queue.pop()!;
		if (rec.deletedAt) continue;
		for (const ref of REFERENCES) {
			if (ref.from !== n || !(core || ref.required || REFERENCE_DATA.has(ref.to))) continue;
			for (const target of idsOf(rec, ref)) {
				const set = picked.get(ref.to)!;
				if (set.has(target)) continue;
				const t = index(ref.to).get(target);
				if (!t) continue;
				set.add(target);
				queue.push([ref.to, t, false]);
			}
		}
	}
}
