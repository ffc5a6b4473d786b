import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { organisationEntry, personEntry, serviceEntry, type Entry } from './entries';
import { decodeEntries, encodeEntries } from './entryColumns';

describe('entry columns', () => {
	it('give back exactly the entries, absent fields and empty lists included', () => {
		const d = buildDemoNetwork();
		const orgs = new Map(d.organisations.map((o) => [o.id, o]));
		const entries: Entry[] = [
			...d.organisations.map(organisationEntry),
			...d.services.map((s) => serviceEntry(s, orgs.get(s.organisationId))),
			...d.persons.map((p) => personEntry(p, orgs.get(p.organisationId ?? ''))),
			{ ...organisationEntry(d.organisations[0]), municipalityIds: [] }
		];
		const columns = structuredClone(encodeEntries(entries));
		expect(decodeEntries(columns)).toEqual(entries);
		// Repeated strings are stored once.
		expect(columns.strings.length).toBeLessThan(
			new Set(entries.flatMap((e) => [e.id, e.name])).size + 500
		);
	});
});
