/** Swedish messages of the spreadsheet import; the Finnish ones in ../sheets.ts define the keys. */
import type { SheetsMessages } from '../sheets';

const sv: SheetsMessages = {
	title: 'Importera tabell',
	openLink: 'Importera tabell',
	openLinkHelp:
		'En Excel-, LibreOffice- eller CSV-fil, till exempel en lista över organisationernas kontaktpersoner.',
	intro:
		'Importera organisationer, personer, tjänster och gruppmedlemmar från en tabell. Varje rad kontrolleras och möjliga dubbletter gås igenom innan något sparas; importen kan ångras på sidan Delning av uppgifter.',
	steps: {
		file: 'Fil',
		columns: 'Kolumner',
		check: 'Kontroll',
		review: 'Dubbletter',
		summary: 'Sammanfattning'
	},
	stepOf: (n, total, name) => `Steg ${n}/${total}: ${name}`,
	chooseFile: 'Välj tabell',
	dropHere: 'eller släpp filen här',
	formats: 'Excel (.xlsx), LibreOffice (.ods) eller CSV (.csv, .txt).',
	reading: (name) => `Filen ${name} läses…`,
	working: 'Kontrolleras…',
	refusedTitle: (name) => `Filen ${name} kan inte importeras`,
	refused: (p) => {
		switch (p.code) {
			case 'fileTooLarge':
				return `Filen är för stor (högst ${Math.round(p.limit / 1024 / 1024)} MB).`;
			case 'uncompressedTooLarge':
				return `Filen blir för stor när den packas upp (högst ${Math.round(p.limit / 1024 / 1024)} MB).`;
			case 'tooManyRows':
				return `Tabellen ${p.sheet} har för många rader (högst ${p.limit}).`;
			case 'tooManyColumns':
				return `Tabellen ${p.sheet} har för många kolumner (högst ${p.limit}).`;
			case 'cellTooLong':
				return `Texten i tabellen ${p.sheet}, rad ${p.row}, kolumn ${p.column} är för lång (högst ${p.limit} tecken).`;
			case 'legacyExcel':
				return 'Filen är i det gamla Excel-formatet (.xls). Spara den i Excel som .xlsx eller .csv och försök igen.';
			case 'binaryExcel':
				return 'Filen är en binär Excel-arbetsbok (.xlsb). Spara den i Excel som .xlsx eller .csv och försök igen.';
			case 'encrypted':
				return 'Filen är skyddad med lösenord. Ta bort skyddet och spara filen på nytt.';
			case 'corrupt':
				return 'Filen är skadad eller kan inte läsas.';
			case 'notSpreadsheet':
				return 'Filen är ingen tabell (xlsx, ods eller csv).';
			case 'empty':
				return 'Filen har inga rader.';
		}
	},
	nothingChanged: 'Ingenting sparades.',
	failed: 'Importen misslyckades. Ingenting sparades; försök igen.',
	sheet: 'Tabell',
	sheetRows: (rows, columns) => `${rows} rader, ${columns} kolumner`,
	headerRow: 'Rubrikrad',
	headerRowHelp: 'Raden med kolumnernas namn. Hittad automatiskt; ändra vid behov.',
	topRows: 'Tabellens början',
	rowNumber: 'Rad',
	columnsHelp:
		'Välj för varje kolumn vilken uppgift den importeras till. Förslagen bygger på kolumnernas namn.',
	column: 'Kolumn',
	examples: 'Exempel',
	field: 'Importeras till',
	notImported: '– importeras inte –',
	parts: {
		organisation: 'Organisation',
		person: 'Person',
		service: 'Tjänst',
		membership: 'Medlemskap i grupp'
	},
	fields: {
		organisation: {
			id: 'Organisationens Verkosto-id',
			name: 'Organisationens namn',
			alternateName: 'Organisationens andra namn',
			businessId: 'FO-nummer',
			sector: 'Sektor',
			municipalities: 'Organisationens kommuner',
			website: 'Organisationens webbplats',
			email: 'Organisationens e-post',
			phone: 'Organisationens telefon',
			description: 'Organisationens beskrivning'
		},
		person: {
			id: 'Personens Verkosto-id',
			name: 'Personens namn',
			title: 'Titel',
			jobDescription: 'Arbetsbeskrivning',
			department: 'Enhet',
			email: 'Personens e-post',
			phone: 'Personens telefon'
		},
		service: {
			id: 'Tjänstens Verkosto-id',
			name: 'Tjänstens namn',
			kind: 'Typ av tjänst',
			status: 'Tjänstens status',
			municipalities: 'Tjänstens kommuner',
			description: 'Tjänstens beskrivning',
			website: 'Tjänstens webbplats',
			email: 'Tjänstens e-post',
			phone: 'Tjänstens telefon',
			referral: 'Hur man kommer med'
		},
		membership: {
			body: 'Grupp',
			role: 'Roll i gruppen'
		}
	},
	defaultSector: 'Sektor för nya organisationer (när tabellen inte har någon sektor)',
	saved: 'Sparade kolumnval',
	useSaved: 'Använd',
	saveName: 'Spara kolumnvalen med namnet',
	save: 'Spara',
	savedDone: (name) => `Kolumnvalen sparades med namnet ${name}.`,
	usedSaved: (name) => `Kolumnvalen ${name} används.`,
	nothingMapped: 'Välj en uppgift för minst en kolumn.',
	back: 'Tillbaka',
	next: 'Fortsätt',
	restart: 'Börja om',
	checkSummary: (good, bad, left) =>
		`${good} rader i ordning` +
		(bad ? `, ${bad} rader med fel` : '') +
		(left ? `, ${left} utelämnade` : '') +
		'.',
	problemsTitle: 'Fel',
	problemsHelp:
		'Rätta värdet här eller lämna bort raden. Rader med fel importeras inte; ingenting sparas innan du godkänner importen.',
	where: (row, header) => `Rad ${row}, kolumn ${header || '(utan namn)'}`,
	problem: (code, value) => {
		switch (code) {
			case 'email':
				return `E-postadressen ”${value}” duger inte.`;
			case 'phone':
				return `Telefonnumret ”${value}” duger inte.`;
			case 'businessId':
				return `FO-numret ”${value}” duger inte (formen 1234567-8 med rätt kontrollsiffra).`;
			case 'url':
				return `Webbadressen ”${value}” duger inte (endast http- och https-adresser).`;
			case 'tooLong':
				return 'Texten är för lång.';
			case 'invalid':
				return `Värdet ”${value}” duger inte.`;
			case 'id':
				return `”${value}” är inget Verkosto-id.`;
			case 'municipality':
				return `Kommunen ”${value}” finns inte i Verkosto.`;
			case 'sector':
				return `Sektorn ”${value}” är okänd.`;
			case 'kind':
				return `Tjänstetypen ”${value}” är okänd.`;
			case 'status':
				return `Statusen ”${value}” är okänd.`;
			case 'role':
				return `Rollen ”${value}” är okänd.`;
			case 'body':
				return `Gruppen ”${value}” finns inte i Verkosto.`;
			case 'nameMissing':
				return 'Namnet saknas, fast raden har andra uppgifter.';
			case 'serviceWithoutOrganisation':
				return 'En tjänst måste ha en organisation.';
			case 'membershipWithoutPerson':
				return 'Ett medlemskap i en grupp kräver en person.';
		}
	},
	fixLabel: (row, header) => `Rättat värde, rad ${row}, kolumn ${header}`,
	leaveOut: 'Lämna bort raden',
	leaveOutAll: 'Lämna bort alla rader med fel',
	moreProblems: (n) => `…och ${n} fel till.`,
	recheck: 'Kontrollera igen',
	newOrganisationsTitle: (n) =>
		n === 1
			? 'En organisation finns inte ännu i Verkosto'
			: `${n} organisationer finns inte ännu i Verkosto`,
	newOrganisationsHelp: 'Personer och tjänster kopplas till en organisation enligt dess namn.',
	createOrganisations: 'Skapa de här organisationerna',
	skipOrganisations: 'Importera personerna utan organisation (tjänsterna importeras inte)',
	chooseOrganisations: 'Välj om organisationerna skapas.',
	reviewTitle: 'Möjliga dubbletter',
	reviewHelp:
		'De här raderna kan redan finnas i Verkosto eller tidigare i samma fil. Välj för var och en: slå ihop, skapa ny eller hoppa över.',
	candidate: (i, n) => `Kandidat ${i}/${n}`,
	reason: {
		id: 'samma id',
		businessId: 'samma FO-nummer',
		name: 'samma namn',
		email: 'samma e-post'
	},
	candidateTitle: (part, row, reason) => `${part}, rad ${row} (${reason})`,
	existing: 'I Verkosto',
	earlierRow: (row) => `Filens rad ${row}`,
	fileRow: (row) => `Filens rad ${row}`,
	recordField: {
		name: 'Namn',
		title: 'Titel',
		jobDescription: 'Arbetsbeskrivning',
		department: 'Enhet',
		email: 'E-post',
		phone: 'Telefon',
		organisationId: 'Organisation',
		municipalityIds: 'Kommuner',
		businessId: 'FO-nummer',
		sector: 'Sektor',
		website: 'Webbplats',
		description: 'Beskrivning',
		alternateName: 'Annat namn',
		kind: 'Typ',
		status: 'Status',
		referral: 'Hur man kommer med'
	},
	chooseAction: 'Vad görs med den här raden?',
	keep: 'Behåll',
	takeFile: 'Ta från filen',
	merge: 'Slå ihop',
	createNew: 'Skapa ny',
	skip: 'Hoppa över',
	mergeHelp:
		'Slå ihop: filens uppgifter kompletterar den befintliga. När båda har ett värde, välj vilket som blir kvar.',
	applyToRest: 'Samma val för alla återstående',
	decided: (n, total) => `${n}/${total} avgjorda`,
	decision: { merge: 'slås ihop', new: 'skapas ny', skip: 'hoppas över' },
	previous: 'Föregående',
	summaryTitle: 'Vad importen gör',
	summaryLine: (entity, added, changed, unchanged) =>
		`${entity}: ${added} nya, ${changed} ändras, ${unchanged} oförändrade`,
	noChanges: 'Inga ändringar: alla uppgifter i tabellen finns redan i Verkosto som sådana.',
	leftOut: (n) => `${n} rader importeras inte.`,
	apply: 'Importera',
	applying: 'Sparas…',
	applied: (added, changed) => `Importen är klar: ${added} nya uppgifter, ${changed} ändrades.`,
	undoHint: 'Importen syns i importhistoriken och kan ångras på sidan Delning av uppgifter.',
	toSharing: 'Delning av uppgifter',
	toDirectory: 'Till katalogen',
	stale: 'Uppgifterna ändrades efter förhandsvisningen. Kontrollera sammanfattningen på nytt.'
};
export default sv;
