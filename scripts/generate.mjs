// Writes a generated network (src/lib/generator: seeded, deterministic) as an
// export file that the app imports on its Sharing page: the same bytes for the
// same size and seed. The benchmark uses it; so can a manual test of big imports.
// Usage: npm run generate -- [region|county5|national] [out.json] [seed]
import { open } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { importTs } from './importTs.mjs';

/** Writes the file and returns what is in it. */
export async function writeGeneratedFile(size, out, seed = 1) {
	const { generatedExportFile, SIZE_NAMES } = await importTs('src/lib/generator/exportFile.ts');
	if (!SIZE_NAMES.includes(size)) throw new Error(`unknown size ${size}: ${SIZE_NAMES.join(', ')}`);
	const t = performance.now();
	const file = await generatedExportFile(size, Number(seed));
	const ms = performance.now() - t;
	const handle = await open(out, 'w');
	let bytes;
	try {
		for (const part of file.parts) await handle.write(part);
		bytes = (await handle.stat()).size;
	} finally {
		await handle.close();
	}
	return { out, records: file.records, counts: file.counts, bytes, ms };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [size = 'national', out = `verkosto-${size}.json`, seed = '1'] = process.argv.slice(2);
	const r = await writeGeneratedFile(size, out, seed);
	console.log(
		`${r.out}: ${r.records} records, ${(r.bytes / 1e6).toFixed(1)} MB, generated in ${Math.round(r.ms)} ms`
	);
}
