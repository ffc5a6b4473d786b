import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { VerkostoDb } from '$lib/db/database';
import { readDataSet, writeDataSet } from '$lib/db/bulk';
import { Repository } from '$lib/db/repository';
import { ENTITY_NAMES, type DataSet, type EntityName } from '$lib/domain/entities';
import { danglingReferences, REFERENCES } from '$lib/domain/references';
import { readSync } from '$lib/db/sync';
import { stateHash } from '$lib/exchange/hash';
import { itemsPage } from '$lib/exchange/view';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { deleteRecord } from './deletion';
import { sampleDataSet, uuid } from '$lib/testing/samples';
import {
	device,
	exportText,
	fileFor,
	importText,
	snapshot,
	testClock
} from '$lib/testing/exchange';
import { MAX_VERSION } from '$lib/domain/base';
import { StorageError } from '$lib/db/errors';
import { ImportRefused } from '$lib/exchange/problems';
import { FORMAT_VERSION } from '$lib/exchange/format';
import { catalogue } from '$lib/testing/messages';
import { describeImportProblem } from '$lib/i18n/problems';
import { backupInfo, getExporter, importHistory } from '$lib/queries/sharing';
import {
	applyImport,
	exportData,
	ImportStale,
	ImportUnresolved,
	previewImport,
	setExporter,
	undoInfo,
	undoLastImport,
	UndoBlocked
} from './sharing';

// Whole networks in fake IndexedDB: generous time on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const dbs: VerkostoDb[] = [];
async function fresh(name: string, data?: Partial<DataSet>) {
	const db = await device(name);
	dbs.push(db);
	if (data) await writeDataSet(db, data);
	return db;
}
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

const edit = <N extends EntityName>(db: VerkostoDb, n: N, id: string, changes: object) =>
	new Repository(
		db,
		n,
		testClock(`2026-09-0${2 + Math.floor(Math.random() * 7)}T08:00:00.000Z`)
	).update(id, changes as never);
const get = async (db: VerkostoDb, n: EntityName, id: string) => db.table(n).get(id);

describe('export and import', () => {
	it('an export imported into an empty database gives back exactly the same data, tombstones too', async () => {
		const a = await fresh('a', buildDemoNetwork());
		const org = (await readDataSet(a)).organisations[3];
		await deleteRecord(a, 'organisations', org.id);
		const text = await exportText(a);
		const b = await fresh('b');
		const { record } = await importText(b, text);
		expect(await readDataSet(b)).toEqual(await readDataSet(a));
		expect((await get(b, 'organisations', org.id))?.deletedAt).toBeDefined();
		expect(record.counts.new).toBeGreaterThan(100);
	});

	it('the file names the exporter, the scope, the app version and has a valid checksum', async () => {
		const a = await fresh('a', sampleDataSet());
		await setExporter(a, { name: ' Aino Esimerkki ', organisation: 'Nokian seurakunta' });
		const file = JSON.parse(await exportText(a));
		expect(file).toMatchObject({
			format: 'verkosto-export',
			formatVersion: FORMAT_VERSION,
			appVersion: 'test',
			exporter: { name: 'Aino Esimerkki', organisation: 'Nokian seurakunta' },
			scope: { kind: 'all', personalData: 'full' },
			checksum: { algorithm: 'SHA-256' }
		});
		expect(file.counts.organisations).toBe(1);
		expect(await getExporter(a)).toEqual({
			name: 'Aino Esimerkki',
			organisation: 'Nokian seurakunta'
		});
	});

	it('a preview changes nothing', async () => {
		const a = await fresh('a', buildDemoNetwork());
		const b = await fresh('b', sampleDataSet());
		const text = await exportText(a);
		const before = await snapshot(b);
		const preview = await previewImport(b, text, { fileName: 'x.json' });
		expect(preview.plan.counts.organisations.new).toBeGreaterThan(0);
		expect(await snapshot(b)).toEqual(before);
	});
});

