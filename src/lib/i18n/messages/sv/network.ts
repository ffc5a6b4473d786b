/** Swedish messages of the network area; the Finnish ones in ../network.ts define the keys. */
import { n, type NetworkMessages } from '../network';

const sv: NetworkMessages = {
	title: 'Nätverkets struktur',
	sectionNav: 'Nätverkets delar',
	nav: {
		overview: 'Översikt',
		regions: 'Områden',
		familyCentres: 'Familjecentraler',
		municipalities: 'Kommuner',
		bodies: 'Grupper och nätverk',
		coverage: 'Representation',
		map: 'Nätverkskarta'
	},
	name: 'Namn',
	nameSv: 'Namn på svenska',
	description: 'Beskrivning',
	status: 'Status',
	website: 'Webbplats',
	email: 'E-post',
	regionOne: 'Område',
	familyCentreOne: 'Familjecentral',
	actions: 'Åtgärder',
	saved: 'Sparat.',
	notFound: 'Uppgiften hittades inte',
	notFoundDetail: 'Uppgiften har kanske raderats, eller så är länken felaktig.',
	remove: (name) => `Ta bort ${name}`,
	choosePerson: '— välj person —',
	filterPersons: 'Avgränsa personer med namn',
	filterOrganisations: 'Avgränsa organisationer med namn',
	moreOptions: (shown, total) => `Visar ${shown} / ${total} – avgränsa genom att skriva namnet.`,
	overview: {
		intro:
			'Områden, familjecentraler, kommuner samt styr-, koordinerings- och arbetsgrupper och nätverk: vem som hör till vad, vem var och en representerar och var representationen saknas.',
		emptyTitle: 'Nätverket har ännu inga uppgifter',
		emptyDetail:
			'Ladda exempelnätverket på startsidan eller börja med att lägga till ett område, en familjecentral eller en grupp.',
		activeBodies: 'Verksamma grupper och nätverk',
		currentMembers: 'Medlemsplatser',
		attentionTitle: 'Att observera',
		allInOrder:
			'Alla grupper är i ordning: den krävda representationen finns, mål och uppgifter är antecknade och mötena följer tidtabellen.',
		gapLine: (label, count, local) =>
			`${label}: representation saknas i ${count} ${n(count, 'grupp', 'grupper')}` +
			(local ? ` (av dem lokala ${local})` : ''),
		noGoals: (count) =>
			`${count} ${n(count, 'grupp har', 'grupper har')} inte antecknat mål eller uppgifter`,
		behind: (count) =>
			`${count} ${n(count, 'grupp', 'grupper')}: mötet är försenat enligt den avtalade takten och inget nytt är planerat`,
		unstated: (count) =>
			`${count} ${n(count, 'medlem', 'medlemmar')} utan antecknad representation`,
		viewsTitle: 'Vyer',
		mapHelp: 'hela strukturen som bild och lista, avgränsad per område och sektor',
		coverageHelp: 'grupper × sektorer: vem representerar vad och var representationen saknas',
		cards: 'Gruppkort',
		cardsHelp: 'varje grupps mål, uppgifter, medlemmar och kontaktuppgifter för utskrift'
	},
	regions: {
		one: 'Område',
		new: 'Nytt område',
		edit: 'Redigera område',
		none: 'Inga områden har lagts till ännu.',
		county: 'Välfärdsområde',
		countyHint: 'Till exempel Birkalands välfärdsområde.',
		coordinationGroups: 'Koordineringsgrupp',
		onMap: 'Visa området på nätverkskartan',
		what: (name) => `området «${name}»`
	},
	municipalities: {
		one: 'Kommun',
		new: 'Ny kommun',
		edit: 'Redigera kommun',
		none: 'Inga kommuner har lagts till ännu.',
		code: 'Kommunnummer',
		codeHint: 'Statistikcentralens tresiffriga kommunnummer, t.ex. 536 (Nokia).',
		regionHint: 'Lämna tomt om kommunen hör till flera områden (som Tammerfors).',
		noFamilyCentre: 'Kommunen är inte kopplad till någon familjecentral.',
		localBodies: 'Lokala grupper',
		organisations: (count) => `Organisationer verksamma i kommunen (${count})`,
		what: (name) => `kommunen «${name}»`
	},
	familyCentres: {
		one: 'Familjecentral',
		new: 'Ny familjecentral',
		edit: 'Redigera familjecentral',
		none: 'Inga familjecentraler hittades.',
		caption: (count) => `${count} familjecentraler`,
		contacts: 'Kontaktpersoner för familjecentralen',
		addContact: 'Lägg till kontaktperson',
		noContacts: 'Inga kontaktpersoner har antecknats.',
		steeringGroup: 'Lokal styrgrupp',
		noSteeringGroup: 'Ingen styrgrupp har antecknats för familjecentralen.',
		addBody: 'Lägg till en grupp för familjecentralen',
		missing: (labels) => `Saknas: ${labels}`,
		services: (count) => `Tjänster och verksamheter i området (${count})`,
		areaFree: (count) =>
			`Dessutom finns ${count} riksomfattande tjänster på nätet eller per telefon tillgängliga för alla.`,
		what: (name) => `familjecentralen «${name}»`
	},
	bodies: {
		one: 'Grupp',
		new: 'Ny grupp eller nätverk',
		edit: 'Redigera grupp',
		none: 'Inga grupper hittades.',
		caption: (count) => `${count} grupper och nätverk`,
		kind: 'Typ',
		level: 'Nivå',
		levelHint:
			'En lokal grupp hör till en familjecentral, en regional till ett område; landskaps- och riksnivå gäller hela området.',
		parent: 'Hör till gruppen',
		parentHint: 'Gruppen som denna rapporterar till, t.ex. den regionala koordineringsgruppen.',
		filterBodies: 'Avgränsa grupper med namn',
		children: 'Undergrupper',
		goals: 'Mål',
		tasks: 'Uppgifter',
		linesHint: 'En rad per punkt.',
		noGoals: 'Inga mål har antecknats.',
		noTasks: 'Inga uppgifter har antecknats.',
		addGoals: 'Anteckna mål',
		addTasks: 'Anteckna uppgifter',
		coordinator: 'Koordinator / kontaktperson',
		cadence: 'Sammanträden',
		cadenceField: 'Möten per år',
		cadenceHint: 'Hur många gånger om året gruppen ska träffas; 0 om ingen takt är avtalad.',
		perYear: (count) =>
			count === 0 ? 'ingen avtalad takt' : `${count} ${n(count, 'gång', 'gånger')} per år`,
		perYearInvalid: 'Ange antalet möten som ett heltal.',
		required: 'Krävd representation',
		requiredHint:
			'Vilka som måste sitta i gruppen, t.ex. i en lokal styrgrupp kommunen, välfärdsområdet, en organisation, en församling eller annat religiöst samfund och familjerna.',
		themes: 'Teman som detta expertnätverk täcker',
		themesHint:
			'Vyn Hänvisa en familj visar nätverket och dess koordinator efter tjänsterna inom dessa teman.',
		members: 'Medlemmar',
		noMembers: 'Gruppen har inga medlemmar.',
		representation: 'Representation',
		printCard: 'Gruppkort',
		what: (name) => `gruppen «${name}»`
	},
	members: {
		add: 'Lägg till medlem',
		edit: 'Redigera medlemskap',
		person: 'Person',
		fromDirectory: 'Person i katalogen',
		newPerson: 'Ny person',
		newName: 'Namn',
		newTitle: 'Titel',
		newOrganisation: 'Organisation där personen arbetar',
		phone: 'Telefon',
		role: 'Roll',
		represents: 'Representerar',
		representsOrganisation: 'Representerad organisation',
		representsText: 'Representerad part i ord',
		representsTextHint: 'T.ex. «Västra områdets organisationer» eller «Områdets familjer».',
		category: 'Plats (sektor)',
		categoryHint:
			'Vilken krävd plats medlemmen fyller. Tas från den representerade organisationens sektor om fältet lämnas tomt.',
		categorySuggested:
			'Förifylld från sektorn för den representerade organisationen eller personens egen – kontrollera och ändra vid behov.',
		deputyForField: 'Ersättare för medlem',
		deputyHint:
			'En ersättare fyller inte ensam platsen: platsen räknas som fylld först genom den ordinarie medlemmen.',
		deputyFor: (name) => `ersättare: ${name}`,
		term: 'Mandatperiod',
		termStart: 'Perioden börjar',
		termEnd: 'Perioden slutar',
		termEndHint: 'Periodens sista dag. Avslutade perioder sparas som historik.',
		openTerm: 'tills vidare',
		responsibilities: 'Ansvar',
		responsibilitiesHint:
			'T.ex. att föra information till de representerade före och efter mötena.',
		unstated: 'representation ej antecknad',
		upcoming: 'Kommande medlemmar',
		history: 'Tidigare medlemmar',
		editOf: (name) => `Redigera: ${name}`,
		endTerm: 'Avsluta perioden',
		endTermOf: (name) => `Avsluta perioden: ${name}`,
		endTitle: (name) => `Avsluta perioden för ${name}?`,
		endHelp:
			'Medlemskapet sparas i gruppens historik. Om ingen efterträdare kommer syns platsen som en lucka i representationen.',
		lastDay: 'Periodens sista dag',
		ended: 'Perioden avslutad.',
		delete: 'Radera medlemskap',
		deleteHelp:
			'Radera bara ett medlemskap som lagts till av misstag. När en medlems period tar slut, avsluta perioden: uppgiften sparas som historik.',
		what: (name) => `medlemskapet «${name}»`
	},
	coverage: {
		title: 'Representation och luckor',
		intro:
			'Varje grupp anger vilka som måste sitta vid dess bord. Tabellen visar vem som representerar varje sektor och var representationen saknas, samt grupper som saknar mål eller uppgifter eller som träffas mer sällan än överenskommet.',
		rulesTitle: 'Hur luckorna räknas',
		rules: [
			'En plats fylls av en medlem vars period gäller i dag (slutdagen inräknad). Avslutade perioder fyller ingen plats.',
			'Medlemmens plats är den sektor som antecknats för hen eller, om ingen finns, sektorn för den organisation hen representerar. Inget härleds från arbetsgivaren.',
			'En ersättare fyller inte ensam en plats. Om bara en ersättare finns syns platsen som en lucka.',
			'En församling och ett annat religiöst samfund fyller varandras platser (källdokumentens «religiöst samfund»), om inte gruppen kräver båda separat.',
			'Nedlagda grupper har inga luckor.'
		],
		filters: 'Avgränsning',
		any: 'Alla',
		lackingFilter: 'Saknas',
		onlyProblems: 'Bara grupper med anmärkningar',
		gapsTitle: 'Saknad representation',
		lacking: (label, count) =>
			`${label}: representation saknas i ${count} ${n(count, 'grupp', 'grupper')}`,
		noGaps: (count) =>
			`I alla ${count} ${n(count, 'grupp', 'grupper')} finns den krävda representationen.`,
		flagsTitle: 'Andra anmärkningar',
		noGoalsTitle: (count) => `Mål eller uppgifter ej antecknade (${count})`,
		behindTitle: (count) => `Möte försenat (${count})`,
		lastMet: (last) => (last ? `föregående möte ${last}` : 'inga antecknade möten'),
		unstatedTitle: (count) => `Medlemmar utan antecknad representation (${count})`,
		matrixTitle: 'Representationstabell',
		caption: (count) => `Representation i ${count} grupper per sektor`,
		noneMatch: 'Inga grupper motsvarar avgränsningen.',
		body: 'Grupp',
		notes: 'Andra anmärkningar',
		status: {
			filled: 'Representerad',
			deputy_only: 'Endast ersättare',
			upcoming: 'På kommande',
			lapsed: 'Perioden har gått ut',
			missing: 'Saknas'
		},
		present: 'Med',
		notRequired: 'Krävs inte',
		notRequiredShort: 'krävs inte',
		noRequirements: 'Ingen krävd representation har antecknats för gruppen.',
		deputies: 'Ersättare',
		byEquivalent: 'som representant för ett religiöst samfund',
		endingSoon: (date) => `perioden slutar ${date}`,
		startsOn: (date) => `börjar ${date}`,
		endedOn: (date) => `slutade ${date}`
	},
	flags: {
		no_goals: 'Inga mål antecknade',
		no_tasks: 'Inga uppgifter antecknade',
		behind_cadence: 'Möte försenat, inget nytt planerat',
		unstated_representation: (count) =>
			`${count} ${n(count, 'medlem', 'medlemmar')} utan antecknad representation`,
		no_members: 'Inga medlemmar'
	},
	meetings: {
		title: 'Möten',
		cadence: (perYear, held) =>
			`Gruppen träffas ${perYear} ${n(perYear, 'gång', 'gånger')} per år; under de senaste 12 månaderna ${held} ${n(held, 'möte', 'möten')}.`,
		noCadence: 'Gruppen har ingen avtalad mötestakt.',
		behind: 'Nästa möte är försenat och inget nytt är planerat.',
		due: (date) => `Enligt den avtalade takten borde det ha hållits senast ${date}.`,
		none: 'Inga möten har antecknats för gruppen.',
		upcoming: 'Kommande möten',
		past: 'Hållna möten',
		showAll: (count) => `Visa alla ${count}`
	},
	card: {
		title: (name) => `Gruppkort: ${name}`,
		backToBody: 'Tillbaka till gruppens sida',
		partOf: (name) => `del av: ${name}`,
		contact: 'Kontaktuppgifter',
		contactPerson: 'Kontaktperson',
		noContact: 'Ingen kontaktperson har antecknats.',
		meets: (count) => `Träffas ${count} ${n(count, 'gång', 'gånger')} per år.`,
		noCadence: 'Ingen avtalad mötestakt.',
		next: (when) => `Nästa möte ${when}.`,
		behind: 'Nästa möte är försenat och inget nytt är planerat.',
		printed: (date) => `Utskrivet ${date} · Verkosto`,
		manyIntro:
			'Kortet för varje avgränsad grupp på en egen sida: mål, uppgifter, medlemmar och kontaktuppgifter.',
		printAll: (count) => `Skriv ut ${count} ${n(count, 'kort', 'kort')}`
	},
	map: {
		intro:
			'Nätverket som bild: landskapet, områdena, familjecentralerna, grupperna och de organisationer som sitter i dem. Ett rött märke betyder att gruppen saknar krävd representation.',
		network: 'Nätverket',
		mapLabel: (name) => `Nätverkskarta: ${name}`,
		sector: 'Sektor',
		includeEnded: 'Visa även nedlagda grupper',
		viewAs: 'Visa',
		asMap: 'Som karta',
		asList: 'Som lista',
		expandAll: 'Öppna alla',
		collapse: 'Stäng grupperna',
		empty: 'Avgränsningen ger inga träffar.',
		summary: (centres, bodies, orgs) =>
			`${centres} familjecentraler, ${bodies} grupper, ${orgs} organisationer`,
		toolbar: 'Kartans vy',
		zoomIn: 'Zooma in',
		zoomOut: 'Zooma ut',
		fit: 'Anpassa till bredden',
		actualSize: '100 %',
		help: 'Piltangenter: upp och ned flyttar, höger öppnar en gren, vänster stänger den. Enter öppnar sidan, mellanslag öppnar eller stänger grenen, en bokstav hoppar till ett namn. Ctrl + rullning zoomar, dra bakgrunden för att flytta vyn.',
		details: 'Vald punkt',
		open: 'Öppna sidan',
		childCount: (count) => `${count} ${n(count, 'underpunkt', 'underpunkter')}`,
		hidden: (count) => `stängd, ${count} ${n(count, 'underpunkt', 'underpunkter')}`,
		lacks: (labels) => `saknas: ${labels}`,
		legend: 'Teckenförklaring',
		gapLegend: 'Grupp som saknar krävd representation',
		kind: {
			province: 'Landskap',
			region: 'Område',
			familyCentre: 'Familjecentral',
			body: 'Grupp',
			organisation: 'Organisation',
			group: 'Representerad grupp'
		}
	}
};

export default sv;
