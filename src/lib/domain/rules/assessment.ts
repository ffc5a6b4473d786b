/**
 * The collaboration assessment's pure rules: a round's progress (which invited
 * groups have submitted), the workshop's view of all groups' points per theme,
 * rating aggregates per theme, group and region, the comparison of a round with
 * the one it follows up, the state of next steps (late or not) and how a change
 * to a discussion is applied to the stored record. No Svelte, Dexie or clock:
 * `today` is a calendar date (YYYY-MM-DD) given by the caller.
 */
import type { Action } from '../entities/action';
import type { AssessmentRound } from '../entities/assessmentRound';
import type { LocalizedText } from '../entities/assessmentTheme';
import type { Body } from '../entities/body';
import type { Discussion, Point } from '../entities/discussion';
import type { FamilyCentre } from '../entities/familyCentre';
import type { Goal } from '../entities/goal';
import type { DiscussionPatch } from './discussionPatch';
import { fiCollator } from '../records';

export type Lang = 'fi' | 'sv' | 'en';
export type PointKind = Point['kind'];

/** A theme text in the UI language, falling back to Finnish (the only required one). */
export function localized(text: LocalizedText | undefined, lang: Lang): string {
	if (!text) return '';
	const own = text[lang]?.trim();
	return own ? own : text.fi;
}

const live = <T extends { deletedAt?: string }>(rows: readonly T[]) =>
	rows.filter((r) => !r.deletedAt);

/* ------------------------------------------------------------------ progress */

export type ThemeProgress = 'submitted' | 'draft' | 'missing';
export type GroupProgress = 'submitted' | 'in_progress' | 'missing';

export interface GroupStatus {
	bodyId: string;
	status: GroupProgress;
	themes: { themeId: string; status: ThemeProgress; discussionId?: string; points: number }[];
	/** The latest discussion date the group recorded, if any. */
	date?: string;
}

export interface RoundProgress {
	groups: GroupStatus[];
	submitted: number;
	inProgress: number;
	missing: number;
}

/**
 * Where each invited group stands: submitted when every focus theme's
 * discussion is submitted, missing when it has none, else in progress.
 */
export function roundProgress(
	round: Pick<AssessmentRound, 'id' | 'focusThemeIds' | 'invitedBodyIds'>,
	discussions: readonly Discussion[]
): RoundProgress {
	const mine = live(discussions).filter((d) => d.roundId === round.id);
	const groups = round.invitedBodyIds.map((bodyId): GroupStatus => {
		const own = mine.filter((d) => d.bodyId === bodyId);
		const themes = round.focusThemeIds.map((themeId) => {
			const d = own.find((x) => x.themeId === themeId);
			const status: ThemeProgress = !d ? 'missing' : d.submitted ? 'submitted' : 'draft';
			return { themeId, status, discussionId: d?.id, points: d?.points.length ?? 0 };
		});
		const found = themes.filter((t) => t.status !== 'missing').length;
		const status: GroupProgress =
			themes.length > 0 && themes.every((t) => t.status === 'submitted')
				? 'submitted'
				: found === 0
					? 'missing'
					: 'in_progress';
		const dates = own
			.filter((d) => round.focusThemeIds.includes(d.themeId))
			.map((d) => d.date)
			.filter((x): x is string => !!x)
			.sort();
		return { bodyId, status, themes, date: dates.at(-1) };
	});
	const count = (s: GroupProgress) => groups.filter((g) => g.status === s).length;
	return {
		groups,
		submitted: count('submitted'),
		inProgress: count('in_progress'),
		missing: count('missing')
	};
}

/* ------------------------------------------------------------------ workshop */

/** A discussion point with where it came from. */
export interface SourcedPoint extends Point {
	discussionId: string;
	bodyId: string;
	themeId: string;
}

export interface PointCluster {
	/** The facilitator's label; undefined for points not yet grouped. */
	label?: string;
	points: SourcedPoint[];
}

