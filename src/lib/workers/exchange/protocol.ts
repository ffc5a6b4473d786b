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
import type { SheetCheck, SheetPlanRequest, SheetRequest } from '$lib/services/spreadsheetImport';
import type { SpreadsheetProblem } from '$lib/importers/spreadsheet/types';

/** A spreadsheet as the page first sees it: each sheet's size and top rows (for the header). */
export interface SheetsView {
	fileName: string;
	format: string;
	sheets: { name: string; rows: number; columns: number; head: string[][] }[];
}

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
	/** Loads the spreadsheet code and opens the database while the user chooses a file. */
	sheetWarm: { args: Record<string, never>; result: null };
	/** Spreadsheet import: reads the file (kept in the worker), then checks and plans it. */
	sheetOpen: { args: { file: File }; result: SheetsView };
	sheetCheck: { args: SheetRequest; result: SheetCheck };
	/** Plans the reviewed rows; `apply` then applies them like a JSON file. */
	sheetPreview: { args: SheetPlanRequest; result: PreviewSummary & { leftOut: number } };
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
	| { name: 'SpreadsheetRefused'; problem: SpreadsheetProblem }
	| { name: 'ReviewUnfinished'; count: number }
	| { name: 'Error'; message: string };

export type Response =
	| { id: number; type: 'progress'; stage: string; done: number; total: number }
	| { id: number; type: 'result'; value: unknown }
	| { id: number; type: 'error'; error: WireError };
