/**
 * Checked rows and the user's review decisions → the records an import
 * writes, in the shape of a sharing file, so the spreadsheet goes through the
 * same plan, apply, history and undo as a colleague's JSON file. A record the
 * rows change is a new version of the stored one whose history descends from
 * it (the plan sees a change, never a conflict); a record they leave as it is
 * comes out unchanged. Pure: the clock is a parameter.
 */
import {
	entitySchemas,
	type AnyEntity,
	type DataSet,
	type EntityName,
	type Membership
} from '$lib/domain/entities';
import type { Sector } from '$lib/domain/fields';
import { createRecord, updateRecord, type Clock } from '$lib/domain/records';
import { contentHash, stateHash } from '$lib/exchange/hash';
import type { SyncSection } from '$lib/exchange/format';
import {
	ENTITY_OF,
	PARTS,
	partKey,
	type MatchResult,
	type PartName,
	type Target
} from './duplicates';
import type { ParsedRow, RowPart } from './rows';

export type ReviewAction = 'merge' | 'new' | 'skip';
export interface ReviewDecision {
	action: ReviewAction;
	/** For a merge, where both have a value: whose value is kept (the file's when not said). */
	fields?: Record<string, 'existing' | 'file'>;
}
export type ReviewDecisions = Record<string, ReviewDecision>;

export interface BuildOptions {
	/** Whether to create the organisations rows name but that do not exist (MatchResult.newOrganisations). */
	createOrganisations: boolean;
	defaultSector: Sector;
	clock: Clock;
}

export interface LocalRecords {
	organisations: AnyEntity[];
	persons: AnyEntity[];
	services: AnyEntity[];
	memberships: Membership[];
}

export interface Built {
	data: Partial<DataSet>;
	sync: SyncSection;
	/** Rows whose person or service could not be imported (no organisation, when it was declined). */
	leftOut: number;
}

/** Thrown when a candidate has no decision: the review must be finished first. */
export class ReviewUnfinished extends Error {
	constructor(readonly count: number) {
		super(`${count} candidates undecided`);
		this.name = 'ReviewUnfinished';
	}
}

const DEFAULTS: Record<PartName, (o: BuildOptions) => Record<string, unknown>> = {
	organisation: (o) => ({ sector: o.defaultSector, municipalityIds: [] }),
	person: () => ({ responsibilities: [], languages: [], fictional: false }),
	service: () => ({
		kind: 'other',
		status: 'active',
		targetGroups: [],
		themes: [],
		languages: [],
		municipalityIds: [],
		familyCentreIds: [],
		deliveryMode: 'in_person',
		schedules: [],
		free: true,
		contactPersonIds: []
	})
};

interface Working {
	entity: EntityName;
	local?: AnyEntity;
	/** A record made by this import (not stored yet). */
	fresh?: Record<string, unknown>;
	changes: Record<string, unknown>;
}

