import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VerkostoDb } from '$lib/db/database';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { followUpData, meetingView, namesakes, participantViews, searchPersons } from './meetings';
import { openTestDb } from '$lib/testing/db';

const demo = buildDemoNetwork();
let db: VerkostoDb;
beforeAll(async () => {
	db = await openTestDb(demo);
});
afterAll(() => db.delete());
const labels = { unknownPerson: '?', category: (c: string) => `[${c}]` };
const person = (k: string) => demo.persons.find((p) => p.id === demoId(`person:${k}`))!;

describe('meetingView and participantViews', () => {
	it('names the participants in Finnish order and says whom each representative speaks for', async () => {
		const view = (await meetingView(demoId('meeting:provincial-2026-09'), db))!;
		expect(view.body?.name).toBe('Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä');
		const rows = participantViews(view, labels);
		const names = rows.map((r) => r.name);
		expect(names).toEqual([...names].sort(new Intl.Collator('fi').compare));
		const by = (k: string) => rows.find((r) => r.personId === person(k).id)!;
		// The seat's own words first, else the represented organisation's name.
		expect(by('parish-837').represents).toBe('Pirkanmaan seurakunnat');
		expect(by('kela-1').represents).toBe('Kela');
	});

	it('has no representatives at a standalone event, and nothing for a deleted meeting', async () => {
		const view = (await meetingView(demoId('meeting:workshop-2024'), db))!;
		expect(view.body).toBeUndefined();
		expect(participantViews(view, labels).every((r) => r.represents === undefined)).toBe(true);
		expect(await meetingView(demoId('meeting:nope'), db)).toBeUndefined();
	});
});

describe('searchPersons and followUpData', () => {
	it('finds people by the start of a name, with their organisation', async () => {
		const p = person('kataja-1');
		const found = await searchPersons(p.name, 12, db);
		expect(found.map((x) => x.id)).toContain(p.id);
		expect(found.find((x) => x.id === p.id)?.organisation).toBe('Parisuhdekeskus Kataja ry');
		expect(await searchPersons('   ', 12, db)).toEqual([]);
	});

	it('finds a name typed with a typo when nothing starts like it', async () => {
		const p = person('kataja-1');
		const [first, last] = p.name.split(' ');
		const typo = `${first} ${last.slice(0, 2)}${last.slice(3)}`; // one letter left out
		expect((await searchPersons(typo, 12, db)).map((x) => x.id)).toContain(p.id);
		// An exact start wins: typo matches do not crowd it.
		const exact = await searchPersons(first, 50, db);
		expect(
			exact.every((x) =>
				x.name
					.toLowerCase()
					.split(' ')
					.some((w) => w.startsWith(first.toLowerCase()))
			)
		).toBe(true);
	});

	it('finds namesakes of a walk-in, case and spacing ignored', async () => {
		const p = person('kataja-1');
		const found = await namesakes(`  ${p.name.toUpperCase()} `, db);
		expect(found.map((x) => x.id)).toEqual([p.id]);
		expect(found[0].organisation).toBe('Parisuhdekeskus Kataja ry');
		expect(await namesakes('Ei Ketään Tällaista', db)).toEqual([]);
	});

	it('reads only meetings with follow-ups and their owners', async () => {
		const data = await followUpData(db);
		expect(data.meetings.every((m) => m.followUps.length > 0)).toBe(true);
		expect(data.people.get(person('yvpl-1').id)?.name).toBe(person('yvpl-1').name);
	});
});
