/**
 * The areas a network can start from, from the municipality list shipped with
 * the app (README.md beside this file: source and year). Small enough for the
 * first page; the municipalities themselves are in ./municipalities, loaded
 * only when a start needs them.
 */
import { COUNTIES_2021 } from './counties2021';
import { ALAND, type ReferenceCounty } from './types';

export { HELSINKI, ALAND, type ReferenceCounty, type ReferenceMunicipality } from './types';

/** The year of the municipality list; the app says so wherever it offers the list. */
export const REFERENCE_YEAR = 2021;

export const COUNTIES: readonly ReferenceCounty[] = COUNTIES_2021;

/** The 21 wellbeing services counties and Helsinki (Åland is outside the reform). */
export const START_AREAS: readonly ReferenceCounty[] = COUNTIES.filter((c) => c.code !== ALAND);

export const countyByCode = (code: string): ReferenceCounty | undefined =>
	COUNTIES.find((c) => c.code === code);

/** The county's name in the UI language (the list has Finnish and Swedish names). */
export const countyName = (c: ReferenceCounty, locale: string) => (locale === 'sv' ? c.sv : c.fi);
