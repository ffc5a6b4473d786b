import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/connection';
import { readDataSet, writeDataSet } from '$lib/db/bulk';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { snapshot, testClock } from '$lib/testing/exchange';
import { fi } from '$lib/i18n/catalogue';
import { isLive } from '$lib/domain/records';
import { toCsv } from '$lib/outputs/csv';
import { readSpreadsheet } from '$lib/importers/spreadsheet/read';
import { defaultMapping } from '$lib/importers/spreadsheet/mapping';
import type { Workbook } from '$lib/importers/spreadsheet/types';
import type { ReviewDecisions } from '$lib/importers/spreadsheet/records';
import { ENTITY_NAMES } from '$lib/domain/entities';
import { listCsv } from './directoryExport';
import { applyImport, undoLastImport } from './sharing';
import { importHistory } from '$lib/queries/sharing';
import { checkSheet, previewSheet, type SheetMemo, type SheetRequest } from './spreadsheetImport';
import { Repository } from '$lib/db/repository';

vi.setConfig({ testTimeout: 60_000 });

afterEach(async () => {
	await Promise.all(ENTITY_NAMES.map((n) => db().table(n).clear()));
	for (const t of ['sync', 'imports', 'importUndo', 'meta']) await db().table(t).clear();
});

const workbookOf = (name: string, text: string): Promise<Workbook> =>
	readSpreadsheet(name, new TextEncoder().encode(text));
const requestFor = (wb: Workbook, extra: Partial<SheetRequest> = {}): SheetRequest => ({
	sheet: 0,
	headerRow: 0,
	mapping: defaultMapping(wb.sheets[0].rows[0]),
	edits: {},
	excluded: [],
	...extra
});
const opts = {
	fileName: 'lista.csv',
	appVersion: 'test',
	clock: testClock('2026-10-01T08:00:00.000Z')
};

describe('the directory CSV export imports back as no changes', () => {
	it.each(['persons', 'organisations', 'services'] as const)('%s', async (type) => {
		await writeDataSet(db(), buildDemoNetwork());
		const ids = (await db().table(type).toArray()).filter(isLive).map((r) => r.id);
		const wb = await workbookOf(`${type}.csv`, await listCsv(fi, type, ids));
		const req = requestFor(wb);
		const check = await checkSheet(db(), wb, req);
		expect(check.problems).toEqual([]);
		expect(check.candidates).toEqual([]);
		expect(check.newOrganisations).toEqual([]);
		expect(check.goodRows).toBe(ids.length);
		const preview = await previewSheet(
			db(),
			wb,
			{ ...req, decisions: {}, createOrganisations: false },
			opts
		);
		const t = Object.values(preview.plan.counts).reduce(
			(s, c) => ({ new: s.new + c.new, changed: s.changed + c.changed }),
			{ new: 0, changed: 0 }
		);
		expect(t).toEqual({ new: 0, changed: 0 });
	});
});

const HEADER = ['Nimi', 'Tehtävänimike', 'Yhdistys', 'Puhelin', 'Sähköposti', 'Kunta'];

