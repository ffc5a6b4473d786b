/** Swedish messages of the sharing area; the Finnish ones in ../sharing.ts define the keys. */
import type { SharingMessages } from '../sharing';

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
	unknownRecord: '(uppgiften saknas)',
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
	deletedByThem: 'Avsändaren har raderat denna; i dina uppgifter har den ändrats.',
	deletedByMe: 'Denna har raderats i dina uppgifter; avsändaren har ändrat den.',
	deletedInFile: 'I filen är denna raderad, i dina uppgifter inte.',
	deletedHere: 'I dina uppgifter är denna raderad, i filen inte.',
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

export default sv;
