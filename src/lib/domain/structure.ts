/**
 * The network's structure as one tree, for the map and its text alternative:
 * province → its bodies and regions → a region's bodies and family centres →
 * a family centre's bodies → the organisations (or named groups, e.g. "the
 * area's families") that sit in each body through a current membership.
 * An organisation sitting in several bodies appears under each of them.
 * Pure; the caller gives `today` and the province's label.
 */
import type { Body, FamilyCentre, Meeting, Membership, Organisation, Region } from './entities';
import { BODY_KINDS, type BODY_LEVELS } from './entities';
import { REPRESENTATION, type Representation } from './fields';
import { fiCollator, isLive } from './records';
import { coverageOf, fills, memberCategory, termState } from './rules/representation';

export type StructureKind =
	'province' | 'region' | 'familyCentre' | 'body' | 'organisation' | 'group';

export interface StructureNode {
	/** Unique within the tree (an organisation under two bodies has two keys). */
	key: string;
	kind: StructureKind;
	/** The record shown, when there is one (not for the province or a named group). */
	refId?: string;
	label: string;
	/** An organisation's sector, a named group's category. */
	sector?: Representation;
	/** A body's kind and level. */
	body?: Pick<Body, 'kind' | 'level' | 'status'>;
	/** A body's required seats that are not filled (restricted to the sector filter). */
	gaps?: Representation[];
	children: StructureNode[];
}

export interface StructureInput {
	regions: readonly Region[];
	familyCentres: readonly FamilyCentre[];
	bodies: readonly Body[];
	memberships: readonly Membership[];
	organisations: readonly Pick<Organisation, 'id' | 'name' | 'sector' | 'deletedAt'>[];
	meetings?: readonly Pick<Meeting, 'bodyId' | 'start' | 'deletedAt'>[];
}

export interface StructureFilter {
	/** Only this region's part of the network (the province's own bodies are left out). */
	regionId?: string;
	/** Only organisations and groups of this sector; only gaps in it. */
	sector?: Representation;
	/** Show bodies that have ended too. */
	includeEnded?: boolean;
}

const live = <T extends { deletedAt?: string }>(xs: readonly T[]) => xs.filter(isLive);
const byName = <T extends { label: string }>(a: T, b: T) => fiCollator.compare(a.label, b.label);
/** The province's own bodies before national ones; then steering before other kinds. */
const LEVEL_RANK: Record<(typeof BODY_LEVELS)[number], number> = {
	provincial: 0,
	national: 1,
	regional: 2,
	local: 3
};
const bodyOrder = (a: Body, b: Body) =>
	LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
	BODY_KINDS.indexOf(a.kind) - BODY_KINDS.indexOf(b.kind) ||
	fiCollator.compare(a.name, b.name);

export function networkStructure(
	input: StructureInput,
	provinceLabel: string,
	today: string,
	filter: StructureFilter = {}
): StructureNode {
	const orgs = new Map(live(input.organisations).map((o) => [o.id, o]));
	const sectorOf = (id: string) => orgs.get(id)?.sector;
	const bodies = live(input.bodies)
		.filter((b) => filter.includeEnded || b.status === 'active')
		.sort(bodyOrder);
	const memberships = live(input.memberships);
	const coverage = coverageOf(bodies, memberships, input.meetings ?? [], sectorOf, today);
	const membersOf = new Map<string, Membership[]>();
	for (const m of memberships) membersOf.set(m.bodyId, [...(membersOf.get(m.bodyId) ?? []), m]);

	const sectorMatch = (c: Representation | undefined) =>
		!filter.sector || (c !== undefined && fills(c, filter.sector));

	const bodyNode = (b: Body): StructureNode => {
		const key = `body:${b.id}`;
		const leaves = new Map<string, StructureNode>();
		for (const m of membersOf.get(b.id) ?? []) {
			if (termState(m, today) !== 'current') continue;
			const category = memberCategory(m, sectorOf);
			const org = m.representsOrganisationId ? orgs.get(m.representsOrganisationId) : undefined;
			if (org) {
				if (!sectorMatch(org.sector) || leaves.has(org.id)) continue;
				leaves.set(org.id, {
					key: `${key}/org:${org.id}`,
					kind: 'organisation',
					refId: org.id,
					label: org.name,
					sector: org.sector,
					children: []
				});
			} else if (m.representsText) {
				const text = m.representsText.trim();
				if (!sectorMatch(category) || leaves.has(`text:${text}`)) continue;
				leaves.set(`text:${text}`, {
					key: `${key}/group:${text}`,
					kind: 'group',
					label: text,
					...(category ? { sector: category } : {}),
					children: []
				});
			}
		}
		const rank = (n: StructureNode) => (n.sector ? REPRESENTATION.indexOf(n.sector) : 99);
		const gaps = (coverage.get(b.id)?.gaps ?? [])
			.map((g) => g.category)
			.filter((c) => !filter.sector || c === filter.sector);
		return {
			key,
			kind: 'body',
			refId: b.id,
			label: b.name,
			body: { kind: b.kind, level: b.level, status: b.status },
			gaps,
			children: [...leaves.values()].sort((x, y) => rank(x) - rank(y) || byName(x, y))
		};
	};

	const fcs = live(input.familyCentres);
	const regions = live(input.regions);
	const fcIds = new Set(fcs.map((f) => f.id));
	const regionIds = new Set(regions.map((r) => r.id));
	const placed = new Set<string>();
	const take = (pred: (b: Body) => boolean) =>
		bodies.filter((b) => !placed.has(b.id) && pred(b)).map((b) => (placed.add(b.id), bodyNode(b)));

	const fcNode = (fc: FamilyCentre): StructureNode => ({
		key: `familyCentre:${fc.id}`,
		kind: 'familyCentre',
		refId: fc.id,
		label: fc.name,
		children: take((b) => b.familyCentreId === fc.id)
	});
	const regionNode = (r: Region): StructureNode => {
		const centres = fcs
			.filter((f) => f.regionId === r.id)
			.map(fcNode)
			.sort(byName);
		const own = take(
			(b) => b.regionId === r.id && (!b.familyCentreId || !fcIds.has(b.familyCentreId))
		);
		return {
			key: `region:${r.id}`,
			kind: 'region',
			refId: r.id,
			label: r.name,
			children: [...own, ...centres]
		};
	};

	const shownRegions = regions
		.filter((r) => !filter.regionId || r.id === filter.regionId)
		.map(regionNode)
		.sort(byName);
	let loose: StructureNode[] = [];
	let provincial: StructureNode[] = [];
	if (!filter.regionId) {
		// Family centres with no region, and bodies placed nowhere else, sit under the province.
		loose = fcs
			.filter((f) => !f.regionId || !regionIds.has(f.regionId))
			.map(fcNode)
			.sort(byName);
		provincial = take(() => true);
	}
	return {
		key: 'province',
		kind: 'province',
		label: provinceLabel,
		children: [...provincial, ...shownRegions, ...loose]
	};
}

/** Every node in pre-order, with its depth. */
export function flatten(root: StructureNode): { node: StructureNode; depth: number }[] {
	const out: { node: StructureNode; depth: number }[] = [];
	const walk = (n: StructureNode, depth: number) => {
		out.push({ node: n, depth });
		for (const c of n.children) walk(c, depth + 1);
	};
	walk(root, 0);
	return out;
}
