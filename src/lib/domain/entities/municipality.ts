/** A Finnish municipality (kunta), identified by its official code. */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, municipalityCode, requiredText, shortText } from '../fields';

export const municipalitySchema = z.strictObject({
	...baseShape,
	code: municipalityCode,
	name: requiredText,
	nameSv: shortText.optional(),
	regionId: id.optional()
});
export type Municipality = z.infer<typeof municipalitySchema>;
