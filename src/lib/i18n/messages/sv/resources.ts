/** Swedish messages of the resources area; the Finnish ones in ../resources.ts define the keys. */
import type { ResourcesMessages } from '../resources';

const sv: ResourcesMessages = {
	title: 'Resurser och kunskapskällor',
	intro:
		'Familjecentralen har ingen egen finansiering: varje organisation bidrar med arbetstid, lokaler eller förnödenheter. Här antecknas vem som bidrar med vad och varifrån kunskap för ledningen fås.',
	contributions: 'Resursbidrag',
	knowledge: 'Kunskapskällor',
	addContribution: 'Lägg till resursbidrag',
	addKnowledge: 'Lägg till kunskapskälla',
	newContribution: 'Nytt resursbidrag',
	editContribution: 'Redigera resursbidrag',
	newKnowledge: 'Ny kunskapskälla',
	editKnowledge: 'Redigera kunskapskälla',
	organisation: 'Organisation',
	kind: 'Typ',
	description: 'Beskrivning',
	amount: 'Mängd',
	amountHint: 'Med egna ord, t.ex. «4 h / mån» eller «salen på torsdagar».',
	year: 'År',
	familyCentre: 'Familjecentral',
	body: 'Grupp',
	any: 'Alla',
	none: 'Inte vald',
	name: 'Namn',
	owner: 'Ansvarig',
	url: 'Webbadress',
	updateFrequency: 'Uppdateras',
	lastUpdated: 'Senast uppdaterad',
	summaryBySector: 'Bidrag per sektor',
	summaryCaption: 'Antal resursbidrag per sektor och typ',
	sector: 'Sektor',
	total: 'Totalt',
	filterKind: 'Visa typ',
	filterSector: 'Visa sektor',
	noContributions: 'Inga resursbidrag med valda villkor.',
	noKnowledge: 'Inga kunskapskällor ännu.',
	saved: 'Sparat.',
	contributionWhat: (org) => `resursbidraget från ${org}`,
	knowledgeWhat: (name) => `kunskapskällan «${name}»`,
	opensElsewhere: '(öppnas i webbläsaren)'
};

export default sv;
