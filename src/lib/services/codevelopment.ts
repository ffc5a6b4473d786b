/**
 * User actions of the co-development section: the default themes, rounds (with
 * a new workshop meeting when asked), group discussions saved as you type,
 * the workshop's clustering and goals, and next steps. Every write validates
 * against the schema and runs in one transaction; a change to a discussion
 * re-reads the stored record inside that transaction and applies only the
 * fields that changed, so edits made meanwhile in another tab are kept. The
 * theme, round and goal forms save through services/records: only what the
 * user changed since the form opened is written, and a field changed both
 * there and elsewhere is refused as a conflict.
 */
import type { VerkostoDb } from '$lib/db/database';
import { validate, writeTransaction } from '$lib/db/repository';
import { StorageError } from '$lib/db/errors';
import { defaultAssessmentThemes, defaultThemeId } from '$lib/domain/defaults/assessmentThemes';
import type {
	Action,
	ActionStepFields,
	AssessmentRound,
	AssessmentTheme,
	Discussion,
	Goal,
	Meeting
} from '$lib/domain/entities';
import {
	createRecord,
	reviseRecord,
	systemClock,
	updateRecord,
	type Clock,
	isLive
} from '$lib/domain/records';
import {
	applyDiscussionPatch,
	emptyDiscussion,
	type DiscussionPatch,
	type PointChange
} from '$lib/domain/rules/assessment';
import {
	discussionBeforeSchema,
	discussionPatchKey,
	discussionPatchSchema,
	discussionStillApplies,
	type DiscussionBefore
} from '$lib/domain/rules/discussionPatch';
import { stableId } from '$lib/domain/stableId';
import { z } from 'zod';
import { adoptLegacyDiscussionNotes } from './legacyJournals';
import {
	noteApplied,
	wasApplied,
	WriteAheadJournal,
	type JournalKind,
	type KeyValueStore,
	type ReplayResult
} from './writeAhead';
import { saveRecord, wholeContent, type Edit } from './records';
import { todayInHelsinki } from '$lib/domain/clock';

type Fields<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt'>;
export type ThemeFields = Fields<AssessmentTheme>;
export type RoundFields = Fields<AssessmentRound>;
export type GoalFields = Fields<Goal>;
export type ActionFields = Fields<Action>;

async function liveOrThrow<T extends { deletedAt?: string }>(
	get: Promise<T | undefined>,
	what: string
): Promise<T> {
	const r = await get;
	if (!r || r.deletedAt) throw new StorageError('missing', `${what} not found`);
	return r;
}

/* -------------------------------------------------------------------- themes */

/** A record's content without identity and stamps, e.g. to fill an edit form. */
export function fieldsOf<
	T extends {
		id: string;
		createdAt: string;
		updatedAt: string;
		version: number;
		deletedAt?: string;
	}
>(r: T): Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt'> {
	const copy: Partial<T> = { ...r };
	delete copy.id;
	delete copy.createdAt;
	delete copy.updatedAt;
	delete copy.version;
	delete copy.deletedAt;
	return copy as Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt'>;
}

/**
 * Adds the eight default themes that this database has never had. Idempotent:
 * a theme already there (edited or not) is left as it is, and one the user
 * deleted stays deleted (its tombstone counts as "had"). Returns how many were added.
 */
export async function ensureDefaultThemes(
	db: VerkostoDb,
	clock: Clock = systemClock
): Promise<number> {
	const defaults = defaultAssessmentThemes(clock.now());
	const present = await db.assessmentThemes.bulkGet(defaults.map((t) => t.id));
	if (present.every((t) => t)) return 0;
	return writeTransaction(db, ['assessmentThemes'], async () => {
		const again = await db.assessmentThemes.bulkGet(defaults.map((t) => t.id));
		const missing = defaults.filter((_, i) => !again[i]);
		await db.assessmentThemes.bulkAdd(missing.map((t) => validate('assessmentThemes', t)));
		return missing.length;
	});
}

/** The shipped content of a default theme, or undefined for a theme the network added. */
export function defaultThemeContent(id: string): ThemeFields | undefined {
	const t = defaultAssessmentThemes(new Date(0).toISOString()).find((d) => d.id === id);
	return t ? fieldsOf(t) : undefined;
}

/** Creates a theme (no `edit`) or saves the theme form over the stored theme (services/records). */
export async function saveTheme(
	db: VerkostoDb,
	edit: Edit<'assessmentThemes'> | undefined,
	fields: ThemeFields,
	clock: Clock = systemClock
): Promise<AssessmentTheme> {
	return saveRecord('assessmentThemes', wholeContent(fields, edit?.base), edit, { db, clock });
}

