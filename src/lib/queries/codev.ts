/**
 * The reads behind the co-development pages, for `Live` queries: each returns
 * what one page needs, skipping tombstones. Only Dexie calls happen inside, so
 * a live query re-runs when any table it read changes (in any tab).
 */
import { db } from '$lib/db/connection';
import type { VerkostoDb } from '$lib/db/database';
import type {
	Action,
	AssessmentRound,
	AssessmentTheme,
	Body,
	Discussion,
	Goal,
	Meeting
} from '$lib/domain/entities';
import type { ReportInput } from '$lib/domain/rules/roundReport';
import type { BaseRecord } from '$lib/domain/base';
import { isLive } from '$lib/domain/records';
import { collator } from '$lib/i18n/format';

/** A picker's choice (state/picker's PickerOption; queries do not import state). */
interface PickerOption {
	id: string;
	label: string;
	detail?: string;
}

const byNumber = (a: AssessmentTheme, b: AssessmentTheme) => a.number - b.number;

export async function liveThemes(): Promise<AssessmentTheme[]> {
	return (await db().assessmentThemes.toArray()).filter(isLive).sort(byNumber);
}

export interface Overview {
	rounds: AssessmentRound[];
	themes: AssessmentTheme[];
	discussions: Discussion[];
	goals: Goal[];
	actions: Action[];
}

export async function loadOverview(): Promise<Overview> {
	const d = db();
	const [rounds, themes, discussions, goals, actions] = await Promise.all([
		d.assessmentRounds.toArray(),
		d.assessmentThemes.toArray(),
		d.discussions.toArray(),
		d.goals.toArray(),
		d.actions.toArray()
	]);
	return {
		rounds: rounds.filter(isLive).sort((a, b) => b.periodStart.localeCompare(a.periodStart)),
		themes: themes.filter(isLive).sort(byNumber),
		discussions: discussions.filter(isLive),
		goals: goals.filter(isLive),
		actions: actions.filter(isLive)
	};
}

/** Everything a round's pages show: the report input plus the other rounds. */
export interface RoundData extends ReportInput {
	rounds: AssessmentRound[];
	memberships: { bodyId: string; personId: string; termEnd?: string }[];
}

/**
 * The round's own records: the round, the one it follows up, their
 * discussions, goals and steps (read by index, so a live query re-runs only
 * when these change, not on every change elsewhere in a large network).
 */
export async function loadRoundRecords(id: string) {
	const d = db();
	const round = await d.assessmentRounds.get(id);
	if (!round || !isLive(round)) return undefined;
	const [rounds, themes] = await Promise.all([
		d.assessmentRounds.toArray(),
		d.assessmentThemes.toArray()
	]);
	const liveRounds = rounds.filter(isLive);
	const previousRound = round.previousRoundId
		? liveRounds.find((r) => r.id === round.previousRoundId)
		: undefined;
	const ids = [round.id, ...(previousRound ? [previousRound.id] : [])];
	const [discussions, goals, roundActions] = await Promise.all([
		d.discussions.where('roundId').anyOf(ids).toArray(),
		d.goals.where('roundId').anyOf(ids).toArray(),
		d.actions.where('roundId').anyOf(ids).toArray()
	]);
	const liveGoals = goals.filter(isLive);
	const goalActions = liveGoals.length
		? await d.actions
				.where('goalId')
				.anyOf(liveGoals.map((g) => g.id))
				.toArray()
		: [];
	const actions = new Map([...roundActions, ...goalActions].map((a) => [a.id, a]));
	return {
		round,
		...(previousRound ? { previousRound } : {}),
		rounds: liveRounds,
		themes: themes.filter(isLive).sort(byNumber),
		discussions: discussions.filter(isLive),
		goals: liveGoals,
		actions: [...actions.values()].filter(isLive)
	};
}

/** The network's records a round's pages name: groups, regions, organisations, people, meetings. */
export async function loadNetworkRecords() {
	const d = db();
	const [bodies, regions, familyCentres, organisations, persons, meetings, memberships] =
		await Promise.all([
			d.bodies.toArray(),
			d.regions.toArray(),
			d.familyCentres.toArray(),
			d.organisations.toArray(),
			d.persons.toArray(),
			d.meetings.toArray(),
			d.memberships.toArray()
		]);
	return {
		bodies: bodies.filter(isLive),
		regions: regions.filter(isLive),
		familyCentres: familyCentres.filter(isLive),
		organisations: organisations.filter(isLive),
		persons: persons.filter(isLive),
		meetings: meetings.filter(isLive),
		memberships: memberships.filter(isLive)
	};
}

