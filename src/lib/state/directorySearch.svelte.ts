/**
 * The directory page's handle on the search worker: whether the index is
 * ready, a counter that moves when the data changed (so the page asks again),
 * and promise-returning queries. One worker per tab, started on the first
 * directory page and kept while the app is open.
 */
import type { Entry, EntryType } from '$lib/search/entries';
import type { DirectoryQuery } from '$lib/search/filters';
import type { FromWorker, ToWorker } from '$lib/workers/search/protocol';

export interface DirectoryResult {
	/** The search worker's own time for the query, ms (absent for reads before the index). */
	took?: number;
	total: number;
	counts: Record<EntryType, number>;
	entries: Entry[];
}

class DirectorySearch {
	ready = $state(false);
	/** Bumped after every change the index took in; pages re-run their query on it. */
	generation = $state(0);
	private worker: Worker | undefined;
	private nextId = 1;
	private waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();

	start() {
		if (this.worker || typeof Worker === 'undefined') return;
		this.worker = new Worker(new URL('../workers/search/search.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.worker.onmessage = (ev: MessageEvent<FromWorker>) => {
			const m = ev.data;
			if (m.kind === 'status') this.ready = m.state === 'ready' || this.ready;
			else if (m.kind === 'changed') this.generation++;
			else if (m.kind === 'error') {
				if (m.id !== undefined) this.waiting.get(m.id)?.reject(new Error(m.message));
				this.waiting.delete(m.id ?? -1);
			} else {
				const w = this.waiting.get(m.id);
				this.waiting.delete(m.id);
				w?.resolve((m.kind === 'ids' ? m.ids : m) as never);
			}
		};
	}

	private ask<T>(
		m: ToWorker extends infer U ? (U extends ToWorker ? Omit<U, 'id'> : never) : never
	): Promise<T> {
		this.start();
		const id = this.nextId++;
		return new Promise<T>((resolve, reject) => {
			this.waiting.set(id, { resolve: resolve as (v: never) => void, reject });
			this.worker!.postMessage({ ...m, id } as ToWorker);
		});
	}

	query(query: DirectoryQuery, offset: number, limit: number): Promise<DirectoryResult> {
		return this.ask({ kind: 'query', query: $state.snapshot(query), offset, limit });
	}

	/** The services a person is the contact for. */
	contactServices(personId: string): Promise<string[]> {
		return this.ask({ kind: 'contactServices', personId });
	}

	/** Every matching id in display order (for exports). */
	ids(query: DirectoryQuery): Promise<string[]> {
		return this.ask({ kind: 'ids', query: $state.snapshot(query) });
	}
}

export const directorySearch = new DirectorySearch();
