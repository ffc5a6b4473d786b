/**
 * User actions on meetings. Every change to an existing meeting is a list of
 * field-level patches applied inside one read-write transaction to the record
 * as stored at that moment, so edits from two tabs (or two quick edits in one)
 * touching different fields all survive. Creating a walk-in writes the person
 * and the participant row in the same transaction.
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';
import { validate, writeTransaction, type Fields } from '$lib/db/repository';
import type { Meeting, Participant, Person } from '$lib/domain/entities';
import { createRecord, reviseRecord, systemClock, type Clock } from '$lib/domain/records';
import { id as uuid } from '$lib/domain/fields';
import {
	applyMeetingPatch,
	meetingBeforeSchema,
	meetingPatchSchema,
	patchKey,
	patchMentions,
	patchReferences,
	stillApplies,
	type MeetingBefore,
	type MeetingPatch
} from '$lib/domain/rules/meetingPatch';
import { membersOnDate } from '$lib/domain/rules/attendance';
import {
	noteApplied,
	wasApplied,
	WriteAheadJournal,
	type JournalKind,
	type KeyValueStore,
	type ReplayResult
} from './writeAhead';
import { adoptLegacyMeetingEdits } from './legacyJournals';

export interface Options {
	database?: VerkostoDb;
	clock?: Clock;
}

/** A new meeting; with `inviteMembers`, the body's members on that day are invited. */
export async function createMeeting(
	fields: Omit<Fields<'meetings'>, 'participants'> & { participants?: Participant[] },
	{
		inviteMembers = false,
		database = db(),
		clock = systemClock
	}: Options & { inviteMembers?: boolean } = {}
): Promise<Meeting> {
	return writeTransaction(database, ['meetings', 'memberships'], async () => {
		const participants = [...(fields.participants ?? [])];
		if (inviteMembers && fields.bodyId) {
			const members = await database.memberships.where('bodyId').equals(fields.bodyId).toArray();
			for (const personId of membersOnDate(members, fields.bodyId, fields.start.slice(0, 10)))
				if (!participants.some((p) => p.personId === personId))
					participants.push(invited(personId));
		}
		const record = validate('meetings', createRecord<Meeting>({ ...fields, participants }, clock));
		await database.meetings.add(record);
		return record;
	});
}

/** An invited participant whose attendance and information flow are not yet known. */
export const invited = (personId: string, walkIn = false): Participant => ({
	personId,
	attendance: walkIn ? 'present' : 'unknown',
	walkIn,
	inputGathered: false,
	reportedBack: false
});

/**
 * Re-reads the meeting inside a write transaction and stores `change(current)`
 * when it differs; validation failures change nothing.
 */
async function commit(
	database: VerkostoDb,
	id: string,
	clock: Clock,
	change: (current: Meeting) => Meeting,
	tables: ('meetings' | 'persons' | 'memberships' | 'bodies')[] = ['meetings'],
	before?: (current: Meeting) => Promise<void>
): Promise<Meeting> {
	return writeTransaction(database, tables, async () => {
		const current = await database.meetings.get(id);
		if (!current || current.deletedAt)
			throw new StorageError('missing', `meetings ${id} not found`);
		await before?.(current);
		const next = change(current);
		if (next === current) return current;
		const saved = validate('meetings', reviseRecord(current, next, clock));
		await database.meetings.put(saved);
		return saved;
	});
}

/** Fails (changing nothing) when a patch points to a person or body that is gone. */
async function checkReferences(database: VerkostoDb, patches: readonly MeetingPatch[]) {
	for (const ref of patches.flatMap(patchReferences)) {
		const target = await database.table<{ deletedAt?: string }, string>(ref.entity).get(ref.id);
		if (!target || target.deletedAt)
			throw new StorageError('missing', `${ref.entity} ${ref.id} not found`);
	}
}

/**
 * Applies field-level patches to the meeting as stored now, all or none; a
 * patch pointing to a deleted person or body is refused (no dangling reference).
 * `token` is the edit journal's token of the patch, noted as applied with it.
 */
