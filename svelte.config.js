import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
export default {
	compilerOptions: {
		// Runes everywhere except in third-party Svelte libraries.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// SPA: every route falls back to the prerendered shell.
		// BUILD_DIR and APP_VERSION let the update test build two versions side by side.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: '200.html',
			strict: true
		}),
		// We register the service worker ourselves with workbox-window (update prompt).
		serviceWorker: { register: false },
		// Absolute asset URLs: a relative shell served at /a/b would ask for /a/_app/… offline.
		paths: { relative: false },
		// The build id (default: build time). Kit breaks on ids with dots, so the
		// package version is shown separately (__APP_VERSION__).
		version: { name: process.env.APP_VERSION, pollInterval: 0 },
		// The app's own Content-Security-Policy, as a <meta> tag in the prerendered
		// shell and the SPA fallback, with the hash of Kit's inline bootstrap script:
		// nothing but this origin's scripts run, and no request leaves the origin.
		// Styles allow inline: Svelte sets style attributes. (frame-ancestors
		// cannot be set from a <meta> tag; that needs a header from the host.)
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
