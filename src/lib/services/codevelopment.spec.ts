import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { readDataSet, writeDataSet } from '$lib/db/bulk';
import { StorageError } from '$lib/db/errors';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { defaultThemeId } from '$lib/domain/defaults/assessmentThemes';
import { danglingReferences } from '$lib/domain/references';
import {
	addGoalSources,
	createAction,
	createGoal,
	discussionJournal,
	ensureDefaultThemes,
	patchDiscussion,
	replayDiscussionEdits,
	patchGroupDiscussions,
	patchPoints,
	removeGoalSource,
	fieldsOf,
	saveGoal,
	saveAction,
	saveRound,
	saveTheme,
	updateAction
} from './codevelopment';
import { Repository } from '$lib/db/repository';
import { deleteRecord } from './deletion';
import { discussionBefore, type DiscussionPatch } from '$lib/domain/rules/discussionPatch';
import { MemoryStorage } from '$lib/testing/storage';
import { todayInHelsinki } from '$lib/domain/clock';
import { openTestDb } from '$lib/testing/db';

let db: VerkostoDb;
beforeEach(async () => {
	db = await openTestDb();
});
afterEach(() => db.delete());

const ROUND = demoId('round:2024');
const NORTH = demoId('body:regional-north');
const WEST = demoId('body:regional-west');
const T1 = defaultThemeId(1);
const T2 = defaultThemeId(2);

