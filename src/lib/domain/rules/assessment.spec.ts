import { describe, expect, it } from 'vitest';
import type { Action, AssessmentRound, Discussion, Goal, Point } from '../entities';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { defaultThemeId } from '../defaults/assessmentThemes';
import {
	actionCounts,
	actionState,
	applyDiscussionPatch,
	bodyRegionId,
	clusterLabels,
	clusterPoints,
	compareRounds,
	emptyDiscussion,
	goalSources,
	localized,
	ratingsByGroup,
	ratingsByRegion,
	ratingsByTheme,
	roundActions,
	roundPoints,
	roundProgress,
	summarize,
	themeSyntheses,
	type SourcedPoint
} from './assessment';

const T = '2026-01-01T00:00:00.000Z';
const u = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const rec = (n: number) => ({ id: u(n), createdAt: T, updatedAt: T, version: 1 });
const [THEME_A, THEME_B] = [u(900), u(901)];
const [WEST, SOUTH, NGO, LOCAL] = [u(800), u(801), u(802), u(803)];
const [R_WEST, R_SOUTH] = [u(700), u(701)];

const round = (n: number, extra: Partial<AssessmentRound> = {}): AssessmentRound => ({
	...rec(n),
	name: `Kierros ${n}`,
	regionIds: [],
	periodStart: '2024-08-01',
	focusThemeIds: [THEME_A, THEME_B],
	sharedQuestions: [],
	invitedBodyIds: [WEST, SOUTH, NGO],
	status: 'discussions',
	...extra
});

let seq = 1000;
const point = (kind: Point['kind'], text: string, extra: Partial<Point> = {}): Point => ({
	id: u(seq++),
	kind,
	text,
	important: false,
	...extra
});
const discussion = (
	roundId: string,
	bodyId: string,
	themeId: string,
	extra: Partial<Discussion> = {}
): Discussion => ({
	...rec(seq++),
	...emptyDiscussion(roundId, bodyId, themeId),
	submitted: true,
	...extra
});

describe('localized', () => {
	it('shows the UI language and falls back to Finnish', () => {
		const t = { fi: 'Viestintä', sv: 'Kommunikation' };
		expect(localized(t, 'sv')).toBe('Kommunikation');
		expect(localized(t, 'en')).toBe('Viestintä');
		expect(localized({ fi: 'A', en: '  ' }, 'en')).toBe('A');
		expect(localized(undefined, 'fi')).toBe('');
	});
});

describe('roundProgress', () => {
	it('tells submitted, in-progress and missing groups apart', () => {
		const r = round(1);
		const p = roundProgress(r, [
			discussion(r.id, WEST, THEME_A, { date: '2024-08-20' }),
			discussion(r.id, WEST, THEME_B, { date: '2024-08-21' }),
			discussion(r.id, SOUTH, THEME_A),
			discussion(r.id, SOUTH, THEME_B, { submitted: false }),
			// Another round's and deleted discussions do not count.
			discussion(u(2), NGO, THEME_A),
			discussion(r.id, NGO, THEME_A, { deletedAt: T })
		]);
		expect(p.groups.map((g) => [g.bodyId, g.status])).toEqual([
			[WEST, 'submitted'],
			[SOUTH, 'in_progress'],
			[NGO, 'missing']
		]);
		expect(p.groups[0].date).toBe('2024-08-21');
		expect(p.groups[1].themes.map((t) => t.status)).toEqual(['submitted', 'draft']);
		expect(p).toMatchObject({ submitted: 1, inProgress: 1, missing: 1 });
	});

	it('counts a group as in progress when a focus theme has no discussion yet', () => {
		const r = round(1);
		const p = roundProgress(r, [discussion(r.id, WEST, THEME_A)]);
		expect(p.groups[0].status).toBe('in_progress');
		expect(p.groups[0].themes[1]).toMatchObject({ status: 'missing', points: 0 });
	});

	it('matches the demo: west and south submitted, the NGO network partly, two missing', () => {
		const demo = buildDemoNetwork();
		const r = demo.assessmentRounds.find((x) => x.id === demoId('round:2024'))!;
		const p = roundProgress(r, demo.discussions);
		const status = Object.fromEntries(
			p.groups.map((g) => [demo.bodies.find((b) => b.id === g.bodyId)!.name, g.status])
		);
		expect(status).toEqual({
			'Läntisen alueen koordinaatioryhmä': 'submitted',
			'Eteläisen alueen koordinaatioryhmä': 'submitted',
			'Pohjoisen alueen koordinaatioryhmä': 'missing',
			'Maakunnallinen järjestöyhteistyöryhmä': 'missing',
			'Pirkanmaan lapsi- ja perhejärjestöjen verkosto': 'in_progress'
		});
	});
});

