/** Messages of the sharing section: export, import preview, conflicts, history, backup reminder. */
type Kind = 'new' | 'changed' | 'deleted' | 'conflict' | 'older' | 'unchanged';
type ScopeKind = 'all' | 'directory' | 'region' | 'familyCentre' | 'body' | 'assessmentRound';
type Level = 'full' | 'noContactDetails' | 'noPersons';
type Reason = 'businessId' | 'name' | 'code' | 'email';
interface Totals {
	new: number;
	changed: number;
	deleted: number;
	conflicts: number;
}

const fi = {
	title: 'Tietojen jakaminen',
	intro:
		'Vie tiedot tiedostoon ja lähetä se toiselle koordinaattorille, tai tuo kollegan lähettämä tiedosto. Tuonti näyttää ensin, mitä se muuttaisi, eikä muuta mitään ennen kuin hyväksyt.',

	exportTitle: 'Vie tiedosto',
	scopeLegend: 'Mitä viedään?',
	scope: {
		all: 'Kaikki tiedot',
		directory: 'Vain hakemisto',
		region: 'Yksi alue',
		familyCentre: 'Yksi perhekeskus',
		body: 'Yksi ryhmä tai verkosto',
		assessmentRound: 'Yksi arviointikierros'
	} satisfies Record<ScopeKind, string>,
	scopeHelp: {
		all: 'Kaikki verkoston tiedot, myös poistot.',
		directory:
			'Organisaatiot, palvelut ja toiminnot, yhteyshenkilöt sekä alueet, kunnat ja perhekeskukset.',
		region:
			'Alueen kunnat, perhekeskukset, organisaatiot, palvelut, ryhmät jäsenineen ja kokouksineen sekä alueen arviointikierrokset.',
		familyCentre:
			'Perhekeskuksen kunnat, organisaatiot, palvelut sekä sen ryhmät jäsenineen ja kokouksineen.',
		body: 'Ryhmä, sen jäsenet, kokoukset, ryhmäkeskustelut ja resurssipanokset.',
		assessmentRound: 'Kierros, sen ryhmäkeskustelut, tavoitteet ja toimenpiteet.'
	} satisfies Record<ScopeKind, string>,
	partialNote:
		'Mukaan tulee myös se, mihin valitut tiedot viittaavat (esimerkiksi palvelun organisaatio ja yhteyshenkilöt). Poistot kulkevat mukana.',
	target: {
		region: 'Alue',
		familyCentre: 'Perhekeskus',
		body: 'Ryhmä tai verkosto',
		assessmentRound: 'Arviointikierros'
	},
	choose: '— valitse —',
	personalLegend: 'Henkilötiedot',
	personal: {
		full: 'Mukana: henkilöiden nimet, sähköpostit ja puhelinnumerot',
		noContactDetails: 'Ilman yhteystietoja: nimet mukana, ei sähköposteja eikä puhelinnumeroita',
		noPersons: 'Ilman henkilöitä: ei nimiä eikä yhteystietoja'
	} satisfies Record<Level, string>,
	exporterIs: (who: string) => `Vastaanottaja näkee viejänä: ${who}.`,
	exporterMissing: 'Nimeäsi ei ole asetettu, joten vastaanottaja ei näe, keneltä tiedosto on.',
	exporterSet: 'Aseta nimi asetuksissa',
	exporterChange: 'Muuta asetuksissa',
	exportButton: 'Vie tiedosto',
	personalWarningTitle: 'Tiedostossa on henkilötietoja',
	personalWarning: (contacts: boolean) =>
		`Tiedostossa on henkilöiden nimiä${contacts ? ', sähköpostiosoitteita ja puhelinnumeroita' : ' ja tehtäviä'}. Lähetä se vain niille, joille tiedot kuuluvat, ja säilytä se turvallisesti. Voit myös viedä tiedot ilman yhteystietoja tai ilman henkilöitä.`,
	exportAnyway: 'Vie',
	exporting: 'Viedään…',
	stage: {
		read: 'Luetaan tietoja',
		hash: 'Kootaan tiedostoa',
		write: 'Kirjoitetaan tiedostoa',
		parse: 'Tulkitaan tiedostoa',
		check: 'Tarkistetaan rakennetta',
		records: 'Tarkistetaan tietueita',
		compare: 'Verrataan omiin tietoihin'
	} as Record<string, string>,
	exported: (n: string, file: string) => `Vietiin ${n} tietoa tiedostoon ${file}.`,
	fileStem: {
		all: 'kaikki',
		directory: 'hakemisto',
		noContactDetails: 'ilman-yhteystietoja',
		noPersons: 'ilman-henkiloita'
	},
	scopeMissing: 'Valittua tietoa ei enää ole. Valitse toinen.',

	importTitle: 'Tuo tiedosto',
	importHelp:
		'Valitse toisen koordinaattorin viemä .json-tiedosto tai pudota se tähän. Tiedoston valitseminen ei vielä muuta mitään.',
	chooseFile: 'Valitse tiedosto',
	dropHere: 'Pudota tiedosto tähän',
	checking: (file: string) => `Tarkistetaan tiedostoa ${file}…`,
	refusedTitle: (file: string) => `Tiedostoa ${file} ei voi tuoda`,
	nothingChanged: 'Mitään ei muutettu.',
	moreProblems: (n: number) => `… ja ${n} muuta ongelmaa.`,
	problem: {
		empty: 'Tiedosto on tyhjä.',
		tooLarge: (size: string, limit: string) =>
			`Tiedosto on liian suuri (${size}); enintään ${limit} voidaan tuoda.`,
		notJson: (line?: number) =>
			`Tiedosto ei ole kelvollista JSON-muotoa${line ? ` (rivi ${line})` : ''} – se on ehkä katkennut tai vioittunut.`,
		tooDeep: 'tiedot ovat sisäkkäin liian monella tasolla',
		forbiddenKey: (key: string) => `kielletty kentän nimi «${key}»`,
		notExport: 'Tiedosto ei ole Verkoston vientitiedosto.',
		newerFormat: (v: string) =>
			`Tiedosto on tehty Verkoston uudemmalla versiolla (tiedostomuoto ${v}). Päivitä sovellus ja yritä uudelleen.`,
		badVersion: (v: string) => `Tiedostomuodon versio «${v}» ei kelpaa.`,
		duplicateId: 'sama tunniste on tiedostossa kahdesti',
		withheldField: 'tätä kenttää ei voi merkitä pois jätetyksi',
		checksum:
			'Tiedoston tarkistussumma ei täsmää: tiedostoa on muutettu viennin jälkeen tai se on vioittunut.',
		counts: (entity: string) => `${entity}: määrä ei täsmää tiedoston otsakkeen kanssa.`,
		record: (entity: string, record: string, problem: string) =>
			`${entity} «${record}»: ${problem}`,
		inFile: (path: string, problem: string) => `Tiedoston kohta ${path}: ${problem}`,
		futureExport: (at: string) =>
			`Tiedoston vientiaika ${at} on tulevaisuudessa. Tarkista tämän laitteen kello; jos se on oikein, tiedoston aikoihin ei voi luottaa.`,
		futureTime: (exported: string) => `aika on myöhempi kuin tiedoston vientiaika ${exported}`,
		idInOtherEntity: (entity: string, label: string, local: boolean) =>
			`sama tunniste on ${local ? 'sinun tiedoissasi' : 'tiedostossa'} jo toisella tiedolla: ${entity} «${label}»`,
		duplicateCode: (code: string, label: string, local: boolean) =>
			`kuntanumero ${code} on ${local ? 'sinun tiedoissasi' : 'tiedostossa'} jo kunnalla «${label}»`
	},

	previewTitle: 'Esikatselu: mitä tuonti muuttaisi',
	fileFrom: 'Lähettäjä',
	fileExportedAt: 'Viety',
	fileScope: 'Sisältö',
	filePersonal: 'Henkilötiedot',
	fileApp: 'Verkoston versio',
	unknownSender: 'ei nimeä',
	scopeOf: (kind: string, label?: string) => (label ? `${kind}: ${label}` : kind),
	kind: {
		new: 'Uusia',
		changed: 'Muuttuneita',
		deleted: 'Lähettäjä poistanut',
		conflict: 'Ristiriitoja',
		older: 'Sinulla uudempi',
		unchanged: 'Ennallaan'
	} satisfies Record<Kind, string>,
	kindHelp: {
		new: 'Tietoja, joita sinulla ei vielä ole.',
		changed: 'Lähettäjä on muuttanut näitä sen jälkeen, kun teillä oli sama versio.',
		deleted: 'Lähettäjä on poistanut nämä; ne poistetaan myös sinulta.',
		conflict: 'Sekä sinä että lähettäjä olette muuttaneet näitä. Valitse, kumpi jää.',
		older: 'Tiedostossa on vanhempi versio; sinun versiosi säilyy.',
		unchanged: 'Samat kuin sinulla.'
	} satisfies Record<Kind, string>,
	countsCaption: 'Tiedoston tiedot tietotyypeittäin',
	entityColumn: 'Tietotyyppi',
	totalRow: 'Yhteensä',
	nothingNew: 'Tiedostossa ei ole mitään, mikä muuttaisi tietojasi.',
	tombstones: (n: number) =>
		`Lisäksi ${n} poistomerkintää tiedoista, joita sinulla ei ole; ne tallennetaan, jotta poistot välittyvät eteenpäin.`,
	detailsOf: (kind: string, entity: string) => `${kind}: ${entity}`,
	showChanges: 'Näytä muutokset',
	field: 'Kenttä',
	mine: 'Sinun tietosi',
	theirs: 'Tiedostossa',
	emptyValue: '(tyhjä)',
	deletedRecord: '(poistettu)',
	unknownRecord: '(tieto puuttuu)',
	newRecordFields: (n: number) => `${n} kenttää`,
	loadMore: 'Näytä lisää',
	turnDown: 'Älä ota tätä muutosta',
	erasure:
		'Lähettäjä on poistanut henkilön tiedot pysyvästi (tietosuoja). Ne poistetaan myös sinulta, eikä poistoa voi ohittaa.',
	turnedDown: 'Sinun versiosi säilyy',

	conflictsTitle: (n: number) => `Ristiriidat (${n})`,
	conflictsHelp:
		'Sama tieto on muuttunut sekä sinulla että lähettäjällä sen jälkeen, kun teillä viimeksi oli sama versio. Valitse kullekin, kumpi jää, tai yhdistä kenttä kentältä.',
	noBase:
		'Tätä tietoa ei ole aiemmin vaihdettu teidän välillänne, joten ei tiedetä, kumpi on muuttanut sitä. Myöhemmin muutettu on merkitty sanalla «uudempi», ja «Ota uudempi kaikkiin» valitsee sen.',
	deletedByThem: 'Lähettäjä on poistanut tämän; sinun tiedoissasi sitä on muutettu.',
	deletedByMe: 'Tämä on poistettu sinun tiedoistasi; lähettäjä on muuttanut sitä.',
	deletedInFile: 'Tiedostossa tämä on poistettu, sinun tiedoissasi ei.',
	deletedHere: 'Sinun tiedoissasi tämä on poistettu, tiedostossa ei.',
	choiceLegend: (label: string) => `Kumpi jää: ${label}`,
	keepMine: 'Pidä omani',
	takeTheirs: 'Ota tiedostosta',
	byField: 'Kenttä kentältä',
	fieldChoice: (field: string) => `Kenttä ${field}`,
	newer: 'uudempi',
	takeNewerAll: 'Ota uudempi kaikkiin',
	keepMineAll: 'Pidä omani kaikissa',
	takeTheirsAll: 'Ota tiedostosta kaikkiin',
	resolved: (done: number, total: number) => `${done}/${total} ratkaistu`,
	unresolved: (n: number) =>
		n === 1
			? 'Ratkaise vielä 1 ristiriita ennen tuontia.'
			: `Ratkaise vielä ${n} ristiriitaa ennen tuontia.`,

	duplicatesTitle: 'Mahdolliset kaksoiskappaleet',
	duplicatesHelp:
		'Tiedostossa on uusia tietoja, jotka näyttävät samoilta kuin sinun tietosi, mutta joilla on eri tunniste. Yhdistäminen siirtää tiedoston viittaukset sinun tietoosi, ja tiedoston kappale merkitään poistetuksi.',
	reason: {
		businessId: 'sama Y-tunnus',
		name: 'sama nimi ja alue',
		code: 'sama kuntanumero',
		email: 'sama sähköposti'
	} satisfies Record<Reason, string>,
	mergeInto: (entity: string, theirs: string, mine: string, why: string) =>
		`Yhdistä ${entity} «${theirs}» omaan tietoosi «${mine}» (${why})`,
	forced: (theirs: string, mine: string) =>
		`Kunta «${theirs}» on sama kuin sinun «${mine}» (sama kuntanumero); tiedoston viittaukset luetaan sinun kuntaasi.`,

	danglingTitle: (n: number) => `Viittaukset puuttuviin tietoihin (${n})`,
	danglingHelp:
		'Nämä tiedot viittaavat tietoihin, joita ei ole tiedostossa eikä sinulla (esimerkiksi osittaisen viennin tai henkilöittä viennin vuoksi), tai joita tiedosto poistaa. Tuonti onnistuu silti.',
	danglingItem: (entity: string, label: string, field: string, target: string) =>
		`${entity} «${label}», kenttä ${field}: ${target} puuttuu`,

	applyButton: 'Tuo muutokset',
	cancel: 'Peruuta',
	applying: 'Tuodaan…',
	applied: (t: Totals) =>
		`Tuonti valmis: ${t.new} uutta, ${t.changed} muuttunutta, ${t.deleted} poistettua, ${t.conflicts} ristiriitaa ratkaistu.`,
	stale:
		'Tietoja muutettiin esikatselun jälkeen (esimerkiksi toisessa välilehdessä). Mitään ei tuotu. Tarkista päivitetty esikatselu.',
	invalidChoice: 'Valitsemasi kenttäyhdistelmä ei kelpaa, joten mitään ei tuotu:',
	failed: 'Tuonti epäonnistui. Mitään ei muutettu.',
	workerFailed: 'Tiedoston käsittely keskeytyi. Mitään ei muutettu.',

	historyTitle: 'Tuontihistoria',
	historyEmpty: 'Tiedostoja ei ole vielä tuotu.',
	historyCaption: 'Tuodut tiedostot, uusin ensin',
	when: 'Tuotu',
	file: 'Tiedosto',
	from: 'Lähettäjä',
	result: 'Tulos',
	status: 'Tila',
	countsShort: (t: Totals) =>
		`${t.new} uutta, ${t.changed} muuttunutta, ${t.deleted} poistettua, ${t.conflicts} ristiriitaa`,
	active: 'Voimassa',
	undoneAt: (date: string) => `Peruttu ${date}`,
	undoButton: 'Peru viimeisin tuonti',
	undoTitle: 'Perutaanko viimeisin tuonti?',
	undoText: (file: string, date: string) =>
		`Tiedot palautetaan täsmälleen sellaisiksi kuin ne olivat ennen tiedoston ${file} tuontia (${date}).`,
	undoChanged: (n: number) =>
		`${n} tuonnin kirjoittamaa tietoa on muutettu tuonnin jälkeen. Peruminen kumoaa myös nämä muutokset.`,
	undoDependants: (n: number) =>
		`${n} tuonnin jälkeen lisättyä tai muutettua tietoa viittaa tietoihin, joita perumisen jälkeen ei ole (esimerkiksi jäsenyys tuotuun ryhmään). Peruminen poistaa nämä viittaukset, ja tiedot, jotka eivät voi olla ilman kohdettaan, poistetaan.`,
	undoExported:
		'Olet vienyt tietoja tuonnin jälkeen: jo lähetetyissä tiedostoissa tuonnin muutokset ovat mukana.',
	undoConfirm: 'Peru tuonti',
	undoForce: 'Peru silti',
	undone: 'Tuonti peruttiin. Tiedot ovat kuten ennen tuontia.',
	nothingToUndo: 'Perottavaa tuontia ei ole.',

	reminder: (days: number) =>
		`Tietoja on muutettu ${days} päivän ajan ilman varmuuskopiota. Vie kaikki tiedot tiedostoon ja säilytä se turvallisesti.`,
	reminderAction: 'Vie kaikki tiedot',
	reminderLater: 'Myöhemmin'
};
export type SharingMessages = typeof fi;

export default fi;