describe('merging two coordinators’ edits', () => {
	async function pair() {
		const a = await fresh('a', buildDemoNetwork());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		return { a, b, data: await readDataSet(a) };
	}

	it('edits to different records on each side both survive, whichever file is imported first', async () => {
		const { a, b, data } = await pair();
		const [x, y] = [data.organisations[1], data.organisations[2]];
		await edit(a, 'organisations', x.id, { description: 'A muokkasi' });
		await edit(b, 'organisations', y.id, { phone: '040 111 2222' });
		const fromA = await exportText(a);
		const fromB = await exportText(b);
		const intoB = await importText(b, fromA);
		const intoA = await importText(a, fromB);
		expect(intoB.preview.plan.counts.organisations).toMatchObject({ changed: 1, conflict: 0 });
		expect(intoA.preview.plan.counts.organisations).toMatchObject({ changed: 1, conflict: 0 });
		expect(await readDataSet(a)).toEqual(await readDataSet(b));
		expect(await get(a, 'organisations', y.id)).toMatchObject({ phone: '040 111 2222' });
		expect(await get(b, 'organisations', x.id)).toMatchObject({ description: 'A muokkasi' });
	});

	it('files sent at the same time both ways: an edit on each side of one record is a conflict, not a silent loss', async () => {
		const { a, b, data } = await pair();
		const x = data.organisations[1];
		await edit(a, 'organisations', x.id, { description: 'A:n versio' });
		const fromA = await exportText(a);
		await edit(b, 'organisations', x.id, { description: 'B:n versio' });
		const fromB = await exportText(b);
		const previewB = await previewImport(b, fromA, { fileName: 'a.json' });
		const previewA = await previewImport(a, fromB, { fileName: 'b.json' });
		expect(previewB.plan.counts.organisations.conflict).toBe(1);
		expect(previewA.plan.counts.organisations.conflict).toBe(1);
		const item = previewB.plan.items.find((i) => i.kind === 'conflict')!;
		expect(item.noBase).toBeUndefined();

		// Without a decision nothing is written.
		const before = await snapshot(b);
		await expect(applyImport(b, previewB, {})).rejects.toBeInstanceOf(ImportUnresolved);
		expect(await snapshot(b)).toEqual(before);

		// B keeps its own; A takes B's: both end with B's version, and the next exchange is quiet.
		await applyImport(b, previewB, { items: { [`organisations/${x.id}`]: { take: 'mine' } } });
		await applyImport(a, previewA, { items: { [`organisations/${x.id}`]: { take: 'theirs' } } });
		expect(await get(a, 'organisations', x.id)).toMatchObject({ description: 'B:n versio' });
		expect(await get(b, 'organisations', x.id)).toMatchObject({ description: 'B:n versio' });
		const again = await previewImport(a, await exportText(b), { fileName: 'b2.json' });
		expect(again.plan.items.filter((i) => i.kind !== 'unchanged')).toEqual([]);
	});

	it('a conflict can be settled field by field', async () => {
		const { a, b, data } = await pair();
		const x = data.organisations[1];
		await edit(a, 'organisations', x.id, { description: 'A:n kuvaus', phone: '040 000 0001' });
		await edit(b, 'organisations', x.id, { description: 'B:n kuvaus', phone: '040 000 0002' });
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		await applyImport(b, preview, {
			items: {
				[`organisations/${x.id}`]: {
					take: 'fields',
					fields: { description: 'theirs', phone: 'mine' }
				}
			}
		});
		const merged = await get(b, 'organisations', x.id);
		expect(merged).toMatchObject({ description: 'A:n kuvaus', phone: '040 000 0002' });
		// The merged record is newer than both, so A takes it without a conflict.
		const back = await importText(a, await exportText(b));
		expect(back.preview.plan.counts.organisations).toMatchObject({ changed: 1, conflict: 0 });
		expect(await get(a, 'organisations', x.id)).toMatchObject({ phone: '040 000 0002' });
	});

	it('"take the newer" settles every conflict by the later edit', async () => {
		const { a, b, data } = await pair();
		const [x, y] = [data.organisations[1], data.organisations[2]];
		await new Repository(a, 'organisations', testClock('2026-09-10T00:00:00Z')).update(x.id, {
			description: 'A uudempi'
		});
		await new Repository(b, 'organisations', testClock('2026-09-05T00:00:00Z')).update(x.id, {
			description: 'B vanhempi'
		});
		await new Repository(a, 'organisations', testClock('2026-09-05T00:00:00Z')).update(y.id, {
			description: 'A vanhempi'
		});
		await new Repository(b, 'organisations', testClock('2026-09-10T00:00:00Z')).update(y.id, {
			description: 'B uudempi'
		});
		await importText(b, await exportText(a), { conflicts: 'newer' });
		expect(await get(b, 'organisations', x.id)).toMatchObject({ description: 'A uudempi' });
		expect(await get(b, 'organisations', y.id)).toMatchObject({ description: 'B uudempi' });
	});

	it('a stale copy coming back does not undo a newer local edit', async () => {
		const { a, b, data } = await pair();
		const x = data.organisations[1];
		const old = await exportText(b); // B still has the original
		await edit(a, 'organisations', x.id, { description: 'Uusi' });
		const { preview } = await importText(a, old);
		expect(preview.plan.counts.organisations).toMatchObject({ older: 1, changed: 0, conflict: 0 });
		expect(await get(a, 'organisations', x.id)).toMatchObject({ description: 'Uusi' });
	});

	it('deletions travel; a deletion against a local edit is a conflict', async () => {
		const { a, b, data } = await pair();
		const [x, y] = [data.knowledgeSources[0], data.knowledgeSources[1]];
		await deleteRecord(a, 'knowledgeSources', x.id);
		await deleteRecord(a, 'knowledgeSources', y.id);
		await edit(b, 'knowledgeSources', y.id, { description: 'B muokkasi' });
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		expect(preview.plan.counts.knowledgeSources).toMatchObject({ deleted: 1, conflict: 1 });
		await applyImport(b, preview, { conflicts: 'mine' });
		expect((await get(b, 'knowledgeSources', x.id))?.deletedAt).toBeDefined();
		expect((await get(b, 'knowledgeSources', y.id))?.deletedAt).toBeUndefined();
	});

	it('a change turned down stays turned down: ours is written anew and wins the next exchange', async () => {
		const { a, b, data } = await pair();
		const x = data.organisations[1];
		await edit(a, 'organisations', x.id, { description: 'A:n muutos' });
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		await applyImport(b, preview, { items: { [`organisations/${x.id}`]: { take: 'mine' } } });
		const kept = await get(b, 'organisations', x.id);
		expect(kept).not.toHaveProperty('description', 'A:n muutos');
		expect(kept?.version).toBeGreaterThan(x.version + 1);
		const back = await importText(a, await exportText(b));
		expect(back.preview.plan.counts.organisations).toMatchObject({ changed: 1, conflict: 0 });
		expect(await get(a, 'organisations', x.id)).toEqual(kept);
	});

	it('copies that never travelled between the two are conflicts marked as such, the newer suggested', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b', sampleDataSet());
		await edit(a, 'regions', uuid(1), { description: 'A' });
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		const conflict = preview.plan.items.find((i) => i.kind === 'conflict')!;
		expect(conflict).toMatchObject({ entity: 'regions', noBase: true });
		// Records that are the same on both sides are simply unchanged.
		expect(preview.plan.counts.organisations).toMatchObject({ unchanged: 1, conflict: 0 });
	});
});

