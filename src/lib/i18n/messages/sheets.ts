/** Messages of the spreadsheet import: file, columns, row checks, duplicate review, summary. */
// The importers' codes, spelt out here (i18n does not import the importers); a
// code added there and not here is a type error where the page passes it in.
type ProblemCode =
	| 'email'
	| 'phone'
	| 'businessId'
	| 'url'
	| 'tooLong'
	| 'invalid'
	| 'id'
	| 'municipality'
	| 'sector'
	| 'kind'
	| 'status'
	| 'role'
	| 'body'
	| 'nameMissing'
	| 'serviceWithoutOrganisation'
	| 'membershipWithoutPerson';
type MatchReason = 'id' | 'businessId' | 'name' | 'email';
type PartName = 'organisation' | 'person' | 'service';
type SpreadsheetProblem =
	| { code: 'fileTooLarge'; limit: number }
	| { code: 'uncompressedTooLarge'; limit: number }
	| { code: 'tooManyRows'; sheet: string; limit: number }
	| { code: 'tooManyColumns'; sheet: string; limit: number }
	| { code: 'cellTooLong'; sheet: string; row: number; column: number; limit: number }
	| { code: 'encrypted' }
	| { code: 'corrupt' }
	| { code: 'notSpreadsheet' }
	| { code: 'legacyExcel' }
	| { code: 'binaryExcel' }
	| { code: 'empty' };

type Step = 'file' | 'columns' | 'check' | 'review' | 'summary';

