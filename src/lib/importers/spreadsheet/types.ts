/**
 * A spreadsheet as Verkosto's importers see it: each sheet a grid of the texts
 * a user sees in the cells (a formula as its cached value, never evaluated),
 * with no formatting. The readers (xlsx, ods, csv) produce it; column mapping,
 * row checks and the duplicate review work on it alone.
 */
export type SpreadsheetFormat = 'xlsx' | 'ods' | 'csv';

export interface Sheet {
	name: string;
	/** Rows top to bottom, cells left to right; trailing empty cells and rows trimmed. */
	rows: string[][];
}

export interface Workbook {
	format: SpreadsheetFormat;
	sheets: Sheet[];
}

/** Why a file cannot be read; the UI says it in the user's language. */
export type SpreadsheetProblem =
	| { code: 'fileTooLarge'; limit: number }
	| { code: 'uncompressedTooLarge'; limit: number }
	| { code: 'tooManyRows'; sheet: string; limit: number }
	| { code: 'tooManyColumns'; sheet: string; limit: number }
	/** `row` and `column` count from 1, as the spreadsheet program shows them. */
	| { code: 'cellTooLong'; sheet: string; row: number; column: number; limit: number }
	| { code: 'encrypted' }
	| { code: 'corrupt' }
	| { code: 'notSpreadsheet' }
	/** An Excel 97–2003 .xls: the user can save it as .xlsx (or .csv) and try again. */
	| { code: 'legacyExcel' }
	/** An Excel binary workbook (.xlsb): a zip like .xlsx, but its parts are not XML. */
	| { code: 'binaryExcel' }
	| { code: 'empty' };

export class SpreadsheetRefused extends Error {
	constructor(readonly problem: SpreadsheetProblem) {
		super(problem.code);
		this.name = 'SpreadsheetRefused';
	}
}
