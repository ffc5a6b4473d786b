/** One run of the assessment: focus themes, invited groups, shared questions, workshop. */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, idList, isoDate, longText, requiredText, shortText, textList } from '../fields';

export const ROUND_STATUSES = [
	'planning',
	'discussions',
	'workshop',
	'follow_up',
	'closed'
] as const;

export const assessmentRoundSchema = z
	.strictObject({
		...baseShape,
		name: requiredText,
		/** The area assessed, in words (e.g. "Pirkanmaa"); regionIds narrows it when set. */
		area: shortText.optional(),
		regionIds: idList,
		periodStart: isoDate,
		periodEnd: isoDate.optional(),
		focusThemeIds: idList,
		/** Questions every invited group discusses, in addition to the themes' own. */
		sharedQuestions: textList,
		/** Groups (bodies) invited to discuss in phase 1. */
		invitedBodyIds: idList,
		workshopMeetingId: id.optional(),
		/** The round this one follows up, for comparison. */
		previousRoundId: id.optional(),
		status: z.enum(ROUND_STATUSES),
		description: longText.optional()
	})
	.refine((r) => !r.periodEnd || r.periodStart <= r.periodEnd, {
		message: 'endBeforeStart',
		path: ['periodEnd']
	});
export type AssessmentRound = z.infer<typeof assessmentRoundSchema>;
