// A client-side app: the root is prerendered as an empty shell that the
// service worker caches; every page renders in the browser from IndexedDB.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