describe('workshop synthesis', () => {
	const r = round(1);
	const west = discussion(r.id, WEST, THEME_A, {
		points: [
			point('strength', 'Agentit tuntevat järjestöt', { cluster: 'Agentit' }),
			point('need', 'Yhteystiedot hukassa', { cluster: 'Hakemisto' }),
			point('idea', 'Yhteinen hakemisto', { cluster: 'hakemisto ' })
		]
	});
	const south = discussion(r.id, SOUTH, THEME_A, {
		points: [
			point('need', 'Seurakuntien työ tuntematonta'),
			point('need', 'Tieto vanhenee', { cluster: 'Hakemisto', important: true })
		]
	});
	const draft = discussion(r.id, NGO, THEME_A, {
		submitted: false,
		points: [point('need', 'Luonnos')]
	});
	const themeB = discussion(r.id, SOUTH, THEME_B, { points: [point('idea', 'Järjestötori')] });

	it('shows only submitted discussions unless drafts are asked for', () => {
		expect(roundPoints(r.id, [west, south, draft]).map((p) => p.text)).not.toContain('Luonnos');
		expect(
			roundPoints(r.id, [west, south, draft], { includeDrafts: true }).map((p) => p.text)
		).toContain('Luonnos');
	});

	it('puts every group’s points of a theme side by side, grouped by cluster label', () => {
		const [a, b] = themeSyntheses(r, [west, south, draft, themeB], []);
		expect(a.themeId).toBe(THEME_A);
		const needs = a.byKind.need;
		// Labels match regardless of case and spaces; ungrouped points come last.
		expect(needs.map((c) => c.label)).toEqual(['Hakemisto', undefined]);
		// Important first, then in the round's invitation order.
		expect(needs[0].points.map((p) => p.text)).toEqual(['Tieto vanhenee', 'Yhteystiedot hukassa']);
		expect(needs[0].points[0]).toMatchObject({ bodyId: SOUTH, discussionId: south.id });
		expect(a.byKind.idea[0].label).toBe('hakemisto');
		expect(a.important).toBe(1);
		expect(b.byKind.idea[0].points[0].text).toBe('Järjestötori');
		// The workshop keeps the order put while the facilitator marks points.
		const [still] = themeSyntheses(r, [west, south], [], { importantFirst: false });
		expect(still.byKind.need[0].points.map((p) => p.text)).toEqual([
			'Yhteystiedot hukassa',
			'Tieto vanhenee'
		]);
	});

	it('sorts cluster labels the Finnish way and lists each label once', () => {
		const pts = ['Äänestys', 'Ohjaus', 'ohjaus', 'Öljy', 'Zeta'].map(
			(c) => ({ ...point('need', c, { cluster: c }) }) as SourcedPoint
		);
		expect(clusterLabels(pts)).toEqual(['ohjaus', 'Zeta', 'Äänestys', 'Öljy']);
		expect(clusterPoints(pts).map((c) => c.label)).toEqual(['Ohjaus', 'Zeta', 'Äänestys', 'Öljy']);
	});

	it('attaches goals to their theme and resolves their source points', () => {
		const goal: Goal = {
			...rec(50),
			roundId: r.id,
			themeId: THEME_A,
			title: 'Yhteinen hakemisto',
			sourcePointIds: [south.points[1].id, u(99999), west.points[1].id],
			status: 'active'
		};
		const [a, b] = themeSyntheses(r, [west, south], [goal]);
		expect(a.goals).toEqual([goal]);
		expect(b.goals).toEqual([]);
		expect(goalSources(goal, roundPoints(r.id, [west, south])).map((p) => p.text)).toEqual([
			'Tieto vanhenee',
			'Yhteystiedot hukassa'
		]);
	});
});

