/** A steering group, coordination group, expert network, working group or NGO network. */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, longText, representation, requiredText, textList, theme } from '../fields';

export const BODY_LEVELS = ['local', 'regional', 'provincial', 'national'] as const;
export const BODY_KINDS = [
	'steering_group',
	'coordination_group',
	'expert_network',
	'working_group',
	'ngo_network',
	'other'
] as const;
export const BODY_STATUSES = ['active', 'ended'] as const;

export const bodySchema = z.strictObject({
	...baseShape,
	name: requiredText,
	level: z.enum(BODY_LEVELS),
	kind: z.enum(BODY_KINDS),
	/** Scope: a family centre (local), a region (regional), or neither (province, nation). */
	familyCentreId: id.optional(),
	regionId: id.optional(),
	parentBodyId: id.optional(),
	description: longText.optional(),
	goals: textList,
	tasks: textList,
	coordinatorPersonId: id.optional(),
	/** How many times a year the body is meant to meet; 0 when it has no cadence. */
	meetingsPerYear: z.number().int().min(0).max(365),
	/** Who must sit at the table, e.g. a local steering group: municipality, county, NGO, parish, families. */
	requiredRepresentation: z.array(representation).max(20),
	status: z.enum(BODY_STATUSES),
	/**
	 * The service themes an expert network covers ("nepsy"): the referral view
	 * names it, with its coordinator, after the services of a theme. Absent in
	 * records made before it existed (stored schema v3, export format v2).
	 */
	themes: z.array(theme).max(50).optional()
});
export type Body = z.infer<typeof bodySchema>;
