/// <reference lib="webworker" />
/**
 * The exchange worker: reads, checks and plans import files, applies imports,
 * undoes them and builds exports, off the page's thread, so a whole country's
 * file (about 95 MB) never freezes the page. It is an entry point, like a
 * page: it composes the sharing service with its own database connection
 * (Dexie tells the page's live queries about its writes).
 */
import { createDb, type VerkostoDb } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';
import {
	applyImport,
	exportData,
	ImportStale,
	ImportUnresolved,
	NothingToUndo,
	previewImport,
	ScopeMissing,
	undoInfo,
	undoLastImport,
	UndoBlocked,
	type ImportPreview
} from '$lib/services/sharing';
import { LIMITS } from '$lib/exchange/format';
import { ImportRefused } from '$lib/exchange/problems';
import type { Request, Response, WireError } from './protocol';
import { SpreadsheetRefused, type Workbook } from '$lib/importers/spreadsheet/types';
import { itemsPage, summarize } from '$lib/exchange/view';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let connection: VerkostoDb | undefined;
const db = () => (connection ??= createDb());
/** The file being previewed; applying uses exactly what was shown. */
let preview: ImportPreview | undefined;
/** The spreadsheet being imported (its rows stay here; the page gets the top rows). */
let sheets: { fileName: string; workbook: Workbook; memo: object } | undefined;
/** Rows of each sheet sent to the page for choosing the header and showing samples. */
const HEAD_ROWS = 35;
/** The spreadsheet import's code, loaded when a spreadsheet is opened (not for a JSON file). */
const sheetService = () => import('$lib/services/spreadsheetImport');

function wire(e: unknown): WireError {
	if (e instanceof ImportRefused)
		return { name: 'ImportRefused', problems: e.problems, total: e.total };
	if (e instanceof StorageError)
		return { name: 'StorageError', kind: e.kind, message: e.message, details: e.details };
	if (e instanceof ImportStale) return { name: 'ImportStale' };
	if (e instanceof ImportUnresolved) return { name: 'ImportUnresolved', count: e.count };
	if (e instanceof UndoBlocked)
		return { name: 'UndoBlocked', changed: e.changed, dependants: e.dependants };
	if (e instanceof NothingToUndo) return { name: 'NothingToUndo' };
	if (e instanceof ScopeMissing) return { name: 'ScopeMissing' };
	if (e instanceof SpreadsheetRefused) return { name: 'SpreadsheetRefused', problem: e.problem };
	if (e instanceof Error && e.name === 'ReviewUnfinished')
		return { name: 'ReviewUnfinished', count: (e as Error & { count: number }).count };
	return { name: 'Error', message: e instanceof Error ? e.message : String(e) };
}

async function run(req: Request, progress: (stage: string, done: number, total: number) => void) {
	switch (req.op) {
		case 'export': {
			const r = await exportData(db(), req.args, progress);
			return {
				blob: new Blob(r.parts, { type: 'application/json' }),
				records: r.records,
				scope: r.scope
			};
		}
		case 'preview': {
			const { file } = req.args;
			preview = undefined;
			// Refused before reading, so a huge file is never loaded into memory.
			if (file.size > LIMITS.fileBytes)
				throw new ImportRefused([{ code: 'tooLarge', value: file.size }]);
			progress('read', 0, 1);
			const text = await file.text();
			preview = await previewImport(db(), text, {
				fileName: file.name,
				byteSize: file.size,
				progress
			});
			return summarize(preview);
		}
		case 'items':
			if (!preview) throw new Error('no preview');
			return itemsPage(preview, req.args);
		case 'apply': {
			if (!preview) throw new Error('no preview');
			const record = await applyImport(db(), preview, req.args.decisions, { progress });
			preview = undefined;
			return record;
		}
		case 'undoInfo':
			return undoInfo(db());
		case 'undo':
			return undoLastImport(db(), { force: req.args.force });
		case 'sheetOpen': {
			const { file } = req.args;
			sheets = undefined;
			preview = undefined;
			progress('read', 0, 1);
			// The parser is loaded only now, when a spreadsheet is opened.
			const { readSpreadsheet } = await import('$lib/importers/spreadsheet/read');
			const workbook = await readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()));
			sheets = { fileName: file.name, workbook, memo: {} };
			progress('read', 1, 1);
			return {
				fileName: file.name,
				format: workbook.format,
				sheets: workbook.sheets.map((s) => ({
					name: s.name,
					rows: s.rows.length,
					columns: s.rows.reduce((n, r) => Math.max(n, r.length), 0),
					head: s.rows.slice(0, HEAD_ROWS)
				}))
			};
		}
		case 'sheetCheck':
			if (!sheets) throw new Error('no spreadsheet');
			return (await sheetService()).checkSheet(db(), sheets.workbook, req.args, sheets.memo);
		case 'sheetPreview': {
			if (!sheets) throw new Error('no spreadsheet');
			preview = undefined;
			const p = await (
				await sheetService()
			).previewSheet(db(), sheets.workbook, req.args, {
				fileName: sheets.fileName,
				appVersion: __APP_VERSION__,
				progress,
				memo: sheets.memo
			});
			preview = p;
			return { ...summarize(p), leftOut: p.leftOut };
		}
	}
}

scope.onmessage = async (event: MessageEvent<Request>) => {
	const req = event.data;
	const post = (r: Response) => scope.postMessage(r);
	let last = 0;
	const progress = (stage: string, done: number, total: number) => {
		// At most ~10 messages a second, always the last one of a stage.
		const now = performance.now();
		if (done < total && now - last < 100) return;
		last = now;
		post({ id: req.id, type: 'progress', stage, done, total });
	};
	try {
		post({ id: req.id, type: 'result', value: await run(req, progress) });
	} catch (e) {
		post({ id: req.id, type: 'error', error: wire(e) });
	}
};
