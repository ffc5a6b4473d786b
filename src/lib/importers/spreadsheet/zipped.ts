/**
 * The zip-based formats, in their own module so that the zip and XML code
 * is loaded only when such a file is opened: xlsx by its workbook part, ods by
 * its mimetype entry; any other zip (a .docx, an archive) is not a spreadsheet.
 */
import { ODS_MIMETYPE, readOds } from './ods';
import { SpreadsheetRefused, type Workbook } from './types';
import { findWorkbookPart, readXlsx } from './xlsx';
import { Budget, readText, readZipDirectory } from './zip';

export async function readZipped(bytes: Uint8Array): Promise<Workbook> {
	const entries = readZipDirectory(bytes);
	const budget = new Budget();
	const mimetype = entries.get('mimetype');
	if (mimetype) {
		if (mimetype.size > 256) throw new SpreadsheetRefused({ code: 'notSpreadsheet' });
		const type = (await readText(bytes, mimetype, budget)).trim();
		if (type === ODS_MIMETYPE || type === `${ODS_MIMETYPE}-template`)
			return readOds(bytes, entries, budget);
		throw new SpreadsheetRefused({ code: 'notSpreadsheet' });
	}
	const workbookPart = await findWorkbookPart(bytes, entries, budget);
	if (workbookPart && entries.has(workbookPart) && /\.xml$/i.test(workbookPart))
		return readXlsx(bytes, entries, budget, workbookPart);
	if (workbookPart && entries.has(workbookPart) && /\.bin$/i.test(workbookPart))
		throw new SpreadsheetRefused({ code: 'binaryExcel' });
	throw new SpreadsheetRefused({ code: 'notSpreadsheet' });
}