/** The number a new theme gets: after every theme there is (9 and up with the eight defaults). */
export async function nextThemeNumber(db: VerkostoDb): Promise<number> {
	const all = await db.assessmentThemes.toArray();
	return Math.min(99, Math.max(8, ...all.map((t) => t.number)) + 1);
}

export { defaultThemeId };

/* -------------------------------------------------------------------- rounds */

/** A workshop meeting created together with the round. */
export interface NewWorkshop {
	title: string;
	/** YYYY-MM-DD */
	date: string;
	/** HH:MM */
	start: string;
	end?: string;
	place?: string;
}

/**
 * Creates (no id) or updates a round. With `newWorkshop`, a meeting of kind
 * 'workshop' is created in the same transaction and becomes the round's workshop.
 */
export async function saveRound(
	db: VerkostoDb,
	edit: Edit<'assessmentRounds'> | undefined,
	fields: RoundFields,
	newWorkshop?: NewWorkshop,
	clock: Clock = systemClock
): Promise<AssessmentRound> {
	return writeTransaction(db, ['assessmentRounds', 'meetings'], async () => {
		let round = { ...fields };
		if (newWorkshop) {
			const meeting = validate(
				'meetings',
				createRecord<Meeting>(
					{
						kind: 'workshop',
						title: newWorkshop.title,
						start: `${newWorkshop.date}T${newWorkshop.start}`,
						...(newWorkshop.end ? { end: `${newWorkshop.date}T${newWorkshop.end}` } : {}),
						...(newWorkshop.place?.trim() ? { place: newWorkshop.place.trim() } : {}),
						agenda: [],
						participants: [],
						decisions: [],
						followUps: []
					},
					clock
				)
			);
			await db.meetings.add(meeting);
			round = { ...round, workshopMeetingId: meeting.id };
		}
		// A refused save (invalid or in conflict) rolls the new meeting back with it.
		return saveRecord('assessmentRounds', wholeContent(round, edit?.base), edit, {
			db,
			clock,
			extraTables: ['meetings']
		});
	});
}

export async function setRoundStatus(
	db: VerkostoDb,
	id: string,
	status: AssessmentRound['status'],
	clock: Clock = systemClock
): Promise<void> {
	await writeTransaction(db, ['assessmentRounds'], async () => {
		const current = await liveOrThrow(db.assessmentRounds.get(id), `round ${id}`);
		await db.assessmentRounds.put(
			validate('assessmentRounds', updateRecord(current, { status }, clock))
		);
	});
}

/* --------------------------------------------------------------- discussions */

const discussionTargetSchema = z.strictObject({
	roundId: z.uuid(),
	bodyId: z.uuid(),
	themeId: z.uuid()
});
/** One group's discussion of one theme in a round (there is at most one live record of it). */
export type DiscussionTarget = z.infer<typeof discussionTargetSchema>;

/** New discussions get an id derived from round, group and theme, so two coordinators' copies merge. */
const discussionKeyId = (t: DiscussionTarget) =>
	stableId(`verkosto:discussion:${t.roundId}:${t.bodyId}:${t.themeId}`);

async function findDiscussion(db: VerkostoDb, t: DiscussionTarget) {
	return db.discussions
		.where('roundId')
		.equals(t.roundId)
		.filter((d) => isLive(d) && d.bodyId === t.bodyId && d.themeId === t.themeId)
		.first();
}

/** Inside a transaction: applies `patch` to the stored discussion, creating it when there is none. */
async function patchOne(
	db: VerkostoDb,
	t: DiscussionTarget,
	patch: DiscussionPatch,
	clock: Clock
): Promise<Discussion> {
	const current = await findDiscussion(db, t);
	if (current) {
		const next = validate(
			'discussions',
			reviseRecord(current, applyDiscussionPatch(current, patch), clock)
		);
		await db.discussions.put(next);
		return next;
	}
	const stable = discussionKeyId(t);
	const taken = await db.discussions.get(stable);
	const created = validate(
		'discussions',
		createRecord<Discussion>(
			{
				...applyDiscussionPatch(emptyDiscussion(t.roundId, t.bodyId, t.themeId), patch),
				...(taken ? {} : { id: stable })
			},
			clock
		)
	);
	await db.discussions.add(created);
	return created;
}

/** Removed points leave the goals that cited them, in the same transaction. */
async function forgetPoints(db: VerkostoDb, roundId: string, ids: string[], clock: Clock) {
	if (!ids.length) return;
	const gone = new Set(ids);
	const goals = await db.goals.where('roundId').equals(roundId).toArray();
	for (const g of goals) {
		if (g.deletedAt || !g.sourcePointIds.some((p) => gone.has(p))) continue;
		const sourcePointIds = g.sourcePointIds.filter((p) => !gone.has(p));
		await db.goals.put(validate('goals', updateRecord(g, { sourcePointIds }, clock)));
	}
}

