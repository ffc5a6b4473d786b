/**
 * A generated network as an export file: the text a coordinator's app would
 * write for "everything, with personal data". Deterministic per size and seed
 * (fixed export time), so a benchmark imports the same bytes every run.
 * Used by `npm run generate` and the benchmark (bench/run.mjs).
 */
import { buildExport, serializeExport } from '$lib/exchange/build';
import { generateNetwork, SIZES, type NetworkSize } from './network';

export type SizeName = keyof typeof SIZES;
export const SIZE_NAMES = Object.keys(SIZES) as SizeName[];

const EXPORTED_AT = '2026-06-01T08:00:00.000Z';

export async function generatedExportFile(
	size: SizeName | NetworkSize,
	seed = 1
): Promise<{ parts: string[]; length: number; records: number; counts: Record<string, number> }> {
	const data = generateNetwork(typeof size === 'string' ? SIZES[size] : size, seed);
	const built = buildExport(data, () => undefined, {
		scope: { kind: 'all', personalData: 'full' },
		exporter: { name: 'Verkosto generator' },
		appVersion: 'generator',
		now: EXPORTED_AT
	});
	const { parts, length } = await serializeExport(built);
	return {
		parts,
		length,
		records: built.records,
		counts: built.header.counts as Record<string, number>
	};
}
