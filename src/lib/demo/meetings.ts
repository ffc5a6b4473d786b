/**
 * The demo's meetings and events: body meetings with attendance, decisions and
 * the representatives' information flow; the 25.9.2024 workshop (not yet held
 * in the demo, so it can be run at the door); an NGO fair, a seminar, a
 * training and upcoming meetings.
 */
import type { Body, Meeting, Membership } from '$lib/domain/entities';
import { demoBase, demoId } from './ids';

interface Ctx {
	bodies: Body[];
	/** Body id → the key the demo gave it (e.g. 'local-536'). */
	bodyKeys: Map<string, string>;
	memberships: Membership[];
	personId: (key: string) => string;
}

interface MeetingSpec {
	key: string;
	body?: string;
	kind?: Meeting['kind'];
	title: string;
	date: string;
	start?: string;
	end?: string;
	place: string;
	agenda: string[];
	/** Held: attendance and information flow are recorded. */
	held: boolean;
	absent?: string[];
	notGathered?: string[];
	notReported?: string[];
	notes?: string;
	decisions?: string[];
	followUps?: [text: string, owner: string, due: string, done: boolean][];
	invite?: string[];
}

export function buildMeetings({ bodies, bodyKeys, memberships, personId }: Ctx): Meeting[] {
	const bodyId = (k: string) => demoId(`body:${k}`);
	const byId = new Map(bodies.map((b) => [b.id, b]));

	const meeting = (s: MeetingSpec): Meeting => {
		const bid = s.body ? bodyId(s.body) : undefined;
		if (bid && !byId.has(bid)) throw new Error(`demo: unknown body ${s.body}`);
		const members = bid
			? memberships
					.filter((m) => m.bodyId === bid && m.role !== 'deputy')
					.filter(
						(m) => (!m.termStart || m.termStart <= s.date) && (!m.termEnd || m.termEnd >= s.date)
					)
					.map((m) => m.personId)
			: [];
		const invited = [...new Set([...members, ...(s.invite ?? []).map(personId)])];
		const has = (list: string[] | undefined, id: string) => (list ?? []).map(personId).includes(id);
		const agenda = s.agenda.map((title, i) => ({
			id: demoId(`meeting:${s.key}:agenda:${i}`),
			title
		}));
		return {
			...demoBase(`meeting:${s.key}`),
			...(bid ? { bodyId: bid } : {}),
			kind: s.kind ?? 'meeting',
			title: s.title,
			start: `${s.date}T${s.start ?? '13:00'}`,
			end: `${s.date}T${s.end ?? '15:00'}`,
			place: s.place,
			agenda,
			participants: invited.map((id) => ({
				personId: id,
				attendance: s.held ? (has(s.absent, id) ? 'absent' : 'present') : 'unknown',
				walkIn: false,
				inputGathered: s.held && !has(s.absent, id) && !has(s.notGathered, id),
				reportedBack: s.held && !has(s.absent, id) && !has(s.notReported, id)
			})),
			...(s.notes ? { notes: s.notes } : {}),
			decisions: (s.decisions ?? []).map((text, i) => ({
				id: demoId(`meeting:${s.key}:decision:${i}`),
				text,
				...(agenda[1] ? { agendaItemId: agenda[1].id } : {})
			})),
			followUps: (s.followUps ?? []).map(([text, owner, due, done], i) => ({
				id: demoId(`meeting:${s.key}:followUp:${i}`),
				text,
				ownerPersonId: personId(owner),
				dueDate: due,
				done
			}))
		};
	};

	const pirhaHouse = 'Pirkanmaan hyvinvointialue, Hallituskatu 8, Tampere (ja Teams)';
	const detailed: Meeting[] = [
		// The provincial steering group, four times a year.
		meeting({
			key: 'provincial-2026-02',
			body: 'provincial',
			title: 'Maakunnallisen ohjausryhmän kokous 1/2026',
			date: '2026-02-11',
			place: pirhaHouse,
			agenda: [
				'Kokouksen avaus',
				'Perhekeskuksen toimintasuunnitelma 2026',
				'Alueiden kuulumiset',
				'Muut asiat'
			],
			held: true,
			absent: ['kela-1'],
			notReported: ['parish-837'],
			decisions: ['Hyväksyttiin perhekeskuksen toimintasuunnitelma vuodelle 2026.'],
			followUps: [
				[
					'Toimintasuunnitelma jaetaan alueellisille koordinaatioryhmille',
					'pirha-coordinator',
					'2026-02-28',
					true
				]
			]
		}),
		meeting({
			key: 'provincial-2026-05',
			body: 'provincial',
			title: 'Maakunnallisen ohjausryhmän kokous 2/2026',
			date: '2026-05-13',
			place: pirhaHouse,
			agenda: [
				'Kokouksen avaus',
				'Yhteiskehittämisen tavoitteiden seuranta',
				'Järjestötori 2026',
				'Muut asiat'
			],
			held: true,
			notGathered: ['artteli-coord'],
			notReported: ['mll-hame-1'],
			decisions: [
				'Syksyn järjestötori järjestetään yhdessä lapsi- ja perhejärjestöjen verkoston kanssa.'
			],
			followUps: [
				['Järjestötorin ajankohdan ja paikan selvittäminen', 'mll-hame-1', '2026-06-15', false],
				['Tavoitteiden seurantaraportti ohjausryhmälle', 'pirha-coordinator', '2026-09-01', false]
			]
		}),
		meeting({
			key: 'provincial-2026-09',
			body: 'provincial',
			title: 'Maakunnallisen ohjausryhmän kokous 3/2026',
			date: '2026-09-09',
			place: pirhaHouse,
			agenda: ['Kokouksen avaus', 'Lasten ja nuorten hyvinvointisuunnitelma', 'Muut asiat'],
			held: true,
			notReported: ['liaison-211', 'kela-1'],
			decisions: ['Lausunto hyvinvointisuunnitelmaan valmistellaan puheenjohtajistossa.']
		}),
		meeting({
			key: 'provincial-2026-12',
			body: 'provincial',
			title: 'Maakunnallisen ohjausryhmän kokous 4/2026',
			date: '2026-12-09',
			place: pirhaHouse,
			agenda: ['Kokouksen avaus', 'Vuoden 2027 painopisteet', 'Muut asiat'],
			held: false
		}),
		// Regional coordination groups: phase 1 discussions in 2024, then the current year.
		meeting({
			key: 'regional-west-2024-08',
			body: 'regional-west',
			title: 'Läntisen alueen koordinaatioryhmä: yhteistyön arviointi',
			date: '2024-08-20',
			place: 'Nokian kaupungintalo',
			agenda: ['Arviointityön tausta', 'Keskustelu teemoista 1, 2 ja 5', 'Viestit työpajaan'],
			held: true
		}),
		meeting({
			key: 'regional-south-2024-08',
			body: 'regional-south',
			title: 'Eteläisen alueen koordinaatioryhmä: yhteistyön arviointi',
			date: '2024-08-27',
			place: 'Valkeakosken kaupungintalo',
			agenda: ['Arviointityön tausta', 'Keskustelu teemoista 1, 2 ja 5', 'Viestit työpajaan'],
			held: true
		}),
		meeting({
			key: 'regional-north-2024-09',
			body: 'regional-north',
			title: 'Pohjoisen alueen koordinaatioryhmä: yhteistyön arviointi',
			date: '2024-09-03',
			place: 'Oriveden kaupungintalo',
			agenda: ['Arviointityön tausta', 'Keskustelu teemoista 1, 2 ja 5', 'Viestit työpajaan'],
			held: true,
			absent: ['agent-3']
		}),
		...['2026-02-17', '2026-05-19', '2026-10-13'].map((date, i) =>
			meeting({
				key: `regional-west-${date}`,
				body: 'regional-west',
				title: `Läntisen alueen koordinaatioryhmä ${i + 1}/2026`,
				date,
				place: 'Teams',
				agenda: ['Ajankohtaiset', 'Alueen palvelutarpeet', 'Järjestöjen kuulumiset'],
				held: true,
				notReported: i === 2 ? ['agent-1'] : []
			})
		),
		meeting({
			key: 'regional-south-2026-03',
			body: 'regional-south',
			title: 'Eteläisen alueen koordinaatioryhmä 1/2026',
			date: '2026-03-10',
			place: 'Lempäälän kunnantalo',
			agenda: ['Ajankohtaiset', 'Eroauttamisen palvelupolku'],
			held: true,
			decisions: ['Eroauttamisen palvelupolkuun lisätään järjestöjen vertaisryhmät.'],
			followUps: [['Palvelupolun päivitys', 'yvpl-1', '2026-05-31', false]]
		}),
		meeting({
			key: 'regional-north-2026-09',
			body: 'regional-north',
			title: 'Pohjoisen alueen koordinaatioryhmä 1/2026',
			date: '2026-09-22',
			place: 'Mänttä-Vilppulan kaupungintalo',
			agenda: ['Ajankohtaiset', 'Järjestöedustus alueella'],
			held: true,
			notReported: ['liaison-508']
		}),
		// Local steering groups.
		meeting({
			key: 'local-536-2026-02',
			body: 'local-536',
			title: 'Nokian perhekeskuksen ohjausryhmä',
			date: '2026-02-10',
			place: 'Nokian kaupungintalo',
			agenda: ['Vuosisuunnitelma', 'Perhekahvilan tilat', 'Muut asiat'],
			held: true,
			decisions: ['Seurakunta tarjoaa tilat perhekahvilalle torstaisin.'],
			followUps: [['Tilavarauksen vahvistus', 'parish-536', '2026-03-01', true]]
		}),
		meeting({
			key: 'local-536-2026-09',
			body: 'local-536',
			title: 'Nokian perhekeskuksen ohjausryhmä',
			date: '2026-09-15',
			place: 'Nokian kaupungintalo',
			agenda: ['Syksyn toiminta', 'Järjestötori', 'Muut asiat'],
			held: true,
			notReported: ['agent-4']
		}),
		meeting({
			key: 'local-837-west-2026-10',
			body: 'local-837-west',
			title: 'Tampereen läntisen perhekeskuksen ohjausryhmä',
			date: '2026-10-06',
			place: 'Tesoman hyvinvointikeskus',
			agenda: ['Ajankohtaiset', 'Perheiden palaute'],
			held: true
		}),
		meeting({
			key: 'local-020-2025-11',
			body: 'local-020',
			title: 'Akaan perhekeskuksen ohjausryhmä',
			date: '2025-11-11',
			place: 'Akaan kaupungintalo',
			agenda: ['Perheiden edustajan valinta', 'Muut asiat'],
			held: true,
			followUps: [['Uuden perheiden edustajan kutsuminen', 'liaison-020', '2026-01-31', false]]
		}),
		// Leaders and NGO directors, twice a year.
		meeting({
			key: 'leaders-2025-10',
			body: 'leaders',
			title: 'Johdon ja järjestöjen tapaaminen syksy 2025',
			date: '2025-10-08',
			place: pirhaHouse,
			agenda: ['Järjestöavustukset 2026', 'Yhteiset painopisteet'],
			held: true
		}),
		meeting({
			key: 'leaders-2026-04',
			body: 'leaders',
			title: 'Johdon ja järjestöjen tapaaminen kevät 2026',
			date: '2026-04-15',
			place: pirhaHouse,
			agenda: ['Kuulumiset', 'Päällekkäisen työn välttäminen'],
			held: true,
			notReported: ['mll-tampere-1']
		}),
		meeting({
			key: 'lape-ngo-2026-03',
			body: 'lape-ngo',
			title: 'Lapsi- ja perhejärjestöjen verkoston tapaaminen',
			date: '2026-03-18',
			place: 'Järjestötalo, Tampere',
			agenda: ['Verkoston toimintatapa', 'Edustajan nimeäminen järjestöyhteistyöryhmään'],
			held: true,
			decisions: ['Verkoston edustajaksi järjestöyhteistyöryhmään nimettiin puheenjohtaja.']
		}),
		meeting({
			key: 'expert-divorce-2026-04',
			body: 'expert-divorce',
			title: 'Eroasiantuntijaverkosto',
			date: '2026-04-22',
			place: 'Teams',
			agenda: ['Eroauttamisen palvelupolku', 'Koulutustarpeet'],
			held: true
		}),
		// The workshop of the 2024 assessment round (phase 2), not yet held in the demo.
		meeting({
			key: 'workshop-2024',
			kind: 'workshop',
			title: 'Järjestöt ja seurakunnat osana perhekeskusta – työpaja',
			date: '2024-09-25',
			start: '12:00',
			end: '15:00',
			place: 'Monitoimitalo 13, Wivi Lönn -sali, Tampere',
			agenda: [
				'Tervetuloa ja työskentelyn tausta',
				'Ryhmien ja verkostojen viestit teemoittain',
				'Pienryhmät: vahvuudet, kehittämistarpeet ja yhteiset tavoitteet',
				'Seuraavat askeleet ja vastuut'
			],
			held: false,
			invite: [
				'pirha-coordinator',
				'pirha-sm-west',
				'pirha-sm-south',
				'pirha-sm-north',
				'lskl-1',
				'mll-hame-1',
				'yvpl-1',
				'artteli-coord',
				'agent-1',
				'agent-2',
				'agent-3',
				'agent-4',
				'kataja-1',
				'ensikoti-1',
				'setlementti-1',
				'parish-837',
				'parish-536',
				'parish-908',
				'liaison-536',
				'liaison-837-west',
				'liaison-211',
				'kela-1',
				'family-1',
				'family-3'
			]
		}),
		meeting({
			key: 'ngo-fair-2025',
			kind: 'ngo_fair',
			title: 'Järjestötori Nokialla',
			date: '2025-04-23',
			start: '14:00',
			end: '18:00',
			place: 'Nokian kirjasto',
			agenda: ['Järjestöjen esittelypöydät', 'Paneeli: järjestöt palvelupoluissa'],
			held: true,
			invite: ['agent-4', 'mll-nokia-1', 'parish-536', 'liaison-536', 'kataja-1']
		}),
		meeting({
			key: 'seminar-2025',
			kind: 'seminar',
			title: 'Pirkanmaan perhekeskusseminaari',
			date: '2025-11-12',
			start: '09:00',
			end: '15:30',
			place: 'Tampere-talo',
			agenda: ['Avaus', 'Yhteiskehittämisen tulokset', 'Työpajat', 'Yhteenveto'],
			held: true,
			invite: [
				'pirha-director',
				'pirha-coordinator',
				'lskl-1',
				'mll-hame-1',
				'artteli-coord',
				'parish-837'
			]
		}),
		meeting({
			key: 'training-2026',
			kind: 'training',
			title: 'Koulutus: järjestöjen toiminta perheiden palvelupoluissa',
			date: '2026-01-20',
			start: '13:00',
			end: '16:00',
			place: 'Teams',
			agenda: ['Palvelupolut', 'Ohjaaminen järjestöjen toimintaan'],
			held: true,
			invite: ['pirha-worker-1', 'pirha-worker-2', 'pirha-worker-3', 'agent-2']
		}),
		meeting({
			key: 'ngo-fair-2027',
			kind: 'ngo_fair',
			title: 'Järjestötori 2027',
			date: '2027-03-17',
			start: '14:00',
			end: '18:00',
			place: 'Tampereen pääkirjasto Metso',
			agenda: ['Esittelypöydät', 'Verkostoituminen'],
			held: false,
			invite: ['mll-hame-1', 'yvpl-1', 'artteli-coord']
		})
	];
	return [...detailed, ...routineMeetings(bodies, bodyKeys, detailed, meeting)];
}