describe('default themes', () => {
	it('are added to an empty database once, never duplicated', async () => {
		expect(await ensureDefaultThemes(db)).toBe(8);
		expect(await ensureDefaultThemes(db)).toBe(0);
		const themes = await db.assessmentThemes.toArray();
		expect(themes.map((t) => t.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(themes.find((t) => t.number === 6)?.title).toEqual({
			fi: 'Viestintä',
			sv: 'Kommunikation',
			en: 'Communication'
		});
	});

	it('never overwrite an edit and never bring back a deleted theme', async () => {
		await ensureDefaultThemes(db);
		const t1 = (await db.assessmentThemes.get(T1))!;
		await saveTheme(
			db,
			{ id: T1, base: t1 },
			{
				...t1,
				title: { fi: 'Järjestöjen ja seurakuntien työn tunnettuus' }
			}
		);
		await deleteRecord(db, 'assessmentThemes', T2);
		await db.assessmentThemes.delete(defaultThemeId(3)); // gone without a trace: added again
		expect(await ensureDefaultThemes(db)).toBe(1);
		const after = await db.assessmentThemes.get(T1);
		expect(after?.title).toEqual({ fi: 'Järjestöjen ja seurakuntien työn tunnettuus' });
		expect(after?.version).toBe(2);
		expect((await db.assessmentThemes.get(T2))?.deletedAt).toBeDefined();
	});

	it('are already there with the demo, which keeps its own copies', async () => {
		await writeDataSet(db, buildDemoNetwork());
		expect(await ensureDefaultThemes(db)).toBe(0);
	});

	it('saving a theme drops a cleared description and rejects a blank title', async () => {
		await ensureDefaultThemes(db);
		const t = (await db.assessmentThemes.get(T1))!;
		const { description: _d, ...rest } = t; // eslint-disable-line @typescript-eslint/no-unused-vars
		const saved = await saveTheme(db, { id: T1, base: t }, rest);
		expect(saved).not.toHaveProperty('description');
		await expect(
			saveTheme(db, { id: T1, base: t }, { ...rest, title: { fi: ' ' } })
		).rejects.toBeInstanceOf(StorageError);
		expect((await db.assessmentThemes.get(T1))?.version).toBe(2);
	});
});

describe('rounds', () => {
	it('creates a round with a new workshop meeting in one transaction', async () => {
		await ensureDefaultThemes(db);
		const round = await saveRound(
			db,
			undefined,
			{
				name: 'Kierros',
				regionIds: [],
				periodStart: '2026-01-01',
				focusThemeIds: [T1],
				sharedQuestions: ['Mikä toimii?'],
				invitedBodyIds: [],
				status: 'planning'
			},
			{ title: 'Työpaja', date: '2026-03-04', start: '12:00', end: '15:00', place: 'Tampere' }
		);
		const meeting = await db.meetings.get(round.workshopMeetingId!);
		expect(meeting).toMatchObject({
			kind: 'workshop',
			title: 'Työpaja',
			start: '2026-03-04T12:00',
			end: '2026-03-04T15:00',
			place: 'Tampere'
		});
	});

	it('writes nothing when the round is invalid, not even the workshop', async () => {
		await expect(
			saveRound(
				db,
				undefined,
				{
					name: 'Kierros',
					regionIds: [],
					periodStart: '2026-05-01',
					periodEnd: '2026-01-01',
					focusThemeIds: [],
					sharedQuestions: [],
					invitedBodyIds: [],
					status: 'planning'
				},
				{ title: 'Työpaja', date: '2026-03-04', start: '12:00' }
			)
		).rejects.toMatchObject({ kind: 'validation' });
		expect(await db.meetings.count()).toBe(0);
		expect(await db.assessmentRounds.count()).toBe(0);
	});
});

describe('discussions', () => {
	beforeEach(async () => {
		await writeDataSet(db, buildDemoNetwork());
	});
	const target = { roundId: ROUND, bodyId: NORTH, themeId: T1 };

	it('creates the discussion on the first change, then patches it', async () => {
		const a = crypto.randomUUID();
		await patchDiscussion(db, target, { points: [{ id: a, kind: 'strength', text: 'Hyvä' }] });
		await patchDiscussion(db, target, { rating: 3 });
		const rows = await db.discussions.where('roundId').equals(ROUND).toArray();
		const mine = rows.filter((d) => d.bodyId === NORTH && d.themeId === T1);
		expect(mine).toHaveLength(1);
		expect(mine[0]).toMatchObject({ rating: 3, submitted: false, version: 2 });
		expect(mine[0].points).toEqual([{ id: a, kind: 'strength', text: 'Hyvä', important: false }]);
	});

	it('keeps edits made in parallel (two tabs): each patch re-reads the record', async () => {
		const [a, b, c] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
		await patchDiscussion(db, target, { points: [{ id: a, kind: 'strength', text: 'A' }] });
		await Promise.all([
			patchDiscussion(db, target, { points: [{ id: b, kind: 'need', text: 'B' }] }),
			patchDiscussion(db, target, { points: [{ id: c, kind: 'idea', text: 'C' }] }),
			patchDiscussion(db, target, { points: [{ id: a, kind: 'strength', text: 'A2' }] }),
			patchDiscussion(db, target, { rating: 4 }),
			patchGroupDiscussions(db, ROUND, NORTH, [T1, T2], { date: '2024-09-03' })
		]);
		const d = (await db.discussions.where('roundId').equals(ROUND).toArray()).find(
			(x) => x.bodyId === NORTH && x.themeId === T1
		)!;
		expect(d.points.map((p) => p.text).sort()).toEqual(['A2', 'B', 'C']);
		expect(d).toMatchObject({ rating: 4, date: '2024-09-03', version: 6 });
	});

	it('removing a point also removes it from the goals that cite it', async () => {
		const west = (await db.discussions.get(demoId('discussion:regional-west:1')))!;
		const [keep, drop] = west.points;
		const goal = await createGoal(db, {
			roundId: ROUND,
			themeId: T1,
			title: 'Hakemisto',
			sourcePointIds: [keep.id, drop.id],
			status: 'active'
		});
		await patchDiscussion(
			db,
			{ roundId: ROUND, bodyId: WEST, themeId: T1 },
			{ removePointIds: [drop.id] }
		);
		expect((await db.goals.get(goal.id))?.sourcePointIds).toEqual([keep.id]);
	});

	it('refuses to write to a deleted round and changes nothing', async () => {
		await deleteRecord(db, 'assessmentRounds', ROUND);
		const before = await db.discussions.count();
		await expect(patchDiscussion(db, target, { rating: 2 })).rejects.toMatchObject({
			kind: 'missing'
		});
		expect(await db.discussions.count()).toBe(before);
	});

	it('submits a whole group’s discussion, creating the themes it had not started', async () => {
		await patchGroupDiscussions(db, ROUND, NORTH, [T1, T2, defaultThemeId(5)], {
			submitted: true,
			participantSectors: ['ngo', 'municipality']
		});
		const own = (await db.discussions.where('bodyId').equals(NORTH).toArray()).filter(
			(d) => d.roundId === ROUND
		);
		expect(own).toHaveLength(3);
		expect(own.every((d) => d.submitted && d.participantSectors.length === 2)).toBe(true);
	});
});

describe('the edit journal of discussions', () => {
	let store: MemoryStorage;
	beforeEach(async () => {
		store = new MemoryStorage();
		await writeDataSet(db, buildDemoNetwork());
	});
	const journal = () => discussionJournal({ store });
	const replay = () => replayDiscussionEdits(db, journal());
	const west = { roundId: ROUND, bodyId: WEST, themeId: T1 };
	const stored = async () => (await db.discussions.get(demoId('discussion:regional-west:1')))!;
	/** An edit as the page journals it: `before` read from the discussion as shown. */
	const put = async (p: DiscussionPatch) =>
		journal().put(west, p, discussionBefore(await stored(), p));

	it('a note left by a closed tab does not overwrite a newer value (review E6)', async () => {
		// Tab A typed notes; the note was written, the save never finished.
		await put({ notes: 'A (vanha)' });
		// Tab B, already open, saved a newer value of the same field.
		await patchDiscussion(db, west, { notes: 'B (uudempi)' });
		// The next time the section opens, the left-over note is replayed.
		expect(await replay()).toEqual({ applied: 0, skipped: 1, dropped: 0 });
		expect((await stored()).notes).toBe('B (uudempi)');
		expect(journal().entries()).toEqual([]);
	});

	it('a point edit left by a closed tab does not bring back a point removed meanwhile', async () => {
		const [point] = (await stored()).points;
		await put({ points: [{ id: point.id, kind: point.kind, text: 'Muokattu' }] });
		await patchDiscussion(db, west, { removePointIds: [point.id] });
		await replay();
		expect((await stored()).points.map((p) => p.id)).not.toContain(point.id);
	});

	it('saves what a closed tab typed and never saved, and adds its new point once', async () => {
		const id = crypto.randomUUID();
		const add = { points: [{ id, kind: 'idea' as const, text: 'Juuri ennen sulkemista' }] };
		await put({ notes: 'Kirjoitettu juuri ennen latausta' });
		await put(add);
		expect(await replay()).toEqual({ applied: 2, skipped: 0, dropped: 0 });
		const d = await stored();
		expect(d.notes).toBe('Kirjoitettu juuri ennen latausta');
		expect(d.points.filter((p) => p.id === id)).toHaveLength(1);
		// The add reached the database and the facilitator then removed the point: not added back.
		const token = await put(add);
		await patchDiscussion(db, west, add, undefined, token);
		await patchDiscussion(db, west, { removePointIds: [id] });
		expect(await replay()).toMatchObject({ applied: 0 });
		expect((await stored()).points.map((p) => p.id)).not.toContain(id);
	});

	it('drops edits of a deleted round; takes over the previous version’s notes without overwriting', async () => {
		await patchDiscussion(db, west, { notes: 'Tallessa jo' });
		journal().put({ ...west, roundId: demoId('round:gone') }, { rating: 2 }, { rating: null });
		store.setItem(
			'verkosto.pending-discussion.x:y:notes',
			JSON.stringify({ token: 't', target: west, patch: { notes: 'Vanhan version muistiinpano' } })
		);
		const north = { roundId: ROUND, bodyId: NORTH, themeId: T1 };
		store.setItem(
			'verkosto.pending-discussion.x:z:notes',
			JSON.stringify({ token: 't', target: north, patch: { notes: 'Tyhjään kenttään' } })
		);
		store.setItem('verkosto.pending-discussion.junk', '{');
		expect(await replay()).toEqual({ applied: 1, skipped: 2, dropped: 0 });
		// West's notes were not empty: the old note (with no old value) does not overwrite them.
		expect((await stored()).notes).toBe('Tallessa jo');
		const northNotes = (await db.discussions.where('roundId').equals(ROUND).toArray()).find(
			(d) => d.bodyId === NORTH && d.themeId === T1
		)?.notes;
		expect(northNotes).toBe('Tyhjään kenttään');
		expect(store.length).toBe(0);
	});

	it('deleting the group drops its journalled edits', async () => {
		(globalThis as { localStorage?: unknown }).localStorage = store;
		try {
			await put({ notes: 'Poistuvan ryhmän muistiinpano' });
			await deleteRecord(db, 'bodies', WEST);
			expect(store.length).toBe(0);
		} finally {
			delete (globalThis as { localStorage?: unknown }).localStorage;
		}
	});
});

describe('workshop and follow-up', () => {
	beforeEach(async () => {
		await writeDataSet(db, buildDemoNetwork());
	});

	it('clusters and marks points across groups without touching their text', async () => {
		const west = (await db.discussions.get(demoId('discussion:regional-west:1')))!;
		const south = (await db.discussions.get(demoId('discussion:regional-south:1')))!;
		await patchPoints(db, [
			{ discussionId: west.id, change: { id: west.points[2].id, cluster: 'Hakemisto' } },
			{ discussionId: south.id, change: { id: south.points[2].id, cluster: 'Hakemisto' } },
			{ discussionId: south.id, change: { id: south.points[2].id, important: true } },
			// A point removed meanwhile stays removed.
			{ discussionId: south.id, change: { id: crypto.randomUUID(), important: true } }
		]);
		const w = (await db.discussions.get(west.id))!;
		const s = (await db.discussions.get(south.id))!;
		expect(w.points[2]).toEqual({ ...west.points[2], cluster: 'Hakemisto' });
		expect(s.points[2]).toEqual({ ...south.points[2], cluster: 'Hakemisto', important: true });
		expect(s.points).toHaveLength(south.points.length);
	});

	it('turns points into a goal with a next step; done stamps the date, reopening clears it', async () => {
		const west = (await db.discussions.get(demoId('discussion:regional-west:1')))!;
		const goal = await createGoal(db, {
			roundId: ROUND,
			themeId: T1,
			title: 'Ajantasainen hakemisto',
			sourcePointIds: [west.points[3].id],
			status: 'active'
		});
		await addGoalSources(db, goal.id, [west.points[3].id, west.points[2].id]);
		expect((await db.goals.get(goal.id))?.sourcePointIds).toEqual([
			west.points[3].id,
			west.points[2].id
		]);
		const action = await createAction(db, {
			goalId: goal.id,
			roundId: ROUND,
			title: 'Hakemisto käyttöön',
			responsibleBodyId: demoId('body:ngo-coop'),
			dueDate: '2025-03-31',
			status: 'open'
		});
		expect(action).not.toHaveProperty('completedAt');
		const done = await updateAction(db, action.id, { status: 'done' });
		expect(done.completedAt).toBe(todayInHelsinki());
		const reopened = await updateAction(db, action.id, { status: 'in_progress' });
		expect(reopened).not.toHaveProperty('completedAt');
		expect(danglingReferences(await readDataSet(db, false))).toEqual([]);
	});

	it('edits a step after it was made (text, responsible, due date, status), merging with other edits', async () => {
		const created = await createAction(db, {
			roundId: ROUND,
			title: 'Hakemisto käyttöön',
			responsibleBodyId: demoId('body:ngo-coop'),
			status: 'open'
		});
		// Meanwhile the status changes in the actions list (another tab).
		await updateAction(db, created.id, { status: 'in_progress' });
		const edited = await saveAction(
			db,
			{ id: created.id, base: created },
			{
				title: 'Hakemisto kaikkien käyttöön',
				description: 'Esittely alueryhmissä',
				responsibleOrganisationId: demoId('organisation:pirha'),
				responsibleBodyId: undefined,
				responsiblePersonId: undefined,
				dueDate: '2025-05-31',
				status: 'open'
			}
		);
		expect(edited).toMatchObject({
			title: 'Hakemisto kaikkien käyttöön',
			description: 'Esittely alueryhmissä',
			responsibleOrganisationId: demoId('organisation:pirha'),
			dueDate: '2025-05-31',
			status: 'in_progress'
		});
		expect(edited).not.toHaveProperty('responsibleBodyId');
		// Done from the form stamps the date; a status changed both here and there is a conflict.
		const done = await saveAction(
			db,
			{ id: created.id, base: edited },
			{ ...edited, status: 'done' }
		);
		expect(done.completedAt).toBe(todayInHelsinki());
		await updateAction(db, created.id, { status: 'cancelled' });
		await expect(
			saveAction(db, { id: created.id, base: done }, { ...done, status: 'open' })
		).rejects.toMatchObject({ kind: 'conflict' });
		expect((await db.actions.get(created.id))?.status).toBe('cancelled');
	});

	it('deleting a goal deletes its steps; deleting a round deletes its discussions, goals and steps', async () => {
		const goal = await createGoal(db, {
			roundId: ROUND,
			themeId: T1,
			title: 'Hakemisto',
			sourcePointIds: [],
			status: 'active'
		});
		const other = await createGoal(db, {
			roundId: ROUND,
			title: 'Järjestötori',
			sourcePointIds: [],
			status: 'active'
		});
		const step = await createAction(db, {
			goalId: goal.id,
			roundId: ROUND,
			title: 'A',
			status: 'open'
		});
		const kept = await createAction(db, {
			goalId: other.id,
			roundId: ROUND,
			title: 'B',
			status: 'open'
		});
		const loose = await createAction(db, { roundId: ROUND, title: 'C', status: 'open' });
		await deleteRecord(db, 'goals', goal.id);
		expect((await db.actions.get(step.id))?.deletedAt).toBeDefined();
		expect((await db.actions.get(kept.id))?.deletedAt).toBeUndefined();
		await deleteRecord(db, 'assessmentRounds', ROUND);
		const data = await readDataSet(db, false);
		expect(data.actions.map((a) => a.id)).not.toContain(loose.id);
		expect(data.actions.map((a) => a.id)).not.toContain(kept.id);
		expect(data.goals.filter((g) => g.roundId === ROUND)).toEqual([]);
		expect(data.discussions.filter((d) => d.roundId === ROUND)).toEqual([]);
		expect(danglingReferences(data)).toEqual([]);
	});

	it('refuses a goal for a round that does not exist', async () => {
		await expect(
			createGoal(db, {
				roundId: crypto.randomUUID(),
				title: 'X',
				sourcePointIds: [],
				status: 'active'
			})
		).rejects.toMatchObject({ kind: 'missing' });
	});
});

describe('the theme, round and goal forms over changes made elsewhere', () => {
	it('a theme form keeps another tab’s change and still clears what the user cleared', async () => {
		await ensureDefaultThemes(db);
		const base = (await db.assessmentThemes.get(T1))!;
		await new Repository(db, 'assessmentThemes').update(T1, {
			guidingQuestions: [{ fi: 'Kysymys toisesta välilehdestä' }]
		});
		const { description: _d, ...form } = fieldsOf(base); // eslint-disable-line @typescript-eslint/no-unused-vars
		const saved = await saveTheme(db, { id: T1, base }, { ...form, title: { fi: 'Uusi' } });
		expect(saved.title).toEqual({ fi: 'Uusi' });
		expect(saved.guidingQuestions).toEqual([{ fi: 'Kysymys toisesta välilehdestä' }]);
		expect(saved).not.toHaveProperty('description');
	});

	it('a round changed in both places is refused, and the new workshop meeting is not written', async () => {
		await ensureDefaultThemes(db);
		const round = await saveRound(db, undefined, {
			name: 'Kierros',
			regionIds: [],
			periodStart: '2026-01-01',
			focusThemeIds: [T1],
			sharedQuestions: [],
			invitedBodyIds: [],
			status: 'planning'
		});
		await new Repository(db, 'assessmentRounds').update(round.id, { name: 'Toisen nimi' });
		const err = await saveRound(
			db,
			{ id: round.id, base: round },
			{ ...fieldsOf(round), name: 'Oma nimi' },
			{ title: 'Työpaja', date: '2026-03-04', start: '12:00' }
		).catch((e) => e);
		expect(err).toMatchObject({ kind: 'conflict' });
		expect(err.details.issues.map((i: { path: string }) => i.path)).toEqual(['name']);
		expect(await db.meetings.count()).toBe(0);
		expect((await db.assessmentRounds.get(round.id))?.name).toBe('Toisen nimi');
	});

	it('a goal form keeps sources added meanwhile; removing a source re-reads the goal', async () => {
		await writeDataSet(db, buildDemoNetwork());
		const [P1, P2, P3] = [1, 2, 3].map(() => crypto.randomUUID());
		const goal = await createGoal(db, {
			roundId: ROUND,
			title: 'Tavoite',
			description: 'Kuvaus',
			status: 'active',
			sourcePointIds: [P1]
		});
		await addGoalSources(db, goal.id, [P2, P3]);
		const saved = await saveGoal(
			db,
			{ id: goal.id, base: goal },
			{ title: 'Tavoite', description: undefined, status: 'achieved' }
		);
		expect(saved).toMatchObject({ status: 'achieved', sourcePointIds: [P1, P2, P3] });
		expect(saved).not.toHaveProperty('description');
		expect((await removeGoalSource(db, goal.id, P2)).sourcePointIds).toEqual([P1, P3]);
	});
});