describe('a contact list', () => {
	it('reviews duplicates, applies in one go, and undo restores exactly the state before', async () => {
		await writeDataSet(db(), buildDemoNetwork());
		const demoPerson = (await db().persons.toArray()).find((p) => p.email && p.organisationId)!;
		const before = await snapshot(db());
		const rows = [
			[
				'Uusi Ihminen',
				'Vapaaehtoinen',
				'Uusi Yhdistys ry',
				'040 100 2000',
				'uusi@example.fi',
				'Tampere'
			],
			// Planted: the same e-mail as a demo person, with another title.
			[demoPerson.name, 'Eri nimike', '', '', demoPerson.email!, ''],
			// Planted: twice in the file, the second with another phone.
			[
				'Toistuva Henkilö',
				'Sihteeri',
				'Uusi Yhdistys ry',
				'040 100 3000',
				'toistuva@example.fi',
				'Tampere'
			],
			[
				'Toistuva Henkilö',
				'Sihteeri',
				'Uusi Yhdistys ry',
				'040 100 4000',
				'toistuva@example.fi',
				'Tampere'
			],
			['Kolmas Rivi', '', 'Uusi Yhdistys ry', '', 'kolmas@example.fi', 'Tampere']
		];
		const wb = await workbookOf('lista.csv', toCsv(HEADER, rows));
		const req = requestFor(wb);
		const check = await checkSheet(db(), wb, req);
		expect(check.problems).toEqual([]);
		expect(check.candidates.map((c) => [c.key, c.reason, c.target])).toEqual([
			['person:3', 'email', { existing: demoPerson.id }],
			['person:5', 'email', { row: 4 }]
		]);
		expect(check.candidates[0].fields.find((f) => f.field === 'title')).toMatchObject({
			file: 'Eri nimike',
			changes: true
		});
		expect(check.newOrganisations.map((o) => o.name)).toEqual(['Uusi Yhdistys ry']);

		const decisions: ReviewDecisions = {
			'person:3': { action: 'merge', fields: { title: 'file' } },
			'person:5': { action: 'skip' }
		};
		await expect(
			previewSheet(db(), wb, { ...req, decisions: {}, createOrganisations: true }, opts)
		).rejects.toThrow(/undecided/);
		const preview = await previewSheet(
			db(),
			wb,
			{ ...req, decisions, createOrganisations: true },
			opts
		);
		expect(preview.plan.counts.persons).toMatchObject({ new: 3, changed: 1 });
		expect(preview.plan.counts.organisations).toMatchObject({ new: 1 });
		// Nothing is written before applying.
		expect(await snapshot(db())).toEqual(before);

		await applyImport(db(), preview, {}, { clock: testClock('2026-10-01T09:00:00.000Z') });
		const persons = await db().persons.toArray();
		expect(persons.find((p) => p.id === demoPerson.id)?.title).toBe('Eri nimike');
		const org = (await db().organisations.toArray()).find((o) => o.name === 'Uusi Yhdistys ry')!;
		const made = persons.filter((p) => p.organisationId === org.id);
		expect(made.map((p) => [p.name, p.phone]).sort()).toEqual([
			['Kolmas Rivi', undefined],
			['Toistuva Henkilö', '040 100 3000'],
			['Uusi Ihminen', '040 100 2000']
		]);
		expect(org.municipalityIds).toHaveLength(1);
		expect((await importHistory(db()))[0].fileName).toBe('lista.csv');

		await undoLastImport(db());
		const after = await snapshot(db());
		expect({ ...after, imports: [], meta: [] }).toEqual({ ...before, imports: [], meta: [] });
	});

	it('declining new organisations imports the people without one', async () => {
		await writeDataSet(db(), buildDemoNetwork());
		const wb = await workbookOf(
			'lista.csv',
			toCsv(HEADER, [['Yksi', '', 'Ei Ole Olemassa ry', '', 'yksi@example.fi', '']])
		);
		const preview = await previewSheet(
			db(),
			wb,
			{ ...requestFor(wb), decisions: {}, createOrganisations: false },
			opts
		);
		expect(preview.plan.counts.organisations).toMatchObject({ new: 0 });
		const person = preview.file.data.persons![0];
		expect(person.organisationId).toBeUndefined();
	});

	it('a formula-looking name is stored as text and exported escaped', async () => {
		const wb = await workbookOf(
			'paha.csv',
			toCsv(['Nimi', 'Titteli'], [['=HYPERLINK("http://evil.example";"x")', '@SUM(A1)']])
		);
		// toCsv escaped it; a hostile file would not: undo the apostrophe.
		wb.sheets[0].rows[1][0] = '=HYPERLINK("http://evil.example";"x")';
		const preview = await previewSheet(
			db(),
			wb,
			{ ...requestFor(wb), decisions: {}, createOrganisations: false },
			opts
		);
		await applyImport(db(), preview, {});
		const stored = await db().persons.toArray();
		expect(stored[0].name).toBe('=HYPERLINK("http://evil.example";"x")');
		expect(stored[0].title).toBe('@SUM(A1)');
		const csv = await listCsv(fi, 'persons', [stored[0].id]);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"";""x"")"`);
	});

	it('rows with problems are reported and a check writes nothing', async () => {
		await writeDataSet(db(), buildDemoNetwork());
		const before = await snapshot(db());
		const wb = await workbookOf(
			'huono.csv',
			toCsv(HEADER, [
				['Hyvä', '', 'Yhdistys', '', 'hyva@example.fi', 'Tampere'],
				['Huono', '', 'Yhdistys', 'ei numero', 'huono@', 'Atlantis']
			])
		);
		const check = await checkSheet(db(), wb, requestFor(wb));
		expect(check.problems.map((p) => [p.row, p.header, p.code, p.value])).toEqual([
			[3, 'Puhelin', 'phone', 'ei numero'],
			[3, 'Sähköposti', 'email', 'huono@'],
			[3, 'Kunta', 'municipality', 'Atlantis']
		]);
		expect(check.problemRows).toEqual([3]);
		expect(await snapshot(db())).toEqual(before);
		expect((await readDataSet(db())).persons.length).toBe(before.persons.length);
	});
});

describe('the check kept for the preview', () => {
	it('is used again only while the data is as it was checked against', async () => {
		await writeDataSet(db(), buildDemoNetwork());
		const wb = await workbookOf(
			'lista.csv',
			toCsv(HEADER, [['Uusi Ihminen', '', '', '', 'uusi@example.fi', '']])
		);
		const req = requestFor(wb);
		const memo: SheetMemo = {};
		expect((await checkSheet(db(), wb, req, memo)).candidates).toEqual([]);
		const plan = { ...req, decisions: {}, createOrganisations: false };
		expect((await previewSheet(db(), wb, plan, { ...opts, memo })).plan.counts.persons.new).toBe(1);
		// Someone adds the same person in another tab: the preview matches again and finds them.
		await new Repository(db(), 'persons').create({
			name: 'Uusi Ihminen',
			email: 'uusi@example.fi',
			responsibilities: [],
			languages: [],
			fictional: false
		} as never);
		const again = await previewSheet(db(), wb, plan, { ...opts, memo });
		expect(again.plan.counts.persons).toMatchObject({ new: 0, unchanged: 1 });
	});
});
