import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type VerkostoDb } from '$lib/db/database';
import { writeDataSet } from '$lib/db/bulk';
import { StorageError } from '$lib/db/errors';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import type { MeetingPatch } from '$lib/domain/rules/meetingPatch';
import {
	addWalkIn,
	createMeeting,
	inviteBodyMembers,
	patchMeeting,
	reportBackStatus
} from './meetings';
import { EditJournal, JOURNAL_KEY, replayJournal } from './editJournal';

const demo = buildDemoNetwork();
const WORKSHOP = demoId('meeting:workshop-2024');
const person = (k: string) => demoId(`person:${k}`);
let name: string;
let db: VerkostoDb;

beforeEach(async () => {
	name = `meet-${crypto.randomUUID()}`;
	db = createDb(name);
	await db.open();
	await writeDataSet(db, demo);
});
afterEach(async () => {
	await db.delete();
});

const workshop = async () => (await db.meetings.get(WORKSHOP))!;

describe('createMeeting', () => {
	it('creates a body meeting and invites the members seated on that day', async () => {
		const m = await createMeeting(
			{
				bodyId: demoId('body:local-536'),
				kind: 'meeting',
				title: 'Nokian ohjausryhmä 1/2027',
				start: '2027-02-02T13:00',
				end: '2027-02-02T15:00',
				agenda: [],
				decisions: [],
				followUps: []
			},
			{ database: db, inviteMembers: true }
		);
		const ids = m.participants.map((p) => p.personId);
		expect(ids).toContain(person('liaison-536'));
		expect(ids).not.toContain(person('mll-nokia-1')); // deputy
		expect(m.participants.every((p) => p.attendance === 'unknown' && !p.walkIn)).toBe(true);
		expect(await db.meetings.get(m.id)).toEqual(m);
	});

	it('rejects a meeting ending before it starts and writes nothing', async () => {
		const before = await db.meetings.count();
		await expect(
			createMeeting(
				{
					kind: 'seminar',
					title: 'Seminaari',
					start: '2027-02-02T13:00',
					end: '2027-02-02T12:00',
					agenda: [],
					decisions: [],
					followUps: []
				},
				{ database: db }
			)
		).rejects.toMatchObject({ kind: 'validation' });
		expect(await db.meetings.count()).toBe(before);
	});
});

describe('patchMeeting', () => {
	it('applies field-level patches to the stored record and bumps its version', async () => {
		const saved = await patchMeeting(
			WORKSHOP,
			[{ op: 'participant.attendance', personId: person('agent-1'), value: 'present' }],
			{ database: db }
		);
		expect(saved.version).toBe(2);
		expect(
			(await workshop()).participants.find((p) => p.personId === person('agent-1'))?.attendance
		).toBe('present');
	});

	it('keeps both of two tabs’ simultaneous edits to different fields', async () => {
		// Two connections to the same database, as two open tabs have.
		const tabA = createDb(name);
		const tabB = createDb(name);
		await Promise.all([tabA.open(), tabB.open()]);
		const a: MeetingPatch[] = [
			{ op: 'participant.attendance', personId: person('agent-1'), value: 'present' },
			{ op: 'participant.attendance', personId: person('agent-2'), value: 'absent' }
		];
		const agenda = (await workshop()).agenda;
		const b: MeetingPatch[] = agenda.map((item, i) => ({
			op: 'agenda.set',
			id: item.id,
			field: 'notes',
			value: `Muistiinpano ${i + 1}`
		}));
		await Promise.all([
			...a.map((p) => patchMeeting(WORKSHOP, [p], { database: tabA })),
			...b.map((p) => patchMeeting(WORKSHOP, [p], { database: tabB }))
		]);
		const m = await workshop();
		const att = (k: string) => m.participants.find((p) => p.personId === person(k))?.attendance;
		expect([att('agent-1'), att('agent-2')]).toEqual(['present', 'absent']);
		expect(m.agenda.map((x) => x.notes)).toEqual(agenda.map((_, i) => `Muistiinpano ${i + 1}`));
		expect(m.version).toBe(1 + a.length + b.length);
		tabA.close();
		tabB.close();
	});

	it('refuses an invalid value with a validation error naming the field, and changes nothing', async () => {
		const before = await workshop();
		const err = await patchMeeting(WORKSHOP, [{ op: 'meeting.set', field: 'title', value: ' ' }], {
			database: db
		}).catch((e) => e);
		expect(err).toBeInstanceOf(StorageError);
		expect(err.kind).toBe('validation');
		expect(err.details.issues[0].path).toBe('title');
		expect(await workshop()).toEqual(before);
	});

	it('refuses to invite a person deleted meanwhile, leaving no dangling reference', async () => {
		const gone = person('lskl-1');
		await db.persons.put({
			...(await db.persons.get(gone))!,
			deletedAt: '2026-01-01T00:00:00.000Z'
		});
		const before = await workshop();
		await expect(
			patchMeeting(
				WORKSHOP,
				[
					{ op: 'participant.remove', personId: person('agent-1') },
					{
						op: 'participant.add',
						participant: {
							personId: gone,
							attendance: 'present',
							walkIn: true,
							inputGathered: false,
							reportedBack: false
						}
					}
				],
				{ database: db }
			)
		).rejects.toMatchObject({ kind: 'missing' });
		expect(await workshop()).toEqual(before);
		await expect(
			patchMeeting(WORKSHOP, [{ op: 'meeting.set', field: 'bodyId', value: demoId('body:none') }], {
				database: db
			})
		).rejects.toMatchObject({ kind: 'missing' });
	});

	it('reports a deleted meeting as missing', async () => {
		await db.meetings.put({ ...(await workshop()), deletedAt: '2026-01-01T00:00:00.000Z' });
		await expect(
			patchMeeting(WORKSHOP, [{ op: 'meeting.set', field: 'notes', value: 'x' }], { database: db })
		).rejects.toMatchObject({ kind: 'missing' });
	});
});

