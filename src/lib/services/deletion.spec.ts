import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { readDataSet } from '$lib/db/bulk';
import { ENTITY_NAMES, type DataSet } from '$lib/domain/entities';
import { danglingReferences } from '$lib/domain/references';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { deleteRecord, planDeletion } from './deletion';
import { openTestDb } from '$lib/testing/db';

let db: VerkostoDb;
const demo = buildDemoNetwork();
const org = (key: string) => demoId(`organisation:${key}`);
const person = (key: string) => demoId(`person:${key}`);

beforeEach(async () => {
	db = await openTestDb(demo);
});
afterEach(() => db.delete());

const live = async (): Promise<DataSet> => readDataSet(db, false);

describe('planDeletion', () => {
	it('lists what would be deleted with an organisation and what would only lose the link', async () => {
		const plan = await planDeletion(db, 'organisations', org('kataja'));
		const cascaded = plan.cascade.map((c) => `${c.entity}:${c.label}`);
		expect(cascaded).toContain('services:Parisuhdeneuvonta');
		expect(cascaded).toContain('services:Parisuhdekurssi pikkulapsiperheille');
		expect(plan.detach.map((d) => d.entity)).toContain('persons');
		expect(plan.cascade.every((c) => c.entity !== 'persons')).toBe(true);
	});

	it('is empty for a record nobody refers to', async () => {
		const plan = await planDeletion(db, 'knowledgeSources', demo.knowledgeSources[0].id);
		expect(plan).toMatchObject({ cascade: [], detach: [] });
	});
});

describe('deleteRecord', () => {
	it('cascade: deletes dependants, unlinks the rest, leaves no dangling reference', async () => {
		await deleteRecord(db, 'organisations', org('kataja'));
		const data = await live();
		expect(data.organisations.find((o) => o.id === org('kataja'))).toBeUndefined();
		expect(data.services.some((s) => s.organisationId === org('kataja'))).toBe(false);
		const counsellor = data.persons.find((p) => p.id === person('kataja-1'))!;
		expect(counsellor).toBeDefined();
		expect(counsellor).not.toHaveProperty('organisationId');
		expect(danglingReferences(data)).toEqual([]);
		// Tombstones stay, so the deletion reaches other coordinators.
		const all = await readDataSet(db, true);
		expect(all.organisations.find((o) => o.id === org('kataja'))?.deletedAt).toBeDefined();
	});

	it('reassign: moves every reference to another record', async () => {
		const services = demo.services.filter((s) => s.organisationId === org('mll-nokia')).length;
		await deleteRecord(db, 'organisations', org('mll-nokia'), {
			mode: 'reassign',
			to: org('mll-hame')
		});
		const data = await live();
		expect(data.services.filter((s) => s.organisationId === org('mll-nokia'))).toEqual([]);
		expect(
			data.services.filter((s) => s.organisationId === org('mll-hame')).length
		).toBeGreaterThanOrEqual(services);
		expect(data.persons.find((p) => p.id === person('mll-nokia-1'))?.organisationId).toBe(
			org('mll-hame')
		);
		expect(danglingReferences(data)).toEqual([]);
	});

	it('erase: scrubs a person’s personal data and removes them everywhere', async () => {
		const id = person('kataja-1');
		await deleteRecord(db, 'persons', id, { mode: 'cascade' }, { erase: true });
		const all = await readDataSet(db, true);
		const tomb = all.persons.find((p) => p.id === id)!;
		expect(tomb.deletedAt).toBeDefined();
		expect(tomb).not.toHaveProperty('email');
		expect(tomb).not.toHaveProperty('phone');
		expect(JSON.stringify(all)).not.toContain(demo.persons.find((p) => p.id === id)!.email);
		const data = await live();
		expect(data.memberships.some((m) => m.personId === id)).toBe(false);
		expect(data.services.some((s) => s.contactPersonIds.includes(id))).toBe(false);
		expect(danglingReferences(data)).toEqual([]);
	});

	it('deleting any kind of record leaves no dangling reference', async () => {
		for (const n of ENTITY_NAMES) {
			const rows = (await live())[n];
			const rec = rows[Math.floor(rows.length / 2)];
			if (!rec) continue;
			await deleteRecord(db, n, rec.id);
			expect(danglingReferences(await live()), `${n} ${rec.id}`).toEqual([]);
		}
	});

	it('changes nothing when a write fails midway', async () => {
		const before = await readDataSet(db, true);
		const fail = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		db.persons.hook('updating', fail);
		const err = await deleteRecord(db, 'organisations', org('kataja')).catch((e) => e);
		db.persons.hook('updating').unsubscribe(fail);
		expect(err.kind).toBe('quota');
		expect(await readDataSet(db, true)).toEqual(before);
	});

	it('refuses to reassign to a missing record', async () => {
		await expect(
			deleteRecord(db, 'organisations', org('kataja'), { mode: 'reassign', to: org('nope') })
		).rejects.toMatchObject({ kind: 'missing' });
	});
});
