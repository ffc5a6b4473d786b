/** Swedish messages of the settings area; the Finnish ones in ../settings.ts define the keys. */
import type { SettingsMessages } from '../settings';

const sv: SettingsMessages = {
	title: 'Inställningar',
	languageHelp: 'Gränssnittets språk. Valet kommer ihåg på den här enheten.',
	storageTitle: 'Lagring',
	storageUse: (used, quota) => `Används ${used} / ${quota}`,
	whereData:
		'Uppgifterna finns i den här webbläsarens IndexedDB-databas på den här enheten. Ingenting skickas någonstans om du inte själv exporterar en fil.',
	aboutTitle: 'Om appen',
	version: (v, built) => `Version ${v}, byggd ${built}`,
	exporterTitle: 'Avsändarens uppgifter',
	exporterHelp:
		'Ditt namn och din organisation syns för mottagaren i varje fil du exporterar och i mottagarens importhistorik.',
	exporterName: 'Namn',
	exporterOrganisation: 'Organisation',
	saved: 'Sparat.',
	backupTitle: 'Säkerhetskopia',
	backupHelp:
		'En säkerhetskopia är en fil med alla uppgifter, även personuppgifterna. Förvara den säkert, t.ex. på organisationens nätverksenhet. Uppgifterna återställs genom att importera filen på sidan Delning.',
	lastBackup: (date) => `Senaste säkerhetskopia: ${date}`,
	neverBackedUp: 'Ingen säkerhetskopia har tagits ännu.',
	lastExport: (date) => `Senaste export (vilken som helst): ${date}`,
	unsavedSince: (date) => `Ändringar som inte säkerhetskopierats sedan ${date}.`,
	allSaved: 'Alla ändringar finns i säkerhetskopian.',
	backupButton: 'Exportera alla uppgifter',
	reminderDays: 'Påminn om säkerhetskopia när ändringar har funnits så här många dagar',
	reminderHelp: '0 = inga påminnelser.',
	storagePersistUnknown: 'Webbläsaren berättar inte om beständig lagring har beviljats.',
	statement: {
		title: 'Tillgänglighetsutlåtande',
		settingsHelp:
			'Den organisation som tar appen i bruk fyller i dessa uppgifter i tillgänglighetsutlåtandet. Utlåtandet nås via länken längst ned på varje sida. Tills uppgifterna är ifyllda står det «inte ifyllt ännu» i utlåtandet.',
		organisation: 'Tjänsteleverantör',
		email: 'E-postadress för respons om tillgänglighet',
		assessedOn: 'Datum för bedömning av tillgängligheten',
		nonConformities: 'Kända tillgänglighetsbrister',
		nonConformitiesHint: 'En brist per rad, till exempel vyn och vad som inte fungerar i den.',
		unfilled: 'inte ifyllt ännu',
		intro: (organisation) =>
			`Detta tillgänglighetsutlåtande gäller appen Verkosto, som ${organisation} använder för att upprätthålla familjecentrumnätverkets uppgifter. Tillgänglighetskraven grundar sig på lagen om tillhandahållande av digitala tjänster (306/2019).`,
		providerLabel: 'Tjänsteleverantör',
		statusTitle: 'Tillgänglighetsstatus',
		status:
			'Verkosto uppfyller delvis tillgänglighetskraven på nivå A och AA i WCAG 2.1. De kända bristerna räknas upp nedan.',
		gapsTitle: 'Innehåll som inte är tillgängligt',
		assessmentTitle: 'Hur tillgängligheten har bedömts',
		assessment:
			'Varje version av appen kontrolleras automatiskt (axe) mot kriterierna på nivå A och AA i WCAG 2.1 innan den publiceras, och vyerna används med tangentbord och på en smal mobilskärm. Tjänsteleverantören bedömer tillgängligheten i sin egen användning.',
		assessedOnLabel: 'Senaste bedömning',
		feedbackTitle: 'Ge respons om tillgängligheten',
		feedback:
			'Har du upptäckt en tillgänglighetsbrist eller behöver du innehåll i tillgänglig form? Berätta det för tjänsteleverantören. Vi svarar inom 14 dagar.',
		emailLabel: 'E-post',
		authorityTitle: 'Tillsynsmyndighet',
		authority:
			'Om du upptäcker tillgänglighetsproblem, ge först respons till tjänsteleverantören. Om du inte är nöjd med svaret eller inte får något svar inom 14 dagar kan du göra en anmälan till tillsynsmyndigheten.',
		authorityName: 'Transport- och kommunikationsverket Traficom, tillgänglighetstillsynen',
		authorityNote:
			'Tillsynen överfördes 1.1.2025 från Regionförvaltningsverket i Södra Finland till Traficom.',
		authorityPhone: 'växel 029 534 5000',
		editInSettings: 'Tjänsteleverantörens uppgifter fylls i under Inställningar.',
		offline: 'Utlåtandet är en del av appen, så det kan läsas även utan nätförbindelse.'
	}
};

export default sv;
