/** An organisation of the network (HSDS organization, PTV organisation). */
import { z } from 'zod';
import { baseShape } from '../base';
import {
	businessId,
	email,
	idList,
	longText,
	phone,
	requiredText,
	sector,
	shortText,
	webUrl
} from '../fields';

export const organisationSchema = z.strictObject({
	...baseShape,
	name: requiredText,
	/** Other names, e.g. the Swedish or an abbreviation (HSDS alternate_name). */
	alternateName: shortText.optional(),
	sector,
	/** Y-tunnus (HSDS tax_id, PTV businessCode). */
	businessId: businessId.optional(),
	municipalityIds: idList,
	website: webUrl.optional(),
	email: email.optional(),
	phone: phone.optional(),
	description: longText.optional()
});
export type Organisation = z.infer<typeof organisationSchema>;
