/** Messages between the directory page and the search worker. */
import type { Entry, EntryType } from '$lib/search/entries';
import type { DirectoryQuery } from '$lib/search/filters';

export type ToWorker =
	| { kind: 'query'; id: number; query: DirectoryQuery; offset: number; limit: number }
	| { kind: 'ids'; id: number; query: DirectoryQuery }
	| { kind: 'contactServices'; id: number; personId: string };

export type FromWorker =
	| { kind: 'status'; state: 'building' | 'ready'; size: number }
	| { kind: 'changed' }
	| {
			kind: 'result';
			id: number;
			/** The worker's own time for this query (search and rows), ms. */
			took: number;
			total: number;
			counts: Record<EntryType, number>;
			entries: Entry[];
	  }
	| { kind: 'ids'; id: number; ids: string[] }
	| { kind: 'error'; id?: number; message: string };
