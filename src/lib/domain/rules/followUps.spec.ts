import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { followUpRows, groupByOwner } from './followUps';

const demo = buildDemoNetwork();
const TODAY = '2026-11-24';
const person = (k: string) => demoId(`person:${k}`);
const names = new Map(demo.persons.map((p) => [p.id, p.name]));
const nameOf = (id: string) => names.get(id) ?? '';

describe('followUpRows', () => {
	it('lists open tasks across meetings by due date and marks the overdue ones', () => {
		const rows = followUpRows(demo.meetings, TODAY);
		expect(rows.map((r) => r.followUp.text)).toEqual([
			'Uuden perheiden edustajan kutsuminen',
			'Palvelupolun päivitys',
			'Järjestötorin ajankohdan ja paikan selvittäminen',
			'Tavoitteiden seurantaraportti ohjausryhmälle'
		]);
		expect(rows.every((r) => r.overdue)).toBe(true);
		expect(rows[0]).toMatchObject({ meetingTitle: 'Akaan perhekeskuksen ohjausryhmä' });
	});

	it('includes done tasks on request, never as overdue', () => {
		const all = followUpRows(demo.meetings, TODAY, { includeDone: true });
		expect(all).toHaveLength(6);
		expect(all.filter((r) => r.followUp.done).every((r) => !r.overdue)).toBe(true);
	});

	it('filters by owner and puts undated tasks last; a task due today is not overdue', () => {
		const m = {
			...demo.meetings[0],
			followUps: [
				{ id: demoId('x:1'), text: 'Ei määräpäivää', ownerPersonId: person('yvpl-1'), done: false },
				{
					id: demoId('x:2'),
					text: 'Tänään',
					ownerPersonId: person('yvpl-1'),
					dueDate: TODAY,
					done: false
				},
				{ id: demoId('x:3'), text: 'Ei vastuuta', done: false }
			]
		};
		const mine = followUpRows([m], TODAY, { ownerId: person('yvpl-1') });
		expect(mine.map((r) => [r.followUp.text, r.overdue])).toEqual([
			['Tänään', false],
			['Ei määräpäivää', false]
		]);
		expect(followUpRows([m], TODAY, { ownerId: 'none' }).map((r) => r.followUp.text)).toEqual([
			'Ei vastuuta'
		]);
		expect(followUpRows([{ ...m, deletedAt: '2026-01-01T00:00:00.000Z' }], TODAY)).toEqual([]);
	});
});

describe('groupByOwner', () => {
	it('groups by owner in Finnish alphabetical order, unowned last', () => {
		const rows = followUpRows(demo.meetings, TODAY, { includeDone: true });
		const extra = { ...rows[0], followUp: { ...rows[0].followUp, ownerPersonId: undefined } };
		const groups = groupByOwner([...rows, extra], nameOf);
		const owners = groups.filter((g) => g.ownerId).map((g) => nameOf(g.ownerId!));
		expect(owners).toEqual([...owners].sort(new Intl.Collator('fi').compare));
		expect(groups.at(-1)!.ownerId).toBeUndefined();
		expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length + 1);
	});
});