export function patchMeeting(
	id: string,
	patches: readonly MeetingPatch[],
	{ database = db(), clock = systemClock, token }: Options & { token?: string } = {}
): Promise<Meeting> {
	return commit(
		database,
		id,
		clock,
		(m) => patches.reduce(applyMeetingPatch, m),
		['meetings', 'persons', 'bodies'],
		async () => {
			await checkReferences(database, patches);
			if (token) await noteApplied(database, token);
		}
	);
}

/* ------------------------------------------------------------ edit journal */

/** A meeting's edits in the write-ahead journal (see writeAhead.ts). */
export const meetingEdits: JournalKind<string, MeetingPatch, MeetingBefore> = {
	name: 'meeting',
	target: uuid,
	patch: meetingPatchSchema,
	before: meetingBeforeSchema,
	targetKey: (meetingId) => meetingId,
	fieldKey: patchKey,
	refs: (meetingId, p) => [meetingId, ...patchMentions(p)]
};

export const meetingJournal = (options: { store?: KeyValueStore; now?: () => Date } = {}) =>
	new WriteAheadJournal(meetingEdits, options);

/**
 * Applies an edit found in the journal after a reload or crash, only if it
 * never reached the database (its token is not noted) and what it writes is
 * still as it was before the edit (`stillApplies`). Returns whether applied.
 */
export async function patchMeetingIfUnchanged(
	id: string,
	patch: MeetingPatch,
	before: MeetingBefore,
	token: string,
	{ database = db(), clock = systemClock }: Options = {}
): Promise<boolean> {
	let applied = false;
	await commit(
		database,
		id,
		clock,
		(m) => (applied ? applyMeetingPatch(m, patch) : m),
		['meetings', 'persons', 'bodies'],
		async (current) => {
			applied = !(await wasApplied(database, token)) && stillApplies(current, patch, before);
			if (!applied) return;
			await checkReferences(database, [patch]);
			await noteApplied(database, token);
		}
	);
	return applied;
}

/** Replays the meeting edits left in the journal, before any meetings page shows data. */
export function replayMeetingEdits(
	journal = meetingJournal(),
	options: Options = {}
): Promise<ReplayResult> {
	adoptLegacyMeetingEdits(journal);
	return journal.replay((e) =>
		patchMeetingIfUnchanged(e.target, e.patch, e.before, e.token, options)
	);
}

export interface WalkIn {
	name: string;
	organisationId?: string;
	email?: string;
	phone?: string;
}

/**
 * Someone who came without an invitation: a new person with the fields given
 * at the door, marked present as a walk-in, in one transaction.
 */
export async function addWalkIn(
	meetingId: string,
	walkIn: WalkIn,
	{ database = db(), clock = systemClock }: Options = {}
): Promise<Person> {
	const person = validate(
		'persons',
		createRecord<Person>(
			{
				name: walkIn.name,
				...(walkIn.organisationId ? { organisationId: walkIn.organisationId } : {}),
				...(walkIn.email?.trim() ? { email: walkIn.email.trim() } : {}),
				...(walkIn.phone?.trim() ? { phone: walkIn.phone.trim() } : {}),
				responsibilities: [],
				languages: [],
				fictional: false
			},
			clock
		)
	);
	await commit(
		database,
		meetingId,
		clock,
		(m) => applyMeetingPatch(m, { op: 'participant.add', participant: invited(person.id, true) }),
		['meetings', 'persons'],
		async () => {
			await database.persons.add(person);
		}
	);
	return person;
}

/** Invites the body's members on the meeting's day who are not yet invited; returns how many. */
export async function inviteBodyMembers(
	meetingId: string,
	{ database = db(), clock = systemClock }: Options = {}
): Promise<number> {
	let ids: string[] = [];
	let added = 0;
	await commit(
		database,
		meetingId,
		clock,
		(cur) => {
			const next = ids.reduce(
				(acc, personId) =>
					applyMeetingPatch(acc, { op: 'participant.add', participant: invited(personId) }),
				cur
			);
			added = next.participants.length - cur.participants.length;
			return next;
		},
		['meetings', 'memberships'],
		async (cur) => {
			if (!cur.bodyId) return;
			const members = await database.memberships.where('bodyId').equals(cur.bodyId).toArray();
			ids = membersOnDate(members, cur.bodyId, cur.start.slice(0, 10));
		}
	);
	return added;
}
