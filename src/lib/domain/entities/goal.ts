/** A shared goal set in the workshop, traced back to the discussion points behind it. */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, idList, longText, requiredText } from '../fields';

export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;

export const goalSchema = z.strictObject({
	...baseShape,
	roundId: id,
	themeId: id.optional(),
	title: requiredText,
	description: longText.optional(),
	sourcePointIds: idList,
	status: z.enum(GOAL_STATUSES)
});
export type Goal = z.infer<typeof goalSchema>;