describe('addWalkIn', () => {
	it('creates the person and marks them present as a walk-in, together', async () => {
		const p = await addWalkIn(
			WORKSHOP,
			{
				name: 'Vieras Ovelta',
				organisationId: demoId('organisation:mll-hame'),
				email: 'vieras@example.fi'
			},
			{ database: db }
		);
		expect(await db.persons.get(p.id)).toMatchObject({
			name: 'Vieras Ovelta',
			organisationId: demoId('organisation:mll-hame'),
			email: 'vieras@example.fi',
			fictional: false
		});
		expect((await workshop()).participants.at(-1)).toEqual({
			personId: p.id,
			attendance: 'present',
			walkIn: true,
			inputGathered: false,
			reportedBack: false
		});
	});

	it('writes neither the person nor the row when it fails', async () => {
		const persons = await db.persons.count();
		await expect(addWalkIn(WORKSHOP, { name: ' ' }, { database: db })).rejects.toMatchObject({
			kind: 'validation'
		});
		await expect(
			addWalkIn(demoId('meeting:nope'), { name: 'Vieras' }, { database: db })
		).rejects.toMatchObject({ kind: 'missing' });
		expect(await db.persons.count()).toBe(persons);
	});
});

describe('inviteBodyMembers', () => {
	it('invites the members not yet invited, once', async () => {
		const id = demoId('meeting:provincial-2026-12');
		await patchMeeting(id, [{ op: 'participant.remove', personId: person('kela-1') }], {
			database: db
		});
		expect(await inviteBodyMembers(id, { database: db })).toBe(1);
		expect(await inviteBodyMembers(id, { database: db })).toBe(0);
		expect(await inviteBodyMembers(WORKSHOP, { database: db })).toBe(0); // no body
	});
});

describe('reportBackStatus', () => {
	it('names the representatives who have not reported back and whom they represent', async () => {
		const rows = await reportBackStatus(demoId('body:provincial'), '2026-11-24', db);
		const mll = rows.find((r) => r.personId === person('mll-hame-1'))!;
		expect(mll.represents).toBe('Pirkanmaan järjestöt (nimennyt järjestöyhteistyöryhmä)');
		expect(mll.personName).toBe(demo.persons.find((p) => p.id === person('mll-hame-1'))!.name);
		const kela = rows.find((r) => r.personId === person('kela-1'))!;
		expect(kela.represents).toBe(
			demo.organisations.find((o) => o.id === demoId('organisation:kela'))?.name
		);
	});
});

