/**
 * The registry of entity schemas. Keys are the entity (and table) names used in
 * the database, in export files and in messages; the order is the order records
 * are written in on import (referenced before referencing).
 */
import type { z } from 'zod';
import { municipalitySchema } from './municipality';
import { regionSchema } from './region';
import { familyCentreSchema } from './familyCentre';
import { organisationSchema } from './organisation';
import { personSchema } from './person';
import { serviceSchema } from './service';
import { bodySchema } from './body';
import { membershipSchema } from './membership';
import { meetingSchema } from './meeting';
import { assessmentThemeSchema } from './assessmentTheme';
import { assessmentRoundSchema } from './assessmentRound';
import { discussionSchema } from './discussion';
import { goalSchema } from './goal';
import { actionSchema } from './action';
import { resourceContributionSchema } from './resourceContribution';
import { knowledgeSourceSchema } from './knowledgeSource';

export const entitySchemas = {
	regions: regionSchema,
	municipalities: municipalitySchema,
	familyCentres: familyCentreSchema,
	organisations: organisationSchema,
	persons: personSchema,
	services: serviceSchema,
	bodies: bodySchema,
	memberships: membershipSchema,
	meetings: meetingSchema,
	assessmentThemes: assessmentThemeSchema,
	assessmentRounds: assessmentRoundSchema,
	discussions: discussionSchema,
	goals: goalSchema,
	actions: actionSchema,
	resourceContributions: resourceContributionSchema,
	knowledgeSources: knowledgeSourceSchema
} as const;

export type EntityName = keyof typeof entitySchemas;
export const ENTITY_NAMES = Object.keys(entitySchemas) as EntityName[];
export type EntityOf<N extends EntityName> = z.infer<(typeof entitySchemas)[N]>;
export type AnyEntity = EntityOf<EntityName>;
/** Every table's records, keyed by entity name: the shape of a whole data set. */
export type DataSet = { [N in EntityName]: EntityOf<N>[] };

export function emptyDataSet(): DataSet {
	return Object.fromEntries(ENTITY_NAMES.map((n) => [n, []])) as unknown as DataSet;
}

export * from './municipality';
export * from './region';
export * from './familyCentre';
export * from './organisation';
export * from './person';
export * from './service';
export * from './body';
export * from './membership';
export * from './meeting';
export * from './assessmentTheme';
export * from './assessmentRound';
export * from './discussion';
export * from './goal';
export * from './action';
export * from './resourceContribution';
export * from './knowledgeSource';
