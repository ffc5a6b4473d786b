import { describe, expect, it } from 'vitest';
import { buildDemoNetwork, DEMO_NO_NGO_SEAT } from './pirkanmaa';
import { ENTITY_NAMES, entitySchemas } from '$lib/domain/entities';

describe('the demo network', () => {
	const data = buildDemoNetwork();

	it('has Pirkanmaa: 23 municipalities, 3 regions, 24 family centres', () => {
		expect(data.municipalities).toHaveLength(23);
		expect(data.regions.map((r) => r.name)).toEqual([
			'Läntinen alue',
			'Eteläinen alue',
			'Pohjoinen alue'
		]);
		expect(data.familyCentres).toHaveLength(24);
		expect(new Set(data.municipalities.map((m) => m.code)).size).toBe(23);
	});

	it('has every record valid, unique ids and no dangling references', () => {
		const ids = new Set<string>();
		for (const n of ENTITY_NAMES)
			for (const r of data[n]) {
				expect(entitySchemas[n].safeParse(r).error?.issues ?? [], `${n} ${r.id}`).toEqual([]);
				expect(ids.has(r.id), `duplicate ${r.id}`).toBe(false);
				ids.add(r.id);
			}
		// Agenda items, decisions and discussion points carry ids of their own.
		const json = JSON.stringify(data);
		for (const [, id] of json.matchAll(/"id":"([0-9a-f-]{36})"/g)) ids.add(id);
		const refs = json.match(/"[a-zA-Z]+Ids?":("[0-9a-f-]{36}"|\[[^\]]*\])/g) ?? [];
		for (const ref of refs)
			for (const id of ref.match(
				/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g
			) ?? [])
				expect(ids.has(id), `${ref} points nowhere`).toBe(true);
	});

	it('is the same on every device (stable ids)', () => {
		expect(buildDemoNetwork()).toEqual(data);
	});

	it('has the bodies of the seeds, organisations of every sector, fictional people', () => {
		const names = data.bodies.map((b) => b.name);
		expect(names).toContain('Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä');
		expect(names.filter((n) => n.endsWith('alueen koordinaatioryhmä'))).toHaveLength(3);
		expect(
			data.bodies.filter((b) => b.level === 'local' && b.kind === 'steering_group')
		).toHaveLength(24);
		expect(data.bodies.filter((b) => b.kind === 'expert_network')).toHaveLength(5);
		expect(names).toContain('Maakunnallinen järjestöyhteistyöryhmä');
		expect(names).toContain('Pirkanmaan lapsi- ja perhejärjestöjen verkosto');
		const sectors = new Set(data.organisations.map((o) => o.sector));
		expect(sectors.size).toBe(9);
		expect(data.persons.every((p) => p.fictional)).toBe(true);
	});

	it('leaves exactly three local steering groups without an NGO seat', () => {
		const ngoBodies = new Set(
			data.memberships.filter((m) => m.representsCategory === 'ngo').map((m) => m.bodyId)
		);
		const lacking = data.bodies.filter(
			(b) => b.level === 'local' && b.kind === 'steering_group' && !ngoBodies.has(b.id)
		);
		expect(lacking).toHaveLength(DEMO_NO_NGO_SEAT.length);
		expect(lacking.map((b) => b.name).sort()).toEqual([
			'Juupajoen perhekeskuksen ohjausryhmä',
			'Kihniön perhekeskuksen ohjausryhmä',
			'Punkalaitumen perhekeskuksen ohjausryhmä'
		]);
	});

	it('has the 2024 round on themes 1, 2 and 5 with its 25.9. workshop', () => {
		const [round] = data.assessmentRounds;
		const themeNumbers = round.focusThemeIds.map(
			(id) => data.assessmentThemes.find((t) => t.id === id)?.number
		);
		expect(themeNumbers).toEqual([1, 2, 5]);
		const workshop = data.meetings.find((m) => m.id === round.workshopMeetingId);
		expect(workshop).toMatchObject({
			kind: 'workshop',
			start: '2024-09-25T12:00',
			end: '2024-09-25T15:00'
		});
		expect(data.assessmentThemes).toHaveLength(8);
	});

	it('answers the directory question: NGOs with couple-relationship support in Nokia', () => {
		const nokia = data.municipalities.find((m) => m.name === 'Nokia')!.id;
		const ngo = new Set(data.organisations.filter((o) => o.sector === 'ngo').map((o) => o.id));
		const found = data.services.filter(
			(s) =>
				s.themes.includes('couple_relationship') &&
				ngo.has(s.organisationId) &&
				(s.municipalityIds.includes(nokia) || s.municipalityIds.length === 0)
		);
		expect(found.length).toBeGreaterThanOrEqual(3);
		expect(found.every((s) => s.contactPersonIds.length > 0)).toBe(true);
	});
});
