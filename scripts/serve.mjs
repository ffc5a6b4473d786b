// Serves the built app (build/) on http://localhost:4173 with the SPA
// fallback, so a deep link works on the very first visit too. No dependencies.
// Usage: node scripts/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

async function file(path) {
	try {
		const s = await stat(path);
		return s.isFile() ? path : null;
	} catch {
		return null;
	}
}

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, rel);
	const found =
		(await file(base)) ??
		(await file(base + '.html')) ??
		(await file(join(base, 'index.html'))) ??
		(await file(join(root, '200.html')));
	if (!found || !found.startsWith(root)) {
		res.writeHead(404).end('Not found');
		return;
	}
	const immutable = found.includes(`${join(root, '_app', 'immutable')}`);
	res.writeHead(200, {
		'Content-Type': types[extname(found)] ?? 'application/octet-stream',
		'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	res.end(await readFile(found));
}).listen(port, () => console.log(`Verkosto: http://localhost:${port}/`));
