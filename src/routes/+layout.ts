import { i18n } from '$lib/i18n/i18n.svelte';

// A client-side app: the root is prerendered as an empty shell that the
// service worker caches; every page renders in the browser from IndexedDB.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

// Swedish and English messages are loaded on demand: the first render waits for the saved one.
export const load = async () => {
	await i18n.ready;
};
