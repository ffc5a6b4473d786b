/**
 * A meeting of a body or a standalone event. Agenda, attendance, decisions and
 * follow-ups live inside the record so one save at the door keeps them together.
 */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, isoDate, localDateTime, longText, requiredText, shortText } from '../fields';

export const MEETING_KINDS = [
	'meeting',
	'workshop',
	'ngo_fair',
	'seminar',
	'training',
	'other'
] as const;
export const ATTENDANCE = ['unknown', 'present', 'absent'] as const;

export const agendaItemSchema = z.strictObject({
	id,
	title: requiredText,
	notes: longText.optional()
});

export const participantSchema = z.strictObject({
	personId: id,
	attendance: z.enum(ATTENDANCE),
	/** Came without an invitation and was added at the door. */
	walkIn: z.boolean(),
	/** Gathered input from the represented organisation before the meeting. */
	inputGathered: z.boolean(),
	/** Reported back to the represented organisation after the meeting. */
	reportedBack: z.boolean()
});

export const decisionSchema = z.strictObject({
	id,
	text: z.string().trim().min(1).max(10_000),
	agendaItemId: id.optional()
});

export const followUpSchema = z.strictObject({
	id,
	text: z.string().trim().min(1).max(10_000),
	ownerPersonId: id.optional(),
	dueDate: isoDate.optional(),
	done: z.boolean()
});

export const meetingSchema = z
	.strictObject({
		...baseShape,
		bodyId: id.optional(),
		kind: z.enum(MEETING_KINDS),
		title: requiredText,
		/** Wall-clock time in Europe/Helsinki. */
		start: localDateTime,
		end: localDateTime.optional(),
		place: shortText.optional(),
		description: longText.optional(),
		agenda: z.array(agendaItemSchema).max(200),
		participants: z.array(participantSchema).max(5_000),
		notes: longText.optional(),
		decisions: z.array(decisionSchema).max(500),
		followUps: z.array(followUpSchema).max(500)
	})
	.refine((m) => !m.end || m.start <= m.end, { message: 'endBeforeStart', path: ['end'] });
export type Meeting = z.infer<typeof meetingSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
