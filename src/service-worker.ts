/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Precaches the whole built app so that, after the first visit, it starts and
 * works with no network. Navigations fall back to the prerendered shell, so
 * deep links work offline too. A new version waits for the page to say
 * SKIP_WAITING (the user chose to reload) instead of taking over by itself.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `cache-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
const PRECACHED = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (PRECACHED.has(url.pathname)) {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
			}
			if (req.mode === 'navigate') {
				try {
					const res = await fetch(req);
					if (res.ok) return res;
					throw new Error(String(res.status));
				} catch {
					const shell = await cache.match('/');
					if (shell) return shell;
					return new Response('Offline', { status: 503 });
				}
			}
			try {
				return await fetch(req);
			} catch {
				const hit = await cache.match(req);
				if (hit) return hit;
				return new Response('Offline', { status: 503 });
			}
		})()
	);
});
