/**
 * Labels for every controlled vocabulary of the domain and for entity and field
 * names. Typed against the domain's lists, so adding a value without a label
 * in every language fails the type check.
 */
import type { LANGUAGES, REPRESENTATION, TARGET_GROUPS, THEMES } from '$lib/domain/fields';
import type {
	ACTION_STATUSES,
	ATTENDANCE,
	BODY_KINDS,
	BODY_LEVELS,
	BODY_STATUSES,
	CONTRIBUTION_KINDS,
	DELIVERY_MODES,
	EntityName,
	FAMILY_CENTRE_STATUSES,
	GOAL_STATUSES,
	KNOWLEDGE_KINDS,
	MEETING_KINDS,
	MEMBERSHIP_ROLES,
	POINT_KINDS,
	RESPONSIBILITIES,
	ROUND_STATUSES,
	SERVICE_KINDS,
	SERVICE_STATUSES,
	WEEKDAYS
} from '$lib/domain/entities';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export interface VocabMessages {
	entity: Record<EntityName, string>;
	entityOne: Record<EntityName, string>;
	/** Sectors plus 'families' (representation categories). */
	representation: Labels<typeof REPRESENTATION>;
	targetGroup: Labels<typeof TARGET_GROUPS>;
	theme: Labels<typeof THEMES>;
	language: Labels<typeof LANGUAGES>;
	serviceKind: Labels<typeof SERVICE_KINDS>;
	serviceStatus: Labels<typeof SERVICE_STATUSES>;
	deliveryMode: Labels<typeof DELIVERY_MODES>;
	weekday: Labels<typeof WEEKDAYS>;
	familyCentreStatus: Labels<typeof FAMILY_CENTRE_STATUSES>;
	responsibility: Labels<typeof RESPONSIBILITIES>;
	bodyLevel: Labels<typeof BODY_LEVELS>;
	bodyKind: Labels<typeof BODY_KINDS>;
	bodyStatus: Labels<typeof BODY_STATUSES>;
	role: Labels<typeof MEMBERSHIP_ROLES>;
	meetingKind: Labels<typeof MEETING_KINDS>;
	attendance: Labels<typeof ATTENDANCE>;
	roundStatus: Labels<typeof ROUND_STATUSES>;
	pointKind: Labels<typeof POINT_KINDS>;
	goalStatus: Labels<typeof GOAL_STATUSES>;
	actionStatus: Labels<typeof ACTION_STATUSES>;
	contributionKind: Labels<typeof CONTRIBUTION_KINDS>;
	knowledgeKind: Labels<typeof KNOWLEDGE_KINDS>;
	/** Field names as shown in forms and error messages; unknown fields fall back to the key. */
	field: Record<string, string>;
}