describe('privacy', () => {
	it('an export without contact details leaves out e-mails and phones, tombstones included', async () => {
		const a = await fresh('a', sampleDataSet());
		await new Repository(a, 'persons').create({
			name: 'Poistuva Henkilö',
			email: 'poistuva@example.fi',
			phone: '040 555 5555',
			responsibilities: [],
			languages: [],
			fictional: true
		});
		const gone = (await readDataSet(a)).persons.find((p) => p.name === 'Poistuva Henkilö')!;
		await deleteRecord(a, 'persons', gone.id);
		const text = await exportText(a, { kind: 'all', personalData: 'noContactDetails' });
		expect(text).not.toContain('@example.fi');
		expect(text).not.toContain('040 555 5555');
		expect(text).not.toContain('+358 40 123 4567');
		const file = JSON.parse(text);
		expect(file.sync.withheld.persons[uuid(5)]).toEqual(['email', 'phone']);
	});

	it('a file without contact details never erases them here; edits made on top of it still arrive', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a, { kind: 'all', personalData: 'noContactDetails' }));
		expect(await get(b, 'persons', uuid(5))).not.toHaveProperty('email');
		await edit(b, 'persons', uuid(5), { title: 'Koordinaattori' });
		const { preview } = await importText(a, await exportText(b));
		expect(preview.plan.counts.persons).toMatchObject({ changed: 1, conflict: 0 });
		expect(await get(a, 'persons', uuid(5))).toMatchObject({
			title: 'Koordinaattori',
			email: 'aino.esimerkki@example.fi',
			phone: '+358 40 123 4567'
		});
	});

	it('erasing a person reaches every copy, even one the other coordinator had deleted', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		await deleteRecord(b, 'persons', uuid(5));
		await deleteRecord(a, 'persons', uuid(5), { mode: 'cascade' }, { erase: true });
		await importText(b, await exportText(a));
		const gone = await get(b, 'persons', uuid(5));
		expect(gone).toMatchObject({ name: '–' });
		expect(gone).not.toHaveProperty('email');
		expect(gone).not.toHaveProperty('phone');
	});

	it('a file without contact details carries no fingerprint that depends on them', async () => {
		// Two devices whose histories differ only in one person's phone number.
		const ancestryOf = async (phone: string) => {
			const sample = sampleDataSet();
			sample.persons[0].phone = phone;
			const db = await fresh('x', sample);
			await exportText(db, { kind: 'all', personalData: 'full' }, '2026-09-01T00:00:00.000Z');
			await new Repository(db, 'persons', testClock()).update(uuid(5), { title: 'Johtaja' });
			const full = JSON.parse(await exportText(db));
			const trimmed = JSON.parse(
				await exportText(db, { kind: 'all', personalData: 'noContactDetails' })
			);
			return {
				full: full.sync.ancestry.persons[uuid(5)],
				trimmed: trimmed.sync.ancestry.persons[uuid(5)]
			};
		};
		const one = await ancestryOf('040 111 1111');
		const two = await ancestryOf('050 222 2222');
		expect(one.full).not.toEqual(two.full);
		expect(one.trimmed).toEqual(two.trimmed);
		expect(one.trimmed.length).toBeGreaterThan(1);
	});

	it('an edit sent without contact details arrives as a plain change over the full copy', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		await edit(a, 'persons', uuid(5), { title: 'Koordinaattori' });
		const { preview } = await importText(
			b,
			await exportText(a, { kind: 'all', personalData: 'noContactDetails' })
		);
		expect(preview.plan.counts.persons).toMatchObject({ changed: 1, conflict: 0 });
		expect(await get(b, 'persons', uuid(5))).toMatchObject({
			title: 'Koordinaattori',
			email: 'aino.esimerkki@example.fi'
		});
		// And back: B's next full file is a plain change for A too, nothing lost.
		await edit(b, 'persons', uuid(5), { department: 'Perhetyö' });
		const back = await importText(a, await exportText(b));
		expect(back.preview.plan.counts.persons).toMatchObject({ changed: 1, conflict: 0 });
		expect(await get(a, 'persons', uuid(5))).toMatchObject({
			title: 'Koordinaattori',
			department: 'Perhetyö',
			phone: '+358 40 123 4567'
		});
	});

	it('an export without people has no people, and the references to them are reported on import', async () => {
		const a = await fresh('a', sampleDataSet());
		const text = await exportText(a, { kind: 'all', personalData: 'noPersons' });
		expect(text).not.toContain('Aino Esimerkki');
		const b = await fresh('b');
		const preview = await previewImport(b, text, { fileName: 'a.json' });
		expect(preview.file.data.persons).toBeUndefined();
		const fields = preview.plan.dangling.map((d) => `${d.entity}.${d.field}`);
		expect(fields).toEqual(
			expect.arrayContaining([
				'memberships.personId',
				'services.contactPersonIds',
				'meetings.participants.personId'
			])
		);
	});
});

