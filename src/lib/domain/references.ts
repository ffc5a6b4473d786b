/**
 * Every reference between records, in one registry: which field of which
 * entity points to which entity, whether it holds one id or a list, and
 * whether the record is meaningless without it. Deleting, erasing a person,
 * importing (missing targets) and merging all read this list, so a new
 * reference field is declared once, here.
 */
import type { DataSet, EntityName, EntityOf } from './entities';
import { isLive } from './records';

export interface Reference {
	from: EntityName;
	/** Field on the record, or on each item of `list` when set. */
	field: string;
	to: EntityName;
	many: boolean;
	/** The record (or list item) cannot exist without the target. */
	required: boolean;
	/** For references inside a list of sub-records, e.g. meetings.participants[].personId. */
	list?: string;
}

const one = (from: EntityName, field: string, to: EntityName, required = false): Reference => ({
	from,
	field,
	to,
	many: false,
	required
});
const many = (from: EntityName, field: string, to: EntityName): Reference => ({
	from,
	field,
	to,
	many: true,
	required: false
});
const inList = (
	from: EntityName,
	list: string,
	field: string,
	to: EntityName,
	required: boolean
): Reference => ({ from, list, field, to, many: false, required });

export const REFERENCES: readonly Reference[] = [
	one('municipalities', 'regionId', 'regions'),
	one('familyCentres', 'regionId', 'regions'),
	many('familyCentres', 'municipalityIds', 'municipalities'),
	many('familyCentres', 'contactPersonIds', 'persons'),
	many('organisations', 'municipalityIds', 'municipalities'),
	one('persons', 'organisationId', 'organisations'),
	one('services', 'organisationId', 'organisations', true),
	many('services', 'municipalityIds', 'municipalities'),
	many('services', 'familyCentreIds', 'familyCentres'),
	many('services', 'contactPersonIds', 'persons'),
	one('bodies', 'familyCentreId', 'familyCentres'),
	one('bodies', 'regionId', 'regions'),
	one('bodies', 'parentBodyId', 'bodies'),
	one('bodies', 'coordinatorPersonId', 'persons'),
	one('memberships', 'bodyId', 'bodies', true),
	one('memberships', 'personId', 'persons', true),
	one('memberships', 'representsOrganisationId', 'organisations'),
	one('memberships', 'deputyForId', 'memberships'),
	one('meetings', 'bodyId', 'bodies'),
	// A participant is a person: without the person the row goes, not the meeting.
	inList('meetings', 'participants', 'personId', 'persons', true),
	inList('meetings', 'followUps', 'ownerPersonId', 'persons', false),
	many('assessmentRounds', 'regionIds', 'regions'),
	many('assessmentRounds', 'focusThemeIds', 'assessmentThemes'),
	many('assessmentRounds', 'invitedBodyIds', 'bodies'),
	one('assessmentRounds', 'workshopMeetingId', 'meetings'),
	one('assessmentRounds', 'previousRoundId', 'assessmentRounds'),
	one('discussions', 'roundId', 'assessmentRounds', true),
	one('discussions', 'bodyId', 'bodies', true),
	one('discussions', 'themeId', 'assessmentThemes', true),
	one('goals', 'roundId', 'assessmentRounds', true),
	one('goals', 'themeId', 'assessmentThemes'),
	// A next step belongs to its goal and round: deleting either deletes the step too.
	one('actions', 'goalId', 'goals', true),
	one('actions', 'roundId', 'assessmentRounds', true),
	one('actions', 'responsibleOrganisationId', 'organisations'),
	one('actions', 'responsibleBodyId', 'bodies'),
	one('actions', 'responsiblePersonId', 'persons'),
	one('resourceContributions', 'organisationId', 'organisations', true),
	one('resourceContributions', 'familyCentreId', 'familyCentres'),
	one('resourceContributions', 'bodyId', 'bodies'),
	one('knowledgeSources', 'ownerOrganisationId', 'organisations')
];

