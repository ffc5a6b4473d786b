/**
 * A named contact person with a job description: what neither PTV nor Lähellä.fi
 * records and what the seeds say is hardest to find. Personal data.
 */
import { z } from 'zod';
import { baseShape } from '../base';
import { email, id, language, longText, phone, requiredText, shortText } from '../fields';

export const RESPONSIBILITIES = [
	'ngo_agent',
	'ngo_liaison',
	'family_centre_liaison',
	'family_centre_coordinator',
	'service_manager',
	'network_chair',
	'expert',
	'family_representative',
	'other'
] as const;

export const personSchema = z.strictObject({
	...baseShape,
	name: requiredText,
	/** Job title (HSDS contact.title). */
	title: shortText.optional(),
	jobDescription: longText.optional(),
	organisationId: id.optional(),
	department: shortText.optional(),
	email: email.optional(),
	phone: phone.optional(),
	responsibilities: z.array(z.enum(RESPONSIBILITIES)).max(20),
	languages: z.array(language).max(20),
	/** Demo people are invented; the UI marks them so. */
	fictional: z.boolean()
});
export type Person = z.infer<typeof personSchema>;
