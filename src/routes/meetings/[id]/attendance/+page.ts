// A meeting's pages render in the browser from IndexedDB (served by the SPA shell, offline too).
export const prerender = false;
