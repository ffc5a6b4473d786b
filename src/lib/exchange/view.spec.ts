import { describe, expect, it, vi } from 'vitest';
import { writeDataSet } from '$lib/db/bulk';
import { Repository } from '$lib/db/repository';
import { previewImport } from '$lib/services/sharing';
import { device, exportText, importText, testClock } from '$lib/testing/exchange';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { itemsPage, summarize } from './view';

// Whole networks in fake IndexedDB: generous time on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('what the page is shown of a preview', () => {
	it('counts per type and pages of items with their field differences and named references', async () => {
		const a = await device('a');
		const b = await device('b');
		await writeDataSet(a, sampleDataSet());
		await importText(b, await exportText(a));
		await new Repository(a, 'services', testClock()).update(uuid(6), {
			name: 'Parisuhdeillat (uusi)',
			organisationId: uuid(4)
		});
		await new Repository(a, 'regions').create({ name: 'Pohjoinen alue' });
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		const summary = summarize(preview);
		expect(summary.totals).toMatchObject({ new: 1, changed: 1, conflict: 0 });
		expect(summary.counts.services).toMatchObject({ changed: 1, unchanged: 0 });
		expect(summary.header.scope.kind).toBe('all');

		const changed = itemsPage(preview, { kind: 'changed' });
		expect(changed.total).toBe(1);
		expect(changed.items[0]).toMatchObject({
			entity: 'services',
			label: 'Parisuhdeillat (uusi)',
			diffs: [{ field: 'name', mine: 'Parisuhdeillat', theirs: 'Parisuhdeillat (uusi)' }]
		});
		const fresh = itemsPage(preview, { kind: 'new', entity: 'regions', limit: 10 });
		expect(fresh.items.map((i) => i.label)).toEqual(['Pohjoinen alue']);
		expect(itemsPage(preview, { kind: 'new', offset: 1 }).items).toEqual([]);
		await a.delete();
		await b.delete();
	});
});

describe('names instead of ids in the preview', () => {
	it('a membership is named by its person and group, a decision’s agenda item by its title', async () => {
		const a = await device('a');
		const b = await device('b');
		const demo = buildDemoNetwork();
		await writeDataSet(a, demo);
		await importText(b, await exportText(a));
		const membership = demo.memberships.find((m) => m.role === 'member')!;
		const person = demo.persons.find((p) => p.id === membership.personId)!;
		const body = demo.bodies.find((x) => x.id === membership.bodyId)!;
		await new Repository(a, 'memberships', testClock()).update(membership.id, { role: 'chair' });
		const meeting = demo.meetings.find((m) => m.agenda.length > 1)!;
		const decision = { id: uuid(900), text: 'Päätettiin', agendaItemId: meeting.agenda[1].id };
		await new Repository(a, 'meetings', testClock()).update(meeting.id, {
			decisions: [...meeting.decisions, decision]
		});
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });

		const page = itemsPage(preview, { kind: 'changed', entity: 'memberships' });
		expect(page.items[0].label).toBe(`${person.name} – ${body.name}`);
		const meetings = itemsPage(preview, { kind: 'changed', entity: 'meetings' });
		expect(meetings.refs[meeting.agenda[1].id]).toBe(meeting.agenda[1].title);
		await a.delete();
		await b.delete();
	});
});
