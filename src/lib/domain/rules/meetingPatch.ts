/**
 * Field-level changes to a meeting. Every edit at the door or in the minutes
 * is one small patch ("participant P: present", "agenda item A: notes = …")
 * applied to the record as it is *now*, inside the write transaction, so two
 * tabs or two quick edits touching different fields never undo each other.
 *
 * A patch is also what the edit journal keeps until the database has it, so
 * patches are plain JSON (null clears a field) with a schema, and applying one
 * twice is the same as applying it once. Pure: no Dexie, no browser.
 */
import { z } from 'zod';
import {
	agendaItemSchema,
	ATTENDANCE,
	decisionSchema,
	followUpSchema,
	MEETING_KINDS,
	participantSchema,
	type Meeting
} from '../entities/meeting';
import { id } from '../fields';
import { sameJson } from '../sameJson';
import { addMinutes, minutesBetween } from '../time';

/** Free text as typed: the meeting schema checks it after the patch is applied. */
const text = z.string().max(20_000).nullable();

export const meetingPatchSchema = z.discriminatedUnion('op', [
	z.strictObject({
		op: z.literal('meeting.set'),
		field: z.enum(['title', 'start', 'end', 'place', 'description', 'notes', 'bodyId']),
		value: text
	}),
	z.strictObject({ op: z.literal('meeting.kind'), value: z.enum(MEETING_KINDS) }),
	z.strictObject({
		op: z.literal('agenda.add'),
		item: agendaItemSchema,
		index: z.number().int().min(0).optional()
	}),
	z.strictObject({
		op: z.literal('agenda.set'),
		id,
		field: z.enum(['title', 'notes']),
		value: text
	}),
	z.strictObject({ op: z.literal('agenda.move'), id, to: z.number().int().min(0) }),
	z.strictObject({ op: z.literal('agenda.remove'), id }),
	z.strictObject({ op: z.literal('participant.add'), participant: participantSchema }),
	z.strictObject({
		op: z.literal('participant.attendance'),
		personId: id,
		value: z.enum(ATTENDANCE)
	}),
	z.strictObject({
		op: z.literal('participant.flag'),
		personId: id,
		field: z.enum(['walkIn', 'inputGathered', 'reportedBack']),
		value: z.boolean()
	}),
	z.strictObject({ op: z.literal('participant.remove'), personId: id }),
	z.strictObject({ op: z.literal('decision.add'), decision: decisionSchema }),
	z.strictObject({
		op: z.literal('decision.set'),
		id,
		field: z.enum(['text', 'agendaItemId']),
		value: text
	}),
	z.strictObject({ op: z.literal('decision.remove'), id }),
	z.strictObject({ op: z.literal('followUp.add'), followUp: followUpSchema }),
	z.strictObject({
		op: z.literal('followUp.set'),
		id,
		field: z.enum(['text', 'ownerPersonId', 'dueDate']),
		value: text
	}),
	z.strictObject({ op: z.literal('followUp.done'), id, value: z.boolean() }),
	z.strictObject({ op: z.literal('followUp.remove'), id })
]);
export type MeetingPatch = z.infer<typeof meetingPatchSchema>;

/** The value a set-patch writes, or undefined for add/remove patches (they are idempotent). */
type Value = string | boolean | null;

/**
 * Which field a patch writes, as a key: later patches with the same key
 * replace earlier unsaved ones (typing "abc" saves once, not three times).
 */
export function patchKey(p: MeetingPatch): string {
	switch (p.op) {
		case 'meeting.set':
			return `meeting:${p.field}`;
		case 'meeting.kind':
			return 'meeting:kind';
		case 'agenda.add':
			return `agenda:${p.item.id}:add`;
		case 'agenda.set':
			return `agenda:${p.id}:${p.field}`;
		case 'agenda.move':
			return `agenda:${p.id}:move`;
		case 'agenda.remove':
			return `agenda:${p.id}:remove`;
		case 'participant.add':
			return `participant:${p.participant.personId}:add`;
		case 'participant.attendance':
			return `participant:${p.personId}:attendance`;
		case 'participant.flag':
			return `participant:${p.personId}:${p.field}`;
		case 'participant.remove':
			return `participant:${p.personId}:remove`;
		case 'decision.add':
			return `decision:${p.decision.id}:add`;
		case 'decision.set':
			return `decision:${p.id}:${p.field}`;
		case 'decision.remove':
			return `decision:${p.id}:remove`;
		case 'followUp.add':
			return `followUp:${p.followUp.id}:add`;
		case 'followUp.set':
			return `followUp:${p.id}:${p.field}`;
		case 'followUp.done':
			return `followUp:${p.id}:done`;
		case 'followUp.remove':
			return `followUp:${p.id}:remove`;
	}
}

const norm = (v: unknown): Value => (v === undefined ? null : (v as Value));

/**
 * The current value of the field a set-patch writes (null when empty or when
 * the item is gone); undefined for add, move and remove patches.
 */