export interface RoundFormData {
	rounds: AssessmentRound[];
	themes: AssessmentTheme[];
	bodies: Body[];
	regions: { id: string; name: string }[];
	meetings: Meeting[];
}

export async function loadRoundForm(): Promise<RoundFormData> {
	const d = db();
	const [rounds, themes, bodies, regions, meetings] = await Promise.all([
		d.assessmentRounds.toArray(),
		d.assessmentThemes.toArray(),
		d.bodies.toArray(),
		d.regions.toArray(),
		d.meetings.toArray()
	]);
	return {
		rounds: rounds.filter(isLive),
		themes: themes.filter(isLive).sort(byNumber),
		bodies: bodies.filter(isLive),
		regions: regions.filter(isLive),
		meetings: meetings.filter(isLive).sort((a, b) => b.start.localeCompare(a.start))
	};
}

export interface ActionsData {
	actions: Action[];
	goals: Goal[];
	rounds: AssessmentRound[];
	names: Map<string, string>;
	/** Who can be responsible for a step, for the step form's pickers. */
	options: ResponsibleOptions;
}

export interface ResponsibleOptions {
	organisations: PickerOption[];
	bodies: PickerOption[];
	persons: PickerOption[];
}

type Named = BaseRecord & { name: string };

/** The live organisations, bodies and persons as picker options in Finnish order (a person's detail: their organisation). */
export function responsibleOptions(
	organisations: readonly Named[],
	bodies: readonly Named[],
	persons: readonly (Named & { organisationId?: string })[]
): ResponsibleOptions {
	const sort = (a: PickerOption, b: PickerOption) => collator.compare(a.label, b.label);
	const orgName = new Map(organisations.map((o) => [o.id, o.name]));
	const options = (rows: readonly Named[]) =>
		rows
			.filter(isLive)
			.map((r) => ({ id: r.id, label: r.name }))
			.sort(sort);
	return {
		organisations: options(organisations),
		bodies: options(bodies),
		persons: persons
			.filter(isLive)
			.map((p) => {
				const org = p.organisationId ? orgName.get(p.organisationId) : undefined;
				return { id: p.id, label: p.name, ...(org ? { detail: org } : {}) };
			})
			.sort(sort)
	};
}

/** Every live action with what is needed to name its goal, round and owners. */
export async function loadActions(): Promise<ActionsData> {
	const d = db();
	const [actions, goals, rounds, organisations, bodies, persons] = await Promise.all([
		d.actions.toArray(),
		d.goals.toArray(),
		d.assessmentRounds.toArray(),
		d.organisations.toArray(),
		d.bodies.toArray(),
		d.persons.toArray()
	]);
	const names = new Map<string, string>();
	for (const r of [...organisations, ...bodies, ...persons]) if (isLive(r)) names.set(r.id, r.name);
	return {
		actions: actions.filter(isLive),
		goals: goals.filter(isLive),
		rounds: rounds.filter(isLive),
		names,
		options: responsibleOptions(organisations, bodies, persons)
	};
}

export interface GroupDiscussionData {
	round: AssessmentRound;
	body: Body;
	/** The round's focus themes in the round's order (deleted ones left out). */
	themes: AssessmentTheme[];
	/** This group's discussions in the round. */
	discussions: Discussion[];
}

/** One group's discussion page in a round; null when the round or the group is gone. */
export async function loadGroupDiscussion(
	roundId: string,
	bodyId: string,
	d: VerkostoDb = db()
): Promise<GroupDiscussionData | null> {
	const [round, body, themes, discussions] = await Promise.all([
		d.assessmentRounds.get(roundId),
		d.bodies.get(bodyId),
		d.assessmentThemes.toArray(),
		d.discussions.where('roundId').equals(roundId).toArray()
	]);
	if (!round || !isLive(round) || !body || !isLive(body)) return null;
	return {
		round,
		body,
		themes: round.focusThemeIds
			.map((t) => themes.find((x) => x.id === t && isLive(x)))
			.filter((t) => !!t),
		discussions: discussions.filter((x) => isLive(x) && x.bodyId === bodyId)
	};
}