export function buildRecords(
	rows: readonly ParsedRow[],
	match: MatchResult,
	decisions: ReviewDecisions,
	local: LocalRecords,
	options: BuildOptions
): Built {
	const undecided = match.candidates.filter((c) => !decisions[c.key]).length;
	if (undecided) throw new ReviewUnfinished(undecided);
	const candidates = new Map(match.candidates.map((c) => [c.key, c]));
	const newOrgRows = new Set(match.newOrganisations.map((n) => n.row));
	const byId = new Map<string, AnyEntity>();
	for (const n of ['organisations', 'persons', 'services'] as const)
		for (const r of local[n]) byId.set(r.id, r);
	const working = new Map<string, Working>();
	/** Each row part's record id; null: not imported (skipped, or its organisation declined). */
	const resolved = new Map<string, string | null>();
	let leftOut = 0;

	const targetId = (part: PartName, t: Target): string | null | undefined =>
		'existing' in t ? t.existing : resolved.get(partKey(part, t.row));
	const workOn = (entity: EntityName, id: string): Working => {
		let w = working.get(id);
		if (!w) {
			w = { entity, local: byId.get(id), changes: {} };
			working.set(id, w);
		}
		return w;
	};
	/** A field's value as the import leaves it so far (read, not copied: a row may touch it 10,000 times). */
	const valueOf = (w: Working, f: string): unknown =>
		f in w.changes
			? w.changes[f]
			: (w.fresh ?? (w.local as Record<string, unknown> | undefined))?.[f];
	const blank = (v: unknown) => v === undefined || v === '';
	const create = (part: PartName, fields: Record<string, unknown>, id?: string): string => {
		const rec = createRecord(
			{ ...DEFAULTS[part](options), ...fields, ...(id ? { id } : {}) } as never,
			options.clock
		) as unknown as Record<string, unknown>;
		working.set(rec.id as string, { entity: ENTITY_OF[part], fresh: rec, changes: {} });
		return rec.id as string;
	};

	for (const part of PARTS)
		for (const r of rows) {
			const p = r[part] as RowPart<Record<string, unknown>> | undefined;
			if (!p) continue;
			const key = partKey(part, r.row);
			const fields: Record<string, unknown> = { ...p.fields };
			if (part !== 'organisation' && r.organisation) {
				const org = resolved.get(partKey('organisation', r.row));
				if (org) fields.organisationId = org;
				else if (part === 'service') {
					// A service cannot be without its organisation.
					resolved.set(key, null);
					leftOut++;
					continue;
				}
			}
			const link = match.links.get(key);
			const candidate = candidates.get(key);
			if (link) {
				const id = targetId(part, link);
				if (id === null) {
					resolved.set(key, null);
					continue;
				}
				if (id && (byId.has(id) || working.has(id))) {
					// A row with the record's id says what it is now; a row that only
					// matched says nothing new (its values equal, as names are compared), so it only fills blanks.
					const w = workOn(ENTITY_OF[part], id);
					for (const f in fields) if (p.id || blank(valueOf(w, f))) w.changes[f] = fields[f];
					resolved.set(key, id);
				} else resolved.set(key, create(part, fields, p.id ?? id));
				continue;
			}
			if (candidate) {
				const d = decisions[key];
				const id = targetId(part, candidate.target);
				if (d.action === 'skip' || (d.action === 'merge' && id === null)) {
					// Skipped: nothing written; the row's people still belong to the organisation it named.
					resolved.set(key, part === 'organisation' ? (id ?? null) : null);
					continue;
				}
				if (d.action === 'merge' && id) {
					const w = workOn(ENTITY_OF[part], id);
					for (const f in fields)
						if (blank(valueOf(w, f)) || (d.fields?.[f] ?? 'file') === 'file')
							w.changes[f] = fields[f];
					resolved.set(key, id);
					continue;
				}
				resolved.set(key, create(part, fields));
				continue;
			}
			if (part === 'organisation' && newOrgRows.has(r.row) && !options.createOrganisations) {
				resolved.set(key, null);
				continue;
			}
			resolved.set(key, create(part, fields, p.id));
		}

	// Group memberships: a seat the person already has is not added again.
	const seats = new Map<string, Membership>();
	for (const m of local.memberships)
		if (!m.deletedAt && !m.termEnd) seats.set(`${m.personId}|${m.bodyId}`, m);
	for (const r of rows) {
		if (!r.membership) continue;
		const personId = resolved.get(partKey('person', r.row));
		if (!personId) continue;
		const seat = `${personId}|${r.membership.bodyId}`;
		const had = seats.get(seat);
		if (had) {
			if (had.role !== r.membership.role) {
				const w = workOn('memberships', had.id);
				w.local ??= had as unknown as AnyEntity;
				w.changes.role = r.membership.role;
			}
			continue;
		}
		const rec = createRecord(
			{ bodyId: r.membership.bodyId, personId, role: r.membership.role } as never,
			options.clock
		) as unknown as Membership;
		seats.set(seat, rec);
		working.set(rec.id, { entity: 'memberships', fresh: rec as never, changes: {} });
	}

	const data: Partial<Record<EntityName, AnyEntity[]>> = {};
	const sync: SyncSection = { ancestry: {}, withheld: {} };
	for (const [id, w] of working) {
		let record: AnyEntity;
		if (w.fresh) record = { ...w.fresh, ...w.changes } as AnyEntity;
		else {
			const next = { ...w.local!, ...w.changes } as AnyEntity;
			if (contentHash(next) === contentHash(w.local!)) record = w.local!;
			else {
				record = updateRecord(w.local!, w.changes as never, options.clock);
				// The new version descends from the stored one: the plan sees a change.
				(sync.ancestry[w.entity] ??= {})[id] = [stateHash(w.local!)];
			}
		}
		(data[w.entity] ??= []).push(entitySchemas[w.entity].parse(record) as AnyEntity);
	}
	return { data: data as Partial<DataSet>, sync, leftOut };
}
