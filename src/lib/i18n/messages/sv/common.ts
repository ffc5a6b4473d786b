/** Swedish messages of the common area; the Finnish ones in ../common.ts define the keys. */
import type { CommonMessages } from '../common';

const sv: CommonMessages = {
	appName: 'Verkosto',
	tagline: 'Familjecentralnätverkets gemensamma datalager',
	skipToContent: 'Hoppa till innehållet',
	mainNav: 'Huvudmeny',
	nav: {
		home: 'Start',
		directory: 'Katalog',
		network: 'Nätverket',
		meetings: 'Möten',
		codevelopment: 'Samutveckling',
		resources: 'Resurser',
		sharing: 'Delning',
		settings: 'Inställningar'
	},
	language: 'Språk',
	online: 'Online',
	offline: 'Ingen nätverksanslutning – allt fungerar ändå',
	notBuiltYet: 'Den här delen byggs som bäst.',
	notBuiltYetDetail: 'Uppgifterna sparas redan i databasen, och vyn blir snart klar.',
	loading: 'Laddar…',
	save: 'Spara',
	cancel: 'Avbryt',
	delete: 'Ta bort',
	edit: 'Redigera',
	add: 'Lägg till',
	close: 'Stäng',
	confirm: 'Bekräfta',
	back: 'Tillbaka',
	search: 'Sök',
	print: 'Skriv ut',
	yes: 'Ja',
	no: 'Nej',
	none: '—',
	fictional: 'Fiktiv person',
	notFound: 'Sidan hittades inte',
	notFoundDetail:
		'Det finns ingen sida på adressen. Den kan ha tagits bort, eller så är länken felskriven.',
	errorTitle: 'Något gick fel',
	toHome: 'Till startsidan',
	updateAvailable: 'En ny version finns.',
	updateReload: 'Uppdatera nu',
	unreadableTime:
		'Webbläsaren kunde inte läsa det datum eller den tid som skrevs. Fyll i alla delar eller välj i väljaren. Värdet sparades inte.',
	unreadableField: (label) =>
		`${label}: webbläsaren kunde inte läsa det datum eller den tid som skrevs. Fyll i alla delar eller välj i väljaren. Ingenting sparades.`,
	accessibility: 'Tillgänglighetsutlåtande',
	deletion: {
		title: (what) => `Radera ${what}?`,
		nothingRefers:
			'Inga andra uppgifter hänvisar hit. Raderingen kan delas med andra koordinatorer.',
		cascade: (n) =>
			n === 1
				? 'Även denna uppgift raderas, eftersom den inte kan finnas utan den raderade:'
				: `Även dessa ${n} uppgifter raderas, eftersom de inte kan finnas utan den raderade:`,
		detach: (n) =>
			n === 1
				? 'Hänvisningen tas bort från denna uppgift, uppgiften själv blir kvar:'
				: `Hänvisningen tas bort från dessa ${n} uppgifter, uppgifterna själva blir kvar:`,
		choose: 'Vad ska göras med uppgifterna som hänvisar hit?',
		modeCascade: 'Radera och ta bort hänvisningarna enligt ovan',
		modeReassign: 'Flytta hänvisningarna till en annan uppgift',
		reassignTo: 'Flytta till',
		more: (n) => `… och ${n} till`,
		done: 'Raderat.'
	},
	storage: {
		opening: 'Databasen öppnas…',
		blocked:
			'Verkosto är öppen i en annan flik med en äldre version. Stäng de andra Verkosto-flikarna så fortsätter uppdateringen.',
		outdated:
			'Verkosto uppdaterades i en annan flik. Ladda om sidan för att fortsätta – dina uppgifter finns kvar.',
		reload: 'Ladda om',
		failedTitle: 'Databasen kunde inte öppnas',
		quota:
			'Enhetens lagringsutrymme är fullt. Ändringen sparades inte och tidigare uppgifter är oförändrade. Frigör utrymme och försök igen.',
		version:
			'Uppgifter på den här enheten har sparats med en nyare version av Verkosto. Ladda om sidan för att få den senaste versionen.',
		unavailable:
			'Webbläsaren tillåter inte lokal lagring (t.ex. privat fönster eller en inställning). Öppna Verkosto i ett vanligt fönster.',
		validation: 'Uppgiften sparades inte eftersom den innehåller ett fel.',
		missing: 'Posten finns inte längre – den har kanske tagits bort i en annan flik.',
		conflict:
			'Uppgiften ändrades på annat håll medan formuläret var öppet. Inget sparades – se de markerade fälten.',
		unknown: 'Sparandet misslyckades. Tidigare uppgifter är oförändrade.',
		persistent: 'Beständig lagring beviljad',
		notPersistent:
			'Webbläsaren kan radera uppgifterna vid platsbrist – exportera en säkerhetskopia regelbundet.'
	},
	validation: {
		invalid_type: 'fel typ av värde',
		too_small: 'för kort eller litet',
		too_big: 'för långt eller stort',
		invalid_value: 'värdet är inte tillåtet',
		invalid_format: 'fel format',
		unrecognized_keys: 'okänt fält',
		required: 'obligatorisk uppgift saknas',
		url: 'länken ska börja med http:// eller https://',
		phone: 'telefonnumret är ogiltigt',
		businessId: 'FO-numret är ogiltigt (kontrollsiffra)',
		municipalityCode: 'kommunnumret ska ha tre siffror',
		postalCode: 'postnumret ska ha fem siffror',
		localDateTime: 'tiden är ogiltig',
		ageRange: 'övre åldersgränsen är lägre än den nedre',
		termOrder: 'perioden slutar innan den börjar',
		endBeforeStart: 'slutet är före början',
		scopeFamilyCentre: 'välj den familjecentral som den lokala gruppen hör till',
		scopeRegion: 'välj det område som den regionala gruppen hör till',
		parentCycle: 'en grupp kan inte höra till sig själv eller sin egen undergrupp',
		parentMissing: 'gruppen finns inte längre',
		codeTaken: 'en annan kommun har redan detta kommunnummer',
		deputyFor: 'en ersättare måste vara ersättare för en annan medlem i samma grupp',
		alreadyMember: 'personen är redan medlem i gruppen under denna period',
		other: 'ogiltigt värde',
		recordField: (entity, record, field, problem) =>
			`${entity}${record ? ` «${record}»` : ''}, fält ${field}: ${problem}`
	},
	conflict: {
		summary:
			'Några fält ändrades på annat håll (i en annan flik, vid en import eller av en automatisk sparning) efter att du öppnade formuläret. Inget sparades. Välj i de markerade fälten vilket värde som ska gälla och spara igen.',
		changed: 'Det här fältet ändrades på annat håll under tiden.',
		stored: 'Sparat värde:',
		keepMine: 'Behåll mitt värde',
		takeStored: 'Ta det sparade värdet'
	},
	picker: {
		notChosen: (text) =>
			`«${text}» har inte valts i listan och kan inte sparas. Välj ett namn i listan eller töm fältet.`
	}
};

export default sv;
