/**
 * A read that re-runs whenever the tables it read change, in this tab or
 * another (Dexie broadcasts changes between tabs). The one way the layers
 * above storage watch the database; they never import Dexie themselves.
 */
import { liveQuery } from 'dexie';

export interface Subscription {
	unsubscribe(): void;
}

export interface Watcher<T> {
	next(value: T): void;
	error(e: unknown): void;
}

export function observe<T>(read: () => Promise<T> | T, watcher: Watcher<T>): Subscription {
	return liveQuery(read).subscribe(watcher);
}