describe('ratings', () => {
	const r = round(1);
	const bodies = [
		{ id: WEST, regionId: R_WEST },
		{ id: SOUTH, regionId: R_SOUTH },
		{ id: NGO },
		{ id: LOCAL, familyCentreId: u(600) }
	];
	const fcs = [{ id: u(600), regionId: R_WEST }];
	const ds = [
		discussion(r.id, WEST, THEME_A, { rating: 2 }),
		discussion(r.id, LOCAL, THEME_A, { rating: 3 }),
		discussion(r.id, SOUTH, THEME_A, { rating: 4 }),
		discussion(r.id, NGO, THEME_A, { rating: 1 }),
		discussion(r.id, SOUTH, THEME_B),
		discussion(r.id, NGO, THEME_B, { rating: 5, submitted: false })
	];

	it('summarises a list of ratings', () => {
		expect(summarize([])).toEqual({ count: 0 });
		expect(summarize([2, 3, 3])).toEqual({ count: 3, mean: 2.67, min: 2, max: 3 });
	});

	it('per theme: mean of the submitted ratings; unrated and drafts left out', () => {
		const t = ratingsByTheme(r, ds);
		expect(t.get(THEME_A)).toEqual({ count: 4, mean: 2.5, min: 1, max: 4 });
		expect(t.get(THEME_B)).toEqual({ count: 0 });
		expect(ratingsByTheme(r, ds, { includeDrafts: true }).get(THEME_B)?.mean).toBe(5);
	});

	it('per group, in the round’s invitation order', () => {
		expect(ratingsByGroup(r, ds).get(THEME_A)).toEqual([
			{ bodyId: WEST, rating: 2 },
			{ bodyId: SOUTH, rating: 4 },
			{ bodyId: NGO, rating: 1 },
			{ bodyId: LOCAL, rating: 3 }
		]);
	});

	it('per region through the group’s region or its family centre’s; area-wide groups last', () => {
		expect(bodyRegionId(bodies[3], fcs)).toBe(R_WEST);
		expect(bodyRegionId(bodies[2], fcs)).toBeUndefined();
		const byRegion = ratingsByRegion(r, ds, bodies, fcs, [R_SOUTH, R_WEST]).get(THEME_A)!;
		expect(byRegion).toEqual([
			{ regionId: R_SOUTH, summary: { count: 1, mean: 4, min: 4, max: 4 }, bodyIds: [SOUTH] },
			{
				regionId: R_WEST,
				summary: { count: 2, mean: 2.5, min: 2, max: 3 },
				bodyIds: [WEST, LOCAL]
			},
			{ regionId: undefined, summary: { count: 1, mean: 1, min: 1, max: 1 }, bodyIds: [NGO] }
		]);
	});

	it('per region in the demo: the three regional groups and the area-wide NGO network', () => {
		const demo = buildDemoNetwork();
		const r24 = demo.assessmentRounds.find((x) => x.id === demoId('round:2024'))!;
		const regions = demo.regions.map((x) => x.id);
		const t1 = ratingsByRegion(r24, demo.discussions, demo.bodies, demo.familyCentres, regions).get(
			defaultThemeId(1)
		)!;
		const name = (id?: string) => demo.regions.find((x) => x.id === id)?.name ?? 'koko alue';
		expect(t1.map((x) => [name(x.regionId), x.summary.mean])).toEqual([
			['Läntinen alue', 2],
			['Eteläinen alue', 2],
			['koko alue', 2]
		]);
	});
});

describe('follow-up', () => {
	const action = (extra: Partial<Action>): Action => ({
		...rec(seq++),
		title: 'Askel',
		status: 'open',
		...extra
	});

	it('is late when the due date has passed and the step is not done or cancelled', () => {
		const today = '2025-03-10';
		expect(actionState(action({ dueDate: '2025-03-09' }), today)).toBe('late');
		expect(actionState(action({ dueDate: '2025-03-10' }), today)).toBe('open');
		expect(actionState(action({ dueDate: '2025-03-09', status: 'in_progress' }), today)).toBe(
			'late'
		);
		expect(actionState(action({ dueDate: '2025-01-01', status: 'done' }), today)).toBe('done');
		expect(actionState(action({ dueDate: '2025-01-01', status: 'cancelled' }), today)).toBe(
			'cancelled'
		);
		expect(actionState(action({}), today)).toBe('open');
	});

	it('counts actions by state, leaving deleted ones out', () => {
		const list = [
			action({ dueDate: '2025-01-01' }),
			action({ status: 'done' }),
			action({}),
			action({ dueDate: '2025-01-01', deletedAt: T })
		];
		expect(actionCounts(list, '2025-06-01')).toEqual({ open: 1, late: 1, done: 1, cancelled: 0 });
	});

	it('finds a round’s actions through the round or its goals', () => {
		const g = { ...rec(60), roundId: u(1) };
		const other = { ...rec(61), roundId: u(2) };
		const list = [
			action({ roundId: u(1) }),
			action({ goalId: g.id }),
			action({ goalId: other.id }),
			action({})
		];
		expect(roundActions(u(1), [g, other], list)).toEqual(list.slice(0, 2));
	});

	it('compares a later round’s ratings and the earlier round’s goals', () => {
		const first = round(1, { focusThemeIds: [THEME_A, THEME_B] });
		const later = round(2, { focusThemeIds: [THEME_A], previousRoundId: first.id });
		const goal: Goal = {
			...rec(70),
			roundId: first.id,
			themeId: THEME_A,
			title: 'Hakemisto',
			sourcePointIds: [],
			status: 'active'
		};
		const newGoal: Goal = { ...goal, ...rec(71), roundId: later.id, title: 'Uusi' };
		const c = compareRounds(
			later,
			first,
			[
				discussion(first.id, WEST, THEME_A, { rating: 2 }),
				discussion(first.id, SOUTH, THEME_A, { rating: 3 }),
				discussion(first.id, SOUTH, THEME_B, { rating: 3 }),
				discussion(later.id, WEST, THEME_A, { rating: 4 }),
				discussion(later.id, SOUTH, THEME_A, { rating: 3 })
			],
			[goal, newGoal],
			[
				action({ goalId: goal.id, status: 'done' }),
				action({ goalId: goal.id, dueDate: '2025-01-01' }),
				action({ goalId: newGoal.id })
			],
			'2025-06-01'
		);
		expect(c.themes).toEqual([
			{
				themeId: THEME_A,
				previous: { count: 2, mean: 2.5, min: 2, max: 3 },
				current: { count: 2, mean: 3.5, min: 3, max: 4 },
				change: 1
			},
			{
				themeId: THEME_B,
				previous: { count: 1, mean: 3, min: 3, max: 3 },
				current: { count: 0 }
			}
		]);
		expect(c.previousGoals).toEqual([
			{ goal, actions: { open: 0, late: 1, done: 1, cancelled: 0 }, total: 2 }
		]);
		expect(c.currentGoals).toEqual([newGoal]);
	});
});

