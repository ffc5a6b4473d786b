/**
 * A theme of the collaboration assessment tool (Lastensuojelun Keskusliitto's eight).
 * The tool's own question texts are not public, so everything here is editable content.
 */
import { z } from 'zod';
import { baseShape } from '../base';
import { LONG, SHORT } from '../fields';

const localized = (max: number) =>
	z.strictObject({
		fi: z.string().trim().min(1).max(max),
		sv: z.string().trim().max(max).optional(),
		en: z.string().trim().max(max).optional()
	});
export const localizedShort = localized(SHORT);
export const localizedLong = localized(LONG);

export const ratingLevelSchema = z.strictObject({
	value: z.number().int().min(0).max(10),
	label: localizedShort
});

export const assessmentThemeSchema = z.strictObject({
	...baseShape,
	/** Position in the tool's own order, 1–8; themes a network adds get 9 and up. */
	number: z.number().int().min(1).max(99),
	title: localizedShort,
	description: localizedLong.optional(),
	guidingQuestions: z.array(localizedLong).max(50),
	ratingScale: z.array(ratingLevelSchema).max(11)
});
export type AssessmentTheme = z.infer<typeof assessmentThemeSchema>;
export type LocalizedText = z.infer<typeof localizedShort>;
