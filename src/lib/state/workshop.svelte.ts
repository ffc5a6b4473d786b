/**
 * The workshop page's controller (phase 2 of a round, on a projector): which
 * theme is shown and how, the points the facilitator has selected, and every
 * write the page makes: grouping points under a label, marking them
 * important, turning a selection into a goal or adding it to one, and the
 * goals' and steps' edits. Forms (a new goal, a goal's or a step's edit, a new
 * step) save through a FormSession; one-click changes notify only on failure.
 * The page keeps the markup and the focus handling.
 */
import type { Action, Goal } from '$lib/domain/entities';
import {
	clusterLabels,
	roundPoints,
	themeSyntheses,
	type SourcedPoint
} from '$lib/domain/rules/assessment';
import type { Messages } from '$lib/i18n/catalogue';
import { responsibleOptions, type RoundData } from '$lib/queries/codev';
import {
	addGoalSources,
	createAction,
	createGoal,
	patchPoints,
	removeGoalSource,
	saveGoal
} from '$lib/services/bound';
import { saveAction, updateAction } from '$lib/services/bound';
import type { ActionFields } from '$lib/services/codevelopment';
import { app, type NoticeKind } from './app.svelte';
import { Deleter } from './deleter.svelte';
import type { EditBase } from './editBase.svelte';
import { errorMessage } from './errors';
import { FormSession } from './formSession.svelte';

/** What a goal's form gives (ui/codev/GoalCard). */
export type GoalChanges = Pick<Goal, 'title' | 'status'> & { description: string | undefined };
/** What a step's form gives (ui/codev/ActionForm). */
export type StepFields = Pick<
	ActionFields,
	| 'title'
	| 'description'
	| 'responsibleOrganisationId'
	| 'responsibleBodyId'
	| 'responsiblePersonId'
	| 'dueDate'
	| 'status'
>;

type Notify = (kind: NoticeKind, text: string) => void;

export class Workshop {
	includeDrafts = $state(false);
	onlyImportant = $state(false);
	presenting = $state(false);
	/** Ids of the points the facilitator has selected, in the order chosen. */
	selected = $state<string[]>([]);
	goalFormOpen = $state(false);
	goalTitle = $state('');
	goalDescription = $state('');
	/** The new goal's form. */
	readonly goalForm: FormSession<'goals', Parameters<typeof createGoal>[0], Goal>;
	readonly deleter = new Deleter();

	readonly round = $derived.by(() => this.data()?.round);
	/** The theme asked for in the address when the round has it, else the round's first. */
	readonly themeId = $derived.by(() => {
		const wanted = this.wanted();
		const ids = this.round?.focusThemeIds ?? [];
		return wanted && ids.includes(wanted) ? wanted : ids[0];
	});
	readonly theme = $derived.by(() => this.data()?.themes.find((t) => t.id === this.themeId));
	readonly synthesis = $derived.by(() => {
		const d = this.data();
		if (!d || !this.round) return undefined;
		return themeSyntheses(this.round, d.discussions, d.goals, {
			includeDrafts: this.includeDrafts,
			importantFirst: false
		}).find((s) => s.themeId === this.themeId);
	});
	/** Every point of the round, drafts too: goals may cite any of them. */
	readonly allPoints = $derived.by(() => {
		const d = this.data();
		return d && this.round
			? roundPoints(this.round.id, d.discussions, { includeDrafts: true })
			: [];
	});
	readonly pointById = $derived(lookup(this.allPoints.map((p) => [p.id, p] as const)));
	/** Points some goal of the round already cites. */
	readonly cited = $derived.by(() =>
		setOf(
			(this.data()?.goals ?? [])
				.filter((g) => g.roundId === this.round?.id)
				.flatMap((g) => g.sourcePointIds)
		)
	);
	/** The labels the theme's points are grouped under, for the label inputs' suggestions. */
	readonly labels = $derived(
		clusterLabels(this.allPoints.filter((p) => p.themeId === this.themeId))
	);
	/** Groups whose discussion of this theme has points but is not submitted yet. */
	readonly draftCount = $derived.by(
		() =>
			(this.data()?.discussions ?? []).filter(
				(x) =>
					x.roundId === this.round?.id &&
					!x.submitted &&
					x.themeId === this.themeId &&
					x.points.length
			).length
	);
	readonly drafts = $derived.by(() =>
		setOf((this.data()?.discussions ?? []).filter((x) => !x.submitted).map((x) => x.id))
	);
	readonly names = $derived.by(() => {
		const d = this.data();
		return lookup(
			[...(d?.organisations ?? []), ...(d?.bodies ?? []), ...(d?.persons ?? [])].map(
				(r) => [r.id, r.name] as const
			)
		);
	});
	/** Who can be responsible for a step. */
	readonly options = $derived.by(() =>
		responsibleOptions(
			this.data()?.organisations ?? [],
			this.data()?.bodies ?? [],
			this.data()?.persons ?? []
		)
	);

	readonly #notify: Notify;
	private readonly data: () => RoundData | undefined;
	private readonly wanted: () => string | null | undefined;

	constructor(
		data: () => RoundData | undefined,
		/** The theme the address asks for (`?theme=`). */
		wanted: () => string | null | undefined,
		notify?: Notify
	) {
		this.data = data;
		this.wanted = wanted;
		this.#notify = notify ?? ((kind, text) => app.notify(kind, text));
		this.goalForm = new FormSession({
			entity: 'goals',
			write: (fields: Parameters<typeof createGoal>[0]) => createGoal(fields),
			saved: (m) => m.codev.workshop.goalSaved,
			notify: this.#notify
		});
	}

