import { describe, expect, it, vi } from 'vitest';
import { writeDataSet } from '$lib/db/bulk';
import { Repository } from '$lib/db/repository';
import { previewImport } from '$lib/services/sharing';
import { device, exportText, importText, testClock } from '$lib/testing/exchange';
import { sampleDataSet, uuid } from '$lib/testing/samples';
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
