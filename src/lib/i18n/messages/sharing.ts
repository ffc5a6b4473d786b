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
	deletedByThem: 'Lähettäjä on poistanut tämän, sinä olet muuttanut sitä.',
	deletedByMe: 'Sinä olet poistanut tämän, lähettäjä on muuttanut sitä.',
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

const sv: SharingMessages = {
	title: 'Delning av uppgifter',
	intro:
		'Exportera uppgifterna till en fil och skicka den till en annan koordinator, eller importera en fil från en kollega. Importen visar först vad den skulle ändra och ändrar ingenting innan du godkänner.',

	exportTitle: 'Exportera fil',
	scopeLegend: 'Vad exporteras?',
	scope: {
		all: 'Alla uppgifter',
		directory: 'Endast katalogen',
		region: 'Ett område',
		familyCentre: 'En familjecentral',
		body: 'En grupp eller ett nätverk',
		assessmentRound: 'En utvärderingsomgång'
	},
	scopeHelp: {
		all: 'Alla uppgifter om nätverket, även raderingar.',
		directory:
			'Organisationer, tjänster och verksamheter, kontaktpersoner samt områden, kommuner och familjecentraler.',
		region:
			'Områdets kommuner, familjecentraler, organisationer, tjänster, grupper med medlemmar och möten samt områdets utvärderingsomgångar.',
		familyCentre:
			'Familjecentralens kommuner, organisationer, tjänster samt dess grupper med medlemmar och möten.',
		body: 'Gruppen, dess medlemmar, möten, gruppdiskussioner och resursbidrag.',
		assessmentRound: 'Omgången, dess gruppdiskussioner, mål och åtgärder.'
	},
	partialNote:
		'Med följer också det som de valda uppgifterna hänvisar till (t.ex. tjänstens organisation och kontaktpersoner). Raderingar följer med.',
	target: {
		region: 'Område',
		familyCentre: 'Familjecentral',
		body: 'Grupp eller nätverk',
		assessmentRound: 'Utvärderingsomgång'
	},
	choose: '— välj —',
	personalLegend: 'Personuppgifter',
	personal: {
		full: 'Med: personers namn, e-postadresser och telefonnummer',
		noContactDetails: 'Utan kontaktuppgifter: namn med, inga e-postadresser eller telefonnummer',
		noPersons: 'Utan personer: inga namn eller kontaktuppgifter'
	},
	exporterIs: (who) => `Mottagaren ser som avsändare: ${who}.`,
	exporterMissing: 'Ditt namn är inte angivet, så mottagaren ser inte vem filen kommer från.',
	exporterSet: 'Ange namnet i inställningarna',
	exporterChange: 'Ändra i inställningarna',
	exportButton: 'Exportera fil',
	personalWarningTitle: 'Filen innehåller personuppgifter',
	personalWarning: (contacts) =>
		`Filen innehåller personers namn${contacts ? ', e-postadresser och telefonnummer' : ' och uppgifter'}. Skicka den endast till dem som uppgifterna hör till och förvara den säkert. Du kan också exportera utan kontaktuppgifter eller utan personer.`,
	exportAnyway: 'Exportera',
	exporting: 'Exporterar…',
	stage: {
		read: 'Läser uppgifterna',
		hash: 'Sammanställer filen',
		write: 'Skriver filen',
		parse: 'Tolkar filen',
		check: 'Kontrollerar strukturen',
		records: 'Kontrollerar posterna',
		compare: 'Jämför med dina uppgifter'
	},
	exported: (n, file) => `${n} uppgifter exporterades till filen ${file}.`,
	fileStem: {
		all: 'alla',
		directory: 'katalog',
		noContactDetails: 'utan-kontaktuppgifter',
		noPersons: 'utan-personer'
	},
	scopeMissing: 'Den valda uppgiften finns inte längre. Välj en annan.',

	importTitle: 'Importera fil',
	importHelp:
		'Välj en .json-fil som en annan koordinator har exporterat eller släpp den här. Att välja filen ändrar ännu ingenting.',
	chooseFile: 'Välj fil',
	dropHere: 'Släpp filen här',
	checking: (file) => `Filen ${file} kontrolleras…`,
	refusedTitle: (file) => `Filen ${file} kan inte importeras`,
	nothingChanged: 'Ingenting ändrades.',
	moreProblems: (n) => `… och ${n} andra problem.`,
	problem: {
		empty: 'Filen är tom.',
		tooLarge: (size, limit) => `Filen är för stor (${size}); högst ${limit} kan importeras.`,
		notJson: (line) =>
			`Filen är inte giltig JSON${line ? ` (rad ${line})` : ''} – den är kanske avbruten eller skadad.`,
		tooDeep: 'uppgifterna är kapslade i för många nivåer',
		forbiddenKey: (key) => `förbjudet fältnamn «${key}»`,
		notExport: 'Filen är inte en exportfil från Verkosto.',
		newerFormat: (v) =>
			`Filen har gjorts med en nyare version av Verkosto (filformat ${v}). Uppdatera appen och försök igen.`,
		badVersion: (v) => `Filformatets version «${v}» är ogiltig.`,
		duplicateId: 'samma identifierare finns två gånger i filen',
		withheldField: 'detta fält kan inte markeras som utelämnat',
		checksum:
			'Filens kontrollsumma stämmer inte: filen har ändrats efter exporten eller är skadad.',
		counts: (entity) => `${entity}: antalet stämmer inte med filens rubrik.`,
		record: (entity, record, problem) => `${entity} «${record}»: ${problem}`,
		inFile: (path, problem) => `I filen vid ${path}: ${problem}`,
		futureExport: (at) =>
			`Filens exporttid ${at} ligger i framtiden. Kontrollera klockan på den här enheten; om den går rätt kan man inte lita på tiderna i filen.`,
		futureTime: (exported) => `tiden är senare än filens exporttid ${exported}`,
		idInOtherEntity: (entity, label, local) =>
			`samma identifierare finns redan ${local ? 'i dina uppgifter' : 'i filen'} för en annan uppgift: ${entity} «${label}»`,
		duplicateCode: (code, label, local) =>
			`kommunnummer ${code} har redan ${local ? 'i dina uppgifter' : 'i filen'} kommunen «${label}»`
	},

	previewTitle: 'Förhandsvisning: vad importen skulle ändra',
	fileFrom: 'Avsändare',
	fileExportedAt: 'Exporterad',
	fileScope: 'Innehåll',
	filePersonal: 'Personuppgifter',
	fileApp: 'Verkostos version',
	unknownSender: 'inget namn',
	scopeOf: (kind, label) => (label ? `${kind}: ${label}` : kind),
	kind: {
		new: 'Nya',
		changed: 'Ändrade',
		deleted: 'Raderade av avsändaren',
		conflict: 'Konflikter',
		older: 'Din är nyare',
		unchanged: 'Oförändrade'
	},
	kindHelp: {
		new: 'Uppgifter som du ännu inte har.',
		changed: 'Avsändaren har ändrat dessa sedan ni hade samma version.',
		deleted: 'Avsändaren har raderat dessa; de raderas också hos dig.',
		conflict: 'Både du och avsändaren har ändrat dessa. Välj vilken som blir kvar.',
		older: 'Filen har en äldre version; din version blir kvar.',
		unchanged: 'Samma som hos dig.'
	},
	countsCaption: 'Filens uppgifter per typ',
	entityColumn: 'Typ',
	totalRow: 'Totalt',
	nothingNew: 'Filen innehåller inget som skulle ändra dina uppgifter.',
	tombstones: (n) =>
		`Dessutom ${n} raderingsmarkeringar för uppgifter som du inte har; de sparas så att raderingarna förmedlas vidare.`,
	detailsOf: (kind, entity) => `${kind}: ${entity}`,
	showChanges: 'Visa ändringarna',
	field: 'Fält',
	mine: 'Dina uppgifter',
	theirs: 'I filen',
	emptyValue: '(tomt)',
	deletedRecord: '(raderad)',
	newRecordFields: (n) => `${n} fält`,
	loadMore: 'Visa fler',
	turnDown: 'Ta inte denna ändring',
	erasure:
		'Avsändaren har raderat personens uppgifter permanent (dataskydd). De raderas också hos dig, och raderingen kan inte avvisas.',
	turnedDown: 'Din version blir kvar',

	conflictsTitle: (n) => `Konflikter (${n})`,
	conflictsHelp:
		'Samma uppgift har ändrats både hos dig och hos avsändaren sedan ni senast hade samma version. Välj för var och en vilken som blir kvar, eller kombinera fält för fält.',
	noBase:
		'Denna uppgift har inte tidigare utväxlats mellan er, så det är okänt vem som har ändrat den. Den senast ändrade är märkt «nyare», och «Ta den nyare i alla» väljer den.',
	deletedByThem: 'Avsändaren har raderat denna, du har ändrat den.',
	deletedByMe: 'Du har raderat denna, avsändaren har ändrat den.',
	choiceLegend: (label) => `Vilken blir kvar: ${label}`,
	keepMine: 'Behåll min',
	takeTheirs: 'Ta från filen',
	byField: 'Fält för fält',
	fieldChoice: (field) => `Fältet ${field}`,
	newer: 'nyare',
	takeNewerAll: 'Ta den nyare i alla',
	keepMineAll: 'Behåll min i alla',
	takeTheirsAll: 'Ta från filen i alla',
	resolved: (done, total) => `${done}/${total} lösta`,
	unresolved: (n) =>
		n === 1 ? 'Lös ännu 1 konflikt före importen.' : `Lös ännu ${n} konflikter före importen.`,

	duplicatesTitle: 'Möjliga dubbletter',
	duplicatesHelp:
		'Filen innehåller nya uppgifter som ser ut som dina men har en annan identifierare. Sammanslagning flyttar filens hänvisningar till din uppgift och filens exemplar markeras som raderat.',
	reason: {
		businessId: 'samma FO-nummer',
		name: 'samma namn och område',
		code: 'samma kommunnummer',
		email: 'samma e-post'
	},
	mergeInto: (entity, theirs, mine, why) =>
		`Slå samman ${entity} «${theirs}» med din «${mine}» (${why})`,
	forced: (theirs, mine) =>
		`Kommunen «${theirs}» är densamma som din «${mine}» (samma kommunnummer); filens hänvisningar läses som din kommun.`,

	danglingTitle: (n) => `Hänvisningar till saknade uppgifter (${n})`,
	danglingHelp:
		'Dessa uppgifter hänvisar till uppgifter som varken finns i filen eller hos dig (t.ex. på grund av en partiell export eller en export utan personer), eller som filen raderar. Importen lyckas ändå.',
	danglingItem: (entity, label, field, target) =>
		`${entity} «${label}», fält ${field}: ${target} saknas`,

	applyButton: 'Importera ändringarna',
	cancel: 'Avbryt',
	applying: 'Importerar…',
	applied: (t) =>
		`Importen klar: ${t.new} nya, ${t.changed} ändrade, ${t.deleted} raderade, ${t.conflicts} konflikter lösta.`,
	stale:
		'Uppgifterna ändrades efter förhandsvisningen (t.ex. i en annan flik). Ingenting importerades. Kontrollera den uppdaterade förhandsvisningen.',
	invalidChoice: 'Den valda kombinationen av fält är ogiltig, så ingenting importerades:',
	failed: 'Importen misslyckades. Ingenting ändrades.',
	workerFailed: 'Behandlingen av filen avbröts. Ingenting ändrades.',

	historyTitle: 'Importhistorik',
	historyEmpty: 'Inga filer har importerats ännu.',
	historyCaption: 'Importerade filer, nyaste först',
	when: 'Importerad',
	file: 'Fil',
	from: 'Avsändare',
	result: 'Resultat',
	status: 'Status',
	countsShort: (t) =>
		`${t.new} nya, ${t.changed} ändrade, ${t.deleted} raderade, ${t.conflicts} konflikter`,
	active: 'Gällande',
	undoneAt: (date) => `Ångrad ${date}`,
	undoButton: 'Ångra senaste import',
	undoTitle: 'Ångra senaste import?',
	undoText: (file, date) =>
		`Uppgifterna återställs exakt som de var före importen av filen ${file} (${date}).`,
	undoChanged: (n) =>
		`${n} uppgifter som importen skrev har ändrats efter importen. Att ångra upphäver också dessa ändringar.`,
	undoDependants: (n) =>
		`${n} uppgifter som lagts till eller ändrats efter importen hänvisar till uppgifter som inte finns efter ångrandet (t.ex. ett medlemskap i en importerad grupp). Ångrandet tar bort dessa hänvisningar, och uppgifter som inte kan finnas utan sitt mål tas bort.`,
	undoExported:
		'Du har exporterat uppgifter efter importen: filer som redan skickats innehåller importens ändringar.',
	undoConfirm: 'Ångra importen',
	undoForce: 'Ångra ändå',
	undone: 'Importen ångrades. Uppgifterna är som före importen.',
	nothingToUndo: 'Det finns ingen import att ångra.',

	reminder: (days) =>
		`Uppgifterna har ändrats i ${days} dagar utan säkerhetskopia. Exportera alla uppgifter till en fil och förvara den säkert.`,
	reminderAction: 'Exportera alla uppgifter',
	reminderLater: 'Senare'
};

