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
import type { Request, Response, SheetsView, WireError } from './protocol';
import { SpreadsheetRefused, type Workbook } from '$lib/importers/spreadsheet/types';
import { itemsPage, summarize } from '$lib/exchange/view';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let connection: VerkostoDb | undefined;
const db = () => (connection ??= createDb());
/** The file being previewed; applying uses exactly what was shown. */
let preview: ImportPreview | undefined;
/** The spreadsheet being imported (its rows stay here; the page gets the top rows). */
interface OpenSheets {
	fileName: string;
	workbook: Workbook;
	memo: object;
	/** The first check, begun before the page asks for it (checkAhead). */
	ahead?: Promise<unknown>;
}
let sheets: OpenSheets | undefined;
/** Rows of each sheet sent to the page for choosing the header and showing samples. */
const HEAD_ROWS = 35;
/** The spreadsheet import's code, loaded when a spreadsheet is opened (not for a JSON file). */
const sheetService = () => import('$lib/services/spreadsheetImport');

/**
 * Checks the first sheet as the page will first ask (its likely header row and
 * the suggested mapping) while the user looks at the columns, so that "Jatka"
 * finds the check done. The result waits in the memo, which is used only for
 * exactly that request against unchanged data; any other request checks anew.
 */
async function checkAhead(open: OpenSheets, view: SheetsView): Promise<void> {
	const first = view.sheets[0];
	if (!first) return;
	const { findHeaderRow, headersOf, defaultMapping } =
		await import('$lib/importers/spreadsheet/mapping');
	const headerRow = findHeaderRow(first.head);
	const mapping = defaultMapping(headersOf(first.head, headerRow, first.columns));
	if (!mapping.columns.some(Boolean)) return;
	const request = { sheet: 0, headerRow, mapping, edits: {}, excluded: [] };
	await (await sheetService()).checkSheet(db(), open.workbook, request, open.memo);
}

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
		case 'sheetWarm':
			// Compiling the reader and the checks here, not after the file is chosen, takes a
			// noticeable part of the wait off a 10,000-row import.
			await Promise.all([
				import('$lib/importers/spreadsheet/read'),
				import('$lib/importers/spreadsheet/zipped'),
				sheetService(),
				db().open()
			]);
			return null;
		case 'sheetOpen': {
			const { file } = req.args;
			sheets = undefined;
			preview = undefined;
			progress('read', 0, 1);
			// The parser is loaded when the page opens (sheetWarm), at the latest now.
			const { readSpreadsheet } = await import('$lib/importers/spreadsheet/read');
			const workbook = await readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()));
			const open: OpenSheets = { fileName: file.name, workbook, memo: {} };
			sheets = open;
			progress('read', 1, 1);
			const view: SheetsView = {
				fileName: file.name,
				format: workbook.format,
				sheets: workbook.sheets.map((s) => ({
					name: s.name,
					rows: s.rows.length,
					columns: s.rows.reduce((n, r) => Math.max(n, r.length), 0),
					head: s.rows.slice(0, HEAD_ROWS)
				}))
			};
			// After the view is posted (a task later): the page shows the columns first.
			setTimeout(() => (open.ahead = checkAhead(open, view).catch(() => undefined)));
			return view;
		}
		case 'sheetCheck':
			if (!sheets) throw new Error('no spreadsheet');
			await sheets.ahead;
			return (await sheetService()).checkSheet(db(), sheets.workbook, req.args, sheets.memo);
		case 'sheetPreview': {
			if (!sheets) throw new Error('no spreadsheet');
			await sheets.ahead;
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
