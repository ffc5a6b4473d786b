import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type VerkostoDb } from '$lib/db/database';
import { writeDataSet } from '$lib/db/bulk';
import { StorageError } from '$lib/db/errors';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { applyMeetingPatch, patchBefore, type MeetingPatch } from '$lib/domain/rules/meetingPatch';
import { MemoryStorage } from '$lib/testing/storage';
import {
	addWalkIn,
	createMeeting,
	invited,
	inviteBodyMembers,
	meetingJournal,
	patchMeeting,
	replayMeetingEdits
} from './meetings';
import { reportBackStatus } from '$lib/queries/meetings';
import { deleteRecord } from './deletion';
import { JOURNAL_PREFIX } from './writeAhead';

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
afterEach(() => db.delete());

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
		const status = await reportBackStatus(demoId('body:provincial'), '2026-11-24', db);
		expect(status.meetings).toBeGreaterThan(0);
		const rows = status.rows;
		const mll = rows.find((r) => r.personId === person('mll-hame-1'))!;
		expect(mll.represents).toBe('Pirkanmaan järjestöt (nimennyt järjestöyhteistyöryhmä)');
		expect(mll.personName).toBe(demo.persons.find((p) => p.id === person('mll-hame-1'))!.name);
		const kela = rows.find((r) => r.personId === person('kela-1'))!;
		expect(kela.represents).toBe(
			demo.organisations.find((o) => o.id === demoId('organisation:kela'))?.name
		);
	});

	it('says when there were no meetings to report back on (not "everyone reported")', async () => {
		const status = await reportBackStatus(demoId('body:provincial'), '2030-01-01', db);
		expect(status).toEqual({ rows: [], meetings: 0, representatives: 0 });
	});
});