/** Points of a round's discussions; by default only the submitted ones (what reached the workshop). */
export function roundPoints(
	roundId: string,
	discussions: readonly Discussion[],
	{ includeDrafts = false }: { includeDrafts?: boolean } = {}
): SourcedPoint[] {
	return live(discussions)
		.filter((d) => d.roundId === roundId && (includeDrafts || d.submitted))
		.flatMap((d) =>
			d.points.map((p) => ({ ...p, discussionId: d.id, bodyId: d.bodyId, themeId: d.themeId }))
		);
}

const clusterKey = (label: string | undefined) => label?.trim().toLocaleLowerCase('fi') ?? '';

/**
 * Groups points by cluster label (case-insensitive, in Finnish order), the
 * ungrouped last; within a group the important points first (unless the
 * order must stay put, as under the facilitator's keyboard), then in the
 * order of `bodyOrder` (the round's invitation order) and as written.
 */
export function clusterPoints(
	points: readonly SourcedPoint[],
	bodyOrder: readonly string[] = [],
	{ importantFirst = true }: { importantFirst?: boolean } = {}
): PointCluster[] {
	const groups = new Map<string, PointCluster>();
	for (const p of points) {
		const key = clusterKey(p.cluster);
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { label: key ? p.cluster!.trim() : undefined, points: [] }));
		g.points.push(p);
	}
	const rank = (id: string) => {
		const i = bodyOrder.indexOf(id);
		return i < 0 ? bodyOrder.length : i;
	};
	for (const g of groups.values())
		g.points = g.points
			.map((p, i) => ({ p, i }))
			.sort(
				(a, b) =>
					(importantFirst ? Number(b.p.important) - Number(a.p.important) : 0) ||
					rank(a.p.bodyId) - rank(b.p.bodyId) ||
					a.i - b.i
			)
			.map((x) => x.p);
	return [...groups.values()].sort((a, b) => {
		if (!a.label) return b.label ? 1 : 0;
		if (!b.label) return -1;
		return fiCollator.compare(a.label, b.label);
	});
}

/** The distinct cluster labels in use in a round, in Finnish order (for suggestions). */
export function clusterLabels(points: readonly Pick<Point, 'cluster'>[]): string[] {
	const byKey = new Map<string, string>();
	for (const p of points) if (p.cluster?.trim()) byKey.set(clusterKey(p.cluster), p.cluster.trim());
	return [...byKey.values()].sort(fiCollator.compare);
}

export interface ThemeSynthesis {
	themeId: string;
	byKind: Record<PointKind, PointCluster[]>;
	important: number;
	goals: Goal[];
}

/** Per focus theme: every group's strengths, needs and ideas side by side, and the goals set. */
export function themeSyntheses(
	round: Pick<AssessmentRound, 'id' | 'focusThemeIds' | 'invitedBodyIds'>,
	discussions: readonly Discussion[],
	goals: readonly Goal[],
	options: { includeDrafts?: boolean; importantFirst?: boolean } = {}
): ThemeSynthesis[] {
	const points = roundPoints(round.id, discussions, options);
	const roundGoals = live(goals)
		.filter((g) => g.roundId === round.id)
		.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
	return round.focusThemeIds.map((themeId) => {
		const own = points.filter((p) => p.themeId === themeId);
		const of = (kind: PointKind) =>
			clusterPoints(
				own.filter((p) => p.kind === kind),
				round.invitedBodyIds,
				options
			);
		return {
			themeId,
			byKind: { strength: of('strength'), need: of('need'), idea: of('idea') },
			important: own.filter((p) => p.important).length,
			goals: roundGoals.filter((g) => g.themeId === themeId)
		};
	});
}

/** The points a goal cites, in the order cited; ids that no longer exist are skipped. */
export function goalSources(
	goal: Pick<Goal, 'sourcePointIds'>,
	points: readonly SourcedPoint[]
): SourcedPoint[] {
	const byId = new Map(points.map((p) => [p.id, p]));
	return goal.sourcePointIds.map((id) => byId.get(id)).filter((p): p is SourcedPoint => !!p);
}

