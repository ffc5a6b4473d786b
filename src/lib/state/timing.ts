/**
 * User-timing measures the app leaves in the page's performance timeline, so
 * that the benchmark (bench/run.mjs) times what the app itself does rather
 * than a test driver's polling. They cost one `performance.measure` each and
 * are also visible in the browser's performance panel.
 *
 * `verkosto:directory-search` — one per directory query: from the moment the
 * page asks (its effect runs a microtask after the keystroke, tab or filter
 * that changed the query) until the results are in the page's DOM, worker
 * round trip included; a query overtaken by the next keystroke is not
 * measured, as its results are never shown. `detail`: the query's
 * `text` and `type`, the number of hits `total` (-1 for a list read before
 * the index is ready: its rows show before they are counted), whether the search index
 * answered (`indexed`; before it is ready the page reads IndexedDB's name
 * index), and `worker`, the search worker's own time in ms.
 */
export const DIRECTORY_SEARCH = 'verkosto:directory-search';

export interface DirectorySearchDetail {
	text: string;
	type: string;
	total: number;
	indexed: boolean;
	worker?: number;
}

let count = 0;

export function measureDirectorySearch(start: number, detail: DirectorySearchDetail): void {
	if (typeof performance === 'undefined' || !performance.measure) return;
	// A long session must not grow the timeline without end; observers still get every entry.
	if (++count % 1000 === 0) performance.clearMeasures(DIRECTORY_SEARCH);
	performance.measure(DIRECTORY_SEARCH, { start, end: performance.now(), detail });
}
