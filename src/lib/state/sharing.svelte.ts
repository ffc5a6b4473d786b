/**
 * The sharing page's state: an export job, and an import session that goes
 * file → checking → refused | preview → applying → done. The heavy work runs
 * in the exchange worker; this class holds what the page shows and the
 * user's decisions, and talks to the worker through ExchangeClient.
 */
import { ExchangeClient, ExchangeError, type ProgressFn } from '$lib/workers/exchange/client';
import type { Scope } from '$lib/exchange/format';
import type { ItemKind } from '$lib/exchange/plan';
import type { Decision, Decisions } from '$lib/exchange/resolve';
import { ImportRefused } from '$lib/exchange/problems';
import type { UndoInfoView } from '$lib/workers/exchange/protocol';
import type { ItemsPage, PreviewSummary } from '$lib/exchange/view';
import type { ImportRecord } from '$lib/queries/sharing';
import type { EntityName } from '$lib/domain/entities';
import { SvelteSet } from 'svelte/reactivity';
import { download } from '$lib/services/files';

export { exportFileName } from '$lib/services/files';
// The page tells the worker's refusals apart without importing the worker.
export { ExchangeError, type UndoInfoView };

export interface Progress {
	stage: string;
	done: number;
	total: number;
}

export class ExportJob {
	busy = $state(false);
	progress = $state<Progress | undefined>(undefined);

	/** Builds the export in the worker and saves it; returns the file name and record count. */
	async run(
		scope: Omit<Scope, 'label'>,
		name: (scope: Scope) => string
	): Promise<{ fileName: string; records: number }> {
		const client = new ExchangeClient();
		this.busy = true;
		try {
			const r = await client.call(
				'export',
				// A plain copy: the page may hand over rune state, which cannot be posted.
				{ scope: $state.snapshot(scope), appVersion: __APP_VERSION__ },
				(stage, done, total) => (this.progress = { stage, done, total })
			);
			const fileName = name(r.scope);
			download(r.blob, fileName);
			return { fileName, records: r.records };
		} finally {
			client.terminate();
			this.busy = false;
			this.progress = undefined;
		}
	}
}

export type SessionStatus = 'idle' | 'checking' | 'refused' | 'preview' | 'applying' | 'failed';

export class ImportSession {
	status = $state<SessionStatus>('idle');
	progress = $state<Progress | undefined>(undefined);
	file = $state.raw<File | undefined>(undefined);
	refusal = $state.raw<ImportRefused | undefined>(undefined);
	summary = $state.raw<PreviewSummary | undefined>(undefined);
	/** Why the last step failed (a storage error, the worker dying, stale data). */
	error = $state.raw<unknown>(undefined);
	/** Shown above a refreshed preview: the data changed after the first one. */
	stale = $state(false);

	/** How conflicts without their own decision are settled. */
	conflictDefault = $state<Decisions['conflicts']>(undefined);
	choices = $state<Record<string, Decision>>({});
	merge = $state<string[]>([]);
	private client: ExchangeClient | undefined;

	readonly onProgress: ProgressFn = (stage, done, total) =>
		(this.progress = { stage, done, total });

	get conflicts(): number {
		return this.summary?.totals.conflict ?? 0;
	}

	/** Conflicts still needing a decision. */
	get unresolved(): number {
		if (this.conflictDefault) return 0;
		const decided = Object.keys(this.choices).filter((k) => this.conflictKeys.has(k)).length;
		return Math.max(0, this.conflicts - decided);
	}
	/** Keys of the conflicts the page has loaded (decisions can only be made for those). */
	readonly conflictKeys = new SvelteSet<string>();

	async choose(file: File): Promise<void> {
		this.reset();
		this.file = file;
		await this.check();
	}