async function checkRound(db: VerkostoDb, roundId: string) {
	await liveOrThrow(db.assessmentRounds.get(roundId), `round ${roundId}`);
}

/** A discussion's round, group and theme must all exist: no record with a dangling reference. */
async function checkTarget(db: VerkostoDb, t: DiscussionTarget) {
	await checkRound(db, t.roundId);
	await liveOrThrow(db.bodies.get(t.bodyId), `body ${t.bodyId}`);
	await liveOrThrow(db.assessmentThemes.get(t.themeId), `theme ${t.themeId}`);
}

const DISCUSSION_TABLES = [
	'assessmentRounds',
	'bodies',
	'assessmentThemes',
	'discussions',
	'goals'
] as const;

/**
 * Saves one change to one group's discussion of one theme. `token` is the
 * edit journal's token of the change, noted as applied in the same transaction.
 */
export async function patchDiscussion(
	db: VerkostoDb,
	target: DiscussionTarget,
	patch: DiscussionPatch,
	clock: Clock = systemClock,
	token?: string
): Promise<Discussion> {
	return writeTransaction(db, DISCUSSION_TABLES, async () => {
		await checkTarget(db, target);
		const d = await patchOne(db, target, patch, clock);
		await forgetPoints(db, target.roundId, patch.removePointIds ?? [], clock);
		if (token) await noteApplied(db, token);
		return d;
	});
}

/* ----------------------------------------------- edit journal of discussions */

/** Discussion edits in the write-ahead journal (see writeAhead.ts). */
export const discussionEdits: JournalKind<DiscussionTarget, DiscussionPatch, DiscussionBefore> = {
	name: 'discussion',
	target: discussionTargetSchema,
	patch: discussionPatchSchema,
	before: discussionBeforeSchema,
	targetKey: (t) => `${t.roundId}:${t.bodyId}:${t.themeId}`,
	fieldKey: discussionPatchKey,
	refs: (t) => [t.roundId, t.bodyId, t.themeId]
};

export const discussionJournal = (options: { store?: KeyValueStore; now?: () => Date } = {}) =>
	new WriteAheadJournal(discussionEdits, options);

/**
 * Applies a change found in the journal after a reload or a closed tab, only
 * if it never reached the database (its token is not noted) and every field
 * and point it writes is still as it was before the change. Returns whether
 * it was applied.
 */
export async function patchDiscussionIfUnchanged(
	db: VerkostoDb,
	target: DiscussionTarget,
	patch: DiscussionPatch,
	before: DiscussionBefore,
	token: string,
	clock: Clock = systemClock
): Promise<boolean> {
	return writeTransaction(db, DISCUSSION_TABLES, async () => {
		await checkTarget(db, target);
		if (await wasApplied(db, token)) return false;
		if (!discussionStillApplies(await findDiscussion(db, target), patch, before)) return false;
		await patchOne(db, target, patch, clock);
		await forgetPoints(db, target.roundId, patch.removePointIds ?? [], clock);
		await noteApplied(db, token);
		return true;
	});
}

/** Replays the discussion edits left in the journal, before the section shows data. */
export function replayDiscussionEdits(
	db: VerkostoDb,
	journal = discussionJournal(),
	clock: Clock = systemClock
): Promise<ReplayResult> {
	adoptLegacyDiscussionNotes(journal);
	return journal.replay((e) =>
		patchDiscussionIfUnchanged(db, e.target, e.patch, e.before, e.token, clock)
	);
}

/**
 * The same change to a group's discussions of several themes at once (the
 * date, participants or submission of the whole discussion), in one transaction.
 */
export async function patchGroupDiscussions(
	db: VerkostoDb,
	roundId: string,
	bodyId: string,
	themeIds: readonly string[],
	patch: Omit<DiscussionPatch, 'points' | 'removePointIds'>,
	clock: Clock = systemClock
): Promise<void> {
	await writeTransaction(db, ['assessmentRounds', 'discussions'], async () => {
		await checkRound(db, roundId);
		for (const themeId of themeIds) await patchOne(db, { roundId, bodyId, themeId }, patch, clock);
	});
}

/**
 * Workshop: changes to points of several discussions (cluster labels, marks of
 * importance), in one transaction, each applied to the stored record.
 */
export async function patchPoints(
	db: VerkostoDb,
	changes: readonly { discussionId: string; change: PointChange }[],
	clock: Clock = systemClock
): Promise<void> {
	const byDiscussion = new Map<string, PointChange[]>();
	for (const c of changes)
		byDiscussion.set(c.discussionId, [...(byDiscussion.get(c.discussionId) ?? []), c.change]);
	await writeTransaction(db, ['discussions'], async () => {
		for (const [id, points] of byDiscussion) {
			const current = await liveOrThrow(db.discussions.get(id), `discussion ${id}`);
			// Only existing points are touched here: a change never re-adds a point removed meanwhile.
			const existing = points
				.filter((p) => current.points.some((x) => x.id === p.id))
				.map(({ id: pid, cluster, important }) => ({
					id: pid,
					...(cluster !== undefined ? { cluster } : {}),
					...(important !== undefined ? { important } : {})
				}));
			if (!existing.length) continue;
			const next = applyDiscussionPatch(current, { points: existing });
			await db.discussions.put(validate('discussions', reviseRecord(current, next, clock)));
		}
	});
}

