import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/connection';
import { writeDataSet } from '$lib/db/bulk';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { organisationView } from './directory';

const demo = buildDemoNetwork();
// A seat whose term ends on 10.3.2027, held by a person with an organisation.
const seat = demo.memberships.find((m) => {
	const p = demo.persons.find((x) => x.id === m.personId);
	return !m.termEnd && p?.organisationId;
})!;
const person = demo.persons.find((p) => p.id === seat.personId)!;

beforeAll(async () => {
	await db().open();
	await writeDataSet(db(), {
		...demo,
		memberships: demo.memberships.map((m) =>
			m.id === seat.id ? { ...m, termEnd: '2027-03-10' } : m
		)
	});
});
afterEach(() => vi.useRealTimers());

const seatsOfPerson = async () => {
	const view = await organisationView(person.organisationId!);
	return view!.persons.find((p) => p.id === person.id)!.bodies.map((b) => b.id);
};

describe('contact cards list the seats held today, in Helsinki time', () => {
	it('keeps a seat on its last day, also between 00:00 and 03:00 Finnish time', async () => {
		// 00:30 in Helsinki on 10.3. is still 9.3. in UTC.
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2027-03-09T22:30:00Z'));
		expect(await seatsOfPerson()).toContain(seat.bodyId);
	});

	it('drops it at 00:30 the day after, when UTC still says the last day', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2027-03-10T22:30:00Z'));
		expect(await seatsOfPerson()).not.toContain(seat.bodyId);
	});
});
