/**
 * Phase 1: one group's discussion of one focus theme in a round. Points carry ids
 * so the workshop can cluster them, mark the important ones and cite them in goals.
 */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, isoDate, longText, representation, shortText } from '../fields';

export const POINT_KINDS = ['strength', 'need', 'idea'] as const;

export const pointSchema = z.strictObject({
	id,
	kind: z.enum(POINT_KINDS),
	text: z.string().trim().min(1).max(10_000),
	/** Workshop grouping label given by the facilitator. */
	cluster: shortText.optional(),
	important: z.boolean()
});

export const discussionSchema = z.strictObject({
	...baseShape,
	roundId: id,
	bodyId: id,
	themeId: id,
	date: isoDate.optional(),
	points: z.array(pointSchema).max(1_000),
	/** Current-state rating on the theme's scale; absent when the group did not rate. */
	rating: z.number().int().min(0).max(10).optional(),
	participantSectors: z.array(representation).max(20),
	participantCount: z.number().int().min(0).max(10_000).optional(),
	notes: longText.optional(),
	submitted: z.boolean()
});
export type Discussion = z.infer<typeof discussionSchema>;
export type Point = z.infer<typeof pointSchema>;