const fi: VocabMessages = {
	entity: {
		regions: 'Alueet',
		municipalities: 'Kunnat',
		familyCentres: 'Perhekeskukset',
		organisations: 'Organisaatiot',
		persons: 'Henkilöt',
		services: 'Palvelut ja toiminnot',
		bodies: 'Ryhmät ja verkostot',
		memberships: 'Jäsenyydet',
		meetings: 'Kokoukset ja tapahtumat',
		assessmentThemes: 'Arviointiteemat',
		assessmentRounds: 'Arviointikierrokset',
		discussions: 'Ryhmäkeskustelut',
		goals: 'Tavoitteet',
		actions: 'Toimenpiteet',
		resourceContributions: 'Resurssipanokset',
		knowledgeSources: 'Tietolähteet'
	},
	entityOne: {
		regions: 'Alue',
		municipalities: 'Kunta',
		familyCentres: 'Perhekeskus',
		organisations: 'Organisaatio',
		persons: 'Henkilö',
		services: 'Palvelu',
		bodies: 'Ryhmä',
		memberships: 'Jäsenyys',
		meetings: 'Kokous',
		assessmentThemes: 'Arviointiteema',
		assessmentRounds: 'Arviointikierros',
		discussions: 'Ryhmäkeskustelu',
		goals: 'Tavoite',
		actions: 'Toimenpide',
		resourceContributions: 'Resurssipanos',
		knowledgeSources: 'Tietolähde'
	},
	representation: {
		municipality: 'Kunta',
		wellbeing_county: 'Hyvinvointialue',
		ngo: 'Järjestö',
		parish: 'Seurakunta',
		religious_community: 'Muu uskonnollinen yhteisö',
		kela: 'Kela',
		public_other: 'Muu julkinen toimija',
		company: 'Yritys',
		other: 'Muu',
		families: 'Perheet'
	},
	targetGroup: {
		expecting: 'Vauvaa odottavat',
		infants: 'Vauvaperheet',
		small_children: 'Pikkulapsiperheet',
		school_children: 'Kouluikäiset',
		young_people: 'Nuoret',
		parents: 'Vanhemmat',
		couples: 'Pariskunnat',
		divorcing_families: 'Eroperheet',
		single_parents: 'Yhden vanhemman perheet',
		blended_families: 'Uusperheet',
		multicultural_families: 'Monikulttuuriset perheet',
		families_with_disabled_child: 'Erityislasten perheet',
		professionals: 'Ammattilaiset',
		all_families: 'Kaikki perheet'
	},
	theme: {
		parenting: 'Vanhemmuus',
		couple_relationship: 'Parisuhde',
		divorce: 'Ero',
		violence: 'Väkivalta',
		mental_health: 'Mielenterveys',
		substance_abuse: 'Päihteet',
		neuropsychiatric: 'Nepsy',
		infant_wellbeing: 'Vauvatyö',
		early_education: 'Varhaiskasvatus',
		schooling: 'Koulunkäynti',
		leisure: 'Vapaa-aika',
		peer_support: 'Vertaistuki',
		financial_support: 'Toimeentulo',
		housing: 'Asuminen',
		integration: 'Kotoutuminen',
		disability: 'Vammaisuus',
		health: 'Terveys',
		crisis_support: 'Kriisituki'
	},
	language: {
		fi: 'suomi',
		sv: 'ruotsi',
		en: 'englanti',
		se: 'saame',
		ru: 'venäjä',
		et: 'viro',
		ar: 'arabia',
		so: 'somali',
		fa: 'persia',
		uk: 'ukraina',
		sgn: 'viittomakieli'
	},
	serviceKind: {
		professional: 'Ammatillinen palvelu',
		volunteer: 'Vapaaehtoistoiminta',
		peer_group: 'Vertaisryhmä',
		meeting_place: 'Kohtaamispaikka',
		event_series: 'Tapahtumasarja',
		counselling: 'Neuvonta',
		other: 'Muu'
	},
	serviceStatus: { active: 'Toiminnassa', inactive: 'Tauolla', ended: 'Päättynyt' },
	deliveryMode: {
		in_person: 'Paikan päällä',
		online: 'Verkossa',
		hybrid: 'Hybridi',
		phone: 'Puhelimessa'
	},
	weekday: { MO: 'ma', TU: 'ti', WE: 'ke', TH: 'to', FR: 'pe', SA: 'la', SU: 'su' },
	familyCentreStatus: { operating: 'Toiminnassa', in_development: 'Kehitteillä' },
	responsibility: {
		ngo_agent: 'Järjestöagentti',
		ngo_liaison: 'Kunnan järjestöyhdyshenkilö',
		family_centre_liaison: 'Perhekeskusyhdyshenkilö',
		family_centre_coordinator: 'Perhekeskuskoordinaattori',
		service_manager: 'Palvelupäällikkö',
		network_chair: 'Verkoston puheenjohtaja',
		expert: 'Asiantuntija',
		family_representative: 'Perheiden edustaja',
		other: 'Muu'
	},
	bodyLevel: {
		local: 'Paikallinen',
		regional: 'Alueellinen',
		provincial: 'Maakunnallinen',
		national: 'Valtakunnallinen'
	},
	bodyKind: {
		steering_group: 'Ohjausryhmä',
		coordination_group: 'Koordinaatioryhmä',
		expert_network: 'Asiantuntijaverkosto',
		working_group: 'Työryhmä',
		ngo_network: 'Järjestöverkosto',
		other: 'Muu ryhmä'
	},
	bodyStatus: { active: 'Toiminnassa', ended: 'Lakannut' },
	role: {
		chair: 'Puheenjohtaja',
		vice_chair: 'Varapuheenjohtaja',
		secretary: 'Sihteeri',
		member: 'Jäsen',
		deputy: 'Varajäsen'
	},
	meetingKind: {
		meeting: 'Kokous',
		workshop: 'Työpaja',
		ngo_fair: 'Järjestötori',
		seminar: 'Seminaari',
		training: 'Koulutus',
		other: 'Muu tapahtuma'
	},
	attendance: { unknown: 'Ei merkitty', present: 'Paikalla', absent: 'Poissa' },
	roundStatus: {
		planning: 'Suunnittelu',
		discussions: 'Ryhmäkeskustelut',
		workshop: 'Työpaja',
		follow_up: 'Seuranta',
		closed: 'Päättynyt'
	},
	pointKind: { strength: 'Vahvuus', need: 'Kehittämistarve', idea: 'Idea' },
	goalStatus: { active: 'Työn alla', achieved: 'Saavutettu', dropped: 'Luovuttu' },
	actionStatus: { open: 'Avoin', in_progress: 'Käynnissä', done: 'Valmis', cancelled: 'Peruttu' },
	contributionKind: {
		staff_time: 'Työaika',
		premises: 'Tilat',
		supplies: 'Tarvikkeet',
		materials: 'Materiaalit',
		funding: 'Rahoitus',
		other: 'Muu'
	},
	knowledgeKind: {
		survey: 'Kysely',
		barometer: 'Barometri',
		client_feedback: 'Asiakaspalaute',
		expert_network: 'Asiantuntijaverkosto',
		statistics: 'Tilasto',
		report: 'Raportti',
		other: 'Muu'
	},
	field: {
		name: 'nimi',
		title: 'otsikko',
		alternateName: 'muu nimi',
		sector: 'sektori',
		businessId: 'Y-tunnus',
		municipalityIds: 'kunnat',
		familyCentreIds: 'perhekeskukset',
		website: 'verkkosivu',
		url: 'linkki',
		email: 'sähköposti',
		phone: 'puhelin',
		description: 'kuvaus',
		code: 'kuntanumero',
		organisationId: 'organisaatio',
		kind: 'laji',
		status: 'tila',
		targetGroups: 'kohderyhmät',
		themes: 'teemat',
		minAge: 'alaikäraja',
		maxAge: 'yläikäraja',
		languages: 'kielet',
		address: 'osoite',
		postalCode: 'postinumero',
		referral: 'miten pääsee mukaan',
		jobDescription: 'tehtävänkuvaus',
		start: 'alkaa',
		end: 'päättyy',
		termStart: 'kausi alkaa',
		termEnd: 'kausi päättyy',
		dueDate: 'määräpäivä',
		id: 'tunniste',
		version: 'versio',
		createdAt: 'luotu',
		updatedAt: 'muokattu',
		deletedAt: 'poistettu',
		familyCentreId: 'perhekeskus',
		regionId: 'alue',
		parentBodyId: 'kuuluu ryhmään',
		personId: 'henkilö',
		deputyForId: 'varajäsen jäsenelle',
		goals: 'tavoitteet',
		tasks: 'tehtävät',
		meetingsPerYear: 'kokouksia vuodessa',
		requiredRepresentation: 'vaadittu edustus',
		representsText: 'edustettava taho',
		responsibilities: 'vastuut'
	}
};