describe('applyDiscussionPatch', () => {
	const base = discussion(u(1), WEST, THEME_A, {
		submitted: false,
		rating: 2,
		date: '2024-08-20',
		points: [point('strength', 'Yksi'), point('need', 'Kaksi', { cluster: 'C', important: true })]
	});

	it('changes only the fields in the patch and clears with null', () => {
		const next = applyDiscussionPatch(base, { rating: null, participantCount: 7 });
		expect(next.rating).toBeUndefined();
		expect('rating' in next).toBe(false);
		expect(next).toMatchObject({ participantCount: 7, date: '2024-08-20', points: base.points });
		expect(base.rating).toBe(2);
	});

	it('edits a point’s text without touching its workshop marks', () => {
		const id = base.points[1].id;
		const next = applyDiscussionPatch(base, { points: [{ id, kind: 'need', text: ' Uusi ' }] });
		expect(next.points[1]).toEqual({ ...base.points[1], text: 'Uusi' });
	});

	it('adds new points at the end, removes points, and keeps text when the change is blank', () => {
		const next = applyDiscussionPatch(base, {
			points: [
				{ id: u(5000), kind: 'idea', text: 'Kolme' },
				{ id: base.points[0].id, text: '   ' }
			],
			removePointIds: [base.points[1].id]
		});
		expect(next.points.map((p) => p.text)).toEqual(['Yksi', 'Kolme']);
		expect(next.points[1]).toEqual({ id: u(5000), kind: 'idea', text: 'Kolme', important: false });
	});

	it('re-adds a point edited in one tab and removed in another, so the edit is not lost', () => {
		const gone = applyDiscussionPatch(base, { removePointIds: [base.points[0].id] });
		const next = applyDiscussionPatch(gone, {
			points: [{ id: base.points[0].id, kind: 'strength', text: 'Yksi muokattu' }]
		});
		expect(next.points.map((p) => p.text)).toEqual(['Kaksi', 'Yksi muokattu']);
		// A workshop mark on a removed point does not bring it back.
		expect(
			applyDiscussionPatch(gone, { points: [{ id: base.points[0].id, important: true }] }).points
		).toHaveLength(1);
	});

	it('sets and clears cluster labels', () => {
		const id = base.points[1].id;
		expect(
			applyDiscussionPatch(base, { points: [{ id, cluster: null }] }).points[1]
		).not.toHaveProperty('cluster');
		expect(
			applyDiscussionPatch(base, { points: [{ id, cluster: ' Hakemisto ' }] }).points[1].cluster
		).toBe('Hakemisto');
	});

	it('keeps the participants’ sectors unique', () => {
		expect(
			applyDiscussionPatch(base, { participantSectors: ['ngo', 'parish', 'ngo'] })
				.participantSectors
		).toEqual(['ngo', 'parish']);
	});
});
