/** A source of knowledge for leadership: school health survey, child barometer, feedback … */
import { z } from 'zod';
import { baseShape } from '../base';
import { id, isoDate, longText, requiredText, shortText, webUrl } from '../fields';

export const KNOWLEDGE_KINDS = [
	'survey',
	'barometer',
	'client_feedback',
	'expert_network',
	'statistics',
	'report',
	'other'
] as const;

export const knowledgeSourceSchema = z.strictObject({
	...baseShape,
	name: requiredText,
	kind: z.enum(KNOWLEDGE_KINDS),
	description: longText.optional(),
	ownerOrganisationId: id.optional(),
	url: webUrl.optional(),
	updateFrequency: shortText.optional(),
	lastUpdated: isoDate.optional()
});
export type KnowledgeSource = z.infer<typeof knowledgeSourceSchema>;