const fi = {
	title: 'Tuo taulukko',
	openLink: 'Tuo taulukko',
	openLinkHelp:
		'Excel-, LibreOffice- tai CSV-tiedosto, esimerkiksi järjestöjen yhteyshenkilöiden lista.',
	intro:
		'Tuo organisaatioita, henkilöitä, palveluja ja ryhmien jäseniä taulukosta. Jokainen rivi tarkistetaan ja mahdolliset kaksoiskappaleet käydään läpi ennen kuin mitään tallennetaan; tuonnin voi perua Tietojen jakaminen -sivulla.',
	steps: {
		file: 'Tiedosto',
		columns: 'Sarakkeet',
		check: 'Tarkistus',
		review: 'Kaksoiskappaleet',
		summary: 'Yhteenveto'
	} satisfies Record<Step, string>,
	stepOf: (n: number, total: number, name: string) => `Vaihe ${n}/${total}: ${name}`,
	chooseFile: 'Valitse taulukko',
	dropHere: 'tai pudota tiedosto tähän',
	formats: 'Excel (.xlsx), LibreOffice (.ods) tai CSV (.csv, .txt).',
	reading: (name: string) => `Luetaan tiedostoa ${name}…`,
	working: 'Tarkistetaan…',
	refusedTitle: (name: string) => `Tiedostoa ${name} ei voi tuoda`,
	refused: (p: SpreadsheetProblem): string => {
		switch (p.code) {
			case 'fileTooLarge':
				return `Tiedosto on liian suuri (enintään ${Math.round(p.limit / 1024 / 1024)} Mt).`;
			case 'uncompressedTooLarge':
				return `Tiedosto purkautuu liian suureksi (enintään ${Math.round(p.limit / 1024 / 1024)} Mt).`;
			case 'tooManyRows':
				return `Taulukossa ${p.sheet} on liikaa rivejä (enintään ${p.limit}).`;
			case 'tooManyColumns':
				return `Taulukossa ${p.sheet} on liikaa sarakkeita (enintään ${p.limit}).`;
			case 'cellTooLong':
				return `Taulukon ${p.sheet} rivin ${p.row} sarakkeen ${p.column} teksti on liian pitkä (enintään ${p.limit} merkkiä).`;
			case 'legacyExcel':
				return 'Tiedosto on vanhaa Excel-muotoa (.xls). Tallenna se Excelissä muodossa .xlsx tai .csv ja yritä uudelleen.';
			case 'binaryExcel':
				return 'Tiedosto on Excelin binäärimuotoa (.xlsb). Tallenna se Excelissä muodossa .xlsx tai .csv ja yritä uudelleen.';
			case 'encrypted':
				return 'Tiedosto on suojattu salasanalla. Poista suojaus ja tallenna tiedosto uudelleen.';
			case 'corrupt':
				return 'Tiedosto on vioittunut tai sitä ei voi lukea.';
			case 'notSpreadsheet':
				return 'Tiedosto ei ole taulukko (xlsx, ods tai csv).';
			case 'empty':
				return 'Tiedostossa ei ole yhtään riviä.';
		}
	},
	nothingChanged: 'Mitään ei tallennettu.',
	failed: 'Tuonti epäonnistui. Mitään ei tallennettu; yritä uudelleen.',
	sheet: 'Taulukko',
	sheetRows: (rows: number, columns: number) => `${rows} riviä, ${columns} saraketta`,
	headerRow: 'Otsikkorivi',
	headerRowHelp:
		'Rivi, jolla sarakkeiden nimet ovat. Löydetty automaattisesti; vaihda tarvittaessa.',
	topRows: 'Taulukon alku',
	rowNumber: 'Rivi',
	columnsHelp:
		'Valitse jokaiselle sarakkeelle, mihin tietoon se tuodaan. Ehdotukset on tehty sarakkeiden nimistä.',
	column: 'Sarake',
	examples: 'Esimerkkejä',
	field: 'Tuodaan tietoon',
	notImported: '– ei tuoda –',
	parts: {
		organisation: 'Organisaatio',
		person: 'Henkilö',
		service: 'Palvelu',
		membership: 'Ryhmän jäsenyys'
	} satisfies Record<PartName | 'membership', string>,
	fields: {
		organisation: {
			id: 'Organisaation Verkosto-tunniste',
			name: 'Organisaation nimi',
			alternateName: 'Organisaation muu nimi',
			businessId: 'Y-tunnus',
			sector: 'Sektori',
			municipalities: 'Organisaation kunnat',
			website: 'Organisaation verkkosivu',
			email: 'Organisaation sähköposti',
			phone: 'Organisaation puhelin',
			description: 'Organisaation kuvaus'
		},
		person: {
			id: 'Henkilön Verkosto-tunniste',
			name: 'Henkilön nimi',
			title: 'Tehtävänimike',
			jobDescription: 'Tehtävänkuvaus',
			department: 'Yksikkö',
			email: 'Henkilön sähköposti',
			phone: 'Henkilön puhelin'
		},
		service: {
			id: 'Palvelun Verkosto-tunniste',
			name: 'Palvelun nimi',
			kind: 'Palvelun laji',
			status: 'Palvelun tila',
			municipalities: 'Palvelun kunnat',
			description: 'Palvelun kuvaus',
			website: 'Palvelun verkkosivu',
			email: 'Palvelun sähköposti',
			phone: 'Palvelun puhelin',
			referral: 'Miten pääsee mukaan'
		},
		membership: {
			body: 'Ryhmä',
			role: 'Rooli ryhmässä'
		}
	},
	defaultSector: 'Uusien organisaatioiden sektori (kun taulukossa ei ole sektoria)',
	saved: 'Tallennetut sarakevalinnat',
	useSaved: 'Käytä',
	saveName: 'Tallenna sarakevalinnat nimellä',
	save: 'Tallenna',
	savedDone: (name: string) => `Sarakevalinnat tallennettu nimellä ${name}.`,
	usedSaved: (name: string) => `Käytetään sarakevalintoja ${name}.`,
	nothingMapped: 'Valitse ainakin yhdelle sarakkeelle tieto.',
	back: 'Takaisin',
	next: 'Jatka',
	restart: 'Aloita alusta',
	checkSummary: (good: number, bad: number, left: number) =>
		`${good} riviä kunnossa` +
		(bad ? `, ${bad} rivissä virheitä` : '') +
		(left ? `, ${left} jätetty pois` : '') +
		'.',
	problemsTitle: 'Virheet',
	problemsHelp:
		'Korjaa arvo tähän tai jätä rivi pois. Virheellisiä rivejä ei tuoda; mitään ei tallenneta ennen kuin hyväksyt tuonnin.',
	where: (row: number, header: string) => `Rivi ${row}, sarake ${header || '(nimetön)'}`,
	problem: (code: ProblemCode, value: string): string => {
		switch (code) {
			case 'email':
				return `Sähköpostiosoite ”${value}” ei kelpaa.`;
			case 'phone':
				return `Puhelinnumero ”${value}” ei kelpaa.`;
			case 'businessId':
				return `Y-tunnus ”${value}” ei kelpaa (muoto 1234567-8 ja oikea tarkistusnumero).`;
			case 'url':
				return `Verkko-osoite ”${value}” ei kelpaa (vain http- ja https-osoitteet).`;
			case 'tooLong':
				return 'Teksti on liian pitkä.';
			case 'invalid':
				return `Arvo ”${value}” ei kelpaa.`;
			case 'id':
				return `”${value}” ei ole Verkoston tunniste.`;
			case 'municipality':
				return `Kuntaa ”${value}” ei ole Verkostossa.`;
			case 'sector':
				return `Sektoria ”${value}” ei tunneta.`;
			case 'kind':
				return `Palvelun lajia ”${value}” ei tunneta.`;
			case 'status':
				return `Palvelun tilaa ”${value}” ei tunneta.`;
			case 'role':
				return `Roolia ”${value}” ei tunneta.`;
			case 'body':
				return `Ryhmää ”${value}” ei ole Verkostossa.`;
			case 'nameMissing':
				return 'Nimi puuttuu, vaikka rivillä on muita tietoja.';
			case 'serviceWithoutOrganisation':
				return 'Palvelulla pitää olla organisaatio.';
			case 'membershipWithoutPerson':
				return 'Ryhmän jäsenyyteen tarvitaan henkilö.';
		}
	},
	fixLabel: (row: number, header: string) => `Korjattu arvo, rivi ${row}, sarake ${header}`,
	leaveOut: 'Jätä rivi pois',
	leaveOutAll: 'Jätä pois kaikki virheelliset rivit',
	moreProblems: (n: number) => `…ja ${n} muuta virhettä.`,
	recheck: 'Tarkista uudelleen',
	newOrganisationsTitle: (n: number) =>
		n === 1
			? 'Yksi organisaatio ei ole vielä Verkostossa'
			: `${n} organisaatiota ei ole vielä Verkostossa`,
	newOrganisationsHelp: 'Henkilöt ja palvelut liitetään organisaatioon sen nimen perusteella.',
	createOrganisations: 'Luo nämä organisaatiot',
	skipOrganisations: 'Tuo henkilöt ilman organisaatiota (palveluja ei tuoda)',
	chooseOrganisations: 'Valitse, luodaanko organisaatiot.',
	reviewTitle: 'Mahdolliset kaksoiskappaleet',
	reviewHelp:
		'Nämä rivit voivat olla jo Verkostossa tai aiemmin samassa tiedostossa. Valitse jokaiselle: yhdistä, luo uusi tai ohita.',
	candidate: (i: number, n: number) => `Ehdokas ${i}/${n}`,
	reason: {
		id: 'sama tunniste',
		businessId: 'sama Y-tunnus',
		name: 'sama nimi',
		email: 'sama sähköposti'
	} satisfies Record<MatchReason, string>,
	candidateTitle: (part: string, row: number, reason: string) => `${part}, rivi ${row} (${reason})`,
	existing: 'Verkostossa',
	earlierRow: (row: number) => `Tiedoston rivi ${row}`,
	fileRow: (row: number) => `Tiedoston rivi ${row}`,
	recordField: {
		name: 'Nimi',
		title: 'Tehtävänimike',
		jobDescription: 'Tehtävänkuvaus',
		department: 'Yksikkö',
		email: 'Sähköposti',
		phone: 'Puhelin',
		organisationId: 'Organisaatio',
		municipalityIds: 'Kunnat',
		businessId: 'Y-tunnus',
		sector: 'Sektori',
		website: 'Verkkosivu',
		description: 'Kuvaus',
		alternateName: 'Muu nimi',
		kind: 'Laji',
		status: 'Tila',
		referral: 'Miten pääsee mukaan'
	} as Record<string, string>,
	chooseAction: 'Mitä tälle riville tehdään?',
	keep: 'Pidä',
	takeFile: 'Ota tiedostosta',
	merge: 'Yhdistä',
	createNew: 'Luo uusi',
	skip: 'Ohita',
	mergeHelp:
		'Yhdistä: tiedoston tiedot täydentävät olemassa olevaa. Kun molemmissa on arvo, valitse kumpi jää.',
	applyToRest: 'Sama valinta kaikille jäljellä oleville',
	decided: (n: number, total: number) => `${n}/${total} ratkaistu`,
	decision: { merge: 'yhdistetään', new: 'luodaan uusi', skip: 'ohitetaan' },
	previous: 'Edellinen',
	summaryTitle: 'Mitä tuonti tekee',
	summaryLine: (entity: string, added: number, changed: number, unchanged: number) =>
		`${entity}: ${added} uutta, ${changed} muuttuu, ${unchanged} ennallaan`,
	noChanges: 'Ei muutoksia: kaikki taulukon tiedot ovat jo Verkostossa sellaisinaan.',
	leftOut: (n: number) => `${n} riviä jää tuomatta.`,
	apply: 'Tuo tiedot',
	applying: 'Tallennetaan…',
	applied: (added: number, changed: number) =>
		`Tuonti valmis: ${added} uutta tietoa, ${changed} muuttui.`,
	undoHint: 'Tuonti näkyy tuontihistoriassa, ja sen voi perua Tietojen jakaminen -sivulla.',
	toSharing: 'Tietojen jakaminen',
	toDirectory: 'Hakemistoon',
	stale: 'Tiedot muuttuivat esikatselun jälkeen. Tarkista yhteenveto uudelleen.'
};
export type SheetsMessages = typeof fi;
export default fi;