export function patchTarget(m: Meeting, p: MeetingPatch): Value | undefined {
	switch (p.op) {
		case 'meeting.set':
			return norm(m[p.field]);
		case 'meeting.kind':
			return m.kind;
		case 'agenda.set':
			return norm(m.agenda.find((a) => a.id === p.id)?.[p.field]);
		case 'participant.attendance':
			return norm(m.participants.find((x) => x.personId === p.personId)?.attendance);
		case 'participant.flag':
			return norm(m.participants.find((x) => x.personId === p.personId)?.[p.field]);
		case 'decision.set':
			return norm(m.decisions.find((d) => d.id === p.id)?.[p.field]);
		case 'followUp.set':
			return norm(m.followUps.find((f) => f.id === p.id)?.[p.field]);
		case 'followUp.done':
			return norm(m.followUps.find((f) => f.id === p.id)?.done);
		default:
			return undefined;
	}
}

/** Sets or clears (null, or blank optional text) a field of an object, immutably. */
function setField<T extends object>(o: T, field: string, value: Value): T {
	const copy = { ...o } as Record<string, unknown>;
	if (value === null) delete copy[field];
	else copy[field] = value;
	return copy as T;
}

function updateItem<T>(items: T[], match: (t: T) => boolean, fn: (t: T) => T): T[] {
	const i = items.findIndex(match);
	if (i < 0) return items;
	const next = fn(items[i]);
	if (next === items[i]) return items;
	return items.map((t, j) => (j === i ? next : t));
}

/** Optional text fields are cleared when blank; required ones keep what was typed (and fail validation). */
const OPTIONAL_TEXT = new Set([
	'place',
	'description',
	'notes',
	'end',
	'bodyId',
	'agendaItemId',
	'ownerPersonId',
	'dueDate'
]);
const clean = (field: string, v: Value): Value =>
	typeof v === 'string' && v.trim() === '' && OPTIONAL_TEXT.has(field) ? null : v;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const same = (a: unknown, b: unknown) => norm(a) === b;

/**
 * The meeting with the patch applied; the same object when it changes nothing
 * (the item is gone, the value is already there, the item already exists).
 */
export function applyMeetingPatch(m: Meeting, p: MeetingPatch): Meeting {
	switch (p.op) {
		case 'meeting.set': {
			const value = clean(p.field, p.value);
			if (same(m[p.field], value)) return m;
			const next = setField(m, p.field, value);
			// Moving the start moves the end with it, keeping the length.
			if (p.field === 'start' && typeof value === 'string' && LOCAL.test(value) && m.end)
				next.end = addMinutes(value, minutesBetween(m.start, m.end));
			return next;
		}
		case 'meeting.kind':
			return m.kind === p.value ? m : { ...m, kind: p.value };
		case 'agenda.add': {
			if (m.agenda.some((a) => a.id === p.item.id)) return m;
			const agenda = [...m.agenda];
			agenda.splice(Math.min(p.index ?? agenda.length, agenda.length), 0, p.item);
			return { ...m, agenda };
		}
		case 'agenda.set': {
			const value = clean(p.field, p.value);
			const agenda = updateItem(
				m.agenda,
				(a) => a.id === p.id,
				(a) => (same(a[p.field], value) ? a : setField(a, p.field, value))
			);
			return agenda === m.agenda ? m : { ...m, agenda };
		}
		case 'agenda.move': {
			const from = m.agenda.findIndex((a) => a.id === p.id);
			const to = Math.min(p.to, m.agenda.length - 1);
			if (from < 0 || from === to) return m;
			const agenda = [...m.agenda];
			const [item] = agenda.splice(from, 1);
			agenda.splice(to, 0, item);
			return { ...m, agenda };
		}
		case 'agenda.remove': {
			if (!m.agenda.some((a) => a.id === p.id)) return m;
			// Decisions made under the item stay, without the link.
			return {
				...m,
				agenda: m.agenda.filter((a) => a.id !== p.id),
				decisions: m.decisions.map((d) =>
					d.agendaItemId === p.id ? setField(d, 'agendaItemId', null) : d
				)
			};
		}
		case 'participant.add':
			return m.participants.some((x) => x.personId === p.participant.personId)
				? m
				: { ...m, participants: [...m.participants, p.participant] };
		case 'participant.attendance':
		case 'participant.flag': {
			const field = p.op === 'participant.attendance' ? 'attendance' : p.field;
			const participants = updateItem(
				m.participants,
				(x) => x.personId === p.personId,
				(x) => (x[field] === p.value ? x : { ...x, [field]: p.value })
			);
			return participants === m.participants ? m : { ...m, participants };
		}
		case 'participant.remove':
			return m.participants.some((x) => x.personId === p.personId)
				? { ...m, participants: m.participants.filter((x) => x.personId !== p.personId) }
				: m;
		case 'decision.add':
			return m.decisions.some((d) => d.id === p.decision.id)
				? m
				: { ...m, decisions: [...m.decisions, p.decision] };
		case 'decision.set': {
			const value = clean(p.field, p.value);
			const decisions = updateItem(
				m.decisions,
				(d) => d.id === p.id,
				(d) => (same(d[p.field], value) ? d : setField(d, p.field, value))
			);
			return decisions === m.decisions ? m : { ...m, decisions };
		}
		case 'decision.remove':
			return m.decisions.some((d) => d.id === p.id)
				? { ...m, decisions: m.decisions.filter((d) => d.id !== p.id) }
				: m;
		case 'followUp.add':
			return m.followUps.some((f) => f.id === p.followUp.id)
				? m
				: { ...m, followUps: [...m.followUps, p.followUp] };
		case 'followUp.set': {
			const value = clean(p.field, p.value);
			const followUps = updateItem(
				m.followUps,
				(f) => f.id === p.id,
				(f) => (same(f[p.field], value) ? f : setField(f, p.field, value))
			);
			return followUps === m.followUps ? m : { ...m, followUps };
		}
		case 'followUp.done': {
			const followUps = updateItem(
				m.followUps,
				(f) => f.id === p.id,
				(f) => (f.done === p.value ? f : { ...f, done: p.value })
			);
			return followUps === m.followUps ? m : { ...m, followUps };
		}
		case 'followUp.remove':
			return m.followUps.some((f) => f.id === p.id)
				? { ...m, followUps: m.followUps.filter((f) => f.id !== p.id) }
				: m;
	}
}