describe('partial exports', () => {
	it('a region carries its records and what they need; nothing it cannot exist without is missing', async () => {
		const demo = buildDemoNetwork();
		const a = await fresh('a', demo);
		const west = demo.regions[0];
		const westBodies = new Set(
			demo.bodies
				.filter(
					(b) =>
						b.regionId === west.id ||
						demo.familyCentres.some((f) => f.id === b.familyCentreId && f.regionId === west.id)
				)
				.map((b) => b.id)
		);
		const text = await exportText(a, { kind: 'region', id: west.id, personalData: 'full' });
		const file = JSON.parse(text);
		expect(file.scope).toMatchObject({ kind: 'region', label: west.name });
		const b = await fresh('b');
		const { preview } = await importText(b, text);
		const required = new Set(
			REFERENCES.filter((r) => r.required).map(
				(r) => `${r.from}.${r.list ? `${r.list}.` : ''}${r.field}`
			)
		);
		expect(preview.plan.dangling.filter((d) => required.has(`${d.entity}.${d.field}`))).toEqual([]);
		const got = await readDataSet(b);
		expect(got.memberships.length).toBeGreaterThan(0);
		expect(got.memberships.every((m) => westBodies.has(m.bodyId))).toBe(true);
		expect(got.discussions.every((d) => westBodies.has(d.bodyId))).toBe(true);
		expect(got.persons.length).toBeLessThan(demo.persons.length);
		expect(got.services.length).toBeGreaterThan(0);
		expect(got.services.length).toBeLessThan(demo.services.length);
	});

	it('a body carries its members, meetings and their people, and nothing dangles', async () => {
		const demo = buildDemoNetwork();
		const a = await fresh('a', demo);
		const body = demo.bodies.find((x) => demo.memberships.some((m) => m.bodyId === x.id))!;
		const b = await fresh('b');
		const { preview } = await importText(
			b,
			await exportText(a, { kind: 'body', id: body.id, personalData: 'full' })
		);
		const got = await readDataSet(b);
		expect(got.memberships.length).toBe(
			demo.memberships.filter((m) => m.bodyId === body.id).length
		);
		expect(got.bodies.map((x) => x.id)).toContain(body.id);
		expect(got.persons.length).toBeGreaterThan(0);
		expect(preview.plan.dangling.filter((d) => d.entity === 'memberships')).toEqual([]);
	});

	it('records a partial file leaves out are not deleted by it', async () => {
		const demo = buildDemoNetwork();
		const a = await fresh('a', demo);
		const b = await fresh('b');
		await importText(b, await exportText(a));
		const { preview } = await importText(
			b,
			await exportText(a, { kind: 'directory', personalData: 'full' })
		);
		expect(preview.file.data.meetings).toBeUndefined();
		expect((await readDataSet(b)).meetings.length).toBe(demo.meetings.length);
	});
});

