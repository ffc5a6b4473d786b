/**
 * Which column of a spreadsheet holds which field of Verkosto's records, and
 * the suggestions made from the header names (Finnish, Swedish, English, and
 * the headers Verkosto's own CSV exports write), so that a typical contact
 * list or an exported directory maps without the user touching anything.
 * Pure: no Dexie, no DOM.
 */
import { z } from 'zod';
import { SECTORS, type Sector } from '$lib/domain/fields';
import { headerRowByShape } from './header';

export const FIELD_KEYS = [
	'organisation.id',
	'organisation.name',
	'organisation.alternateName',
	'organisation.businessId',
	'organisation.sector',
	'organisation.municipalities',
	'organisation.website',
	'organisation.email',
	'organisation.phone',
	'organisation.description',
	'person.id',
	'person.name',
	'person.title',
	'person.jobDescription',
	'person.department',
	'person.email',
	'person.phone',
	'service.id',
	'service.name',
	'service.kind',
	'service.status',
	'service.municipalities',
	'service.description',
	'service.website',
	'service.email',
	'service.phone',
	'service.referral',
	'membership.body',
	'membership.role'
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
export type Part = 'organisation' | 'person' | 'service' | 'membership';
export const partOf = (f: FieldKey): Part => f.slice(0, f.indexOf('.')) as Part;
export const fieldOf = (f: FieldKey): string => f.slice(f.indexOf('.') + 1);

/** A column's field, or '' for a column left out. */
export type ColumnField = FieldKey | '';

export interface Mapping {
	/** One entry per column, left to right. */
	columns: ColumnField[];
	/** The sector of organisations the file creates when it has no sector column. */
	defaultSector: Sector;
}

/**
 * Text folded for comparing names typed by different people: case, accents
 * (ä → a, ö → o, å → a), spaces and punctuation do not count.
 */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Like fold, but keeps single spaces between words (for names compared as names). */
export function foldName(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Header words by meaning. A meaning that depends on the sheet (a phone number
 * is the person's in a contact list, the organisation's in a list of
 * organisations) is settled by `suggestMapping`.
 */
type Meaning =
	| 'personName'
	| 'orgName'
	| 'serviceName'
	| 'name'
	| 'alternateName'
	| 'businessId'
	| 'sector'
	| 'municipalities'
	| 'website'
	| 'email'
	| 'phone'
	| 'description'
	| 'title'
	| 'jobDescription'
	| 'department'
	| 'kind'
	| 'status'
	| 'referral'
	| 'body'
	| 'role'
	| 'id';

const WORDS: Record<Meaning, string[]> = {
	name: ['nimi', 'namn', 'name', 'koko nimi', 'fullständigt namn', 'full name'],
	personName: [
		'henkilö',
		'henkilön nimi',
		'yhteyshenkilö',
		'yhteyshenkilön nimi',
		'jäsen',
		'person',
		'personens namn',
		'kontaktperson',
		'contact',
		'contact person',
		'member'
	],
	orgName: [
		'organisaatio',
		'organisaation nimi',
		'yhdistys',
		'yhdistyksen nimi',
		'järjestö',
		'järjestön nimi',
		'yritys',
		'työnantaja',
		'toimija',
		'taustaorganisaatio',
		'organisation',
		'organisationens namn',
		'förening',
		'organisation name',
		'organization',
		'organization name',
		'association',
		'employer'
	],
	serviceName: [
		'palvelu',
		'palvelun nimi',
		'toiminta',
		'tjänst',
		'verksamhet',
		'service',
		'activity'
	],
	alternateName: [
		'muu nimi',
		'lyhenne',
		'ruotsinkielinen nimi',
		'annat namn',
		'förkortning',
		'alternate name',
		'abbreviation'
	],
	businessId: [
		'y-tunnus',
		'ytunnus',
		'yritystunnus',
		'fo-nummer',
		'fo nummer',
		'business id',
		'businessid',
		'business code'
	],
	sector: ['sektori', 'sektor', 'sector', 'toimiala'],
	municipalities: [
		'kunta',
		'kunnat',
		'kotikunta',
		'paikkakunta',
		'toimintakunnat',
		'toiminta-alue',
		'kommun',
		'kommuner',
		'municipality',
		'municipalities',
		'city'
	],
	website: [
		'verkkosivu',
		'verkkosivut',
		'kotisivu',
		'kotisivut',
		'www',
		'url',
		'webbplats',
		'hemsida',
		'website',
		'web',
		'homepage'
	],
	email: [
		'sähköposti',
		'sähköpostiosoite',
		's-posti',
		'sposti',
		'email',
		'e-mail',
		'e-post',
		'mail',
		'email address'
	],
	phone: [
		'puhelin',
		'puh',
		'puhelinnumero',
		'matkapuhelin',
		'gsm',
		'telefon',
		'telefonnummer',
		'mobil',
		'phone',
		'telephone',
		'tel',
		'mobile',
		'phone number'
	],
	description: ['kuvaus', 'lisätiedot', 'beskrivning', 'description'],
	title: [
		'tehtävänimike',
		'nimike',
		'titteli',
		'ammattinimike',
		'asema',
		'titel',
		'yrkestitel',
		'befattning',
		'title',
		'job title',
		'position'
	],
	jobDescription: [
		'tehtävänkuvaus',
		'tehtävät',
		'vastuualue',
		'arbetsbeskrivning',
		'arbetsuppgifter',
		'job description',
		'responsibilities'
	],
	department: ['yksikkö', 'osasto', 'avdelning', 'enhet', 'department', 'unit'],
	kind: ['palvelun laji', 'laji', 'typ av tjänst', 'kind of service', 'kind'],
	status: ['tila', 'status'],
	referral: [
		'miten pääsee mukaan',
		'hur man kommer med',
		'how to get there or be referred',
		'ohjautuminen',
		'referral'
	],
	body: [
		'ryhmä',
		'työryhmä',
		'toimielin',
		'grupp',
		'arbetsgrupp',
		'organ',
		'group',
		'body',
		'working group'
	],
	role: ['rooli', 'roll', 'role', 'jäsenyys'],
	id: ['id', 'tunniste', 'verkosto-id', 'verkosto id', 'uuid']
};

const BY_WORD = new Map<string, Meaning>();
for (const [meaning, words] of Object.entries(WORDS) as [Meaning, string[]][])
	for (const w of words) BY_WORD.set(fold(w), meaning);

/** What a header means, if it is a known one. */
export function headerMeaning(header: string): Meaning | undefined {
	const f = fold(header);
	return f ? BY_WORD.get(f) : undefined;
}

/**
 * The suggested field of each column. The sheet's other headers settle what a
 * bare "Nimi" or "Puhelin" is: a contact list's rows are people, a list
 * without people is organisations (or services, when it names services).
 */
export function suggestMapping(headers: readonly string[]): ColumnField[] {
	const meanings = headers.map(headerMeaning);
	const has = (m: Meaning) => meanings.includes(m);
	const people =
		has('personName') ||
		has('title') ||
		has('jobDescription') ||
		has('department') ||
		has('body') ||
		(has('name') && has('orgName'));
	const services = has('serviceName') || has('kind') || has('referral');
	const main: Part = people ? 'person' : services ? 'service' : 'organisation';
	const taken = new Set<FieldKey>();
	const out = meanings.map((m): ColumnField => {
		const f = m && fieldFor(m, main, people, services);
		if (!f || taken.has(f)) return '';
		taken.add(f);
		return f;
	});
	return out;
}

function fieldFor(m: Meaning, main: Part, people: boolean, services: boolean): FieldKey {
	const contactOf = (field: 'email' | 'phone' | 'website'): FieldKey =>
		field === 'website'
			? main === 'service'
				? 'service.website'
				: 'organisation.website'
			: (`${main === 'membership' ? 'person' : main}.${field}` as FieldKey);
	switch (m) {
		case 'personName':
			return 'person.name';
		case 'name':
			return people ? 'person.name' : services ? 'service.name' : 'organisation.name';
		case 'orgName':
			return 'organisation.name';
		case 'serviceName':
			return 'service.name';
		case 'alternateName':
			return 'organisation.alternateName';
		case 'businessId':
			return 'organisation.businessId';
		case 'sector':
			return 'organisation.sector';
		case 'municipalities':
			return main === 'service' ? 'service.municipalities' : 'organisation.municipalities';
		case 'website':
		case 'email':
		case 'phone':
			return contactOf(m);
		case 'description':
			return main === 'service' ? 'service.description' : 'organisation.description';
		case 'title':
			return 'person.title';
		case 'jobDescription':
			return 'person.jobDescription';
		case 'department':
			return 'person.department';
		case 'kind':
			return 'service.kind';
		case 'status':
			return 'service.status';
		case 'referral':
			return 'service.referral';
		case 'body':
			return 'membership.body';
		case 'role':
			return 'membership.role';
		case 'id':
			return `${main}.id` as FieldKey;
	}
}

/** How many rows from the top may hold the header. */
export const HEADER_SEARCH = 30;

/**
 * The header row (0-based): among the first rows, the one whose cells name the
 * most different known columns; without any, the row that looks like a header by its
 * shape (header.ts).
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
	let best = -1;
	let bestScore = 0;
	const limit = Math.min(rows.length, HEADER_SEARCH);
	for (let i = 0; i < limit; i++) {
		// Distinct meanings: a header does not repeat itself ("Nimi, Nimi" is data).
		const score = new Set(rows[i].map(headerMeaning).filter(Boolean)).size;
		if (score > bestScore) {
			best = i;
			bestScore = score;
		}
	}
	return best >= 0 ? best : headerRowByShape(rows);
}

/** A header row's texts, one per column of the sheet (a short row padded with ''). */
export const headersOf = (
	head: readonly (readonly string[])[],
	headerRow: number,
	columns: number
): string[] => Array.from({ length: columns }, (_, i) => head[headerRow]?.[i] ?? '');

/** The default mapping of a sheet's header row. */
export const defaultMapping = (headers: readonly string[]): Mapping => ({
	columns: suggestMapping(headers),
	defaultSector: 'other'
});

// ------------------------------------------------------------- saved mappings

/** A mapping saved by name: columns by folded header, so column order may differ next time. */
export const savedMappingSchema = z.strictObject({
	name: z.string().trim().min(1).max(100),
	byHeader: z.record(z.string().max(300), z.enum(FIELD_KEYS)),
	defaultSector: z.enum(SECTORS)
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;
export const savedMappingsSchema = z.array(savedMappingSchema).max(100);

export function saveMapping(name: string, headers: readonly string[], m: Mapping): SavedMapping {
	const byHeader: Record<string, FieldKey> = {};
	headers.forEach((h, i) => {
		const f = m.columns[i];
		if (f && fold(h)) byHeader[fold(h)] = f;
	});
	return savedMappingSchema.parse({ name, byHeader, defaultSector: m.defaultSector });
}

/** A saved mapping applied to a sheet's headers; headers it does not know are left out. */
export function applySaved(saved: SavedMapping, headers: readonly string[]): Mapping {
	const taken = new Set<FieldKey>();
	const columns = headers.map((h): ColumnField => {
		const f = Object.hasOwn(saved.byHeader, fold(h)) ? saved.byHeader[fold(h)] : undefined;
		if (!f || taken.has(f)) return '';
		taken.add(f);
		return f;
	});
	return { columns, defaultSector: saved.defaultSector };
}

/** The saved list with `next` added, replacing one of the same name. */
export function withSaved(list: readonly SavedMapping[], next: SavedMapping): SavedMapping[] {
	return [...list.filter((s) => s.name !== next.name), next].sort((a, b) =>
		a.name.localeCompare(b.name, 'fi')
	);
}