/**
 * The records a patch makes the meeting point to, so the write can check they
 * still exist (another tab may have deleted the person a moment ago).
 */
export function patchReferences(p: MeetingPatch): { entity: 'persons' | 'bodies'; id: string }[] {
	switch (p.op) {
		case 'participant.add':
			return [{ entity: 'persons', id: p.participant.personId }];
		case 'followUp.add':
			return p.followUp.ownerPersonId ? [{ entity: 'persons', id: p.followUp.ownerPersonId }] : [];
		case 'followUp.set':
			return p.field === 'ownerPersonId' && p.value ? [{ entity: 'persons', id: p.value }] : [];
		case 'meeting.set':
			return p.field === 'bodyId' && p.value ? [{ entity: 'bodies', id: p.value }] : [];
		default:
			return [];
	}
}

/**
 * What an edit found in the journal is checked against before it is replayed:
 * the field it writes (its value, null when empty), the item it adds or
 * removes (null when absent), or the agenda's order for a move. The journal
 * keeps this as it was before the first unsaved edit; `stillApplies` compares.
 */
export const meetingBeforeSchema = z.union([
	z.string().max(20_000),
	z.boolean(),
	z.null(),
	z.array(id).max(1_000),
	agendaItemSchema,
	participantSchema,
	decisionSchema,
	followUpSchema
]);
export type MeetingBefore = z.infer<typeof meetingBeforeSchema>;

const itemOf = <T>(items: readonly T[], match: (t: T) => boolean): T | null =>
	items.find(match) ?? null;

/** The part of the meeting the patch writes, as it is in `m` (see meetingBeforeSchema). */
export function patchBefore(m: Meeting | undefined, p: MeetingPatch): MeetingBefore {
	if (!m) return null;
	switch (p.op) {
		case 'agenda.add':
			return itemOf(m.agenda, (a) => a.id === p.item.id);
		case 'agenda.remove':
			return itemOf(m.agenda, (a) => a.id === p.id);
		case 'agenda.move':
			return m.agenda.map((a) => a.id);
		case 'participant.add':
			return itemOf(m.participants, (x) => x.personId === p.participant.personId);
		case 'participant.remove':
			return itemOf(m.participants, (x) => x.personId === p.personId);
		case 'decision.add':
			return itemOf(m.decisions, (d) => d.id === p.decision.id);
		case 'decision.remove':
			return itemOf(m.decisions, (d) => d.id === p.id);
		case 'followUp.add':
			return itemOf(m.followUps, (f) => f.id === p.followUp.id);
		case 'followUp.remove':
			return itemOf(m.followUps, (f) => f.id === p.id);
		default:
			// A field of an item that is gone reads as null: setting it changes nothing.
			return patchTarget(m, p) ?? null;
	}
}

/**
 * Whether an edit found in the journal (saved, perhaps, but never confirmed)
 * may still be applied: only while what it writes is as it was before the
 * edit. So a field still holds its old value, an added item is still absent,
 * a removed one is still there and unchanged, and a move starts from the same
 * order; anything another tab, an import or an undo changed meanwhile wins.
 */
export function stillApplies(m: Meeting, p: MeetingPatch, before: MeetingBefore): boolean {
	return sameJson(patchBefore(m, p), before);
}

/** The records a patch names besides its meeting (the journal drops it when one is erased). */
export function patchMentions(p: MeetingPatch): string[] {
	switch (p.op) {
		case 'participant.attendance':
		case 'participant.flag':
		case 'participant.remove':
			return [p.personId];
		default:
			return patchReferences(p).map((r) => r.id);
	}
}