describe('duplicates under different ids', () => {
	it('an incoming organisation with a known Y-tunnus can be merged: its references move to ours', async () => {
		const sample = sampleDataSet();
		const a = await fresh('a', sample);
		// B made the same parish on its own, with its own id, and a service for it.
		const b = await fresh('b', {
			organisations: [{ ...sample.organisations[0], id: uuid(400) }],
			services: [
				{ ...sample.services[0], id: uuid(600), organisationId: uuid(400), contactPersonIds: [] }
			]
		});
		const preview = await previewImport(a, await exportText(b), { fileName: 'b.json' });
		expect(preview.plan.duplicates).toEqual([
			expect.objectContaining({
				entity: 'organisations',
				incomingId: uuid(400),
				localId: uuid(4),
				reason: 'businessId'
			})
		]);
		await applyImport(a, preview, { merge: [`organisations/${uuid(400)}`] });
		expect(await get(a, 'services', uuid(600))).toMatchObject({ organisationId: uuid(4) });
		expect((await get(a, 'organisations', uuid(400)))?.deletedAt).toBeDefined();
		// Sent back, B learns the merge: its copy is deleted and its service points to A's parish.
		await importText(b, await exportText(a));
		expect((await get(b, 'organisations', uuid(400)))?.deletedAt).toBeDefined();
		expect(await get(b, 'services', uuid(600))).toMatchObject({ organisationId: uuid(4) });
	});

	it('a municipality with a known code is always merged (codes are unique)', async () => {
		const sample = sampleDataSet();
		const a = await fresh('a', sample);
		const b = await fresh('b', {
			municipalities: [{ ...sample.municipalities[0], id: uuid(200), regionId: undefined }]
		});
		const { preview } = await importText(a, await exportText(b));
		expect(preview.plan.duplicates[0]).toMatchObject({ reason: 'code', forced: true });
		const live = (await readDataSet(a, false)).municipalities;
		expect(live.map((m) => m.id)).toEqual([uuid(2)]);
		// B's records that point to its Nokia point to ours here, and edits on either side still travel.
		await new Repository(b, 'organisations').create({
			name: 'Nokian perhekahvila',
			sector: 'ngo',
			municipalityIds: [uuid(200)]
		});
		await importText(a, await exportText(b));
		const cafe = (await readDataSet(a)).organisations.find(
			(o) => o.name === 'Nokian perhekahvila'
		)!;
		expect(cafe.municipalityIds).toEqual([uuid(2)]);
		await importText(b, await exportText(a));
		expect((await readDataSet(b)).municipalities.map((m) => m.id)).toEqual([uuid(200)]);
		await edit(b, 'organisations', cafe.id, { description: 'B muokkasi' });
		const round = await importText(a, await exportText(b));
		expect(round.preview.plan.counts.organisations).toMatchObject({ changed: 1, conflict: 0 });
		expect(await get(a, 'organisations', cafe.id)).toMatchObject({
			description: 'B muokkasi',
			municipalityIds: [uuid(2)]
		});
	});
});

describe('one transaction', () => {
	it('a change made after the preview stops the import and nothing is written', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b', sampleDataSet());
		await importText(b, await exportText(a));
		await edit(a, 'regions', uuid(1), { description: 'A' });
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		await edit(b, 'regions', uuid(1), { description: 'B, juuri nyt' });
		const before = await snapshot(b);
		await expect(applyImport(b, preview, {})).rejects.toBeInstanceOf(ImportStale);
		expect(await snapshot(b)).toEqual(before);
	});

	it('a failure in the middle of writing leaves everything as it was', async () => {
		const a = await fresh('a', buildDemoNetwork());
		const b = await fresh('b', sampleDataSet());
		const preview = await previewImport(b, await exportText(a), { fileName: 'a.json' });
		const before = await snapshot(b);
		const original = b.sync.bulkPut.bind(b.sync);
		b.sync.bulkPut = (() => Promise.reject(new Error('disk full'))) as never;
		await expect(applyImport(b, preview, {})).rejects.toThrow();
		b.sync.bulkPut = original;
		expect(await snapshot(b)).toEqual(before);
	});
});

describe('history and undo', () => {
	it('records every import and undoes the last one exactly: records, tombstones and sync base', async () => {
		const a = await fresh('a', buildDemoNetwork());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		const x = (await readDataSet(a)).organisations[1];
		await edit(a, 'organisations', x.id, { description: 'A muutti' });
		await deleteRecord(a, 'knowledgeSources', (await readDataSet(a)).knowledgeSources[0].id);
		await new Repository(a, 'regions').create({ name: 'Uusi alue' });
		const before = await snapshot(b);
		await importText(b, await exportText(a));
		expect((await importHistory(b)).map((h) => h.counts)).toEqual([
			expect.objectContaining({ new: 1, changed: 1, deleted: 1 }),
			expect.objectContaining({ new: expect.any(Number) })
		]);
		const info = await undoInfo(b);
		expect(info).toMatchObject({ changed: 0, exportedSince: false });
		await undoLastImport(b);
		const after = await snapshot(b);
		for (const t of [...ENTITY_NAMES, 'sync']) expect(after[t], t).toEqual(before[t]);
		expect((await importHistory(b))[0]).toMatchObject({ undone: true });
		expect(await undoInfo(b)).toBeUndefined();
	});

	it('refuses to undo over later edits unless told to, and says how many', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		await edit(b, 'regions', uuid(1), { description: 'Muokattu tuonnin jälkeen' });
		expect(await undoInfo(b)).toMatchObject({ changed: 1 });
		const before = await snapshot(b);
		await expect(undoLastImport(b)).rejects.toBeInstanceOf(UndoBlocked);
		expect(await snapshot(b)).toEqual(before);
		await undoLastImport(b, { force: true });
		expect(await readDataSet(b)).toEqual(await readDataSet(await fresh('empty')));
	});
});

