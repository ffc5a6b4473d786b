import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/connection';
import { writeDataSet } from '$lib/db/bulk';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { expertNetworks, organisationView, servicesWithContacts } from './directory';

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

describe('services for the referral view', () => {
	it('keeps the order asked, leaves deleted services out and names their contacts', async () => {
		const withContact = demo.services.filter((s) => s.contactPersonIds.length).slice(0, 2);
		const [a, b] = withContact;
		const gone = demo.services.find((s) => !s.contactPersonIds.length)!;
		await db().services.update(gone.id, { deletedAt: '2026-01-01T00:00:00.000Z' });
		const items = await servicesWithContacts([b.id, gone.id, a.id, 'missing']);
		expect(items.map((x) => x.service.id)).toEqual([b.id, a.id]);
		expect(items[0].organisation?.id).toBe(b.organisationId);
		expect(items[0].contacts.map((p) => p.id)).toEqual(
			b.contactPersonIds.filter((id) => demo.persons.some((p) => p.id === id))
		);
	});

	it('leaves out a contact person who was deleted', async () => {
		const s = demo.services.filter((x) => x.contactPersonIds.length).at(-1)!;
		await db().persons.update(s.contactPersonIds[0], { deletedAt: '2026-01-01T00:00:00.000Z' });
		const [item] = await servicesWithContacts([s.id]);
		expect(item.contacts.map((p) => p.id)).not.toContain(s.contactPersonIds[0]);
	});
});

describe('expert networks for the referral view', () => {
	it('lists the demo networks covering a theme with their coordinator', async () => {
		const nepsy = await expertNetworks('neuropsychiatric');
		expect(nepsy.map((n) => n.body.name)).toEqual(['Maakunnallinen nepsy-verkosto']);
		const coordinator = nepsy[0].coordinator!;
		expect(coordinator.id).toBe(nepsy[0].body.coordinatorPersonId);
		expect(nepsy[0].organisations.get(coordinator.organisationId!)?.name).toBeTruthy();
		expect((await expertNetworks('divorce')).map((n) => n.body.name)).toEqual([
			'Maakunnallinen eroasiantuntijaverkosto'
		]);
	});

	it('leaves out other kinds of body, ended networks and an empty theme', async () => {
		expect(await expertNetworks('')).toEqual([]);
		expect(await expertNetworks('housing')).toEqual([]);
		const net = demo.bodies.find((b) => b.themes?.includes('violence'))!;
		await db().bodies.put({ ...net, status: 'ended' });
		expect(await expertNetworks('violence')).toEqual([]);
		await db().bodies.put(net);
	});
});