/**
 * Bodies that keep to their cadence in the demo's last twelve months get plain
 * routine meetings, so the cadence flags point at the few that do not: the
 * southern coordination group and the steering groups of the family centres
 * still in development, whose seats are also incomplete.
 */
const BEHIND = ['regional-south', 'local-216', 'local-619', 'local-177', 'local-291'];
const YEAR_START = '2025-12-01';

function routineMeetings(
	bodies: Body[],
	keyOf: Map<string, string>,
	detailed: Meeting[],
	meeting: (s: MeetingSpec) => Meeting
): Meeting[] {
	const metRecently = new Set(
		detailed.filter((m) => m.bodyId && m.start >= YEAR_START).map((m) => m.bodyId!)
	);
	const out: Meeting[] = [];
	for (const b of bodies) {
		const key = keyOf.get(b.id);
		if (!key || b.status !== 'active' || b.meetingsPerYear <= 0) continue;
		if (BEHIND.includes(key) || metRecently.has(b.id)) continue;
		const step = Math.floor(365 / b.meetingsPerYear);
		for (let k = 0; k < b.meetingsPerYear; k++) {
			const date = addDays(YEAR_START, k * step);
			out.push(
				meeting({
					key: `${key}-routine-${date}`,
					body: key,
					title: `${b.name} ${k + 1}/${b.meetingsPerYear}`,
					date,
					place: 'Teams',
					agenda: ['Ajankohtaiset', 'Muut asiat'],
					held: true
				})
			);
		}
	}
	return out;
}

const addDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