describe('backup', () => {
	it('a full export with personal data is a backup; the reminder clock restarts at the next change', async () => {
		const a = await fresh('a', sampleDataSet());
		expect((await backupInfo(a)).unsavedSince).toBeDefined();
		await exportText(a, { kind: 'directory', personalData: 'full' });
		expect((await backupInfo(a)).lastBackupAt).toBeUndefined();
		expect((await backupInfo(a)).lastExportAt).toBeDefined();
		await exportData(a, {
			scope: { kind: 'all', personalData: 'full' },
			appVersion: 't',
			now: new Date(Date.now() + 1000).toISOString()
		});
		const info = await backupInfo(a);
		expect(info.lastBackupAt).toBeDefined();
		expect(info.unsavedSince).toBeUndefined();
		await edit(a, 'regions', uuid(1), { description: 'x' });
		expect((await backupInfo(a)).unsavedSince).toBeDefined();
	});
});

describe('files that would corner this device', () => {
	it('a record at the highest version a file may carry can still be edited, deleted and erased', async () => {
		const data = sampleDataSet();
		data.regions[0] = { ...data.regions[0], version: MAX_VERSION };
		data.persons[0] = { ...data.persons[0], version: MAX_VERSION };
		const b = await fresh('b');
		await importText(b, await fileFor(data));
		const edited = await edit(b, 'regions', uuid(1), { description: 'Muokattu' });
		expect(edited).toMatchObject({ version: MAX_VERSION, description: 'Muokattu' });
		await deleteRecord(b, 'regions', uuid(1));
		expect((await get(b, 'regions', uuid(1)))?.deletedAt).toBeDefined();
		await deleteRecord(b, 'persons', uuid(5), { mode: 'cascade' }, { erase: true });
		expect(await get(b, 'persons', uuid(5))).not.toHaveProperty('email');
	});

	it('a record stored above the bound (before there was one) is brought under it by its next write', async () => {
		const b = await fresh('b', sampleDataSet());
		await b.regions.update(uuid(1), { version: Number.MAX_SAFE_INTEGER });
		await edit(b, 'regions', uuid(1), { description: 'Korjattu' });
		expect(await get(b, 'regions', uuid(1))).toMatchObject({ version: MAX_VERSION });
	});

	it('a new code of a known municipality that another one here has refuses the file, naming both', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b', sampleDataSet());
		await new Repository(b, 'municipalities').create({ name: 'Tampere', code: '837' });
		await importText(b, await exportText(a));
		await edit(a, 'municipalities', uuid(2), { code: '837' });
		const before = await snapshot(b);
		const refused = await previewImport(b, await exportText(a), { fileName: 'a.json' }).catch(
			(e) => e
		);
		expect(refused).toBeInstanceOf(ImportRefused);
		expect(describeImportProblem(catalogue.fi, refused.problems[0], 'fi')).toBe(
			'Kunta «Nokia», kenttä kuntanumero: kuntanumero 837 on sinun tiedoissasi jo kunnalla «Tampere»'
		);
		expect(await snapshot(b)).toEqual(before);
	});

	it('a municipality code taken here after the preview is stale once; the refreshed preview imports', async () => {
		const data = sampleDataSet();
		data.municipalities.push({
			...data.municipalities[0],
			id: uuid(201),
			code: '211',
			name: 'Kangasala'
		});
		const b = await fresh('b');
		const text = await fileFor(data);
		const preview = await previewImport(b, text, { fileName: 'a.json' });
		await new Repository(b, 'municipalities').create({ name: 'Kangasala', code: '211' });
		await expect(applyImport(b, preview, {})).rejects.toBeInstanceOf(ImportStale);
		// The refreshed preview reads the code as ours, and the import goes through.
		const again = await previewImport(b, text, { fileName: 'a.json' });
		expect(again.plan.duplicates).toEqual([
			expect.objectContaining({ incomingId: uuid(201), reason: 'code', forced: true })
		]);
		await applyImport(b, again, {});
		expect((await readDataSet(b)).municipalities.map((m) => m.code).sort()).toEqual(['211', '536']);
	});

	it('a write failure that is not a change since the preview is not reported as one', async () => {
		const b = await fresh('b');
		const preview = await previewImport(b, await fileFor(sampleDataSet()), { fileName: 'a.json' });
		const regions = b.table('regions');
		const original = regions.bulkAdd.bind(regions);
		regions.bulkAdd = (() =>
			Promise.reject(
				Object.assign(new Error('bulk'), {
					name: 'BulkError',
					failures: [{ name: 'ConstraintError' }]
				})
			)) as never;
		const error = await applyImport(b, preview, {}).catch((e) => e);
		regions.bulkAdd = original;
		expect(error).not.toBeInstanceOf(ImportStale);
		expect(error).toBeInstanceOf(StorageError);
		expect(await b.regions.count()).toBe(0);
	});

	it('refuses a record whose id this device has for a record of another kind, naming both', async () => {
		const b = await fresh('b', sampleDataSet());
		const data = sampleDataSet();
		data.organisations[0] = { ...data.organisations[0], id: uuid(40) };
		data.persons[0] = { ...data.persons[0], id: uuid(4), organisationId: uuid(40) };
		const before = await snapshot(b);
		const refused = await previewImport(b, await fileFor(data), { fileName: 'a.json' }).catch(
			(e) => e
		);
		expect(refused).toBeInstanceOf(ImportRefused);
		expect(describeImportProblem(catalogue.fi, refused.problems[0], 'fi')).toBe(
			'Henkilö «Aino Esimerkki»: sama tunniste on sinun tiedoissasi jo toisella tiedolla: organisaatio «Nokian seurakunta»'
		);
		expect(await snapshot(b)).toEqual(before);
	});
});

