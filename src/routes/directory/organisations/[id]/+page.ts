// Records are read in the browser: no page is prerendered for an id.
export const prerender = false;
