/**
 * A round's report as plain data with every name resolved: per theme the
 * strengths, needs and ideas (grouped as in the workshop), the goals with their
 * next steps, the ratings by group and by region; the groups' progress; and
 * the comparison with the round it follows up. The in-app report and the
 * standalone HTML document both render this one model, so they cannot disagree.
 */
import type { Action } from '../entities/action';
import type { AssessmentRound } from '../entities/assessmentRound';
import type { AssessmentTheme } from '../entities/assessmentTheme';
import type { Body } from '../entities/body';
import type { Discussion } from '../entities/discussion';
import type { FamilyCentre } from '../entities/familyCentre';
import type { Goal } from '../entities/goal';
import type { Meeting } from '../entities/meeting';
import type { Organisation } from '../entities/organisation';
import type { Person } from '../entities/person';
import type { Region } from '../entities/region';
import { fiCollator, isLive } from '../records';
import {
	actionState,
	compareRounds,
	goalSources,
	localized,
	ratingsByGroup,
	ratingsByRegion,
	ratingsByTheme,
	roundActions,
	roundPoints,
	roundProgress,
	themeSyntheses,
	type ActionState,
	type GroupProgress,
	type Lang,
	type PointCluster,
	type RatingSummary,
	type SourcedPoint
} from './assessment';

export interface ReportInput {
	round: AssessmentRound;
	previousRound?: AssessmentRound;
	themes: AssessmentTheme[];
	discussions: Discussion[];
	goals: Goal[];
	actions: Action[];
	bodies: Body[];
	regions: Region[];
	familyCentres: FamilyCentre[];
	organisations: Organisation[];
	persons: Person[];
	meetings: Meeting[];
}

export interface ReportPoint {
	text: string;
	group: string;
	important: boolean;
}
export interface ReportCluster {
	label?: string;
	points: ReportPoint[];
}
export interface ReportAction {
	title: string;
	description?: string;
	goal?: string;
	responsible: string[];
	dueDate?: string;
	status: Action['status'];
	state: ActionState;
}
export interface ReportGoal {
	title: string;
	description?: string;
	status: Goal['status'];
	sources: ReportPoint[];
	actions: ReportAction[];
}
export interface ReportBar {
	label: string;
	/** Undefined: the group discussed the theme but did not rate it. */
	value?: number;
	/** How many ratings a region's value is the mean of. */
	count?: number;
}
export interface ReportTheme {
	id: string;
	number: number;
	title: string;
	description: string;
	questions: string[];
	strengths: ReportCluster[];
	needs: ReportCluster[];
	ideas: ReportCluster[];
	goals: ReportGoal[];
	byGroup: ReportBar[];
	byRegion: ReportBar[];
	rating: RatingSummary;
	scale: { value: number; label: string }[];
	scaleMax: number;
}
export interface ReportComparison {
	previousName: string;
	themes: { title: string; previous: RatingSummary; current: RatingSummary; change?: number }[];
	previousGoals: {
		title: string;
		theme?: string;
		status: Goal['status'];
		actions: Record<ActionState, number>;
		total: number;
	}[];
}
export interface RoundReport {
	name: string;
	area?: string;
	regions: string[];
	periodStart: string;
	periodEnd?: string;
	status: AssessmentRound['status'];
	description?: string;
	sharedQuestions: string[];
	workshop?: { title: string; start: string; place?: string };
	groups: { name: string; status: GroupProgress; date?: string }[];
	themes: ReportTheme[];
	/** Goals of the round not tied to one of its focus themes. */
	otherGoals: ReportGoal[];
	/** Next steps of the round that belong to no goal. */
	otherActions: ReportAction[];
	comparison?: ReportComparison;
}

export interface ReportLabels {
	/** The bar for groups that cover the whole area, e.g. "Koko alue". */
	noRegion: string;
	/** Name shown for a record that no longer exists. */
	unknown: string;
}

