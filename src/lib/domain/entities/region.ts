/** A region of a wellbeing services county, e.g. Pirkanmaa's west, south and north. */
import { z } from 'zod';
import { baseShape } from '../base';
import { longText, requiredText, shortText } from '../fields';

export const regionSchema = z.strictObject({
	...baseShape,
	name: requiredText,
	nameSv: shortText.optional(),
	/** The wellbeing services county it belongs to, e.g. "Pirkanmaan hyvinvointialue". */
	county: shortText.optional(),
	description: longText.optional()
});
export type Region = z.infer<typeof regionSchema>;
