import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
export default {
	compilerOptions: {
		// Runes everywhere except in third-party Svelte libraries.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// SPA: every route falls back to the prerendered shell.
		adapter: adapter({ fallback: '200.html', strict: true }),
		// We register the service worker ourselves with workbox-window (update prompt).
		serviceWorker: { register: false },
		// Absolute asset URLs: a relative shell served at /a/b would ask for /a/_app/… offline.
		paths: { relative: false },
		version: { pollInterval: 0 }
	}
};