/* ------------------------------------------------------------------- ratings */

export interface RatingSummary {
	count: number;
	mean?: number;
	min?: number;
	max?: number;
}

export function summarize(values: readonly number[]): RatingSummary {
	if (values.length === 0) return { count: 0 };
	const sum = values.reduce((a, b) => a + b, 0);
	return {
		count: values.length,
		mean: Math.round((sum / values.length) * 100) / 100,
		min: Math.min(...values),
		max: Math.max(...values)
	};
}

const rated = (roundId: string, discussions: readonly Discussion[], includeDrafts: boolean) =>
	live(discussions).filter(
		(d) => d.roundId === roundId && d.rating !== undefined && (includeDrafts || d.submitted)
	) as (Discussion & { rating: number })[];

export interface GroupRating {
	bodyId: string;
	rating: number;
}

/** Per focus theme, each group's current-state rating (groups in invitation order). */
export function ratingsByGroup(
	round: Pick<AssessmentRound, 'id' | 'focusThemeIds' | 'invitedBodyIds'>,
	discussions: readonly Discussion[],
	{ includeDrafts = false }: { includeDrafts?: boolean } = {}
): Map<string, GroupRating[]> {
	const rows = rated(round.id, discussions, includeDrafts);
	const order = (id: string) => {
		const i = round.invitedBodyIds.indexOf(id);
		return i < 0 ? Infinity : i;
	};
	return new Map(
		round.focusThemeIds.map((themeId) => [
			themeId,
			rows
				.filter((d) => d.themeId === themeId)
				.sort((a, b) => order(a.bodyId) - order(b.bodyId))
				.map((d) => ({ bodyId: d.bodyId, rating: d.rating }))
		])
	);
}

/** Per focus theme, the summary of all groups' ratings. */
export function ratingsByTheme(
	round: Pick<AssessmentRound, 'id' | 'focusThemeIds'>,
	discussions: readonly Discussion[],
	{ includeDrafts = false }: { includeDrafts?: boolean } = {}
): Map<string, RatingSummary> {
	const rows = rated(round.id, discussions, includeDrafts);
	return new Map(
		round.focusThemeIds.map((t) => [
			t,
			summarize(rows.filter((d) => d.themeId === t).map((d) => d.rating))
		])
	);
}

/**
 * The region a group speaks for: its own region, else its family centre's.
 * Province-wide and national groups have none.
 */
export function bodyRegionId(
	body: Pick<Body, 'regionId' | 'familyCentreId'> | undefined,
	familyCentres: readonly Pick<FamilyCentre, 'id' | 'regionId'>[]
): string | undefined {
	if (!body) return undefined;
	if (body.regionId) return body.regionId;
	if (body.familyCentreId) return familyCentres.find((f) => f.id === body.familyCentreId)?.regionId;
	return undefined;
}

export interface RegionRating {
	/** undefined: groups that cover the whole area (no region). */
	regionId?: string;
	summary: RatingSummary;
	bodyIds: string[];
}

/**
 * Per focus theme, the ratings summarised by the region of the group that
 * gave them, in the order of `regionOrder`; area-wide groups last.
 */