export function buildRoundReport(
	input: ReportInput,
	lang: Lang,
	today: string,
	labels: ReportLabels
): RoundReport {
	const { round } = input;
	const nameOf = <T extends { id: string; name: string }>(rows: readonly T[]) => {
		const map = new Map(rows.map((r) => [r.id, r.name]));
		return (id: string | undefined) => (id ? (map.get(id) ?? labels.unknown) : labels.unknown);
	};
	const bodyName = nameOf(input.bodies);
	const regionName = nameOf(input.regions);
	const orgName = nameOf(input.organisations);
	const personName = nameOf(input.persons);
	const themeById = new Map(input.themes.map((t) => [t.id, t]));
	const goalTitle = new Map(input.goals.map((g) => [g.id, g.title]));

	const point = (p: SourcedPoint): ReportPoint => ({
		text: p.text,
		group: bodyName(p.bodyId),
		important: p.important
	});
	const clusters = (cs: PointCluster[]): ReportCluster[] =>
		cs.map((c) => ({ ...(c.label ? { label: c.label } : {}), points: c.points.map(point) }));
	const action = (a: Action): ReportAction => ({
		title: a.title,
		...(a.description ? { description: a.description } : {}),
		...(a.goalId && goalTitle.has(a.goalId) ? { goal: goalTitle.get(a.goalId) } : {}),
		responsible: [
			a.responsibleOrganisationId && orgName(a.responsibleOrganisationId),
			a.responsibleBodyId && bodyName(a.responsibleBodyId),
			a.responsiblePersonId && personName(a.responsiblePersonId)
		].filter((x): x is string => !!x),
		...(a.dueDate ? { dueDate: a.dueDate } : {}),
		status: a.status,
		state: actionState(a, today)
	});
	const byDue = (a: Action, b: Action) =>
		(a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
		a.createdAt.localeCompare(b.createdAt);

	const points = roundPoints(round.id, input.discussions);
	const liveActions = roundActions(round.id, input.goals, input.actions).sort(byDue);
	const goal = (g: Goal): ReportGoal => ({
		title: g.title,
		...(g.description ? { description: g.description } : {}),
		status: g.status,
		sources: goalSources(g, points).map(point),
		actions: liveActions.filter((a) => a.goalId === g.id).map(action)
	});
	const roundGoals = input.goals
		.filter((g) => isLive(g) && g.roundId === round.id)
		.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
	const syntheses = themeSyntheses(round, input.discussions, input.goals);
	const byGroup = ratingsByGroup(round, input.discussions);
	const byRegion = ratingsByRegion(
		round,
		input.discussions,
		input.bodies,
		input.familyCentres,
		[...input.regions].sort((a, b) => fiCollator.compare(a.name, b.name)).map((r) => r.id)
	);
	const byTheme = ratingsByTheme(round, input.discussions);
	const submitted = input.discussions.filter(
		(d) => !d.deletedAt && d.roundId === round.id && d.submitted
	);

	const themes = syntheses.map((s): ReportTheme => {
		const theme = themeById.get(s.themeId);
		const scale = (theme?.ratingScale ?? [])
			.map((l) => ({ value: l.value, label: localized(l.label, lang) }))
			.sort((a, b) => a.value - b.value);
		const ratings = byGroup.get(s.themeId) ?? [];
		const discussed = round.invitedBodyIds.filter((b) =>
			submitted.some((d) => d.bodyId === b && d.themeId === s.themeId)
		);
		const groupBars: ReportBar[] = discussed.map((bodyId) => {
			const r = ratings.find((x) => x.bodyId === bodyId);
			return { label: bodyName(bodyId), ...(r ? { value: r.rating } : {}) };
		});
		// Groups that rated the theme without being invited (any more) still count.
		for (const r of ratings)
			if (!discussed.includes(r.bodyId))
				groupBars.push({ label: bodyName(r.bodyId), value: r.rating });
		const values = ratings.map((r) => r.rating);
		return {
			id: s.themeId,
			number: theme?.number ?? 0,
			title: theme ? localized(theme.title, lang) : labels.unknown,
			description: theme ? localized(theme.description, lang) : '',
			questions: (theme?.guidingQuestions ?? []).map((q) => localized(q, lang)),
			strengths: clusters(s.byKind.strength),
			needs: clusters(s.byKind.need),
			ideas: clusters(s.byKind.idea),
			goals: s.goals.map(goal),
			byGroup: groupBars,
			byRegion: (byRegion.get(s.themeId) ?? []).map((r) => ({
				label: r.regionId ? regionName(r.regionId) : labels.noRegion,
				...(r.summary.mean !== undefined ? { value: r.summary.mean } : {}),
				count: r.summary.count
			})),
			rating: byTheme.get(s.themeId) ?? { count: 0 },
			scale,
			scaleMax: Math.max(1, ...scale.map((l) => l.value), ...values)
		};
	});

	const inThemes = new Set(syntheses.flatMap((s) => s.goals.map((g) => g.id)));
	const goalIds = new Set(roundGoals.map((g) => g.id));
	const progress = roundProgress(round, input.discussions);
	const workshop = input.meetings.find((m) => m.id === round.workshopMeetingId && !m.deletedAt);

	let comparison: ReportComparison | undefined;
	if (input.previousRound && !input.previousRound.deletedAt) {
		const c = compareRounds(
			round,
			input.previousRound,
			input.discussions,
			input.goals,
			input.actions,
			today
		);
		const title = (id: string | undefined) => {
			const t = id ? themeById.get(id) : undefined;
			return t ? localized(t.title, lang) : undefined;
		};
		comparison = {
			previousName: input.previousRound.name,
			themes: c.themes.map((t) => ({
				title: title(t.themeId) ?? labels.unknown,
				previous: t.previous,
				current: t.current,
				...(t.change !== undefined ? { change: t.change } : {})
			})),
			previousGoals: c.previousGoals.map((g) => ({
				title: g.goal.title,
				...(title(g.goal.themeId) ? { theme: title(g.goal.themeId) } : {}),
				status: g.goal.status,
				actions: g.actions,
				total: g.total
			}))
		};
	}

	return {
		name: round.name,
		...(round.area ? { area: round.area } : {}),
		regions: round.regionIds.map(regionName),
		periodStart: round.periodStart,
		...(round.periodEnd ? { periodEnd: round.periodEnd } : {}),
		status: round.status,
		...(round.description ? { description: round.description } : {}),
		sharedQuestions: round.sharedQuestions,
		...(workshop
			? {
					workshop: {
						title: workshop.title,
						start: workshop.start,
						...(workshop.place ? { place: workshop.place } : {})
					}
				}
			: {}),
		groups: progress.groups.map((g) => ({
			name: bodyName(g.bodyId),
			status: g.status,
			...(g.date ? { date: g.date } : {})
		})),
		themes,
		otherGoals: roundGoals.filter((g) => !inThemes.has(g.id)).map(goal),
		otherActions: liveActions.filter((a) => !a.goalId || !goalIds.has(a.goalId)).map(action),
		...(comparison ? { comparison } : {})
	};
}
