/**
 * The spreadsheet import's steps that read this device's data: checking the
 * mapped rows and finding duplicate candidates (changes nothing), then
 * turning the reviewed rows into an import preview that is applied, recorded
 * and undone exactly like a JSON import (services/sharing.ts). Runs in the
 * exchange worker.
 */
import type { VerkostoDb } from '$lib/db/database';
import { systemClock, type Clock } from '$lib/domain/records';
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
	req: SheetRequest
): Promise<SheetCheck> {
	const local = await localData(db);
	const checked = checkRows(
		sheetOf(workbook, req),
		req.headerRow,
		req.mapping,
		{
			municipalities: local.municipalities.filter((m) => !m.deletedAt),
			bodies: local.bodies,
			labels: vocabularyLabels()
		},
		{ edits: req.edits, excluded: req.excluded }
	);
	const match = matchRows(checked.rows, local);
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
		progress
	}: { fileName: string; appVersion: string; clock?: Clock; progress?: Progress }
): Promise<ImportPreview & { leftOut: number }> {
	let leftOut = 0;
	const preview = await previewRecords(
		db,
		(all) => {
			const sheet = sheetOf(workbook, req);
			const checked = checkRows(
				sheet,
				req.headerRow,
				req.mapping,
				{
					municipalities: all.municipalities.filter((m) => !m.deletedAt),
					bodies: all.bodies,
					labels: vocabularyLabels()
				},
				{ edits: req.edits, excluded: req.excluded }
			);
			const match = matchRows(checked.rows, all);
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