const en: SharingMessages = {
	title: 'Sharing data',
	intro:
		"Export the data to a file and send it to another coordinator, or import a colleague's file. An import first shows what it would change and changes nothing until you accept.",

	exportTitle: 'Export a file',
	scopeLegend: 'What to export?',
	scope: {
		all: 'All data',
		directory: 'The directory only',
		region: 'One region',
		familyCentre: 'One family centre',
		body: 'One group or network',
		assessmentRound: 'One assessment round'
	},
	scopeHelp: {
		all: "All of the network's data, deletions included.",
		directory:
			'Organisations, services and activities, contact persons, and regions, municipalities and family centres.',
		region:
			"The region's municipalities, family centres, organisations, services, groups with their members and meetings, and the region's assessment rounds.",
		familyCentre:
			"The family centre's municipalities, organisations, services, and its groups with their members and meetings.",
		body: 'The group, its members, meetings, group discussions and resource contributions.',
		assessmentRound: 'The round, its group discussions, goals and actions.'
	},
	partialNote:
		"What the chosen records refer to comes too (e.g. a service's organisation and contact persons). Deletions travel with it.",
	target: {
		region: 'Region',
		familyCentre: 'Family centre',
		body: 'Group or network',
		assessmentRound: 'Assessment round'
	},
	choose: '— choose —',
	personalLegend: 'Personal data',
	personal: {
		full: "Included: people's names, e-mail addresses and phone numbers",
		noContactDetails: 'Without contact details: names included, no e-mails or phone numbers',
		noPersons: 'Without people: no names or contact details'
	},
	exporterIs: (who) => `The receiver sees the sender as: ${who}.`,
	exporterMissing: 'Your name is not set, so the receiver will not see who the file is from.',
	exporterSet: 'Set your name in Settings',
	exporterChange: 'Change in Settings',
	exportButton: 'Export file',
	personalWarningTitle: 'The file contains personal data',
	personalWarning: (contacts) =>
		`The file contains people's names${contacts ? ', e-mail addresses and phone numbers' : ' and roles'}. Send it only to those the data concerns and keep it safe. You can also export without contact details or without people.`,
	exportAnyway: 'Export',
	exporting: 'Exporting…',
	stage: {
		read: 'Reading the data',
		hash: 'Assembling the file',
		write: 'Writing the file',
		parse: 'Reading the file',
		check: 'Checking its structure',
		records: 'Checking the records',
		compare: 'Comparing with your data'
	},
	exported: (n, file) => `Exported ${n} records to ${file}.`,
	fileStem: {
		all: 'all',
		directory: 'directory',
		noContactDetails: 'without-contact-details',
		noPersons: 'without-people'
	},
	scopeMissing: 'The chosen record no longer exists. Choose another.',

	importTitle: 'Import a file',
	importHelp:
		'Choose a .json file another coordinator exported, or drop it here. Choosing a file changes nothing yet.',
	chooseFile: 'Choose a file',
	dropHere: 'Drop the file here',
	checking: (file) => `Checking ${file}…`,
	refusedTitle: (file) => `${file} cannot be imported`,
	nothingChanged: 'Nothing was changed.',
	moreProblems: (n) => `… and ${n} more problems.`,
	problem: {
		empty: 'The file is empty.',
		tooLarge: (size, limit) => `The file is too large (${size}); at most ${limit} can be imported.`,
		notJson: (line) =>
			`The file is not valid JSON${line ? ` (line ${line})` : ''} – it may be cut short or damaged.`,
		tooDeep: 'the data is nested too deep',
		forbiddenKey: (key) => `forbidden field name “${key}”`,
		notExport: 'The file is not a Verkosto export file.',
		newerFormat: (v) =>
			`The file was made by a newer version of Verkosto (file format ${v}). Update the app and try again.`,
		badVersion: (v) => `File format version “${v}” is not valid.`,
		duplicateId: 'the same id appears twice in the file',
		withheldField: 'this field cannot be marked as left out',
		checksum: "The file's checksum does not match: it was changed after the export or is damaged.",
		counts: (entity) => `${entity}: the number does not match the file header.`,
		record: (entity, record, problem) => `${entity} “${record}”: ${problem}`,
		inFile: (path, problem) => `In the file at ${path}: ${problem}`,
		futureExport: (at) =>
			`The file's export time ${at} is in the future. Check this device's clock; if it is right, the times in the file cannot be trusted.`,
		futureTime: (exported) => `the time is later than the file's export time ${exported}`,
		idInOtherEntity: (entity, label, local) =>
			`the same identifier already belongs ${local ? 'in your data' : 'in the file'} to another record: ${entity} «${label}»`,
		duplicateCode: (code, label, local) =>
			`municipality code ${code} already belongs ${local ? 'in your data' : 'in the file'} to the municipality «${label}»`
	},

	previewTitle: 'Preview: what the import would change',
	fileFrom: 'Sender',
	fileExportedAt: 'Exported',
	fileScope: 'Contents',
	filePersonal: 'Personal data',
	fileApp: 'Verkosto version',
	unknownSender: 'no name',
	scopeOf: (kind, label) => (label ? `${kind}: ${label}` : kind),
	kind: {
		new: 'New',
		changed: 'Changed',
		deleted: 'Deleted by sender',
		conflict: 'Conflicts',
		older: 'Yours is newer',
		unchanged: 'Unchanged'
	},
	kindHelp: {
		new: 'Records you do not have yet.',
		changed: 'The sender changed these since you last had the same version.',
		deleted: 'The sender deleted these; they are deleted here too.',
		conflict: 'Both you and the sender changed these. Choose which stays.',
		older: 'The file has an older version; yours stays.',
		unchanged: 'The same as yours.'
	},
	countsCaption: "The file's records by type",
	entityColumn: 'Type',
	totalRow: 'Total',
	nothingNew: 'The file holds nothing that would change your data.',
	tombstones: (n) =>
		`Also ${n} deletion marks for records you do not have; they are kept so the deletions travel on.`,
	detailsOf: (kind, entity) => `${kind}: ${entity}`,
	showChanges: 'Show the changes',
	field: 'Field',
	mine: 'Yours',
	theirs: 'In the file',
	emptyValue: '(empty)',
	deletedRecord: '(deleted)',
	newRecordFields: (n) => `${n} fields`,
	loadMore: 'Show more',
	turnDown: 'Do not take this change',
	erasure:
		"The sender erased this person's data permanently (data protection). It is erased here too; this cannot be turned down.",
	turnedDown: 'Yours stays',

	conflictsTitle: (n) => `Conflicts (${n})`,
	conflictsHelp:
		'The same record changed both here and at the sender since you last had the same version. Choose which stays for each, or combine them field by field.',
	noBase:
		'This record has not travelled between you before, so it is not known who changed it. The one changed last is marked “newer”, and “Take the newer for all” picks it.',
	deletedByThem: 'The sender deleted this; you changed it.',
	deletedByMe: 'You deleted this; the sender changed it.',
	choiceLegend: (label) => `Which stays: ${label}`,
	keepMine: 'Keep mine',
	takeTheirs: 'Take theirs',
	byField: 'Field by field',
	fieldChoice: (field) => `Field ${field}`,
	newer: 'newer',
	takeNewerAll: 'Take the newer for all',
	keepMineAll: 'Keep mine for all',
	takeTheirsAll: 'Take theirs for all',
	resolved: (done, total) => `${done}/${total} resolved`,
	unresolved: (n) =>
		n === 1
			? 'Resolve 1 more conflict before importing.'
			: `Resolve ${n} more conflicts before importing.`,

	duplicatesTitle: 'Possible duplicates',
	duplicatesHelp:
		"The file has new records that look like yours but have another id. Merging moves the file's references to your record and marks the file's copy deleted.",
	reason: {
		businessId: 'same business ID',
		name: 'same name and area',
		code: 'same municipality code',
		email: 'same e-mail'
	},
	mergeInto: (entity, theirs, mine, why) =>
		`Merge ${entity} “${theirs}” into your “${mine}” (${why})`,
	forced: (theirs, mine) =>
		`Municipality “${theirs}” is your “${mine}” (same municipality code); the file's references are read as yours.`,

	danglingTitle: (n) => `References to missing records (${n})`,
	danglingHelp:
		'These records refer to records that are neither in the file nor here (e.g. a partial export or one without people), or that the file deletes. The import still works.',
	danglingItem: (entity, label, field, target) =>
		`${entity} “${label}”, field ${field}: ${target} missing`,

	applyButton: 'Import the changes',
	cancel: 'Cancel',
	applying: 'Importing…',
	applied: (t) =>
		`Import done: ${t.new} new, ${t.changed} changed, ${t.deleted} deleted, ${t.conflicts} conflicts resolved.`,
	stale:
		'The data changed after the preview (e.g. in another tab). Nothing was imported. Check the updated preview.',
	invalidChoice: 'The fields you combined are not valid together, so nothing was imported:',
	failed: 'The import failed. Nothing was changed.',
	workerFailed: 'Processing the file stopped. Nothing was changed.',

	historyTitle: 'Import history',
	historyEmpty: 'No files have been imported yet.',
	historyCaption: 'Imported files, newest first',
	when: 'Imported',
	file: 'File',
	from: 'Sender',
	result: 'Result',
	status: 'Status',
	countsShort: (t) =>
		`${t.new} new, ${t.changed} changed, ${t.deleted} deleted, ${t.conflicts} conflicts`,
	active: 'In effect',
	undoneAt: (date) => `Undone ${date}`,
	undoButton: 'Undo the last import',
	undoTitle: 'Undo the last import?',
	undoText: (file, date) =>
		`The data is put back exactly as it was before ${file} was imported (${date}).`,
	undoChanged: (n) =>
		`${n} records the import wrote were changed after it. Undoing also reverts those changes.`,
	undoDependants: (n) =>
		`${n} records added or changed since the import refer to records that will not exist after the undo (e.g. a membership of an imported group). Undoing removes these references, and records that cannot exist without their target are deleted.`,
	undoExported: 'You have exported data since the import: files already sent contain its changes.',
	undoConfirm: 'Undo the import',
	undoForce: 'Undo anyway',
	undone: 'The import was undone. The data is as it was before.',
	nothingToUndo: 'There is no import to undo.',

	reminder: (days) =>
		`The data has been changed for ${days} days without a backup. Export all data to a file and keep it safe.`,
	reminderAction: 'Export all data',
	reminderLater: 'Later'
};

export default { fi, sv, en };