	/** A group's name, or «unknown» for one deleted meanwhile. */
	bodyName(bodyId: string, m: Messages): string {
		return this.data()?.bodies.find((b) => b.id === bodyId)?.name ?? m.codev.unknown;
	}

	/** A goal's steps, soonest due first (no date last). */
	actionsOf(goalId: string): Action[] {
		return (this.data()?.actions ?? [])
			.filter((a) => a.goalId === goalId)
			.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
	}

	/** The selected points, in the order chosen (a point deleted meanwhile is left out). */
	chosen(): SourcedPoint[] {
		return this.selected.map((pid) => this.pointById.get(pid)).filter((p) => !!p);
	}

	toggle(pointId: string, on: boolean): void {
		this.selected = on ? [...this.selected, pointId] : this.selected.filter((x) => x !== pointId);
	}

	/** A one-click change: true when it went through; a failure is a notice. */
	async #run(m: Messages, what: () => Promise<unknown>, success?: string): Promise<boolean> {
		try {
			await what();
		} catch (e) {
			this.#notify('error', errorMessage(m, e));
			return false;
		}
		if (success) this.#notify('success', success);
		return true;
	}

	/** Puts the selected points under `label` (null: ungrouped); the selection empties. */
	async group(m: Messages, label: string | null): Promise<boolean> {
		const changes = this.chosen().map((p) => pointChange(p, { cluster: label }));
		const ok = await this.#run(m, () => patchPoints(changes), m.codev.workshop.grouped);
		if (ok) this.selected = [];
		return ok;
	}

	/** Puts one point under `label` (typed in the point's own label input). */
	label(m: Messages, p: SourcedPoint, label: string | null): Promise<boolean> {
		return this.#run(m, () => patchPoints([pointChange(p, { cluster: label })]));
	}

	toggleImportant(m: Messages, p: SourcedPoint): Promise<boolean> {
		return this.#run(m, () => patchPoints([pointChange(p, { important: !p.important })]));
	}

	/** Saves the new goal from the selected points; the form closes and the selection empties. */
	async createGoal(m: Messages): Promise<boolean> {
		const round = this.round;
		const themeId = this.themeId;
		if (!round || !themeId) return false;
		const title = this.goalTitle.trim();
		if (!title) {
			this.goalForm.invalid({ title: m.codev.form.required });
			return false;
		}
		const description = this.goalDescription.trim();
		const saved = await this.goalForm.save(m, {
			roundId: round.id,
			themeId,
			title,
			...(description ? { description } : {}),
			sourcePointIds: [...this.selected],
			status: 'active'
		});
		if (!saved) return false;
		this.goalTitle = this.goalDescription = '';
		this.goalFormOpen = false;
		this.selected = [];
		return true;
	}

	/** Adds the selected points to a goal's sources. */
	async attach(m: Messages, goalId: string): Promise<boolean> {
		const ok = await this.#run(
			m,
			() => addGoalSources(goalId, this.selected),
			m.codev.workshop.goalSaved
		);
		if (ok) this.selected = [];
		return ok;
	}

	removeSource(m: Messages, goalId: string, pointId: string): Promise<boolean> {
		return this.#run(m, () => removeGoalSource(goalId, pointId));
	}

	/** Saves a goal's form over the goal as the form opened it (`edit`: conflicts show there). */
	async saveGoal(m: Messages, changes: GoalChanges, edit: EditBase<'goals'>): Promise<boolean> {
		const session = new FormSession({
			entity: 'goals',
			base: edit,
			write: (f: GoalChanges, e) => saveGoal(e!, f),
			saved: (m) => m.codev.workshop.goalSaved,
			notify: this.#notify
		});
		return !!(await session.save(m, changes));
	}

	/** Adds a step to a goal. */
	async addStep(m: Messages, goal: Goal, fields: StepFields): Promise<boolean> {
		const session = new FormSession({
			entity: 'actions',
			write: (f: StepFields) => createAction({ ...f, goalId: goal.id, roundId: goal.roundId }),
			saved: (m) => m.codev.workshop.stepSaved,
			notify: this.#notify
		});
		return !!(await session.save(m, fields));
	}

	/** Saves a step's form over the step as the form opened it. */
	async saveStep(m: Messages, fields: StepFields, edit: EditBase<'actions'>): Promise<boolean> {
		const session = new FormSession({
			entity: 'actions',
			base: edit,
			write: (f: StepFields, e) => saveAction(e!, f),
			saved: (m) => m.codev.workshop.stepUpdated,
			notify: this.#notify
		});
		return !!(await session.save(m, fields));
	}

	setStatus(m: Messages, a: Action, status: Action['status']): Promise<boolean> {
		return this.#run(m, () => updateAction(a.id, { status }));
	}

	askDeleteGoal(m: Messages, g: Goal): Promise<void> {
		return this.deleter.ask(
			{ entity: 'goals', id: g.id, what: m.codev.workshop.goalWhat(g.title) },
			m
		);
	}

	askDeleteStep(m: Messages, a: Action): Promise<void> {
		return this.deleter.ask(
			{ entity: 'actions', id: a.id, what: m.codev.workshop.stepWhat(a.title) },
			m
		);
	}
}

const pointChange = (
	p: SourcedPoint,
	change: { cluster?: string | null; important?: boolean }
) => ({
	discussionId: p.discussionId,
	change: { id: p.id, ...change }
});

// Read-only lookups derived afresh from the data: never changed in place, so not reactive collections.
const lookup = <K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> => new Map(entries);
const setOf = <T>(items: Iterable<T>): ReadonlySet<T> => new Set(items);
