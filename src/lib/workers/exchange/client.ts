/**
 * The page's side of the exchange worker: one request at a time per call,
 * progress reported as it comes, errors rebuilt as the classes the UI knows.
 */
import { StorageError } from '$lib/db/errors';
import { ImportRefused } from '$lib/exchange/problems';
import type { Op, Ops, Request, Response, WireError } from './protocol';

export type ProgressFn = (stage: string, done: number, total: number) => void;

/** Errors from the worker that are not about the file or the storage. */
export class ExchangeError extends Error {
	constructor(
		readonly wire: WireError,
		message = 'exchange failed'
	) {
		super(message);
		this.name = wire.name;
	}
}

function rebuild(e: WireError): Error {
	if (e.name === 'ImportRefused') return new ImportRefused(e.problems, e.total);
	if (e.name === 'StorageError')
		return new StorageError(e.kind, e.message, undefined, e.details as never);
	return new ExchangeError(e, 'message' in e ? e.message : e.name);
}

export class ExchangeClient {
	private worker: Worker;
	private next = 1;
	private pending = new Map<
		number,
		{ resolve: (v: unknown) => void; reject: (e: Error) => void; progress?: ProgressFn }
	>();

	constructor() {
		this.worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.worker.onmessage = (event: MessageEvent<Response>) => {
			const r = event.data;
			const p = this.pending.get(r.id);
			if (!p) return;
			if (r.type === 'progress') p.progress?.(r.stage, r.done, r.total);
			else {
				this.pending.delete(r.id);
				if (r.type === 'result') p.resolve(r.value);
				else p.reject(rebuild(r.error));
			}
		};
		// The worker died (out of memory, a crash): every waiting call fails.
		this.worker.onerror = (event) => {
			event.preventDefault();
			for (const p of this.pending.values())
				p.reject(new ExchangeError({ name: 'Error', message: event.message || 'worker failed' }));
			this.pending.clear();
		};
	}

	call<K extends Op>(
		op: K,
		args: Ops[K]['args'],
		progress?: ProgressFn
	): Promise<Ops[K]['result']> {
		const id = this.next++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
			this.worker.postMessage({ id, op, args } as Request);
		});
	}

	terminate(): void {
		this.worker.terminate();
		for (const p of this.pending.values())
			p.reject(new ExchangeError({ name: 'Error', message: 'cancelled' }));
		this.pending.clear();
	}
}
