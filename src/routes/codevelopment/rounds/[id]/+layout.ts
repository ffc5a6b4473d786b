// Ids are known only in the browser: rendered from the SPA shell, offline too.
export const prerender = false;
