/**
 * Reads `municipalities-2021.csv` (`;`-separated UTF-8, header first) into the
 * reference records, validated with zod. The generated modules beside this file
 * are its output; reference.spec.ts checks that they still match the CSV.
 */
import { z } from 'zod';
import {
	referenceCountySchema,
	referenceMunicipalitySchema,
	type ReferenceCounty,
	type ReferenceMunicipality
} from './types';

export const CSV_HEADER = 'code;name_fi;name_sv;county_code;county_fi;county_sv';

export interface ParsedReference {
	municipalities: ReferenceMunicipality[];
	counties: ReferenceCounty[];
}

/** Throws naming the line when a row does not fit; counties in order of first appearance. */
export function parseMunicipalityCsv(text: string): ParsedReference {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0] !== CSV_HEADER) throw new Error(`unexpected header: ${lines[0]}`);
	const municipalities: ReferenceMunicipality[] = [];
	const counties = new Map<string, ReferenceCounty>();
	lines.slice(1).forEach((line, i) => {
		if (!line.trim()) return;
		const cells = line.split(';');
		if (cells.length !== 6) throw new Error(`line ${i + 2}: ${cells.length} fields, expected 6`);
		const [code, fi, sv, county, countyFi, countySv] = cells;
		const m = referenceMunicipalitySchema.safeParse({ code, fi, sv, county });
		if (!m.success) throw new Error(`line ${i + 2}: ${z.prettifyError(m.error)}`);
		municipalities.push(m.data);
		const c = counties.get(county);
		if (c && (c.fi !== countyFi || c.sv !== countySv))
			throw new Error(`line ${i + 2}: county ${county} named differently than before`);
		counties.set(county, {
			...referenceCountySchema.parse({
				code: county,
				fi: countyFi,
				sv: countySv,
				municipalities: 1
			}),
			municipalities: (c?.municipalities ?? 0) + 1
		});
	});
	return { municipalities, counties: [...counties.values()] };
}