const sv: VocabMessages = {
	entity: {
		regions: 'Områden',
		municipalities: 'Kommuner',
		familyCentres: 'Familjecentraler',
		organisations: 'Organisationer',
		persons: 'Personer',
		services: 'Tjänster och verksamheter',
		bodies: 'Grupper och nätverk',
		memberships: 'Medlemskap',
		meetings: 'Möten och evenemang',
		assessmentThemes: 'Utvärderingsteman',
		assessmentRounds: 'Utvärderingsomgångar',
		discussions: 'Gruppdiskussioner',
		goals: 'Mål',
		actions: 'Åtgärder',
		resourceContributions: 'Resursinsatser',
		knowledgeSources: 'Kunskapskällor'
	},
	entityOne: {
		regions: 'Område',
		municipalities: 'Kommun',
		familyCentres: 'Familjecentral',
		organisations: 'Organisation',
		persons: 'Person',
		services: 'Tjänst',
		bodies: 'Grupp',
		memberships: 'Medlemskap',
		meetings: 'Möte',
		assessmentThemes: 'Utvärderingstema',
		assessmentRounds: 'Utvärderingsomgång',
		discussions: 'Gruppdiskussion',
		goals: 'Mål',
		actions: 'Åtgärd',
		resourceContributions: 'Resursinsats',
		knowledgeSources: 'Kunskapskälla'
	},
	representation: {
		municipality: 'Kommun',
		wellbeing_county: 'Välfärdsområde',
		ngo: 'Organisation',
		parish: 'Församling',
		religious_community: 'Annat religiöst samfund',
		kela: 'FPA',
		public_other: 'Annan offentlig aktör',
		company: 'Företag',
		other: 'Annat',
		families: 'Familjer'
	},
	targetGroup: {
		expecting: 'Blivande föräldrar',
		infants: 'Babyfamiljer',
		small_children: 'Småbarnsfamiljer',
		school_children: 'Skolbarn',
		young_people: 'Unga',
		parents: 'Föräldrar',
		couples: 'Par',
		divorcing_families: 'Skilsmässofamiljer',
		single_parents: 'Ensamföräldrar',
		blended_families: 'Ombildade familjer',
		multicultural_families: 'Mångkulturella familjer',
		families_with_disabled_child: 'Familjer med barn med särskilda behov',
		professionals: 'Yrkesverksamma',
		all_families: 'Alla familjer'
	},
	theme: {
		parenting: 'Föräldraskap',
		couple_relationship: 'Parrelation',
		divorce: 'Skilsmässa',
		violence: 'Våld',
		mental_health: 'Psykisk hälsa',
		substance_abuse: 'Missbruk',
		neuropsychiatric: 'Neuropsykiatri',
		infant_wellbeing: 'Babyarbete',
		early_education: 'Småbarnspedagogik',
		schooling: 'Skolgång',
		leisure: 'Fritid',
		peer_support: 'Kamratstöd',
		financial_support: 'Försörjning',
		housing: 'Boende',
		integration: 'Integration',
		disability: 'Funktionsnedsättning',
		health: 'Hälsa',
		crisis_support: 'Krisstöd'
	},
	language: {
		fi: 'finska',
		sv: 'svenska',
		en: 'engelska',
		se: 'samiska',
		ru: 'ryska',
		et: 'estniska',
		ar: 'arabiska',
		so: 'somaliska',
		fa: 'persiska',
		uk: 'ukrainska',
		sgn: 'teckenspråk'
	},
	serviceKind: {
		professional: 'Professionell tjänst',
		volunteer: 'Frivilligverksamhet',
		peer_group: 'Kamratgrupp',
		meeting_place: 'Mötesplats',
		event_series: 'Evenemangsserie',
		counselling: 'Rådgivning',
		other: 'Annat'
	},
	serviceStatus: { active: 'I verksamhet', inactive: 'Paus', ended: 'Avslutad' },
	deliveryMode: { in_person: 'På plats', online: 'Online', hybrid: 'Hybrid', phone: 'Per telefon' },
	weekday: { MO: 'mån', TU: 'tis', WE: 'ons', TH: 'tor', FR: 'fre', SA: 'lör', SU: 'sön' },
	familyCentreStatus: { operating: 'I verksamhet', in_development: 'Under utveckling' },
	responsibility: {
		ngo_agent: 'Organisationsagent',
		ngo_liaison: 'Kommunens kontaktperson för organisationer',
		family_centre_liaison: 'Familjecentralens kontaktperson',
		family_centre_coordinator: 'Familjecentralskoordinator',
		service_manager: 'Servicechef',
		network_chair: 'Nätverkets ordförande',
		expert: 'Sakkunnig',
		family_representative: 'Familjernas representant',
		other: 'Annat'
	},
	bodyLevel: {
		local: 'Lokal',
		regional: 'Regional',
		provincial: 'Landskap',
		national: 'Nationell'
	},
	bodyKind: {
		steering_group: 'Styrgrupp',
		coordination_group: 'Koordinationsgrupp',
		expert_network: 'Expertnätverk',
		working_group: 'Arbetsgrupp',
		ngo_network: 'Organisationsnätverk',
		other: 'Annan grupp'
	},
	bodyStatus: { active: 'I verksamhet', ended: 'Upphört' },
	role: {
		chair: 'Ordförande',
		vice_chair: 'Vice ordförande',
		secretary: 'Sekreterare',
		member: 'Medlem',
		deputy: 'Ersättare'
	},
	meetingKind: {
		meeting: 'Möte',
		workshop: 'Workshop',
		ngo_fair: 'Organisationstorg',
		seminar: 'Seminarium',
		training: 'Utbildning',
		other: 'Annat evenemang'
	},
	attendance: { unknown: 'Ej markerad', present: 'Närvarande', absent: 'Frånvarande' },
	roundStatus: {
		planning: 'Planering',
		discussions: 'Gruppdiskussioner',
		workshop: 'Workshop',
		follow_up: 'Uppföljning',
		closed: 'Avslutad'
	},
	pointKind: { strength: 'Styrka', need: 'Utvecklingsbehov', idea: 'Idé' },
	goalStatus: { active: 'Pågår', achieved: 'Uppnått', dropped: 'Slopat' },
	actionStatus: { open: 'Öppen', in_progress: 'Pågår', done: 'Klar', cancelled: 'Inställd' },
	contributionKind: {
		staff_time: 'Arbetstid',
		premises: 'Lokaler',
		supplies: 'Förnödenheter',
		materials: 'Material',
		funding: 'Finansiering',
		other: 'Annat'
	},
	knowledgeKind: {
		survey: 'Enkät',
		barometer: 'Barometer',
		client_feedback: 'Kundrespons',
		expert_network: 'Expertnätverk',
		statistics: 'Statistik',
		report: 'Rapport',
		other: 'Annat'
	},
	field: {
		name: 'namn',
		title: 'rubrik',
		alternateName: 'annat namn',
		sector: 'sektor',
		businessId: 'FO-nummer',
		municipalityIds: 'kommuner',
		familyCentreIds: 'familjecentraler',
		website: 'webbplats',
		url: 'länk',
		email: 'e-post',
		phone: 'telefon',
		description: 'beskrivning',
		code: 'kommunnummer',
		organisationId: 'organisation',
		kind: 'typ',
		status: 'status',
		targetGroups: 'målgrupper',
		themes: 'teman',
		minAge: 'minimiålder',
		maxAge: 'maximiålder',
		languages: 'språk',
		address: 'adress',
		postalCode: 'postnummer',
		referral: 'hur man kommer med',
		jobDescription: 'arbetsbeskrivning',
		start: 'börjar',
		end: 'slutar',
		termStart: 'perioden börjar',
		termEnd: 'perioden slutar',
		dueDate: 'förfallodag',
		id: 'identifierare',
		version: 'version',
		createdAt: 'skapad',
		updatedAt: 'ändrad',
		deletedAt: 'borttagen',
		familyCentreId: 'familjecentral',
		regionId: 'område',
		parentBodyId: 'hör till gruppen',
		personId: 'person',
		deputyForId: 'ersättare för',
		goals: 'mål',
		tasks: 'uppgifter',
		meetingsPerYear: 'möten per år',
		requiredRepresentation: 'krävd representation',
		representsText: 'representerad part',
		responsibilities: 'ansvar'
	}
};

