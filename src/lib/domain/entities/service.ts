/**
 * A service or activity (HSDS service, PTV service + channel, Lähellä.fi activity):
 * what an organisation offers families, where, when and how to get there.
 */
import { z } from 'zod';
import { baseShape } from '../base';
import {
	address,
	clockTime,
	email,
	id,
	idList,
	language,
	longText,
	phone,
	requiredText,
	shortText,
	targetGroup,
	theme,
	webUrl
} from '../fields';

export const SERVICE_KINDS = [
	'professional',
	'volunteer',
	'peer_group',
	'meeting_place',
	'event_series',
	'counselling',
	'other'
] as const;
export const SERVICE_STATUSES = ['active', 'inactive', 'ended'] as const;
export const DELIVERY_MODES = ['in_person', 'online', 'hybrid', 'phone'] as const;
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** One recurring opening (HSDS schedule: freq, byday, opens_at, closes_at). */
export const scheduleSchema = z.strictObject({
	freq: z.enum(['WEEKLY', 'MONTHLY']),
	byDay: z.array(z.enum(WEEKDAYS)).max(7),
	opensAt: clockTime.optional(),
	closesAt: clockTime.optional(),
	description: shortText.optional()
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const serviceSchema = z
	.strictObject({
		...baseShape,
		organisationId: id,
		name: requiredText,
		description: longText.optional(),
		kind: z.enum(SERVICE_KINDS),
		status: z.enum(SERVICE_STATUSES),
		targetGroups: z.array(targetGroup).max(50),
		themes: z.array(theme).max(50),
		minAge: z.number().int().min(0).max(120).optional(),
		maxAge: z.number().int().min(0).max(120).optional(),
		languages: z.array(language).max(20),
		/** Service area (HSDS service_area, PTV areas). */
		municipalityIds: idList,
		familyCentreIds: idList,
		deliveryMode: z.enum(DELIVERY_MODES),
		address: address.optional(),
		schedules: z.array(scheduleSchema).max(50),
		/** Free-text hours when the structured schedule is not enough. */
		scheduleNote: shortText.optional(),
		free: z.boolean(),
		/** HSDS fees_description. */
		feeDescription: shortText.optional(),
		/** How to get there or be referred (HSDS application_process). */
		referral: longText.optional(),
		website: webUrl.optional(),
		email: email.optional(),
		phone: phone.optional(),
		contactPersonIds: idList
	})
	.refine((s) => s.minAge === undefined || s.maxAge === undefined || s.minAge <= s.maxAge, {
		message: 'ageRange',
		path: ['maxAge']
	});
export type Service = z.infer<typeof serviceSchema>;
