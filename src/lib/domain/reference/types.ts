/** Shapes of the reference data shipped with the app (see README.md beside this file). */
import { z } from 'zod';

/** A county code of the list: two letters for a wellbeing services county, HKI, AHV. */
export const countyCode = z.string().regex(/^[A-Z]{2,3}$/);

export const referenceMunicipalitySchema = z.strictObject({
	/** Statistics Finland's municipality code: three digits, leading zeros kept. */
	code: z.string().regex(/^\d{3}$/),
	fi: z.string().trim().min(1).max(60),
	sv: z.string().trim().min(1).max(60),
	county: countyCode
});
export type ReferenceMunicipality = z.infer<typeof referenceMunicipalitySchema>;

export const referenceCountySchema = z.strictObject({
	code: countyCode,
	fi: z.string().trim().min(1).max(100),
	sv: z.string().trim().min(1).max(100),
	/** How many municipalities of the list it covers. */
	municipalities: z.number().int().min(1)
});
export type ReferenceCounty = z.infer<typeof referenceCountySchema>;

/** Helsinki organises its own social and health services: not a county, but a start area. */
export const HELSINKI = 'HKI';
/** Åland is outside the reform: in the list, but not offered as a start area. */
export const ALAND = 'AHV';