describe('an erased person stays erased', () => {
	const original = sampleDataSet().persons[0];
	const traces = (text: string) => ({
		email: text.includes(original.email!),
		phone: text.includes(original.phone!)
	});

	it('the sync base keeps only the erasure: later exports carry no fingerprint of the data', async () => {
		const a = await fresh('a', sampleDataSet());
		await exportText(a); // travelled once: its fingerprint is in the sync base
		await exportText(a, { kind: 'all', personalData: 'noContactDetails' });
		await deleteRecord(a, 'persons', uuid(5), { mode: 'cascade' }, { erase: true });
		const erased = (await get(a, 'persons', uuid(5)))!;
		for (const level of ['full', 'noContactDetails'] as const) {
			const file = JSON.parse(await exportText(a, { kind: 'all', personalData: level }));
			expect(file.sync.ancestry.persons[uuid(5)], level).toEqual([stateHash(erased)]);
		}
		const { contact, lite } = {
			contact: stateHash(original),
			lite: stateHash({ ...original, email: undefined, phone: undefined })
		};
		const stored = JSON.stringify(await a.sync.toArray());
		expect(stored).not.toContain(contact);
		expect(stored).not.toContain(lite);
	});

	it('undo of an import that replaced the person does not bring them back, even forced', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		await edit(a, 'persons', uuid(5), { title: 'Koordinaattori' });
		await importText(b, await exportText(a));
		await deleteRecord(b, 'persons', uuid(5), { mode: 'cascade' }, { erase: true });
		expect(traces(JSON.stringify(await b.importUndo.toArray()))).toEqual({
			email: false,
			phone: false
		});
		await undoLastImport(b, { force: true });
		const back = (await get(b, 'persons', uuid(5)))!;
		expect(back.deletedAt).toBeDefined();
		expect(back).not.toHaveProperty('email');
		expect(traces(JSON.stringify(await snapshot(b)))).toEqual({ email: false, phone: false });
	});

	it('undo of the import that brought the person keeps the erasure (it must still travel)', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		await deleteRecord(b, 'persons', uuid(5), { mode: 'cascade' }, { erase: true });
		await undoLastImport(b, { force: true });
		expect(await get(b, 'persons', uuid(5))).toMatchObject({ name: '–' });
		expect(danglingReferences(await readDataSet(b, false))).toEqual([]);
		// The erasure reaches A from B's next file.
		await importText(a, await exportText(b));
		expect(await get(a, 'persons', uuid(5))).not.toHaveProperty('email');
	});

	it('"take the newer for all" does not bring an erased person back; their edit loses to the erasure', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		await deleteRecord(a, 'persons', uuid(5), { mode: 'cascade' }, { erase: true });
		await new Repository(b, 'persons', testClock('2026-11-01T08:00:00.000Z')).update(uuid(5), {
			title: 'Koordinaattori'
		});
		// B's newer edit arrives at A: A keeps the erasure.
		const atA = await importText(a, await exportText(b), { conflicts: 'newer' });
		expect(atA.preview.plan.counts.persons).toMatchObject({ older: 1, conflict: 0 });
		expect(await get(a, 'persons', uuid(5))).toMatchObject({ name: '–' });
		expect(await get(a, 'persons', uuid(5))).not.toHaveProperty('email');
		// A's erasure arrives at B: it wins over B's edit, even when B says "keep mine".
		const key = `persons/${uuid(5)}`;
		const atB = await importText(b, await exportText(a), {
			conflicts: 'mine',
			items: { [key]: { take: 'mine' } }
		});
		expect(atB.preview.plan.counts.persons).toMatchObject({ deleted: 1, conflict: 0 });
		expect(await get(b, 'persons', uuid(5))).not.toHaveProperty('email');
		// Undoing that import leaves B's copy erased too.
		await undoLastImport(b, { force: true });
		expect(await get(b, 'persons', uuid(5))).toMatchObject({ name: '–' });
		expect(traces(JSON.stringify(await snapshot(b)))).toEqual({ email: false, phone: false });
	});
});

