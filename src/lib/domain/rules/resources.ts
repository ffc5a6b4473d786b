/**
 * Who brings what to the family centre: in-kind contributions counted by the
 * contributing organisation's sector and the kind of contribution. Pure.
 */
import type { Organisation } from '../entities/organisation';
import type { ResourceContribution } from '../entities/resourceContribution';
import { CONTRIBUTION_KINDS } from '../entities/resourceContribution';
import { SECTORS, type Sector } from '../fields';

type Kind = (typeof CONTRIBUTION_KINDS)[number];

export interface ContributionFilter {
	kind?: Kind;
	sector?: Sector;
	familyCentreId?: string;
	year?: number;
}

export function filterContributions(
	list: readonly ResourceContribution[],
	organisations: ReadonlyMap<string, Pick<Organisation, 'sector'>>,
	f: ContributionFilter
): ResourceContribution[] {
	return list.filter(
		(c) =>
			!c.deletedAt &&
			(!f.kind || c.kind === f.kind) &&
			(!f.sector || organisations.get(c.organisationId)?.sector === f.sector) &&
			(!f.familyCentreId || c.familyCentreId === f.familyCentreId) &&
			(f.year === undefined || c.year === f.year)
	);
}

export interface SectorRow {
	sector: Sector;
	byKind: Record<Kind, number>;
	total: number;
}

/** One row per sector that contributes anything, in the sector list's order. */
export function contributionsBySector(
	list: readonly ResourceContribution[],
	organisations: ReadonlyMap<string, Pick<Organisation, 'sector'>>
): { rows: SectorRow[]; totals: Record<Kind, number>; total: number } {
	const zero = () =>
		Object.fromEntries(CONTRIBUTION_KINDS.map((k) => [k, 0])) as Record<Kind, number>;
	const rows = new Map<Sector, SectorRow>();
	const totals = zero();
	let total = 0;
	for (const c of list) {
		if (c.deletedAt) continue;
		const sector = organisations.get(c.organisationId)?.sector ?? 'other';
		let row = rows.get(sector);
		if (!row) rows.set(sector, (row = { sector, byKind: zero(), total: 0 }));
		row.byKind[c.kind]++;
		row.total++;
		totals[c.kind]++;
		total++;
	}
	return { rows: SECTORS.filter((s) => rows.has(s)).map((s) => rows.get(s)!), totals, total };
}
