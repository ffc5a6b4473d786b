/** A local network family centre (perhekeskus): not a building but a network. */
import { z } from 'zod';
import { baseShape } from '../base';
import { email, id, idList, longText, requiredText, webUrl } from '../fields';

export const FAMILY_CENTRE_STATUSES = ['operating', 'in_development'] as const;

export const familyCentreSchema = z.strictObject({
	...baseShape,
	name: requiredText,
	regionId: id.optional(),
	municipalityIds: idList,
	status: z.enum(FAMILY_CENTRE_STATUSES),
	/** Local family-centre liaisons (perhekeskusyhdyshenkilöt). */
	contactPersonIds: idList,
	website: webUrl.optional(),
	email: email.optional(),
	description: longText.optional()
});
export type FamilyCentre = z.infer<typeof familyCentreSchema>;
