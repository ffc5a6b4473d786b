/**
 * In-kind contributions (the family centre has no funding of its own: each
 * organisation brings staff, premises or supplies) and the knowledge sources
 * the seeds list for leadership.
 */
import type { KnowledgeSource, ResourceContribution } from '$lib/domain/entities';
import { demoBase } from './ids';

interface Ctx {
	orgId: (k: string) => string;
	fcId: (k: string) => string;
	bodyId: (k: string) => string;
}

export function buildResources({ orgId, fcId, bodyId }: Ctx): {
	contributions: ResourceContribution[];
	knowledgeSources: KnowledgeSource[];
} {
	const c = (
		key: string,
		org: string,
		kind: ResourceContribution['kind'],
		description: string,
		extra: Partial<ResourceContribution> = {}
	): ResourceContribution => ({
		...demoBase(`contribution:${key}`),
		organisationId: orgId(org),
		kind,
		description,
		year: 2026,
		...extra
	});
	const contributions = [
		c(
			'pirha-coord',
			'pirha',
			'staff_time',
			'Perhekeskuskoordinaattorin työaika maakunnalliseen koordinaatioon',
			{
				amount: '100 %',
				bodyId: bodyId('provincial')
			}
		),
		c(
			'pirha-sm',
			'pirha',
			'staff_time',
			'Varhaisen tuen palvelupäälliköiden työaika alueellisiin koordinaatioryhmiin',
			{
				amount: '3 × 20 %'
			}
		),
		c(
			'artteli-agents',
			'artteli',
			'staff_time',
			'Järjestöagenttien työaika paikallisiin ohjausryhmiin',
			{
				amount: '4 × 30 %'
			}
		),
		c('parish-536', 'parish-536', 'premises', 'Seurakuntakeskuksen sali perhekahvilalle', {
			amount: 'torstaisin klo 9–12',
			familyCentreId: fcId('536')
		}),
		c('muni-536', 'muni-536', 'premises', 'Kaupungintalon kokoustila ohjausryhmälle', {
			familyCentreId: fcId('536')
		}),
		c('mll-hame', 'mll-hame', 'materials', 'Perhekahviloiden vapaaehtoisten koulutusmateriaalit', {
			amount: '6 koulutusta / vuosi'
		}),
		c(
			'kela',
			'kela',
			'staff_time',
			'Kelan perhekeskusyhteyshenkilön osallistuminen koordinaatioryhmiin',
			{
				amount: '10 %'
			}
		),
		c(
			'setlementti',
			'setlementti',
			'premises',
			'Monikulttuurisen perhekahvilan tilat ja tarvikkeet',
			{
				familyCentreId: fcId('837-south')
			}
		),
		c('lskl', 'lskl', 'other', 'Yhteiskehittämisen työkalu ja fasilitointi työpajaan', {
			year: 2024
		})
	];
	const k = (
		key: string,
		name: string,
		kind: KnowledgeSource['kind'],
		description: string,
		extra: Partial<KnowledgeSource> = {}
	): KnowledgeSource => ({ ...demoBase(`knowledge:${key}`), name, kind, description, ...extra });
	const knowledgeSources = [
		k(
			'kouluterveyskysely',
			'Kouluterveyskysely',
			'survey',
			'THL:n kysely lasten ja nuorten hyvinvoinnista.',
			{
				url: 'https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/kouluterveyskysely',
				updateFrequency: 'joka toinen vuosi'
			}
		),
		k(
			'lapsibarometri',
			'Lapsibarometri',
			'barometer',
			'Lapsiasiavaltuutetun kysely lasten omista kokemuksista.',
			{
				updateFrequency: 'vuosittain'
			}
		),
		k(
			'pirha-tietopaketti',
			'Pirhan maakunnallinen tietopaketti',
			'report',
			'Hyvinvointialueen koottu tieto lapsiperheiden palveluista.',
			{
				ownerOrganisationId: orgId('pirha'),
				updateFrequency: 'vuosittain'
			}
		),
		k(
			'kela-tietopaketti',
			'Kelan hyvinvointialueiden tietopaketti',
			'statistics',
			'Kelan etuus- ja kuntoutustilastot hyvinvointialueittain.',
			{
				ownerOrganisationId: orgId('kela')
			}
		),
		k(
			'hyvinvointikertomukset',
			'Kuntien hyvinvointikertomukset ja hyte-kerroin',
			'report',
			'Kuntien laaja hyvinvointikertomus valtuustokausittain.',
			{
				updateFrequency: 'valtuustokausittain'
			}
		),
		k(
			'palaute',
			'Palautekyselyt, asiakasraadit ja kokemusasiantuntijat',
			'client_feedback',
			'Perheiden palaute palveluista ja kohtaamispaikoista.',
			{
				ownerOrganisationId: orgId('pirha')
			}
		),
		k(
			'asiantuntijaverkostot',
			'Teemakohtaiset asiantuntijaverkostot',
			'expert_network',
			'Verkostojen tuottama tieto asiakastyön ja johtamisen tueksi.'
		),
		k('nakyma', 'Näkymä-työkalu', 'other', 'Tulossa, jo käytössä osassa Pirkanmaata.')
	];
	return { contributions, knowledgeSources };
}
