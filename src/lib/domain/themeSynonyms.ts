/**
 * Other words people use for a service theme ("autismi", "ADHD" for nepsy), in
 * Finnish and Swedish: the directory search and the referral view find a
 * theme's services by them. Kept as a setting of this device (meta
 * `themeSynonyms`); a theme stored here replaces the app's own list of it
 * (search/synonyms.ts `DEFAULT_SYNONYMS`), a theme not stored keeps that list.
 */
import { z } from 'zod';
import { THEMES } from './fields';

export const SYNONYM_MAX = 40;
const word = z.string().trim().min(1).max(80);
export const synonymWordsSchema = z.strictObject({
	fi: z.array(word).max(SYNONYM_MAX),
	sv: z.array(word).max(SYNONYM_MAX)
});
export type SynonymWords = z.infer<typeof synonymWordsSchema>;

export const themeSynonymsSchema = z.partialRecord(z.enum(THEMES), synonymWordsSchema);
export type ThemeSynonyms = z.infer<typeof themeSynonymsSchema>;

/** Whether a list of words typed for one language can be saved. */
export const synonymsValid = (words: string[]) =>
	synonymWordsSchema.shape.fi.safeParse(words).success;

/** The meta key the setting is kept under. */
export const THEME_SYNONYMS_KEY = 'themeSynonyms';
