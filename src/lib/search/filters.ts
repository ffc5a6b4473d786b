/**
 * The directory's filters: one value per facet, all of them optional, as they
 * travel in the URL, between the page and the search worker, and into the
 * referral view. Parsed with zod at those edges.
 */
import { z } from 'zod';
import { id, language, sector, targetGroup, theme } from '$lib/domain/fields';
import { SERVICE_KINDS, SERVICE_STATUSES } from '$lib/domain/entities';
import { ENTRY_TYPES, type Entry, type Facets } from './entries';

export const filtersSchema = z.object({
	municipalityId: id.optional(),
	familyCentreId: id.optional(),
	regionId: id.optional(),
	sector: sector.optional(),
	targetGroup: targetGroup.optional(),
	theme: theme.optional(),
	language: language.optional(),
	kind: z.enum(SERVICE_KINDS).optional(),
	status: z.enum(SERVICE_STATUSES).optional(),
	free: z.boolean().optional(),
	age: z.number().int().min(0).max(120).optional(),
	/** With an area filter: also national, online and phone services (no municipality). */
	areaFree: z.boolean().optional()
});
export type Filters = z.infer<typeof filtersSchema>;

export const querySchema = z.object({
	text: z.string().max(200),
	type: z.enum([...ENTRY_TYPES, 'all']),
	filters: filtersSchema,
	sort: z.enum(['relevance', 'name'])
});
export type DirectoryQuery = z.infer<typeof querySchema>;

/** Filters that only services have: set any of them and organisations and persons drop out. */
export const SERVICE_ONLY = ['kind', 'status', 'free', 'age'] as const;

export const hasFilters = (f: Filters) => Object.values(f).some((v) => v !== undefined);

export function matches(e: Entry, f: Facets, filters: Filters): boolean {
	if (e.type !== 'services' && SERVICE_ONLY.some((k) => filters[k] !== undefined)) return false;
	const areaFreeOk = filters.areaFree !== false && f.areaFree;
	if (filters.municipalityId && !f.municipalityIds.includes(filters.municipalityId) && !areaFreeOk)
		return false;
	if (filters.familyCentreId && !f.familyCentreIds.includes(filters.familyCentreId) && !areaFreeOk)
		return false;
	if (filters.regionId && !f.regionIds.includes(filters.regionId) && !areaFreeOk) return false;
	if (filters.sector && e.sector !== filters.sector) return false;
	if (filters.theme && !f.themes.includes(filters.theme)) return false;
	if (
		filters.targetGroup &&
		!f.targetGroups.includes(filters.targetGroup) &&
		!f.targetGroups.includes('all_families')
	)
		return false;
	if (filters.language && !f.languages.includes(filters.language)) return false;
	if (filters.kind && e.kind !== filters.kind) return false;
	if (filters.status && e.status !== filters.status) return false;
	if (filters.free && e.free !== true) return false;
	if (filters.age !== undefined) {
		if (e.minAge !== undefined && filters.age < e.minAge) return false;
		if (e.maxAge !== undefined && filters.age > e.maxAge) return false;
	}
	return true;
}

/** Filters from URL search parameters; unknown or invalid values are dropped, not fatal. */
export function filtersFromParams(p: URLSearchParams): Filters {
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(filtersSchema.shape) as (keyof Filters)[]) {
		const raw = p.get(key);
		if (raw === null || raw === '') continue;
		const value =
			key === 'free' || key === 'areaFree'
				? raw === '1'
					? true
					: raw === '0'
						? false
						: undefined
				: key === 'age'
					? Number(raw)
					: raw;
		const parsed = filtersSchema.shape[key].safeParse(value);
		if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
	}
	return out as Filters;
}

export function filtersToParams(f: Filters, p = new URLSearchParams()): URLSearchParams {
	for (const [k, v] of Object.entries(f)) {
		if (v === undefined || v === '') continue;
		p.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
	}
	return p;
}
