/** An in-kind contribution: the family centre has no funding of its own. */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, longText, shortText } from '../fields';

export const CONTRIBUTION_KINDS = [
	'staff_time',
	'premises',
	'supplies',
	'materials',
	'funding',
	'other'
] as const;

export const resourceContributionSchema = z.strictObject({
	...baseShape,
	organisationId: id,
	familyCentreId: id.optional(),
	bodyId: id.optional(),
	kind: z.enum(CONTRIBUTION_KINDS),
	description: longText,
	/** Amount in the contributor's own words, e.g. "4 h / kk" or "sali torstaisin". */
	amount: shortText.optional(),
	year: z.number().int().min(2000).max(2100).optional()
});
export type ResourceContribution = z.infer<typeof resourceContributionSchema>;