	private async check(): Promise<void> {
		this.client?.terminate();
		this.client = new ExchangeClient();
		this.status = 'checking';
		this.summary = undefined;
		this.refusal = undefined;
		// Decisions are kept across a refreshed preview (those on a copy changed
		// since are dropped as their items load, see page()); which records conflict is read anew.
		this.conflictKeys.clear();
		try {
			this.summary = await this.client.call('preview', { file: this.file! }, this.onProgress);
			this.status = 'preview';
		} catch (e) {
			this.client.terminate();
			this.client = undefined;
			if (e instanceof ImportRefused) {
				this.refusal = e;
				this.status = 'refused';
			} else {
				this.error = e;
				this.status = 'failed';
			}
		} finally {
			this.progress = undefined;
		}
	}

	async page(kind: ItemKind, entity?: EntityName, offset = 0, limit = 50): Promise<ItemsPage> {
		if (!this.client) return { total: 0, items: [], refs: {} };
		const page = await this.client.call('items', { kind, entity, offset, limit });
		if (kind === 'conflict') for (const i of page.items) this.conflictKeys.add(i.key);
		// A decision made on a copy that has changed since (a refreshed preview)
		// is dropped: the user has not compared the new copy.
		const stale = page.items.filter((i) => {
			const d = this.choices[i.key];
			return d?.seen !== undefined && d.seen !== i.mineStamp;
		});
		if (stale.length) {
			const next = { ...this.choices };
			for (const i of stale) delete next[i.key];
			this.choices = next;
		}
		return page;
	}

	/** `seen`: the item's `mineStamp`, the local copy the user compared. */
	decide(key: string, decision: Decision | undefined, seen?: string): void {
		const next = { ...this.choices };
		if (decision) next[key] = seen === undefined ? decision : { ...decision, seen };
		else delete next[key];
		this.choices = next;
	}

	/** One choice for every conflict: decisions made one by one are replaced. */
	decideAll(mode: NonNullable<Decisions['conflicts']>): void {
		this.conflictDefault = mode;
		const next = { ...this.choices };
		for (const k of this.conflictKeys) delete next[k];
		this.choices = next;
	}

	toggleMerge(key: string, on: boolean): void {
		const rest = this.merge.filter((k) => k !== key);
		this.merge = on ? [...rest, key] : rest;
	}

	get decisions(): Decisions {
		return $state.snapshot({
			conflicts: this.conflictDefault,
			items: this.choices,
			merge: this.merge
		}) as Decisions;
	}

	/** Applies the import; on stale data, refreshes the preview and says so. */
	async apply(): Promise<ImportRecord | undefined> {
		if (!this.client) return undefined;
		this.status = 'applying';
		this.error = undefined;
		try {
			const record = await this.client.call(
				'apply',
				{ decisions: this.decisions },
				this.onProgress
			);
			this.close();
			return record;
		} catch (e) {
			if (e instanceof ExchangeError && e.wire.name === 'ImportStale') {
				this.stale = true;
				// A choice "for all" would reach copies changed since: it is asked again.
				this.conflictDefault = undefined;
				await this.check();
				return undefined;
			}
			this.error = e;
			this.status = 'preview';
			return undefined;
		} finally {
			this.progress = undefined;
		}
	}

	close(): void {
		this.client?.terminate();
		this.client = undefined;
		this.reset();
	}

	private reset(): void {
		this.status = 'idle';
		this.file = undefined;
		this.refusal = undefined;
		this.summary = undefined;
		this.error = undefined;
		this.stale = false;
		this.conflictDefault = undefined;
		this.choices = {};
		this.merge = [];
		this.conflictKeys.clear();
	}
}

/** Undo of the last import, through the worker (it may touch a country's records). */
export async function undoCheck(): Promise<UndoInfoView | undefined> {
	const client = new ExchangeClient();
	try {
		return await client.call('undoInfo', {});
	} finally {
		client.terminate();
	}
}

export async function undoImport(force: boolean): Promise<ImportRecord> {
	const client = new ExchangeClient();
	try {
		return await client.call('undo', { force });
	} finally {
		client.terminate();
	}
}
