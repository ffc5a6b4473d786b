/** English messages of the resources area; the Finnish ones in ../resources.ts define the keys. */
import type { ResourcesMessages } from '../resources';

const en: ResourcesMessages = {
	title: 'Resources and knowledge',
	intro:
		'The family centre has no funding of its own: each organisation brings staff time, premises or supplies. Record here who brings what, and where knowledge for leadership comes from.',
	contributions: 'In-kind contributions',
	knowledge: 'Knowledge sources',
	addContribution: 'Add a contribution',
	addKnowledge: 'Add a knowledge source',
	newContribution: 'New contribution',
	editContribution: 'Edit contribution',
	newKnowledge: 'New knowledge source',
	editKnowledge: 'Edit knowledge source',
	organisation: 'Organisation',
	kind: 'Kind',
	description: 'Description',
	amount: 'Amount',
	amountHint: 'In your own words, e.g. «4 h / month» or «hall on Thursdays».',
	year: 'Year',
	familyCentre: 'Family centre',
	body: 'Group',
	any: 'All',
	none: 'Not chosen',
	name: 'Name',
	owner: 'Maintained by',
	url: 'Web address',
	updateFrequency: 'Updated',
	lastUpdated: 'Last updated',
	summaryBySector: 'Contributions by sector',
	summaryCaption: 'Number of contributions by sector and kind',
	sector: 'Sector',
	total: 'Total',
	filterKind: 'Show kind',
	filterSector: 'Show sector',
	noContributions: 'No contributions match.',
	noKnowledge: 'No knowledge sources yet.',
	saved: 'Saved.',
	contributionWhat: (org) => `the contribution of ${org}`,
	knowledgeWhat: (name) => `the knowledge source «${name}»`,
	opensElsewhere: '(opens in the browser)'
};

export default en;