describe('undo and what was added since', () => {
	it('counts records made since that point at imported ones, and a forced undo leaves nothing dangling', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		// After the import, B adds a membership to the imported body (required)
		// and an organisation in the imported municipality (not required).
		await new Repository(b, 'memberships').create({
			bodyId: uuid(7),
			personId: uuid(5),
			role: 'member'
		} as never);
		const org = await new Repository(b, 'organisations').create({
			name: 'Nokian perhekahvila',
			sector: 'ngo',
			municipalityIds: [uuid(2)]
		} as never);
		expect(await undoInfo(b)).toMatchObject({ changed: 0, dependants: 2 });
		const before = await snapshot(b);
		await expect(undoLastImport(b)).rejects.toMatchObject({ changed: 0, dependants: 2 });
		expect(await snapshot(b)).toEqual(before);
		await undoLastImport(b, { force: true });
		const after = await readDataSet(b, true);
		expect(danglingReferences(await readDataSet(b, false))).toEqual([]);
		expect(after.memberships.filter((m) => !m.deletedAt)).toEqual([]);
		expect(after.organisations.find((o) => o.id === org.id)).toMatchObject({
			municipalityIds: [],
			name: 'Nokian perhekahvila'
		});
	});

	it('puts back only the sync entries it changed: fingerprints other records gained since stay', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		const own = await new Repository(b, 'regions').create({
			id: uuid(300),
			name: 'Oma alue'
		} as never);
		await importText(b, await exportText(a, { kind: 'directory', personalData: 'full' }));
		await exportText(b); // B's own region travels: its sync entry gains a fingerprint
		const gained = (await readSync(b)).get(`regions/${own.id}`);
		expect(gained?.seen).toEqual([stateHash(own)]);
		await undoLastImport(b);
		expect((await readSync(b)).get(`regions/${own.id}`)).toEqual(gained);
	});
});

describe('decisions after a refreshed preview', () => {
	it('a decision made on a copy that changed since is not applied to the new copy', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		await edit(a, 'regions', uuid(1), { description: 'A:n versio' });
		await edit(b, 'regions', uuid(1), { description: 'B:n versio' });
		const text = await exportText(a);
		const first = await previewImport(b, text, { fileName: 'a.json' });
		const [item] = itemsPage(first, { kind: 'conflict' }).items;
		// The user compares B's copy with A's and takes A's…
		const decisions = { items: { [item.key]: { take: 'theirs' as const, seen: item.mineStamp } } };
		// …while another tab changes B's copy again.
		await new Repository(b, 'regions', testClock('2026-11-02T08:00:00.000Z')).update(uuid(1), {
			description: 'B, toisessa välilehdessä'
		});
		await expect(applyImport(b, first, decisions)).rejects.toBeInstanceOf(ImportStale);
		const again = await previewImport(b, text, { fileName: 'a.json' });
		await expect(applyImport(b, again, decisions)).rejects.toBeInstanceOf(ImportUnresolved);
		expect(await get(b, 'regions', uuid(1))).toMatchObject({
			description: 'B, toisessa välilehdessä'
		});
		// Decided again on the copy now shown, it applies.
		const [shown] = itemsPage(again, { kind: 'conflict' }).items;
		expect(shown.mineStamp).not.toBe(item.mineStamp);
		await applyImport(b, again, {
			items: { [shown.key]: { take: 'theirs', seen: shown.mineStamp } }
		});
		expect(await get(b, 'regions', uuid(1))).toMatchObject({ description: 'A:n versio' });
	});
});

describe('undo data of the previous version', () => {
	it('still undoes: whole sync rows are put back as they were then', async () => {
		const fixture = JSON.parse(
			readFileSync(new URL('../db/fixtures/db-v2.json', import.meta.url), 'utf8')
		) as Record<string, object[]>;
		const b = await fresh('b');
		await b.transaction('rw', b.tables, async () => {
			for (const [table, rows] of Object.entries(fixture)) await b.table(table).bulkAdd(rows);
		});
		expect(await undoInfo(b)).toMatchObject({ changed: 0, dependants: 0 });
		await undoLastImport(b);
		expect(await get(b, 'regions', uuid(1))).toMatchObject({ name: 'Läntinen', version: 1 });
		const sync = await readSync(b);
		expect(sync.get(`regions/${uuid(1)}`)).toBeUndefined();
		expect(sync.get(`organisations/${uuid(4)}`)?.seen).toEqual([
			'3f1c0a9e5b7d2468',
			'1234567890abcdef'
		]);
	});

	it('that no migration brought up to date stops the undo and changes nothing', async () => {
		const a = await fresh('a', sampleDataSet());
		const b = await fresh('b');
		await importText(b, await exportText(a));
		await edit(a, 'regions', uuid(1), { description: 'A' });
		await importText(b, await exportText(a));
		// As if a later schema had renamed a field and its migration missed the undo data.
		const [undo] = await b.importUndo.toArray();
		const [old] = undo.replaced.regions as Record<string, unknown>[];
		undo.replaced.regions = [{ ...old, county: undefined, countyName: old.county }];
		await b.importUndo.put(undo);
		const before = await snapshot(b);
		const error = await undoLastImport(b).catch((e) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect(error).toMatchObject({
			kind: 'validation',
			details: { entity: 'regions', id: uuid(1) }
		});
		expect(await snapshot(b)).toEqual(before);
	});
});
