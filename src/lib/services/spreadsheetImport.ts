/**
 * The spreadsheet import's steps that read this device's data: checking the
 * mapped rows and finding duplicate candidates (changes nothing), then
 * turning the reviewed rows into an import preview that is applied, recorded
 * and undone exactly like a JSON import (services/sharing.ts). Runs in the
 * exchange worker.
 */
import type { VerkostoDb } from '$lib/db/database';
import { systemClock, type Clock, isLive } from '$lib/domain/records';
import type { Sector } from '$lib/domain/fields';
import { FORMAT_NAME, FORMAT_VERSION, type ExportFile } from '$lib/exchange/format';
import type { Progress } from '$lib/exchange/build';
import { matchRows, type Candidate } from '$lib/importers/spreadsheet/duplicates';
import { vocabularyLabels } from '$lib/importers/spreadsheet/labels';
import type { Mapping } from '$lib/importers/spreadsheet/mapping';
import { buildRecords, type ReviewDecisions } from '$lib/importers/spreadsheet/records';
import { checkRows, type Edits, type RowProblem } from '$lib/importers/spreadsheet/rows';
import type { Workbook } from '$lib/importers/spreadsheet/types';
import { previewRecords, type ImportPreview } from './sharing';

export interface SheetRequest {
	sheet: number;
	headerRow: number;
	mapping: Mapping;
	edits: Edits;
	/** Row numbers (as the spreadsheet shows them) left out. */
	excluded: number[];
}

/** Problems listed at most (all are counted). */
export const SHOWN_PROBLEMS = 500;

export interface SheetCheck {
	dataRows: number;
	excluded: number;
	/** Rows that pass every check. */
	goodRows: number;
	problems: RowProblem[];
	problemTotal: number;
	/** Numbers of the rows with problems (all of them: "leave them all out" needs them). */
	problemRows: number[];
	candidates: Candidate[];
	newOrganisations: { name: string; row: number }[];
}

type Local = Awaited<ReturnType<typeof localData>>;

/**
 * What checking found, kept (in the worker) so that the preview right after
 * does not check and match 10,000 rows again. Reused only for the same
 * request against the same data (`stateOf`), so never against data changed since.
 */
export interface SheetMemo {
	key?: string;
	state?: string;
	checked?: ReturnType<typeof checkRows>;
	match?: ReturnType<typeof matchRows>;
}

/** A fingerprint of the records checking and matching read: counts, versions and latest change. */
const READ = [
	'organisations',
	'persons',
	'services',
	'memberships',
	'municipalities',
	'bodies'
] as const;
function stateOf(local: Pick<Local, (typeof READ)[number]>): string {
	return READ.map((n) => {
		let versions = 0;
		let latest = '';
		for (const r of local[n] as { version: number; updatedAt: string }[]) {
			versions += r.version;
			if (r.updatedAt > latest) latest = r.updatedAt;
		}
		return `${local[n].length}/${versions}/${latest}`;
	}).join('|');
}

function checkAndMatch(workbook: Workbook, req: SheetRequest, local: Local, memo?: SheetMemo) {
	const key = JSON.stringify([req.sheet, req.headerRow, req.mapping, req.edits, req.excluded]);
	const state = stateOf(local);
	if (memo?.checked && memo.match && memo.key === key && memo.state === state)
		return { checked: memo.checked, match: memo.match };
	const checked = checkRows(
		sheetOf(workbook, req),
		req.headerRow,
		req.mapping,
		{
			municipalities: local.municipalities.filter(isLive),
			bodies: local.bodies,
			labels: vocabularyLabels()
		},
		{ edits: req.edits, excluded: req.excluded }
	);
	const match = matchRows(checked.rows, local);
	if (memo) Object.assign(memo, { key, state, checked, match });
	return { checked, match };
}

async function localData(db: VerkostoDb) {
	const [organisations, persons, services, memberships, municipalities, bodies] = await Promise.all(
		[
			db.organisations.toArray(),
			db.persons.toArray(),
			db.services.toArray(),
			db.memberships.toArray(),
			db.municipalities.toArray(),
			db.bodies.toArray()
		]
	);
	return { organisations, persons, services, memberships, municipalities, bodies };
}

function sheetOf(workbook: Workbook, req: SheetRequest) {
	const sheet = workbook.sheets[req.sheet];
	if (!sheet) throw new Error('no such sheet');
	return sheet;
}

/** Checks every row and finds the duplicate candidates. Changes nothing. */
export async function checkSheet(
	db: VerkostoDb,
	workbook: Workbook,
	req: SheetRequest,
	memo?: SheetMemo
): Promise<SheetCheck> {
	const { checked, match } = checkAndMatch(workbook, req, await localData(db), memo);
	return {
		dataRows: checked.dataRows,
		excluded: checked.excluded,
		goodRows: checked.rows.length,
		problems: checked.problems.slice(0, SHOWN_PROBLEMS),
		problemTotal: checked.problems.length,
		problemRows: [...new Set(checked.problems.map((p) => p.row))],
		candidates: match.candidates,
		newOrganisations: match.newOrganisations
	};
}

export interface SheetPlanRequest extends SheetRequest {
	decisions: ReviewDecisions;
	createOrganisations: boolean;
	defaultSector?: Sector;
}

/**
 * The import preview of the checked, reviewed rows (rows with problems are
 * never imported: the page lets the user on only once each is fixed or left out).
 */
export async function previewSheet(
	db: VerkostoDb,
	workbook: Workbook,
	req: SheetPlanRequest,
	{
		fileName,
		appVersion,
		clock = systemClock,
		progress,
		memo
	}: {
		fileName: string;
		appVersion: string;
		clock?: Clock;
		progress?: Progress;
		memo?: SheetMemo;
	}
): Promise<ImportPreview & { leftOut: number }> {
	let leftOut = 0;
	const preview = await previewRecords(
		db,
		(all) => {
			const { checked, match } = checkAndMatch(workbook, req, all, memo);
			const built = buildRecords(checked.rows, match, req.decisions, all, {
				createOrganisations: req.createOrganisations,
				defaultSector: req.mapping.defaultSector,
				clock
			});
			leftOut = built.leftOut + new Set(checked.problems.map((p) => p.row)).size;
			const now = clock.now();
			const file: ExportFile = {
				header: {
					format: FORMAT_NAME,
					formatVersion: FORMAT_VERSION,
					appVersion,
					exportedAt: now,
					exporter: {},
					scope: { kind: 'directory', personalData: 'full' },
					counts: {},
					checksum: { algorithm: 'SHA-256', value: '0'.repeat(64) }
				},
				data: built.data,
				sync: built.sync
			};
			return file;
		},
		{ fileName, progress }
	);
	return { ...preview, leftOut };
}