export function ratingsByRegion(
	round: Pick<AssessmentRound, 'id' | 'focusThemeIds'>,
	discussions: readonly Discussion[],
	bodies: readonly Pick<Body, 'id' | 'regionId' | 'familyCentreId'>[],
	familyCentres: readonly Pick<FamilyCentre, 'id' | 'regionId'>[],
	regionOrder: readonly string[] = [],
	{ includeDrafts = false }: { includeDrafts?: boolean } = {}
): Map<string, RegionRating[]> {
	const rows = rated(round.id, discussions, includeDrafts);
	const bodyById = new Map(bodies.map((b) => [b.id, b]));
	const out = new Map<string, RegionRating[]>();
	for (const themeId of round.focusThemeIds) {
		const buckets = new Map<string, { values: number[]; bodyIds: string[] }>();
		for (const d of rows.filter((r) => r.themeId === themeId)) {
			const key = bodyRegionId(bodyById.get(d.bodyId), familyCentres) ?? '';
			const b = buckets.get(key) ?? { values: [], bodyIds: [] };
			b.values.push(d.rating);
			b.bodyIds.push(d.bodyId);
			buckets.set(key, b);
		}
		const rank = (k: string) => {
			if (!k) return Infinity;
			const i = regionOrder.indexOf(k);
			return i < 0 ? regionOrder.length : i;
		};
		out.set(
			themeId,
			[...buckets.entries()]
				.sort(([a], [b]) => rank(a) - rank(b))
				.map(([k, v]) => ({
					regionId: k || undefined,
					summary: summarize(v.values),
					bodyIds: v.bodyIds
				}))
		);
	}
	return out;
}

/* ---------------------------------------------------------------- follow-up */

export type ActionState = 'open' | 'late' | 'done' | 'cancelled';

/** Late: the due date has passed (before today) and the step is neither done nor cancelled. */
export function actionState(
	action: Pick<Action, 'status' | 'dueDate'>,
	today: string
): ActionState {
	if (action.status === 'done') return 'done';
	if (action.status === 'cancelled') return 'cancelled';
	if (action.dueDate && action.dueDate < today) return 'late';
	return 'open';
}

export function actionCounts(
	actions: readonly Pick<Action, 'status' | 'dueDate' | 'deletedAt'>[],
	today: string
): Record<ActionState, number> {
	const out: Record<ActionState, number> = { open: 0, late: 0, done: 0, cancelled: 0 };
	for (const a of live(actions)) out[actionState(a, today)]++;
	return out;
}

/** The actions of a round: its own and those of its goals. */
export function roundActions<A extends Pick<Action, 'roundId' | 'goalId' | 'deletedAt'>>(
	roundId: string,
	goals: readonly Pick<Goal, 'id' | 'roundId' | 'deletedAt'>[],
	actions: readonly A[]
): A[] {
	const goalIds = new Set(
		live(goals)
			.filter((g) => g.roundId === roundId)
			.map((g) => g.id)
	);
	return live(actions).filter(
		(a) => a.roundId === roundId || (a.goalId !== undefined && goalIds.has(a.goalId))
	);
}

export interface ThemeComparison {
	themeId: string;
	previous: RatingSummary;
	current: RatingSummary;
	/** current mean − previous mean, when both rounds rated the theme. */
	change?: number;
}

export interface GoalFollowUp {
	goal: Goal;
	actions: Record<ActionState, number>;
	total: number;
}

export interface RoundComparison {
	previousRoundId: string;
	themes: ThemeComparison[];
	/** The earlier round's goals and how far their next steps got. */
	previousGoals: GoalFollowUp[];
	currentGoals: Goal[];
}

/**
 * A later round against the one it follows up: the ratings of the themes
 * either round focused on, and the earlier round's goals with their steps.
 */
