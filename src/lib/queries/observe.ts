/** Watching a query: see db/observe.ts. Re-exported so that state/ needs nothing from db/. */
export { observe, type Subscription, type Watcher } from '$lib/db/observe';
