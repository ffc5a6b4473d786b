import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { catalogue } from '$lib/testing/messages';
import { formatDate, formatLocalRange } from '$lib/i18n/format';
import { applyMeetingPatch, type MeetingPatch } from '$lib/domain/rules/meetingPatch';
import { buildSummary, summaryText } from './meetingSummary';

const demo = buildDemoNetwork();
const person = (k: string) => demo.persons.find((p) => p.id === demoId(`person:${k}`))!;
const orgs = new Map(demo.organisations.map((o) => [o.id, o.name]));
const lookup = (id: string) => {
	const p = demo.persons.find((x) => x.id === id);
	return (
		p && { name: p.name, organisation: p.organisationId ? orgs.get(p.organisationId) : undefined }
	);
};
const m = catalogue.fi.meetings;

function heldWorkshop() {
	const w = demo.meetings.find((x) => x.id === demoId('meeting:workshop-2024'))!;
	const patches: MeetingPatch[] = [
		{ op: 'participant.attendance', personId: person('agent-1').id, value: 'present' },
		{ op: 'participant.attendance', personId: person('kela-1').id, value: 'absent' },
		{
			op: 'participant.add',
			participant: {
				personId: person('pirha-director').id,
				attendance: 'present',
				walkIn: true,
				inputGathered: false,
				reportedBack: false
			}
		},
		{
			op: 'agenda.set',
			id: w.agenda[2].id,
			field: 'notes',
			value: 'Vahvuus: yhteiset tilat.\nTarve: tiedonkulku.'
		},
		{
			op: 'decision.add',
			decision: {
				id: demoId('d1'),
				text: 'Järjestöt mukaan palvelupolkuihin.',
				agendaItemId: w.agenda[3].id
			}
		},
		{ op: 'decision.add', decision: { id: demoId('d2'), text: 'Seuraava työpaja keväällä.' } },
		{
			op: 'followUp.add',
			followUp: {
				id: demoId('f1'),
				text: 'Koosta työpajan tulokset',
				ownerPersonId: person('pirha-coordinator').id,
				dueDate: '2024-10-15',
				done: false
			}
		}
	];
	return patches.reduce(applyMeetingPatch, w);
}

describe('meeting summary', () => {
	const w = heldWorkshop();
	const s = buildSummary(w, {
		person: lookup,
		kind: 'Työpaja',
		when: formatLocalRange(w.start, w.end, 'fi'),
		date: (d) => formatDate(d, 'fi'),
		unknownPerson: m.unknownPerson
	});

	it('sorts people by attendance, in Finnish order, with their organisations', () => {
		expect(s.present.map((p) => p.name)).toEqual(
			[person('agent-1').name, person('pirha-director').name].sort(new Intl.Collator('fi').compare)
		);
		expect(s.present.find((p) => p.walkIn)?.name).toBe(person('pirha-director').name);
		expect(s.absent).toEqual([
			{ name: person('kela-1').name, organisation: 'Kela', walkIn: false }
		]);
		expect(s.notMarked).toHaveLength(w.participants.length - 3);
	});

	it('puts decisions under their agenda item and the rest apart', () => {
		expect(s.agenda[3].decisions).toEqual(['Järjestöt mukaan palvelupolkuihin.']);
		expect(s.decisions).toEqual(['Seuraava työpaja keväällä.']);
	});

	it('writes plain text with the time, agenda notes, decisions and follow-ups to forward', () => {
		const text = summaryText(s, m.summaryLabels);
		expect(text.split('\n').slice(0, 3)).toEqual([
			'Järjestöt ja seurakunnat osana perhekeskusta – työpaja',
			'Työpaja, 25.9.2024 klo 12.00–15.00',
			'Paikka: Monitoimitalo 13, Wivi Lönn -sali, Tampere'
		]);
		expect(text).toContain('PAIKALLA (2)');
		const director = person('pirha-director');
		expect(text).toContain(
			`- ${director.name} (${orgs.get(director.organisationId!)}) – tuli paikalle ilman kutsua`
		);
		expect(text).toContain(
			'3. Pienryhmät: vahvuudet, kehittämistarpeet ja yhteiset tavoitteet\n   Muistiinpanot:\n   Vahvuus: yhteiset tilat.\n   Tarve: tiedonkulku.'
		);
		expect(text).toContain('   Päätös: Järjestöt mukaan palvelupolkuihin.');
		expect(text).toContain(
			'PÄÄTÖKSET\n- Järjestöt mukaan palvelupolkuihin.\n- Seuraava työpaja keväällä.'
		);
		expect(text).toContain(
			`JATKOTOIMENPITEET\n- Koosta työpajan tulokset (vastuu: ${person('pirha-coordinator').name}, määräpäivä: 15.10.2024)`
		);
		expect(text.trimEnd().endsWith(m.summaryLabels.forward)).toBe(true);
	});

	it('says so when there are no decisions or follow-ups, in the chosen language', () => {
		const bare = demo.meetings.find((x) => x.id === demoId('meeting:ngo-fair-2027'))!;
		const en = catalogue.en.meetings;
		const text = summaryText(
			buildSummary(bare, {
				person: lookup,
				kind: 'NGO fair',
				when: formatLocalRange(bare.start, bare.end, 'en'),
				date: (d) => formatDate(d, 'en'),
				unknownPerson: en.unknownPerson
			}),
			en.summaryLabels
		);
		expect(text).toContain('DECISIONS\nNo decisions.');
		expect(text).toContain('FOLLOW-UPS\nNo follow-ups.');
		expect(text).toContain('at 14:00–18:00');
	});
});