/* ------------------------------------------------------------ goals, actions */

export async function createGoal(
	db: VerkostoDb,
	fields: GoalFields,
	clock: Clock = systemClock
): Promise<Goal> {
	return writeTransaction(db, ['assessmentRounds', 'goals'], async () => {
		await checkRound(db, fields.roundId);
		const goal = validate('goals', createRecord<Goal>(fields, clock));
		await db.goals.add(goal);
		return goal;
	});
}

/** Saves the goal form (title, description, status) over the stored goal (services/records). */
export async function saveGoal(
	db: VerkostoDb,
	edit: Edit<'goals'>,
	fields: Pick<GoalFields, 'title' | 'description' | 'status'>,
	clock: Clock = systemClock
): Promise<Goal> {
	return saveRecord('goals', fields, edit, { db, clock });
}

/** Removes a point from a goal's sources, re-reading the goal. */
export async function removeGoalSource(
	db: VerkostoDb,
	id: string,
	pointId: string,
	clock: Clock = systemClock
): Promise<Goal> {
	return writeTransaction(db, ['goals'], async () => {
		const current = await liveOrThrow(db.goals.get(id), `goal ${id}`);
		const sourcePointIds = current.sourcePointIds.filter((p) => p !== pointId);
		const next = validate('goals', updateRecord(current, { sourcePointIds }, clock));
		await db.goals.put(next);
		return next;
	});
}

/** Adds points to a goal's sources (no duplicates), re-reading the goal. */
export async function addGoalSources(
	db: VerkostoDb,
	id: string,
	pointIds: readonly string[],
	clock: Clock = systemClock
): Promise<Goal> {
	return writeTransaction(db, ['goals'], async () => {
		const current = await liveOrThrow(db.goals.get(id), `goal ${id}`);
		const sourcePointIds = [...new Set([...current.sourcePointIds, ...pointIds])];
		const next = validate('goals', updateRecord(current, { sourcePointIds }, clock));
		await db.goals.put(next);
		return next;
	});
}

/** completedAt follows the status: set when it becomes done, cleared when reopened. */
function withCompletion<T extends Partial<ActionFields>>(
	changes: T,
	previous: Action['status'] | undefined,
	now: string
): T {
	if (!changes.status) return changes;
	if (changes.status === 'done')
		return previous === 'done' ? changes : { ...changes, completedAt: now };
	// undefined clears the stored value (updateRecord drops it); a new record never gets the key.
	const out = { ...changes, completedAt: undefined };
	if (previous === undefined) delete out.completedAt;
	return out;
}

export async function createAction(
	db: VerkostoDb,
	fields: ActionFields,
	clock: Clock = systemClock
): Promise<Action> {
	return writeTransaction(db, ['goals', 'actions'], async () => {
		if (fields.goalId) await liveOrThrow(db.goals.get(fields.goalId), `goal ${fields.goalId}`);
		const stamped = withCompletion(fields, undefined, todayInHelsinki(new Date(clock.now())));
		const action = validate('actions', createRecord<Action>(stamped as ActionFields, clock));
		await db.actions.add(action);
		return action;
	});
}

export async function updateAction(
	db: VerkostoDb,
	id: string,
	changes: Partial<ActionFields>,
	clock: Clock = systemClock
): Promise<Action> {
	return writeTransaction(db, ['actions'], async () => {
		const current = await liveOrThrow(db.actions.get(id), `action ${id}`);
		const stamped = withCompletion(changes, current.status, todayInHelsinki(new Date(clock.now())));
		const next = validate('actions', updateRecord(current, stamped, clock));
		await db.actions.put(next);
		return next;
	});
}

/**
 * Saves the step form (text, responsible, due date, status) over the stored
 * step with the form's three-way merge (services/records): a status changed
 * meanwhile in the actions list survives an edit of the text. completedAt
 * follows a status the form changed.
 */
export async function saveAction(
	db: VerkostoDb,
	edit: Edit<'actions'>,
	fields: ActionStepFields,
	clock: Clock = systemClock
): Promise<Action> {
	const before = edit.base.status;
	const changes =
		fields.status === before
			? fields
			: withCompletion(fields, before, todayInHelsinki(new Date(clock.now())));
	return saveRecord('actions', changes, edit, { db, clock });
}