export function compareRounds(
	current: Pick<AssessmentRound, 'id' | 'focusThemeIds'>,
	previous: Pick<AssessmentRound, 'id' | 'focusThemeIds'>,
	discussions: readonly Discussion[],
	goals: readonly Goal[],
	actions: readonly Action[],
	today: string
): RoundComparison {
	const themeIds = [
		...current.focusThemeIds,
		...previous.focusThemeIds.filter((t) => !current.focusThemeIds.includes(t))
	];
	const cur = ratingsByTheme({ id: current.id, focusThemeIds: themeIds }, discussions);
	const prev = ratingsByTheme({ id: previous.id, focusThemeIds: themeIds }, discussions);
	const themes = themeIds.map((themeId): ThemeComparison => {
		const c = cur.get(themeId)!;
		const p = prev.get(themeId)!;
		const change =
			c.mean !== undefined && p.mean !== undefined
				? Math.round((c.mean - p.mean) * 100) / 100
				: undefined;
		return { themeId, previous: p, current: c, ...(change !== undefined ? { change } : {}) };
	});
	const liveGoals = live(goals);
	const liveActions = live(actions);
	const previousGoals = liveGoals
		.filter((g) => g.roundId === previous.id)
		.map((goal) => {
			const own = liveActions.filter((a) => a.goalId === goal.id);
			return { goal, actions: actionCounts(own, today), total: own.length };
		});
	return {
		previousRoundId: previous.id,
		themes,
		previousGoals,
		currentGoals: liveGoals.filter((g) => g.roundId === current.id)
	};
}

/* ------------------------------------------------------- editing discussions */

// The change itself (a schema, since the edit journal reads it back from storage) and the
// rules of replaying it live in discussionPatch.ts.
export type { DiscussionPatch, PointChange } from './discussionPatch';

type DiscussionFields = Omit<
	Discussion,
	'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt'
>;

/** A new, empty discussion of one theme by one group. */
export function emptyDiscussion(
	roundId: string,
	bodyId: string,
	themeId: string
): DiscussionFields {
	return { roundId, bodyId, themeId, points: [], participantSectors: [], submitted: false };
}

/**
 * The discussion with the patch applied. A point change whose text is blank
 * keeps the old text (the editor removes a point explicitly); a change to a
 * point that no longer exists re-adds it when it carries kind and text, so an
 * edit racing a removal in another tab is not lost.
 */
export function applyDiscussionPatch<D extends DiscussionFields>(
	current: D,
	patch: DiscussionPatch
): D {
	const next: D = { ...current };
	const set = <K extends 'date' | 'rating' | 'participantCount' | 'notes'>(
		key: K,
		value: D[K] | null | undefined
	) => {
		if (value === undefined) return;
		if (value === null || value === '') delete next[key];
		else next[key] = value;
	};
	set('date', patch.date as D['date'] | null | undefined);
	set('rating', patch.rating as D['rating'] | null | undefined);
	set('participantCount', patch.participantCount as D['participantCount'] | null | undefined);
	set('notes', patch.notes as D['notes'] | null | undefined);
	if (patch.participantSectors) next.participantSectors = [...new Set(patch.participantSectors)];
	if (patch.submitted !== undefined) next.submitted = patch.submitted;

	if (patch.points?.length || patch.removePointIds?.length) {
		const removed = new Set(patch.removePointIds ?? []);
		const points = current.points.filter((p) => !removed.has(p.id)).map((p) => ({ ...p }));
		for (const change of patch.points ?? []) {
			if (removed.has(change.id)) continue;
			const text = change.text?.trim();
			const existing = points.find((p) => p.id === change.id);
			if (existing) {
				if (change.kind) existing.kind = change.kind;
				if (text) existing.text = text;
				if (change.important !== undefined) existing.important = change.important;
				if (change.cluster !== undefined) {
					const label = change.cluster?.trim();
					if (label) existing.cluster = label;
					else delete existing.cluster;
				}
			} else if (change.kind && text) {
				const label = change.cluster?.trim();
				points.push({
					id: change.id,
					kind: change.kind,
					text,
					important: change.important ?? false,
					...(label ? { cluster: label } : {})
				});
			}
		}
		next.points = points;
	}
	return next;
}

/** Whether a discussion has anything a group wrote in it. */
export function hasContent(d: Pick<Discussion, 'points' | 'rating' | 'notes'>): boolean {
	return d.points.length > 0 || d.rating !== undefined || !!d.notes?.trim();
}

/** Sort helper: bodies by name in Finnish order. */
export function byName<T extends { name: string }>(a: T, b: T): number {
	return fiCollator.compare(a.name, b.name);
}
