/**
 * Field schemas shared by the entity schemas: bounded text, safe links, dates and
 * the controlled vocabularies the directory filters on. Pure zod, no app imports.
 */
import { z } from 'zod';
import { isValidBusinessId } from './businessId';

export const SHORT = 300;
export const LONG = 10_000;
export const MAX_LIST = 500;

/**
 * A UUID, in lower case: the app writes them so, and a file's "ABC…" must be
 * the same record as "abc…", not a second one beside it.
 */
export const id = z.uuid().toLowerCase();

/**
 * Characters no text here needs, which a file could use to make a name look
 * like another in a preview, a CSV row or a vCard: control characters (NUL …),
 * bidirectional embeddings, overrides, isolates and marks, and invisible
 * zero-width spaces, word joiners and byte-order marks. The zero-width joiner
 * and non-joiner stay: Persian and emoji need them. Removed, not refused (text
 * pasted from a word processor often carries one), so that text stored before
 * this rule stays valid and is cleaned by its next save.
 */
const INVISIBLE = new RegExp(
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	'[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF]',
	'g'
);
/** One line of text: line breaks and tabs become spaces. */
const oneLine = (v: string) => v.replace(/[\t\n\r\u2028\u2029]/g, ' ').replace(INVISIBLE, '');
/** Text with paragraphs: line breaks stay (as \n). */
const paragraphs = (v: string) => v.replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '');

export const shortText = z.string().overwrite(oneLine).trim().max(SHORT);
export const requiredText = z.string().overwrite(oneLine).trim().min(1).max(SHORT);
export const longText = z.string().overwrite(paragraphs).max(LONG);
export const textList = z
	.array(z.string().overwrite(paragraphs).trim().min(1).max(LONG))
	.max(MAX_LIST);
export const idList = z.array(id).max(5_000);

/** Instant with offset, e.g. 2026-11-23T10:00:00.000Z. */
export const timestamp = z.iso.datetime({ offset: true });
/** Calendar date, e.g. 2024-09-25. */
export const isoDate = z.iso.date();
/** Wall-clock time in Finland (Europe/Helsinki), e.g. 2024-09-25T12:00. */
export const localDateTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'localDateTime')
	.refine(
		(v) =>
			isoDate.safeParse(v.slice(0, 10)).success &&
			Number(v.slice(11, 13)) < 24 &&
			Number(v.slice(14, 16)) < 60,
		'localDateTime'
	);
export const clockTime = z.iso.time({ precision: -1 });

/**
 * Only web links: no javascript:, data: or file: URLs from a shared file.
 * An address typed without its scheme ("www.mll.fi") is read as https, as a
 * browser's address bar would.
 */
export const webUrl = z.preprocess(
	(v) =>
		typeof v === 'string' && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#]\S*)?$/u.test(v.trim())
			? `https://${v.trim()}`
			: v,
	z
		.string()
		.trim()
		.max(2_000)
		.refine((v) => {
			try {
				const u = new URL(v);
				return u.protocol === 'https:' || u.protocol === 'http:';
			} catch {
				return false;
			}
		}, 'url')
);
export const email = z.email().max(SHORT);
/** Finnish or international phone number in the usual written forms. */
export const phone = z
	.string()
	.trim()
	.max(40)
	.regex(/^\+?[0-9][0-9 ()-]{4,}$/, 'phone');
export const businessId = z.string().trim().refine(isValidBusinessId, 'businessId');
/** Finnish municipality code (kuntanumero), three digits. */
export const municipalityCode = z.string().regex(/^\d{3}$/, 'municipalityCode');

export const optional = <T extends z.ZodType>(schema: T) => schema.optional();

export const SECTORS = [
	'municipality',
	'wellbeing_county',
	'ngo',
	'parish',
	'religious_community',
	'kela',
	'public_other',
	'company',
	'other'
] as const;
export const sector = z.enum(SECTORS);
export type Sector = z.infer<typeof sector>;

/** Whom a body must have at the table: the sectors plus families themselves. */
export const REPRESENTATION = [...SECTORS, 'families'] as const;
export const representation = z.enum(REPRESENTATION);
export type Representation = z.infer<typeof representation>;

export const TARGET_GROUPS = [
	'expecting',
	'infants',
	'small_children',
	'school_children',
	'young_people',
	'parents',
	'couples',
	'divorcing_families',
	'single_parents',
	'blended_families',
	'multicultural_families',
	'families_with_disabled_child',
	'professionals',
	'all_families'
] as const;
export const targetGroup = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof targetGroup>;

export const THEMES = [
	'parenting',
	'couple_relationship',
	'divorce',
	'violence',
	'mental_health',
	'substance_abuse',
	'neuropsychiatric',
	'infant_wellbeing',
	'early_education',
	'schooling',
	'leisure',
	'peer_support',
	'financial_support',
	'housing',
	'integration',
	'disability',
	'health',
	'crisis_support'
] as const;
export const theme = z.enum(THEMES);
export type Theme = z.infer<typeof theme>;

/** ISO 639-1 codes; Finnish, Swedish, English, Sámi and the largest minority languages. */
export const LANGUAGES = [
	'fi',
	'sv',
	'en',
	'se',
	'ru',
	'et',
	'ar',
	'so',
	'fa',
	'uk',
	'sgn'
] as const;
export const language = z.enum(LANGUAGES);
export type Language = z.infer<typeof language>;

export const address = z.strictObject({
	street: shortText.optional(),
	postalCode: z
		.string()
		.regex(/^\d{5}$/, 'postalCode')
		.optional(),
	city: shortText.optional()
});
