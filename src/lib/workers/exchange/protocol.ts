/**
 * Messages between the page and the exchange worker. Errors cross the thread
 * boundary as data and are rebuilt as the same classes on the page, so the
 * page can tell a refused file from a full disk.
 */
import type { ImportRecord } from '$lib/db/database';
import type { StorageErrorKind } from '$lib/db/errors';
import type { Scope } from '$lib/exchange/format';
import type { ItemKind } from '$lib/exchange/plan';
import type { Decisions } from '$lib/exchange/resolve';
import type { ImportProblem } from '$lib/exchange/problems';
import type { ItemsPage, PreviewSummary } from '$lib/exchange/view';
import type { EntityName } from '$lib/domain/entities';

export interface UndoInfoView {
	record: ImportRecord;
	changed: number;
	dependants: number;
	exportedSince: boolean;
}

export interface Ops {
	export: {
		args: { scope: Omit<Scope, 'label'>; appVersion: string };
		result: { blob: Blob; records: number; scope: Scope };
	};
	preview: { args: { file: File }; result: PreviewSummary };
	items: {
		args: { kind: ItemKind; entity?: EntityName; offset?: number; limit?: number };
		result: ItemsPage;
	};
	apply: { args: { decisions: Decisions }; result: ImportRecord };
	undoInfo: { args: Record<string, never>; result: UndoInfoView | undefined };
	undo: { args: { force: boolean }; result: ImportRecord };
}
export type Op = keyof Ops;

export type Request = { [K in Op]: { id: number; op: K; args: Ops[K]['args'] } }[Op];

export type WireError =
	| { name: 'ImportRefused'; problems: ImportProblem[]; total: number }
	| { name: 'StorageError'; kind: StorageErrorKind; message: string; details?: unknown }
	| { name: 'ImportStale' }
	| { name: 'ImportUnresolved'; count: number }
	| { name: 'UndoBlocked'; changed: number; dependants: number }
	| { name: 'NothingToUndo' }
	| { name: 'ScopeMissing' }
	| { name: 'Error'; message: string };

export type Response =
	| { id: number; type: 'progress'; stage: string; done: number; total: number }
	| { id: number; type: 'result'; value: unknown }
	| { id: number; type: 'error'; error: WireError };