const en: VocabMessages = {
	entity: {
		regions: 'Regions',
		municipalities: 'Municipalities',
		familyCentres: 'Family centres',
		organisations: 'Organisations',
		persons: 'People',
		services: 'Services and activities',
		bodies: 'Groups and networks',
		memberships: 'Memberships',
		meetings: 'Meetings and events',
		assessmentThemes: 'Assessment themes',
		assessmentRounds: 'Assessment rounds',
		discussions: 'Group discussions',
		goals: 'Goals',
		actions: 'Actions',
		resourceContributions: 'Resource contributions',
		knowledgeSources: 'Knowledge sources'
	},
	entityOne: {
		regions: 'Region',
		municipalities: 'Municipality',
		familyCentres: 'Family centre',
		organisations: 'Organisation',
		persons: 'Person',
		services: 'Service',
		bodies: 'Group',
		memberships: 'Membership',
		meetings: 'Meeting',
		assessmentThemes: 'Assessment theme',
		assessmentRounds: 'Assessment round',
		discussions: 'Group discussion',
		goals: 'Goal',
		actions: 'Action',
		resourceContributions: 'Resource contribution',
		knowledgeSources: 'Knowledge source'
	},
	representation: {
		municipality: 'Municipality',
		wellbeing_county: 'Wellbeing services county',
		ngo: 'NGO',
		parish: 'Parish',
		religious_community: 'Other religious community',
		kela: 'Kela',
		public_other: 'Other public body',
		company: 'Company',
		other: 'Other',
		families: 'Families'
	},
	targetGroup: {
		expecting: 'Expecting parents',
		infants: 'Families with babies',
		small_children: 'Families with small children',
		school_children: 'School-age children',
		young_people: 'Young people',
		parents: 'Parents',
		couples: 'Couples',
		divorcing_families: 'Separating families',
		single_parents: 'Single-parent families',
		blended_families: 'Blended families',
		multicultural_families: 'Multicultural families',
		families_with_disabled_child: 'Families of children with special needs',
		professionals: 'Professionals',
		all_families: 'All families'
	},
	theme: {
		parenting: 'Parenting',
		couple_relationship: 'Couple relationship',
		divorce: 'Divorce',
		violence: 'Violence',
		mental_health: 'Mental health',
		substance_abuse: 'Substance abuse',
		neuropsychiatric: 'Neuropsychiatric support',
		infant_wellbeing: 'Infant work',
		early_education: 'Early education',
		schooling: 'Schooling',
		leisure: 'Leisure',
		peer_support: 'Peer support',
		financial_support: 'Financial support',
		housing: 'Housing',
		integration: 'Integration',
		disability: 'Disability',
		health: 'Health',
		crisis_support: 'Crisis support'
	},
	language: {
		fi: 'Finnish',
		sv: 'Swedish',
		en: 'English',
		se: 'Sámi',
		ru: 'Russian',
		et: 'Estonian',
		ar: 'Arabic',
		so: 'Somali',
		fa: 'Persian',
		uk: 'Ukrainian',
		sgn: 'Sign language'
	},
	serviceKind: {
		professional: 'Professional service',
		volunteer: 'Volunteer activity',
		peer_group: 'Peer group',
		meeting_place: 'Meeting place',
		event_series: 'Event series',
		counselling: 'Counselling',
		other: 'Other'
	},
	serviceStatus: { active: 'Active', inactive: 'On a break', ended: 'Ended' },
	deliveryMode: { in_person: 'In person', online: 'Online', hybrid: 'Hybrid', phone: 'By phone' },
	weekday: { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' },
	familyCentreStatus: { operating: 'Operating', in_development: 'In development' },
	responsibility: {
		ngo_agent: 'NGO agent',
		ngo_liaison: 'Municipal NGO liaison',
		family_centre_liaison: 'Family-centre liaison',
		family_centre_coordinator: 'Family-centre coordinator',
		service_manager: 'Service manager',
		network_chair: 'Network chair',
		expert: 'Expert',
		family_representative: "Families' representative",
		other: 'Other'
	},
	bodyLevel: {
		local: 'Local',
		regional: 'Regional',
		provincial: 'Provincial',
		national: 'National'
	},
	bodyKind: {
		steering_group: 'Steering group',
		coordination_group: 'Coordination group',
		expert_network: 'Expert network',
		working_group: 'Working group',
		ngo_network: 'NGO network',
		other: 'Other group'
	},
	bodyStatus: { active: 'Active', ended: 'Ended' },
	role: {
		chair: 'Chair',
		vice_chair: 'Vice chair',
		secretary: 'Secretary',
		member: 'Member',
		deputy: 'Deputy'
	},
	meetingKind: {
		meeting: 'Meeting',
		workshop: 'Workshop',
		ngo_fair: 'NGO fair',
		seminar: 'Seminar',
		training: 'Training',
		other: 'Other event'
	},
	attendance: { unknown: 'Not marked', present: 'Present', absent: 'Absent' },
	roundStatus: {
		planning: 'Planning',
		discussions: 'Group discussions',
		workshop: 'Workshop',
		follow_up: 'Follow-up',
		closed: 'Closed'
	},
	pointKind: { strength: 'Strength', need: 'Development need', idea: 'Idea' },
	goalStatus: { active: 'In progress', achieved: 'Achieved', dropped: 'Dropped' },
	actionStatus: { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
	contributionKind: {
		staff_time: 'Staff time',
		premises: 'Premises',
		supplies: 'Supplies',
		materials: 'Materials',
		funding: 'Funding',
		other: 'Other'
	},
	knowledgeKind: {
		survey: 'Survey',
		barometer: 'Barometer',
		client_feedback: 'Client feedback',
		expert_network: 'Expert network',
		statistics: 'Statistics',
		report: 'Report',
		other: 'Other'
	},
	field: {
		name: 'name',
		title: 'title',
		alternateName: 'other name',
		sector: 'sector',
		businessId: 'business ID',
		municipalityIds: 'municipalities',
		familyCentreIds: 'family centres',
		website: 'website',
		url: 'link',
		email: 'e-mail',
		phone: 'phone',
		description: 'description',
		code: 'municipality code',
		organisationId: 'organisation',
		kind: 'kind',
		status: 'status',
		targetGroups: 'target groups',
		themes: 'themes',
		minAge: 'minimum age',
		maxAge: 'maximum age',
		languages: 'languages',
		address: 'address',
		postalCode: 'postal code',
		referral: 'how to get there',
		jobDescription: 'job description',
		start: 'starts',
		end: 'ends',
		termStart: 'term starts',
		termEnd: 'term ends',
		dueDate: 'due date',
		id: 'identifier',
		version: 'version',
		createdAt: 'created',
		updatedAt: 'modified',
		deletedAt: 'deleted',
		familyCentreId: 'family centre',
		regionId: 'region',
		parentBodyId: 'part of',
		personId: 'person',
		deputyForId: 'deputy for',
		goals: 'goals',
		tasks: 'tasks',
		meetingsPerYear: 'meetings a year',
		requiredRepresentation: 'required representation',
		representsText: 'represented party',
		responsibilities: 'responsibilities'
	}
};

export default { fi, sv, en };