describe('the edit journal', () => {
	const memoryStore = () => {
		const m = new Map<string, string>();
		return {
			getItem: (k: string) => m.get(k) ?? null,
			setItem: (k: string, v: string) => void m.set(k, v),
			m
		};
	};
	const notes = (id: string, value: string): MeetingPatch => ({
		op: 'agenda.set',
		id,
		field: 'notes',
		value
	});

	it('keeps the value before the first unsaved edit and forgets an edit only once it is saved', () => {
		const store = memoryStore();
		const j = new EditJournal(store);
		j.put(WORKSHOP, notes(demoId('a'), 'a'), null);
		j.put(WORKSHOP, notes(demoId('a'), 'ab'), 'a');
		expect(j.entries()).toHaveLength(1);
		expect(j.entries()[0][1]).toMatchObject({ before: null, patch: { value: 'ab' } });
		// An older save finishing: the newer edit stays, now based on what was saved.
		j.saved(WORKSHOP, notes(demoId('a'), 'a'), 'a');
		expect(j.entries()[0][1]).toMatchObject({ before: 'a', patch: { value: 'ab' } });
		j.saved(WORKSHOP, notes(demoId('a'), 'ab'), 'ab');
		expect(j.entries()).toHaveLength(0);
	});

	it('replays the rest of a field typed on after a save, from the saved value', async () => {
		const j = new EditJournal(memoryStore());
		const item = (await workshop()).agenda[0].id;
		j.put(WORKSHOP, notes(item, 'Tallen'), null);
		const saved = await patchMeeting(WORKSHOP, [notes(item, 'Tallen')], { database: db });
		j.put(WORKSHOP, notes(item, 'Tallennettu ja jatkettu'), 'Tallen');
		j.saved(WORKSHOP, notes(item, 'Tallen'), saved.agenda[0].notes);
		// The tab crashes before the second save.
		expect(await replayJournal(j, { database: db })).toEqual({ applied: 1, skipped: 0 });
		expect((await workshop()).agenda[0].notes).toBe('Tallennettu ja jatkettu');
	});

	it('after a crash, applies the edits that never reached the database, and not stale ones', async () => {
		const store = memoryStore();
		const j = new EditJournal(store);
		const [first, second] = (await workshop()).agenda;
		// Typed but never saved (the tab crashed within the debounce):
		j.put(WORKSHOP, notes(first.id, 'Kirjoitettu juuri ennen kaatumista'), null);
		j.put(
			WORKSHOP,
			{ op: 'participant.attendance', personId: person('agent-3'), value: 'present' },
			'unknown'
		);
		// An old edit whose field another tab has changed since:
		j.put(WORKSHOP, notes(second.id, 'Vanha'), null);
		await patchMeeting(WORKSHOP, [notes(second.id, 'Uudempi toisesta välilehdestä')], {
			database: db
		});
		// Garbage in storage is dropped, not applied.
		const raw = JSON.parse(store.getItem(JOURNAL_KEY)!);
		raw['x|y'] = {
			meetingId: WORKSHOP,
			patch: { op: 'meeting.set', field: 'constructor', value: 1 }
		};
		store.setItem(JOURNAL_KEY, JSON.stringify(raw));

		expect(await replayJournal(j, { database: db })).toEqual({ applied: 2, skipped: 2 });
		const m = await workshop();
		expect(m.agenda[0].notes).toBe('Kirjoitettu juuri ennen kaatumista');
		expect(m.agenda[1].notes).toBe('Uudempi toisesta välilehdestä');
		expect(m.participants.find((p) => p.personId === person('agent-3'))?.attendance).toBe(
			'present'
		);
		expect(j.entries()).toEqual([]);
	});

	it('replaying an edit that did reach the database changes nothing', async () => {
		const j = new EditJournal(memoryStore());
		const p = notes((await workshop()).agenda[0].id, 'Tallessa');
		j.put(WORKSHOP, p, null);
		await patchMeeting(WORKSHOP, [p], { database: db });
		const version = (await workshop()).version;
		await replayJournal(j, { database: db });
		expect((await workshop()).version).toBe(version);
	});

	it('drops edits of a deleted meeting and survives unreadable storage', async () => {
		const store = memoryStore();
		const j = new EditJournal(store);
		j.put(demoId('meeting:gone'), notes(demoId('a'), 'x'), null);
		expect(await replayJournal(j, { database: db })).toEqual({ applied: 0, skipped: 1 });
		store.setItem(JOURNAL_KEY, '{not json');
		expect(new EditJournal(store).entries()).toEqual([]);
	});
});
