// Writes an export file of a generated network, as the app would export it,
// for benchmarks and manual tests of large imports. No database involved.
// Usage: node scripts/export-file.mjs [region|county5|national] [out.json] [seed]
import { createServer } from 'vite';
import { writeFile } from 'node:fs/promises';

const [size = 'national', out = `/tmp/verkosto-${size}.json`, seed = '1'] = process.argv.slice(2);
const vite = await createServer({
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	logLevel: 'error'
});
try {
	const { generateNetwork, SIZES } = await vite.ssrLoadModule('/src/lib/generator/network.ts');
	const { buildExport, serializeExport } = await vite.ssrLoadModule('/src/lib/exchange/build.ts');
	if (!SIZES[size]) throw new Error(`unknown size ${size}: ${Object.keys(SIZES).join(', ')}`);
	let t = performance.now();
	const data = generateNetwork(SIZES[size], Number(seed));
	const generated = performance.now() - t;
	t = performance.now();
	const built = buildExport(data, () => undefined, {
		scope: { kind: 'all', personalData: 'full' },
		exporter: { name: 'Benchmark' },
		appVersion: 'bench',
		now: new Date().toISOString()
	});
	const { parts, length } = await serializeExport(built);
	const serialised = performance.now() - t;
	await writeFile(out, parts.join(''));
	console.log(
		`${out}: ${built.records} records, ${(length / 1e6).toFixed(1)} MB; generated in ${Math.round(generated)} ms, built and serialised in ${Math.round(serialised)} ms`
	);
} finally {
	await vite.close();
}