/** The references that point at records of `to`. */
export const referencesTo = (to: EntityName) => REFERENCES.filter((r) => r.to === to);
/** The references a record of `from` holds. */
export const referencesFrom = (from: EntityName) => REFERENCES.filter((r) => r.from === from);

type Rec = Record<string, unknown>;

/** The ids a record holds through one reference. */
export function idsOf(record: object, ref: Reference): string[] {
	const r = record as Rec;
	const read = (o: Rec): string[] => {
		const v = o[ref.field];
		if (ref.many) return Array.isArray(v) ? (v as string[]) : [];
		return typeof v === 'string' ? [v] : [];
	};
	if (ref.list) return ((r[ref.list] as Rec[] | undefined) ?? []).flatMap(read);
	return read(r);
}

export const holds = (record: object, ref: Reference, id: string) =>
	idsOf(record, ref).includes(id);

/**
 * Whether removing `ref`'s pointer to the target leaves a valid record. A
 * required top-level reference cannot be removed: that record must be deleted
 * too, or pointed elsewhere. A required reference inside a list removes the item.
 */
export const isDetachable = (ref: Reference) => !ref.required || ref.list !== undefined;

/** A copy of `record` without its pointer(s) to `id` through `ref`. */
export function detach<T extends object>(record: T, ref: Reference, id: string): T {
	const r = { ...(record as Rec) };
	if (ref.list) {
		const items = (r[ref.list] as Rec[] | undefined) ?? [];
		r[ref.list] = ref.required
			? items.filter((it) => it[ref.field] !== id)
			: items.map((it) => {
					if (it[ref.field] !== id) return it;
					const copy = { ...it };
					delete copy[ref.field];
					return copy;
				});
	} else if (ref.many) {
		r[ref.field] = ((r[ref.field] as string[] | undefined) ?? []).filter((x) => x !== id);
	} else if (r[ref.field] === id) {
		if (ref.required) throw new Error(`${ref.from}.${ref.field} is required`);
		delete r[ref.field];
	}
	return r as T;
}

/** A copy of `record` pointing to `to` instead of `from` through `ref` (no duplicates in lists). */
export function repoint<T extends object>(record: T, ref: Reference, from: string, to: string): T {
	const r = { ...(record as Rec) };
	const swap = (ids: string[]) => [...new Set(ids.map((x) => (x === from ? to : x)))];
	if (ref.list) {
		r[ref.list] = ((r[ref.list] as Rec[] | undefined) ?? []).map((it) =>
			it[ref.field] === from ? { ...it, [ref.field]: to } : it
		);
	} else if (ref.many) {
		r[ref.field] = swap((r[ref.field] as string[] | undefined) ?? []);
	} else if (r[ref.field] === from) {
		r[ref.field] = to;
	}
	return r as T;
}

export interface DanglingReference {
	entity: EntityName;
	id: string;
	field: string;
	to: EntityName;
	missingId: string;
}

/**
 * References whose target is absent from `data` (or only a tombstone), e.g.
 * after a partial export. `known` adds ids that exist elsewhere (the local database).
 */
export function danglingReferences(
	data: Partial<DataSet>,
	known: (entity: EntityName, id: string) => boolean = () => false
): DanglingReference[] {
	const live = new Map<EntityName, Set<string>>();
	const liveIds = (n: EntityName) => {
		let s = live.get(n);
		if (!s) {
			s = new Set(((data[n] ?? []) as EntityOf<EntityName>[]).filter(isLive).map((r) => r.id));
			live.set(n, s);
		}
		return s;
	};
	const out: DanglingReference[] = [];
	for (const ref of REFERENCES) {
		const records = (data[ref.from] ?? []) as EntityOf<EntityName>[];
		for (const rec of records) {
			if (rec.deletedAt) continue;
			for (const target of idsOf(rec, ref))
				if (!liveIds(ref.to).has(target) && !known(ref.to, target))
					out.push({
						entity: ref.from,
						id: rec.id,
						field: ref.list ? `${ref.list}.${ref.field}` : ref.field,
						to: ref.to,
						missingId: target
					});
		}
	}
	return out;
}
