/** Messages of the meetings section. */
import { count } from '../plural';

const fi = {
	title: 'Kokoukset ja tapahtumat',
	intro:
		'Ryhmien kokoukset sekä työpajat, järjestötorit, seminaarit ja koulutukset: asialista, osallistujat, päätökset ja jatkotoimenpiteet.',
	newMeeting: 'Uusi kokous tai tapahtuma',
	followUpsLink: 'Avoimet jatkotoimenpiteet',
	exportIcs: 'Vie kalenteriin (.ics)',
	exportListIcs: (n: number) => `Vie ${n} kokousta kalenteriin (.ics)`,
	calendarName: 'Verkosto – kokoukset',
	icsAgenda: 'Asialista:',
	filters: 'Rajaa kokouksia',
	body: 'Ryhmä',
	allBodies: 'Kaikki ryhmät ja tapahtumat',
	standaloneOnly: 'Vain erilliset tapahtumat',
	region: 'Alue',
	allRegions: 'Kaikki alueet',
	month: 'Kuukausi',
	allMonths: 'Kaikki kuukaudet',
	kind: 'Laji',
	allKinds: 'Kaikki lajit',
	clearFilters: 'Tyhjennä rajaukset',
	upcoming: 'Tulevat',
	past: 'Menneet',
	noUpcoming: 'Ei tulevia kokouksia tai tapahtumia.',
	noPast: 'Ei menneitä kokouksia tai tapahtumia.',
	showMore: (n: number) => `Näytä ${n} lisää`,
	invitedCount: (n: number) => (n === 1 ? '1 osallistuja' : `${n} osallistujaa`),
	presentCount: (n: number) => `${n} paikalla`,
	today: 'Tänään',
	standalone: 'Erillinen tapahtuma',
	dueTitle: 'Kokous erääntynyt',
	dueIntro:
		'Näiden ryhmien sovitun kokoustahdin mukaan seuraava kokous olisi jo pitänyt pitää (pieni viive sallitaan), eikä uutta ole sovittu.',
	/** `dueBy` only for a body that has met: a never-met body's due date would be its recording date. */
	dueLine: (perYear: number, last: string | undefined, dueBy: string | undefined) =>
		`${perYear} kertaa vuodessa · ${last ? `edellinen ${last}` : 'ei yhtään kokousta'}${dueBy ? ` · erääntyi ${dueBy}` : ''}`,
	planMeeting: 'Suunnittele kokous',
	showAllDue: (n: number) => `Näytä kaikki ${n}`,
	noneDue: 'Kaikilla ryhmillä on seuraava kokous sovittu tai se ei ole vielä ajankohtainen.',

	// Creating
	newTitle: 'Uusi kokous tai tapahtuma',
	bodyNone: 'Ei ryhmää (erillinen tapahtuma)',
	meetingTitle: 'Otsikko',
	titleHint: 'Esimerkiksi «Ohjausryhmän kokous 1/2027» tai «Järjestötori Nokialla».',
	start: 'Alkaa',
	end: 'Päättyy',
	place: 'Paikka',
	placeHint: 'Osoite, sali tai Teams-linkin nimi.',
	description: 'Kuvaus',
	inviteMembers: (n: number) =>
		n === 1 ? 'Kutsu ryhmän jäsen (1)' : `Kutsu ryhmän nykyiset jäsenet (${n})`,
	create: 'Luo kokous',
	created: 'Kokous luotu.',
	defaultTitle: (body: string) => `${body}: kokous`,

	// The meeting page
	details: 'Perustiedot',
	runAtDoor: 'Läsnäolo ovella',
	summary: 'Yhteenveto',
	deleteMeeting: 'Poista kokous',
	deleteWhat: (title: string) => `kokous «${title}»`,
	notFound: 'Kokousta ei löytynyt. Se on ehkä poistettu.',
	backToList: 'Kaikki kokoukset',
	backToMeeting: 'Takaisin kokoukseen',
	autosaveHint:
		'Muutokset tallentuvat samalla kun kirjoitat, myös ilman verkkoyhteyttä. Tallennuspainiketta ei tarvita.',
	status: {
		saved: 'Kaikki muutokset tallennettu',
		pending: 'Tallennetaan pian…',
		saving: 'Tallennetaan…',
		error: 'Kaikkia muutoksia ei tallennettu'
	},
	savedAt: (time: string) => `Tallennettu klo ${time}`,
	agenda: 'Asialista',
	agendaItem: (n: number) => `Asiakohta ${n}`,
	agendaTitle: 'Otsikko',
	agendaNotes: 'Muistiinpanot',
	addAgendaItem: 'Lisää asiakohta',
	newAgendaItem: 'Uusi asiakohta',
	moveUp: 'Siirrä ylös',
	moveDown: 'Siirrä alas',
	removeAgendaItem: 'Poista asiakohta',
	removeAgendaItemTitle: (title: string) => `Poistetaanko asiakohta «${title}»?`,
	removeAgendaItemNotes:
		'Asiakohdan muistiinpanot poistetaan sen mukana. Sen alla tehdyt päätökset säilyvät ilman asiakohtaa.',
	noAgenda: 'Asialistaa ei ole vielä.',
	participants: 'Osallistujat',
	inviteBodyMembers: 'Kutsu ryhmän jäsenet',
	invitedMembers: (n: number) =>
		n === 0 ? 'Kaikki jäsenet on jo kutsuttu.' : `${count(n, 'jäsen', 'jäsentä')} kutsuttu.`,
	addPerson: 'Kutsu henkilö hakemistosta',
	searchPerson: 'Hae henkilöä nimellä',
	noPersonFound: 'Hakemistosta ei löytynyt ketään tällä nimellä.',
	invite: 'Kutsu',
	alreadyInvited: 'kutsuttu',
	removeParticipant: (name: string) => `Poista osallistuja ${name}`,
	attendance: 'Läsnäolo',
	walkInBadge: 'lisätty paikalla',
	represents: 'Edustaa',
	infoFlow: 'Tiedonkulku',
	infoFlowHelp:
		'Edustaja kokoaa edustamansa organisaation näkemykset ennen kokousta ja kertoo sille kokouksen asioista jälkeenpäin.',
	inputGathered: 'Koonnut näkemykset ennen',
	reportedBack: 'Raportoinut jälkeen',
	inputGatheredOf: (name: string) => `${name}: koonnut näkemykset ennen kokousta`,
	reportedBackOf: (name: string) => `${name}: raportoinut kokouksesta jälkeen`,
	infoFlowCounts: (gathered: number, reported: number, of: number) =>
		`${count(of, 'edustaja', 'edustajaa')} paikalla: ${gathered} koonnut näkemykset ennen, ${reported} raportoinut jälkeen.`,
	noParticipants: 'Ei osallistujia vielä.',
	decisions: 'Päätökset',
	decision: 'Päätös',
	addDecision: 'Lisää päätös',
	newDecision: 'Uusi päätös',
	decisionAgendaItem: 'Asiakohta',
	noAgendaItem: '(ei asiakohtaa)',
	removeDecision: 'Poista päätös',
	removeDecisionTitle: (n: number) => `Poistetaanko päätös ${n}?`,
	noDecisions: 'Ei päätöksiä.',
	followUps: 'Jatkotoimenpiteet',
	followUp: 'Tehtävä',
	addFollowUp: 'Lisää tehtävä',
	newFollowUp: 'Uusi tehtävä',
	owner: 'Vastuuhenkilö',
	noOwner: '(ei vastuuhenkilöä)',
	due: 'Määräpäivä',
	done: 'Tehty',
	doneOf: (text: string) => `Tehty: ${text}`,
	removeFollowUp: 'Poista tehtävä',
	noFollowUps: 'Ei jatkotoimenpiteitä.',
	overdue: 'myöhässä',
	generalNotes: 'Yleiset muistiinpanot',

	// At the door
	attendanceTitle: 'Läsnäolo',
	attendanceIntro:
		'Hae saapujan nimi ja merkitse hänet paikalle. Kaikki tallentuu heti tälle laitteelle, myös ilman verkkoyhteyttä.',
	searchName: 'Hae nimellä',
	searchNameHint: 'Enter merkitsee ainoan osuman paikalla olevaksi.',
	markPresent: 'Paikalla',
	markAbsent: 'Poissa',
	markPresentOf: (name: string) => `Paikalla: ${name}`,
	markAbsentOf: (name: string) => `Poissa: ${name}`,
	counts: (present: number, absent: number, unknown: number) =>
		`${present} paikalla · ${absent} poissa · ${unknown} merkitsemättä`,
	show: 'Näytä',
	showAll: 'Kaikki',
	showUnknown: 'Merkitsemättä',
	showPresent: 'Paikalla',
	showAbsent: 'Poissa',
	noMatches: 'Kukaan osallistujista ei vastaa hakua.',
	directoryMatches: 'Hakemistosta löytyi (ei kutsuttu)',
	addAsWalkIn: (name: string) => `Lisää ${name} paikalla olevaksi`,
	newWalkIn: 'Lisää uusi henkilö paikan päällä',
	walkInIntro:
		'Henkilö lisätään hakemistoon vähimmäistiedoin ja merkitään paikalle ilman kutsua tulleeksi.',
	walkInName: 'Nimi',
	walkInOrg: 'Organisaatio',
	walkInOrgNone: '(ei organisaatiota)',
	walkInEmail: 'Sähköposti',
	walkInPhone: 'Puhelin',
	walkInAdd: 'Lisää paikalla olevaksi',
	walkInAdded: (name: string) => `${name} lisätty paikalla olevaksi.`,
	quickNotes: 'Muistiinpanot asiakohdittain',

	// Summary
	summaryTitle: (title: string) => `Yhteenveto: ${title}`,
	print: 'Tulosta',
	downloadText: 'Lataa tekstinä (.txt)',
	copyText: 'Kopioi teksti',
	copied: 'Yhteenveto kopioitu leikepöydälle.',
	copyFailed: 'Kopiointi ei onnistunut. Lataa teksti tiedostona.',
	unknownPerson: '(poistettu henkilö)',
	summaryLabels: {
		place: 'Paikka',
		body: 'Ryhmä',
		present: (n: number) => `Paikalla (${n})`,
		absent: (n: number) => `Poissa (${n})`,
		notMarked: (n: number) => `Kutsutut, läsnäoloa ei merkitty (${n})`,
		walkIn: 'tuli paikalle ilman kutsua',
		agenda: 'Asialista',
		notes: 'Muistiinpanot',
		decision: 'Päätös',
		decisions: 'Päätökset',
		followUps: 'Jatkotoimenpiteet',
		owner: 'vastuu',
		due: 'määräpäivä',
		done: 'tehty',
		noFollowUps: 'Ei jatkotoimenpiteitä.',
		noDecisions: 'Ei päätöksiä.',
		generalNotes: 'Muistiinpanot',
		forward:
			'Edustajat: välittäkää tämä yhteenveto edustamillenne organisaatioille ja merkitkää raportointi tehdyksi.'
	},

	// Follow-ups across meetings
	followUpsTitle: 'Avoimet jatkotoimenpiteet',
	followUpsIntro: 'Kokousten tehtävät vastuuhenkilöineen ja määräpäivineen.',
	allOwners: 'Kaikki vastuuhenkilöt',
	withoutOwner: 'Ei vastuuhenkilöä',
	showDone: 'Näytä myös tehdyt',
	groupBy: 'Järjestys',
	byDue: 'Määräpäivän mukaan',
	byOwner: 'Vastuuhenkilöittäin',
	meeting: 'Kokous',
	noOpenFollowUps: 'Ei avoimia jatkotoimenpiteitä.',
	openCount: (n: number, overdue: number) =>
		n === 1
			? `1 avoin tehtävä${overdue ? ', joka on myöhässä' : ''}.`
			: `${n} avointa tehtävää${overdue ? `, joista ${overdue} myöhässä` : ''}.`,
	markedDone: 'Merkitty tehdyksi.',

	// Report-back panel on a body's page
	reportBack: {
		title: 'Raportointi edustetuille organisaatioille',
		intro:
			'Edustajat, jotka eivät ole vielä kertoneet edustamilleen organisaatioille ryhmän viimeisen vuoden kokouksista.',
		allReported: 'Kaikki edustajat ovat raportoineet viimeisen vuoden kokouksista.',
		noMeetings:
			'Ryhmällä ei ole ollut kokouksia viimeisen vuoden aikana, joten raportoitavaa ei ole.',
		noRepresentatives:
			'Viimeisen vuoden kokouksissa ei ollut läsnä ketään, joka edustaa ryhmässä jotakin tahoa.',
		representative: 'Edustaja',
		represents: 'Edustaa',
		meeting: 'Kokous',
		noInput: 'ei koonnut näkemyksiä ennen kokousta',
		markReported: 'Merkitse raportoiduksi',
		markReportedOf: (name: string, meeting: string) => `Merkitse raportoiduksi: ${name}, ${meeting}`
	},

	// Removing a participant (asked first: the attendance and report-back marks go too)
	removeParticipantTitle: (name: string) => `Poistetaanko ${name} osallistujista?`,
	removeParticipantBody:
		'Hänen läsnäolonsa sekä edustajan merkinnät näkemysten kokoamisesta ja raportoinnista poistuvat tästä kokouksesta. Henkilö säilyy hakemistossa.',
	removeParticipantRecorded: (marks: string) => `Kirjattu nyt: ${marks}.`,
	removeParticipantConfirm: 'Poista osallistuja',
	removedParticipant: (name: string) => `${name} poistettu osallistujista.`,

	// The door: what Enter did, typo matches, a walk-in who may already be in the directory
	markedPresent: (name: string) => `${name} merkitty paikalla olevaksi.`,
	alreadyPresent: (name: string) => `${name} on jo merkitty paikalla olevaksi.`,
	enterMany: (n: number) => `${n} osumaa – tarkenna nimeä, niin Enter merkitsee oikean henkilön.`,
	enterNone: 'Kukaan osallistujista ei vastaa hakua – ketään ei merkitty.',
	nearMatches: 'Ei täsmällistä osumaa. Lähimmät nimet:',
	walkInOrgHint: 'Kirjoita nimen alkua ja valitse listasta.',
	walkInOrgNoMatch: 'Ei organisaatiota tällä nimellä',
	namesakeTitle: 'Hakemistossa on jo tämänniminen henkilö',
	namesakeBody: 'Jos hän on sama henkilö, valitse hänet, niin hakemistoon ei tule kahta samaa.',
	namesakeUse: (name: string, org: string | undefined) =>
		`Valitse ${name}${org ? ` (${org})` : ''}`,
	namesakeAlreadyHere: (name: string) => `${name} on jo osallistujissa: merkitse paikalla olevaksi`,
	namesakeCreate: 'Eri henkilö: lisää uusi',
	ownerHint: 'Kirjoita osallistujan nimen alkua ja valitse listasta.',
	ownerNoMatch: 'Ei osallistujaa tällä nimellä'
};
export type MeetingsMessages = typeof fi;

export default fi;
