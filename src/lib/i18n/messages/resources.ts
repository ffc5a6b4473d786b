/** Messages of the resources section: in-kind contributions and knowledge sources. */
const fi = {
	title: 'Resurssit ja tietolähteet',
	intro:
		'Perhekeskuksella ei ole erillisrahoitusta: jokainen organisaatio tuo yhteiseen toimintaan työaikaa, tiloja tai tarvikkeita. Tänne kirjataan, kuka tuo mitä, ja mistä tietoa johtamisen tueksi saadaan.',
	contributions: 'Resurssipanokset',
	knowledge: 'Tietolähteet',
	addContribution: 'Lisää resurssipanos',
	addKnowledge: 'Lisää tietolähde',
	newContribution: 'Uusi resurssipanos',
	editContribution: 'Muokkaa resurssipanosta',
	newKnowledge: 'Uusi tietolähde',
	editKnowledge: 'Muokkaa tietolähdettä',
	organisation: 'Organisaatio',
	kind: 'Laji',
	description: 'Kuvaus',
	amount: 'Määrä',
	amountHint: 'Omin sanoin, esim. «4 h / kk» tai «sali torstaisin».',
	year: 'Vuosi',
	familyCentre: 'Perhekeskus',
	body: 'Ryhmä',
	any: 'Kaikki',
	none: 'Ei valittu',
	name: 'Nimi',
	owner: 'Ylläpitäjä',
	url: 'Verkko-osoite',
	updateFrequency: 'Päivittyy',
	lastUpdated: 'Päivitetty viimeksi',
	summaryBySector: 'Panokset sektoreittain',
	summaryCaption: 'Resurssipanosten määrä sektorin ja lajin mukaan',
	sector: 'Sektori',
	total: 'Yhteensä',
	filterKind: 'Näytä laji',
	filterSector: 'Näytä sektori',
	noContributions: 'Ei resurssipanoksia valituilla ehdoilla.',
	noKnowledge: 'Ei vielä tietolähteitä.',
	saved: 'Tallennettu.',
	contributionWhat: (org: string) => `organisaation ${org} resurssipanos`,
	knowledgeWhat: (name: string) => `tietolähde «${name}»`,
	opensElsewhere: '(avautuu selaimeen)'
};
export type ResourcesMessages = typeof fi;

export default fi;
