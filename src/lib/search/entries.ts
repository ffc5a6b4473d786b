/**
 * The directory's slim view of a record: what a result row shows and what the
 * filters test, kept in memory for every organisation, service and person
 * (the full records stay in IndexedDB). Facets that come from related records
 * (an organisation's themes are its services' themes, a person's are those of
 * the services they are the contact for) are derived in `deriveFacets`.
 */
import type { Organisation, Person, Service } from '$lib/domain/entities';
import type { Sector } from '$lib/domain/fields';
import { isLive } from '$lib/domain/records';

export const ENTRY_TYPES = ['services', 'organisations', 'persons'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export interface Entry {
	id: string;
	type: EntryType;
	name: string;
	/** Organisation of a service or person. */
	orgId?: string;
	orgName?: string;
	sector?: Sector;
	/** A person's job title. */
	title?: string;
	/** A person's job description, shortened for the result card. */
	job?: string;
	email?: string;
	phone?: string;
	/** The record's own service area (empty: not bound to an area). */
	municipalityIds: string[];
	familyCentreIds: string[];
	themes: string[];
	targetGroups: string[];
	languages: string[];
	kind?: Service['kind'];
	status?: Service['status'];
	free?: boolean;
	minAge?: number;
	maxAge?: number;
	/** Services: their contact persons (to derive the persons' facets). */
	contactPersonIds?: string[];
	fictional?: boolean;
}

/** An entry's facets with those derived from related records, ready for filtering (short arrays). */
export interface Facets {
	municipalityIds: string[];
	familyCentreIds: string[];
	regionIds: string[];
	themes: string[];
	targetGroups: string[];
	languages: string[];
	/** No municipality at all: national, online or phone. */
	areaFree: boolean;
}

export interface PlaceInfo {
	municipalities: Map<string, { name: string; regionId?: string }>;
	familyCentres: Map<string, { name: string; regionId?: string }>;
	/** The family centres covering each municipality, and those a person is the liaison of. */
	centresOfMunicipality: Map<string, string[]>;
	centresOfPerson: Map<string, string[]>;
}

type Named = { id: string; name: string; regionId?: string; deletedAt?: string };

export function placeInfo(
	municipalities: readonly Named[],
	familyCentres: readonly (Named & { municipalityIds: string[]; contactPersonIds: string[] })[]
): PlaceInfo {
	const live = <T extends { deletedAt?: string }>(xs: readonly T[]) => xs.filter(isLive);
	const push = (m: Map<string, string[]>, k: string, v: string) => {
		const list = m.get(k);
		if (list) list.push(v);
		else m.set(k, [v]);
	};
	const info: PlaceInfo = {
		municipalities: new Map(
			live(municipalities).map((m) => [m.id, { name: m.name, regionId: m.regionId }])
		),
		familyCentres: new Map(
			live(familyCentres).map((f) => [f.id, { name: f.name, regionId: f.regionId }])
		),
		centresOfMunicipality: new Map(),
		centresOfPerson: new Map()
	};
	for (const f of live(familyCentres)) {
		for (const m of f.municipalityIds) push(info.centresOfMunicipality, m, f.id);
		for (const p of f.contactPersonIds) push(info.centresOfPerson, p, f.id);
	}
	return info;
}

const JOB_SHOWN = 160;
const shorten = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

export function organisationEntry(o: Organisation): Entry {
	return {
		id: o.id,
		type: 'organisations',
		name: o.name,
		sector: o.sector,
		...(o.email ? { email: o.email } : {}),
		...(o.phone ? { phone: o.phone } : {}),
		municipalityIds: o.municipalityIds,
		familyCentreIds: [],
		themes: [],
		targetGroups: [],
		languages: []
	};
}

export function serviceEntry(s: Service, org?: Pick<Organisation, 'name' | 'sector'>): Entry {
	return {
		id: s.id,
		type: 'services',
		name: s.name,
		orgId: s.organisationId,
		...(org ? { orgName: org.name, sector: org.sector } : {}),
		...(s.email ? { email: s.email } : {}),
		...(s.phone ? { phone: s.phone } : {}),
		municipalityIds: s.municipalityIds,
		familyCentreIds: s.familyCentreIds,
		themes: s.themes,
		targetGroups: s.targetGroups,
		languages: s.languages,
		kind: s.kind,
		status: s.status,
		free: s.free,
		...(s.minAge !== undefined ? { minAge: s.minAge } : {}),
		...(s.maxAge !== undefined ? { maxAge: s.maxAge } : {}),
		contactPersonIds: s.contactPersonIds
	};
}

export function personEntry(p: Person, org?: Pick<Organisation, 'name' | 'sector'>): Entry {
	return {
		id: p.id,
		type: 'persons',
		name: p.name,
		...(p.organisationId ? { orgId: p.organisationId } : {}),
		...(org ? { orgName: org.name, sector: org.sector } : {}),
		...(p.title ? { title: p.title } : {}),
		...(p.jobDescription ? { job: shorten(p.jobDescription, JOB_SHOWN) } : {}),
		...(p.email ? { email: p.email } : {}),
		...(p.phone ? { phone: p.phone } : {}),
		municipalityIds: [],
		familyCentreIds: [],
		themes: [],
		targetGroups: [],
		languages: p.languages,
		fictional: p.fictional
	};
}

/**
 * Facets of one entry. A service's family centres are its own, or else those
 * covering its municipalities; an organisation also takes its services' areas,
 * themes, target groups and languages; a person takes their organisation's
 * area and the services they are the contact for.
 */
export function deriveFacets(
	e: Entry,
	places: PlaceInfo,
	related: { orgOf: (id: string) => Entry | undefined; servicesOf: (e: Entry) => Entry[] }
): Facets {
	const munis = new Set(e.municipalityIds);
	const fcs = new Set(e.familyCentreIds);
	const themes = new Set(e.themes);
	const groups = new Set(e.targetGroups);
	const langs = new Set(e.languages);
	const services = related.servicesOf(e);
	for (const s of services) {
		for (const m of s.municipalityIds) munis.add(m);
		for (const f of s.familyCentreIds) fcs.add(f);
		for (const t of s.themes) themes.add(t);
		for (const g of s.targetGroups) groups.add(g);
		if (e.type === 'organisations') for (const l of s.languages) langs.add(l);
	}
	if (e.type === 'persons' && e.orgId) {
		const org = related.orgOf(e.orgId);
		if (org) for (const m of org.municipalityIds) munis.add(m);
	}
	if (e.type !== 'services' || fcs.size === 0)
		for (const m of munis) for (const f of places.centresOfMunicipality.get(m) ?? []) fcs.add(f);
	if (e.type === 'persons') for (const f of places.centresOfPerson.get(e.id) ?? []) fcs.add(f);
	const regions = new Set<string>();
	for (const m of munis) {
		const r = places.municipalities.get(m)?.regionId;
		if (r) regions.add(r);
	}
	for (const f of fcs) {
		const r = places.familyCentres.get(f)?.regionId;
		if (r) regions.add(r);
	}
	return {
		municipalityIds: [...munis],
		familyCentreIds: [...fcs],
		regionIds: [...regions],
		themes: [...themes],
		targetGroups: [...groups],
		languages: [...langs],
		areaFree: e.municipalityIds.length === 0 && (e.type !== 'persons' || munis.size === 0)
	};
}
