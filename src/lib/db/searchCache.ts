/**
 * The directory search's own database, `verkosto-search-cache`: the index the
 * search worker (workers/search/search.worker.ts) saves so that it starts at once. The
 * index holds people's names, titles and e-mail addresses, so it must not
 * outlive them: whenever a person is deleted or erased (a tombstone written,
 * by this app, an import or an undo) or removed outright, the saved index is
 * dropped as soon as that write commits, whether or not the directory is open;
 * the worker builds and saves a fresh one on the next visit.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';

export const SEARCH_CACHE_NAME = 'verkosto-search-cache';

/** A connection to the search cache (one table, `snapshots`, keyed by format). */
export function openSearchCache(): Dexie {
	const cache = new Dexie(SEARCH_CACHE_NAME);
	cache.version(1).stores({ snapshots: 'key' });
	return cache;
}

let shared: Dexie | undefined;

/**
 * Removes every saved index. Resolves when the removal is committed. A
 * failure (storage unavailable) is ignored: the index is an optimisation, and
 * a stale one is never loaded (its stamp no longer matches the data).
 */
export async function dropSearchCache(): Promise<void> {
	try {
		const cache = (shared ??= openSearchCache());
		await cache.transaction('rw', 'snapshots', () => cache.table('snapshots').clear());
	} catch {
		// see above
	}
}

/** A write that deletes, erases or removes people. */
function removesPeople(req: DBCoreMutateRequest): boolean {
	if (req.type === 'delete' || req.type === 'deleteRange') return true;
	return req.values.some((v) => !!(v as { deletedAt?: unknown } | undefined)?.deletedAt);
}

/**
 * Dexie middleware for the app's database: after a transaction that wrote a
 * person tombstone or deleted a person commits, the saved search index is dropped.
 */
export const searchCacheGuard: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'searchCacheGuard',
	create(down) {
		const armed = new WeakSet<object>();
		return {
			...down,
			table(name) {
				const table = down.table(name);
				if (name !== 'persons') return table;
				return {
					...table,
					mutate(req) {
						// The transaction is IndexedDB's own (Dexie's IndexedDB core passes it through).
						const tx = req.trans as unknown as IDBTransaction;
						if (removesPeople(req) && !armed.has(tx)) {
							armed.add(tx);
							if (typeof tx.addEventListener === 'function')
								tx.addEventListener('complete', () => void dropSearchCache());
							else void dropSearchCache();
						}
						return table.mutate(req);
					}
				};
			}
		};
	}
};
