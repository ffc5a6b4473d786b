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
	/** Where a field means something else in one entity (a person's title is a job title). */
	fieldOf: Partial<Record<EntityName, Record<string, string>>>;
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
		responsibilities: 'vastuut',
		nameSv: 'nimi ruotsiksi',
		county: 'hyvinvointialue',
		contactPersonIds: 'yhteyshenkilöt',
		department: 'yksikkö',
		fictional: 'kuvitteellinen',
		deliveryMode: 'toimintatapa',
		street: 'katuosoite',
		city: 'postitoimipaikka',
		schedules: 'säännölliset ajat',
		freq: 'toistuu',
		byDay: 'viikonpäivät',
		opensAt: 'alkaa klo',
		closesAt: 'päättyy klo',
		scheduleNote: 'aikojen lisätiedot',
		free: 'maksuton',
		feeDescription: 'hinnan kuvaus',
		level: 'taso',
		coordinatorPersonId: 'koordinaattori',
		bodyId: 'ryhmä',
		role: 'rooli',
		representsOrganisationId: 'edustaa organisaatiota',
		representsCategory: 'edustuspaikka',
		place: 'paikka',
		agenda: 'asialista',
		notes: 'muistiinpanot',
		participants: 'osallistujat',
		attendance: 'läsnäolo',
		walkIn: 'lisätty paikalla',
		inputGathered: 'koonnut näkemykset ennen',
		reportedBack: 'raportoinut jälkeen',
		decisions: 'päätökset',
		text: 'teksti',
		agendaItemId: 'asialistan kohta',
		followUps: 'jatkotoimet',
		ownerPersonId: 'vastuuhenkilö',
		done: 'tehty',
		number: 'numero',
		fi: 'suomeksi',
		sv: 'ruotsiksi',
		en: 'englanniksi',
		guidingQuestions: 'apukysymykset',
		ratingScale: 'arviointiasteikko',
		value: 'arvo',
		label: 'selite',
		area: 'arvioitava alue',
		regionIds: 'alueet',
		periodStart: 'kausi alkaa',
		periodEnd: 'kausi päättyy',
		focusThemeIds: 'painopisteteemat',
		sharedQuestions: 'yhteiset kysymykset',
		invitedBodyIds: 'kutsutut ryhmät',
		workshopMeetingId: 'työpaja',
		previousRoundId: 'edellinen kierros',
		roundId: 'arviointikierros',
		themeId: 'teema',
		date: 'päivämäärä',
		points: 'havainnot',
		cluster: 'ryhmittely',
		important: 'tärkeä',
		rating: 'arvio',
		participantSectors: 'osallistujien sektorit',
		participantCount: 'osallistujia',
		submitted: 'valmis',
		sourcePointIds: 'pohjana olevat havainnot',
		goalId: 'tavoite',
		responsibleOrganisationId: 'vastuuorganisaatio',
		responsibleBodyId: 'vastuuryhmä',
		responsiblePersonId: 'vastuuhenkilö',
		completedAt: 'valmistunut',
		amount: 'määrä',
		year: 'vuosi',
		ownerOrganisationId: 'ylläpitäjä',
		updateFrequency: 'päivitysväli',
		lastUpdated: 'päivitetty viimeksi'
	},
	fieldOf: {
		persons: { title: 'tehtävänimike' }
	}
};

export default fi;