describe('the edit journal of meetings', () => {
	let store: MemoryStorage;
	beforeEach(() => {
		store = new MemoryStorage();
	});
	const journal = () => meetingJournal({ store });
	const replay = () => replayMeetingEdits(journal(), { database: db });
	const notes = (id: string, value: string): MeetingPatch => ({
		op: 'agenda.set',
		id,
		field: 'notes',
		value
	});
	/** An edit as the page journals it: `before` read from the meeting as shown. */
	const put = async (p: MeetingPatch) =>
		journal().put(WORKSHOP, p, patchBefore(await workshop(), p));
	/** A save that reached the database but whose tab died before hearing so. */
	const landed = async (p: MeetingPatch) => {
		const token = await put(p);
		await patchMeeting(WORKSHOP, [p], { database: db, token });
		return token;
	};

	it('after a crash, applies the edits that never reached the database, and not stale ones', async () => {
		const [first, second] = (await workshop()).agenda;
		// Typed but never saved (the tab crashed within the debounce):
		await put(notes(first.id, 'Kirjoitettu juuri ennen kaatumista'));
		await put({ op: 'participant.attendance', personId: person('agent-3'), value: 'present' });
		// An old edit whose field another tab has changed since:
		await put(notes(second.id, 'Vanha'));
		await patchMeeting(WORKSHOP, [notes(second.id, 'Uudempi toisesta välilehdestä')], {
			database: db
		});
		// Garbage in storage is dropped, not applied.
		store.setItem(
			`${JOURNAL_PREFIX}meeting.${WORKSHOP}|meeting:constructor`,
			JSON.stringify({
				v: 1,
				token: crypto.randomUUID(),
				at: new Date().toISOString(),
				refs: [],
				target: WORKSHOP,
				patch: { op: 'meeting.set', field: 'constructor', value: 1 },
				before: null
			})
		);

		expect(await replay()).toEqual({ applied: 2, skipped: 1, dropped: 1 });
		const m = await workshop();
		expect(m.agenda[0].notes).toBe('Kirjoitettu juuri ennen kaatumista');
		expect(m.agenda[1].notes).toBe('Uudempi toisesta välilehdestä');
		expect(m.participants.find((p) => p.personId === person('agent-3'))?.attendance).toBe(
			'present'
		);
		expect(journal().entries()).toEqual([]);
	});

	it('replays the rest of a field typed on after a save, from the saved value', async () => {
		const j = journal();
		const item = (await workshop()).agenda[0].id;
		const first = j.put(WORKSHOP, notes(item, 'Tallen'), null);
		const saved = await patchMeeting(WORKSHOP, [notes(item, 'Tallen')], {
			database: db,
			token: first
		});
		j.put(WORKSHOP, notes(item, 'Tallennettu ja jatkettu'), 'Tallen');
		j.saved(WORKSHOP, notes(item, 'Tallen'), first, patchBefore(saved, notes(item, 'Tallen')));
		// The tab crashes before the second save.
		expect(await replay()).toEqual({ applied: 1, skipped: 0, dropped: 0 });
		expect((await workshop()).agenda[0].notes).toBe('Tallennettu ja jatkettu');
	});

	it('replaying an edit that did reach the database changes nothing', async () => {
		await landed(notes((await workshop()).agenda[0].id, 'Tallessa'));
		const version = (await workshop()).version;
		expect(await replay()).toEqual({ applied: 0, skipped: 1, dropped: 0 });
		expect((await workshop()).version).toBe(version);
	});

	it('does not re-add an item another tab removed after the add reached the database (F11)', async () => {
		const add: MeetingPatch = {
			op: 'agenda.add',
			item: { id: crypto.randomUUID(), title: 'Uusi' }
		};
		await landed(add);
		await patchMeeting(WORKSHOP, [{ op: 'agenda.remove', id: add.item.id }], { database: db });
		const before = await workshop();
		expect(await replay()).toMatchObject({ applied: 0, skipped: 1 });
		expect(await workshop()).toEqual(before);
	});

	it('does not remove a participant another tab added back after the removal reached the database (F11)', async () => {
		const row = (await workshop()).participants[0];
		await landed({ op: 'participant.remove', personId: row.personId });
		await patchMeeting(WORKSHOP, [{ op: 'participant.add', participant: row }], { database: db });
		await replay();
		expect((await workshop()).participants.some((p) => p.personId === row.personId)).toBe(true);
	});

	it('replays adds, removals and moves only while the meeting is as they started from', async () => {
		const m = await workshop();
		const [a, b] = m.agenda;
		const added: MeetingPatch = {
			op: 'agenda.add',
			item: { id: crypto.randomUUID(), title: 'Lisätty' }
		};
		const stillThere: MeetingPatch = {
			op: 'participant.remove',
			personId: m.participants[0].personId
		};
		const changed: MeetingPatch = {
			op: 'participant.remove',
			personId: m.participants[1].personId
		};
		const moved: MeetingPatch = { op: 'agenda.move', id: b.id, to: 0 };
		// As the page journals them: each `before` counts the edits made before it.
		let shown = m;
		for (const p of [added, stillThere, changed, moved]) {
			journal().put(WORKSHOP, p, patchBefore(shown, p));
			shown = applyMeetingPatch(shown, p);
		}
		// Meanwhile another tab marks the second participant present and reorders nothing.
		await patchMeeting(
			WORKSHOP,
			[{ op: 'participant.attendance', personId: m.participants[1].personId, value: 'present' }],
			{ database: db }
		);
		expect(await replay()).toEqual({ applied: 3, skipped: 1, dropped: 0 });
		const after = await workshop();
		expect(after.agenda.map((x) => x.id).slice(0, 2)).toEqual([b.id, a.id]);
		expect(after.agenda.some((x) => x.id === added.item.id)).toBe(true);
		expect(after.participants.map((p) => p.personId)).not.toContain(m.participants[0].personId);
		expect(after.participants.map((p) => p.personId)).toContain(m.participants[1].personId);
	});

	it('drops edits of a deleted meeting or naming a deleted person', async () => {
		const j = journal();
		j.put(demoId('meeting:gone'), notes(demoId('a'), 'x'), null);
		j.put(WORKSHOP, { op: 'participant.add', participant: invited(demoId('person:gone')) }, null);
		expect(await replay()).toEqual({ applied: 0, skipped: 2, dropped: 0 });
		expect(j.entries()).toEqual([]);
	});

	it('erasing a person drops the edits naming them; deleting the meeting drops the rest', async () => {
		(globalThis as { localStorage?: unknown }).localStorage = store;
		try {
			const agent = person('agent-3');
			await put({ op: 'participant.attendance', personId: agent, value: 'present' });
			await put({ op: 'meeting.set', field: 'notes', value: 'Muistiinpano' });
			await deleteRecord(db, 'persons', agent, { mode: 'cascade' }, { erase: true });
			expect(
				journal()
					.entries()
					.map((e) => e.patch.op)
			).toEqual(['meeting.set']);
			await deleteRecord(db, 'meetings', WORKSHOP);
			expect(store.length).toBe(0);
		} finally {
			delete (globalThis as { localStorage?: unknown }).localStorage;
		}
	});

	it('takes over the edits left by the previous version’s journal', async () => {
		const item = (await workshop()).agenda[0].id;
		const at = new Date().toISOString();
		store.setItem(
			'verkosto.meetingEdits',
			JSON.stringify({
				a: { meetingId: WORKSHOP, patch: notes(item, 'Ennen päivitystä'), before: null, at },
				b: { meetingId: WORKSHOP, patch: { op: 'agenda.remove', id: item }, at },
				c: { meetingId: WORKSHOP, patch: { op: 'nonsense' }, at }
			})
		);
		// The removal kept no old value: it is not replayed (the item stays), nothing is overwritten.
		expect(await replay()).toEqual({ applied: 1, skipped: 1, dropped: 0 });
		expect((await workshop()).agenda[0]).toMatchObject({ id: item, notes: 'Ennen päivitystä' });
		expect(store.length).toBe(0);
	});
});
