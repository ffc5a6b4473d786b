/** A person's seat in a body: role, whom they represent, term. Ended terms stay as history. */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, isoDate, longText, representation, shortText } from '../fields';

export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'secretary', 'member', 'deputy'] as const;

export const membershipSchema = z
	.strictObject({
		...baseShape,
		bodyId: id,
		personId: id,
		role: z.enum(MEMBERSHIP_ROLES),
		/** The organisation the member speaks for, when it is one organisation. */
		representsOrganisationId: id.optional(),
		/** Whom the member speaks for in words, e.g. "Läntisen alueen järjestöt". */
		representsText: shortText.optional(),
		/** Which required seat this membership fills (drives the coverage matrix). */
		representsCategory: representation.optional(),
		/** For a deputy: the membership they stand in for. */
		deputyForId: id.optional(),
		termStart: isoDate.optional(),
		termEnd: isoDate.optional(),
		responsibilities: longText.optional()
	})
	.refine((m) => !m.termStart || !m.termEnd || m.termStart <= m.termEnd, {
		message: 'termOrder',
		path: ['termEnd']
	});
export type Membership = z.infer<typeof membershipSchema>;
