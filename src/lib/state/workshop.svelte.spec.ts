/**
 * The workshop page's controller over the demo round in the app's database
 * (fake-indexeddb): the theme shown, grouping selected points, turning them
 * into a goal (a blank title is refused next to the field), a goal edited
 * elsewhere meanwhile shown as a conflict, and steps soonest first.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/connection';
import { writeDataSet } from '$lib/db/bulk';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { defaultThemeId } from '$lib/domain/defaults/assessmentThemes';
import { loadNetworkRecords, loadRoundRecords, type RoundData } from '$lib/queries/codev';
import { saveRecord } from '$lib/services/records';
import { catalogue } from '$lib/testing/messages';
import type { NoticeKind } from './app.svelte';
import { EditBase } from './editBase.svelte';
import { Workshop } from './workshop.svelte';

const fi = catalogue.fi;
const ROUND = demoId('round:2024');
const T1 = defaultThemeId(1);
const T5 = defaultThemeId(5);

let data: RoundData | undefined;
let wanted: string | null = null;
let notices: [NoticeKind, string][];
let ws: Workshop;
async function reload() {
	const records = await loadRoundRecords(ROUND);
	data = records && { ...records, ...(await loadNetworkRecords()) };
}

vi.setConfig({ testTimeout: 30_000 });
beforeAll(async () => {
	await db().open();
});
beforeEach(async () => {
	await Promise.all(db().tables.map((t) => t.clear()));
	await writeDataSet(db(), buildDemoNetwork());
	await reload();
	wanted = null;
	notices = [];
	ws = new Workshop(
		() => data,
		() => wanted,
		(kind, text) => void notices.push([kind, text])
	);
	ws.includeDrafts = true;
});

/** Two points of the shown theme from different groups. */
const twoPoints = () => {
	const points = ws.allPoints.filter((p) => p.themeId === ws.themeId);
	const other = points.find((p) => p.bodyId !== points[0].bodyId)!;
	return [points[0], other];
};

/** A goal made in the workshop from one point. */
async function aGoal() {
	ws.toggle(twoPoints()[0].id, true);
	ws.goalTitle = 'Yhteinen hakemisto';
	await ws.createGoal(fi);
	await reload();
	notices = [];
	return data!.goals.find((g) => g.title === 'Yhteinen hakemisto')!;
}

describe('the theme shown', () => {
	it('is the one the address asks for when the round has it, else the round’s first', () => {
		expect(ws.themeId).toBe(T1);
		wanted = T5;
		expect(ws.themeId).toBe(T5);
		expect(ws.synthesis?.themeId).toBe(T5);
		wanted = defaultThemeId(8); // not a focus theme of this round
		expect(ws.themeId).toBe(T1);
	});
});

describe('grouping', () => {
	it('puts the selected points under one label across groups and empties the selection', async () => {
		const [a, b] = twoPoints();
		ws.toggle(a.id, true);
		ws.toggle(b.id, true);
		expect(await ws.group(fi, 'Hakemisto')).toBe(true);
		expect(ws.selected).toEqual([]);
		expect(notices).toEqual([['success', fi.codev.workshop.grouped]]);
		await reload();
		expect(ws.labels).toContain('Hakemisto');
		const all = Object.values(ws.synthesis!.byKind).flat();
		const cluster = all.find((c) => c.label === 'Hakemisto');
		expect(cluster?.points.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
	});

	it('marks a point important and back', async () => {
		const [a] = twoPoints();
		await ws.toggleImportant(fi, a);
		await reload();
		const marked = ws.allPoints.find((p) => p.id === a.id)!;
		expect(marked.important).toBe(true);
		await ws.toggleImportant(fi, marked);
		await reload();
		expect(ws.allPoints.find((p) => p.id === a.id)?.important).toBe(false);
	});
});

describe('a goal from the selected points', () => {
	it('needs a title: refused next to the field, nothing written', async () => {
		const before = await db().goals.count();
		ws.toggle(twoPoints()[0].id, true);
		ws.goalFormOpen = true;
		ws.goalTitle = '   ';
		expect(await ws.createGoal(fi)).toBe(false);
		expect(ws.goalForm.errors.title).toBe(fi.codev.form.required);
		expect(ws.goalFormOpen).toBe(true);
		expect(await db().goals.count()).toBe(before);
	});

	it('is saved with the points as its sources; the form closes and the points count as cited', async () => {
		const [a, b] = twoPoints();
		ws.toggle(a.id, true);
		ws.toggle(b.id, true);
		ws.goalFormOpen = true;
		ws.goalTitle = ' Ajantasainen hakemisto ';
		expect(await ws.createGoal(fi)).toBe(true);
		expect([ws.goalFormOpen, ws.selected, ws.goalTitle]).toEqual([false, [], '']);
		expect(notices).toEqual([['success', fi.codev.workshop.goalSaved]]);
		await reload();
		const goal = data!.goals.find((g) => g.title === 'Ajantasainen hakemisto')!;
		expect(goal).toMatchObject({ roundId: ROUND, themeId: T1, sourcePointIds: [a.id, b.id] });
		expect(ws.cited.has(a.id) && ws.cited.has(b.id)).toBe(true);
	});

	it('edited here and elsewhere at once: refused, the stored title shown next to the field', async () => {
		const goal = await aGoal();
		const edit = new EditBase('goals', goal);
		// Another tab renames the goal while this form is open.
		await saveRecord('goals', { title: 'Muualla muutettu' }, { id: goal.id, base: goal });
		const ok = await ws.saveGoal(
			fi,
			{ title: 'Täällä muutettu', description: goal.description, status: goal.status },
			edit
		);
		expect(ok).toBe(false);
		expect(edit.conflicts).toEqual({ title: { stored: 'Muualla muutettu' } });
		expect(notices).toEqual([['error', fi.common.storage.conflict]]);
		expect((await db().goals.get(goal.id))?.title).toBe('Muualla muutettu');
	});
});

describe('steps', () => {
	it('are listed soonest due first, those without a date last', async () => {
		const goal = await aGoal();
		const step = (title: string, dueDate?: string) =>
			ws.addStep(fi, goal, {
				title,
				status: 'open',
				...(dueDate ? { dueDate } : {})
			} as Parameters<Workshop['addStep']>[2]);
		expect(await step('Ei päivää')).toBe(true);
		expect(await step('Myöhemmin', '2025-06-01')).toBe(true);
		expect(await step('Ensin', '2025-01-15')).toBe(true);
		await reload();
		const titles = ws.actionsOf(goal.id).map((a) => a.title);
		expect(titles.indexOf('Ensin')).toBeLessThan(titles.indexOf('Myöhemmin'));
		expect(titles.indexOf('Myöhemmin')).toBeLessThan(titles.indexOf('Ei päivää'));
	});
});
