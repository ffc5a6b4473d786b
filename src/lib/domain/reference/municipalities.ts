/** Look-ups in the municipality list of 2021 (see README.md beside this file). */
import { MUNICIPALITIES_2021 } from './municipalities2021';
import type { ReferenceMunicipality } from './types';

export const MUNICIPALITIES: readonly ReferenceMunicipality[] = MUNICIPALITIES_2021;

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export const municipalityByCode = (code: string): ReferenceMunicipality | undefined =>
	byCode.get(code);

/** The municipalities of a county (or HKI, AHV), in the list's order (by code). */
export const municipalitiesOf = (county: string): ReferenceMunicipality[] =>
	MUNICIPALITIES.filter((m) => m.county === county);
