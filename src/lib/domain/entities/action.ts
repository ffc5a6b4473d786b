/** A next step towards a goal, with whoever is responsible and a due date. */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, isoDate, longText, requiredText } from '../fields';

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

export const actionSchema = z.strictObject({
	...baseShape,
	goalId: id.optional(),
	roundId: id.optional(),
	title: requiredText,
	description: longText.optional(),
	responsibleOrganisationId: id.optional(),
	responsibleBodyId: id.optional(),
	responsiblePersonId: id.optional(),
	dueDate: isoDate.optional(),
	status: z.enum(ACTION_STATUSES),
	completedAt: isoDate.optional()
});
export type Action = z.infer<typeof actionSchema>;

/** What a step's form gives and an edit of a step may change; an absent optional field is none. */
export type ActionStepFields = Pick<
	Action,
	| 'title'
	| 'description'
	| 'responsibleOrganisationId'
	| 'responsibleBodyId'
	| 'responsiblePersonId'
	| 'dueDate'
	| 'status'
>;
