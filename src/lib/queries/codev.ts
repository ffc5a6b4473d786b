/**
 * The reads behind the co-development pages, for `Live` queries: each returns
 * what one page needs, skipping tombstones. Only Dexie calls happen inside, so
 * a live query re-runs when any table it read changes (in any tab).
 */
import { db } from '$lib/db/connection';
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
import { collator } from '$lib/i18n/format';
import type { PickerOption } from '$lib/state/picker';

const live = <T extends { deletedAt?: string }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
const byNumber = (a: AssessmentTheme, b: AssessmentTheme) => a.number - b.number;

export async function liveThemes(): Promise<AssessmentTheme[]> {
	return live(await db().assessmentThemes.toArray()).sort(byNumber);
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
		rounds: live(rounds).sort((a, b) => b.periodStart.localeCompare(a.periodStart)),
		themes: live(themes).sort(byNumber),
		discussions: live(discussions),
		goals: live(goals),
		actions: live(actions)
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
	if (!round || round.deletedAt) return undefined;
	const [rounds, themes] = await Promise.all([
		d.assessmentRounds.toArray(),
		d.assessmentThemes.toArray()
	]);
	const liveRounds = live(rounds);
	const previousRound = round.previousRoundId
		? liveRounds.find((r) => r.id === round.previousRoundId)
		: undefined;
	const ids = [round.id, ...(previousRound ? [previousRound.id] : [])];
	const [discussions, goals, roundActions] = await Promise.all([
		d.discussions.where('roundId').anyOf(ids).toArray(),
		d.goals.where('roundId').anyOf(ids).toArray(),
		d.actions.where('roundId').anyOf(ids).toArray()
	]);
	const liveGoals = live(goals);
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
		themes: live(themes).sort(byNumber),
		discussions: live(discussions),
		goals: liveGoals,
		actions: live([...actions.values()])
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
		bodies: live(bodies),
		regions: live(regions),
		familyCentres: live(familyCentres),
		organisations: live(organisations),
		persons: live(persons),
		meetings: live(meetings),
		memberships: live(memberships)
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
		rounds: live(rounds),
		themes: live(themes).sort(byNumber),
		bodies: live(bodies),
		regions: live(regions),
		meetings: live(meetings).sort((a, b) => b.start.localeCompare(a.start))
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

type Named = { id: string; name: string; deletedAt?: string };

/** The live organisations, bodies and persons as picker options in Finnish order (a person's detail: their organisation). */
export function responsibleOptions(
	organisations: readonly Named[],
	bodies: readonly Named[],
	persons: readonly (Named & { organisationId?: string })[]
): ResponsibleOptions {
	const sort = (a: PickerOption, b: PickerOption) => collator.compare(a.label, b.label);
	const orgName = new Map(organisations.map((o) => [o.id, o.name]));
	const options = (rows: readonly Named[]) =>
		live([...rows])
			.map((r) => ({ id: r.id, label: r.name }))
			.sort(sort);
	return {
		organisations: options(organisations),
		bodies: options(bodies),
		persons: live([...persons])
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
	for (const r of [...organisations, ...bodies, ...persons])
		if (!r.deletedAt) names.set(r.id, r.name);
	return {
		actions: live(actions),
		goals: live(goals),
		rounds: live(rounds),
		names,
		options: responsibleOptions(organisations, bodies, persons)
	};
}
