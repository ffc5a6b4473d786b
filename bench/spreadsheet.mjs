// The spreadsheet import at 10,000 rows (issue 14): an .xlsx contact list (person,
// title, organisation, phone, e-mail, municipality; 500 organisations) into the
// demo network through /sharing/spreadsheet, timed from choosing the file to
// the summary (the preview: read, columns, check) and from "Tuo tiedot" to
// done, with the longest main-thread task during the preview. Beside it, the
// JSON import of the same records: the data exported after the spreadsheet
// import, imported into a second fresh demo profile through the Sharing page.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { importTs } from '../scripts/importTs.mjs';

const LONG = 600_000;
const ROWS = 10_000;
const PLACES = ['Tampere', 'Nokia', 'Ylöjärvi', 'Kangasala', 'Orivesi', 'Lempäälä', 'Pirkkala'];

/** The contact list: a Finnish header and one row per person. */
export function contactRows(rows = ROWS) {
	const out = [['Nimi', 'Tehtävänimike', 'Yhdistys', 'Puhelin', 'Sähköposti', 'Kunta']];
	for (let i = 0; i < rows; i++) {
		const k = i % 500;
		out.push([
			`Henkilö ${i} Taulukkonen`,
			i % 3 ? 'Vapaaehtoinen' : 'Toiminnanjohtaja',
			`Perheyhdistys ${k} ry`,
			`040 ${String(1_000_000 + i).slice(-7)}`,
			`henkilo${i}@example.fi`,
			PLACES[k % PLACES.length]
		]);
	}
	return out;
}

/** The contact list as an Excel workbook (.xlsx), the format coordinators keep it in. */
async function contactWorkbook() {
	const { writeXlsx } = await importTs('src/lib/importers/spreadsheet/testing.ts');
	return writeXlsx({ format: 'xlsx', sheets: [{ name: 'Yhteyshenkilöt', rows: contactRows() }] });
}

function observeLongTasks() {
	const w = /** @type {any} */ (window);
	w.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			w.__longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
}
const longestSince = (page, from) =>
	page.evaluate(
		(a) =>
			Math.max(
				0,
				.../** @type {any} */ (window).__longTasks
					.filter((t) => t.start >= a)
					.map((t) => t.duration)
			),
		from
	);

async function withDemo(profile, executablePath, base) {
	const context = await launch(profile, executablePath);
	await context.addInitScript(observeLongTasks);
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(`${base}/`);
	await page.getByRole('button', { name: 'Lataa esimerkkiverkosto (Pirkanmaa)' }).click();
	await page.getByText('Esimerkkiverkosto ladattu.').waitFor({ timeout: LONG });
	return { context, page };
}

export async function measureSpreadsheet({ base, work, executablePath, log }) {
	const out = { rows: ROWS };
	// A file on disk, as the JSON import's: a buffer would be built into a File by script on the page's thread.
	const sheet = join(work, 'yhteyshenkilot.xlsx');
	await writeFile(sheet, await contactWorkbook());
	const exported = join(work, 'after-spreadsheet.json');
	let { context, page } = await withDemo(join(work, 'profile-sheet'), executablePath, base);
	try {
		log(`spreadsheet: ${ROWS} rows through /sharing/spreadsheet`);
		await page.goto(`${base}/sharing/spreadsheet`);
		await page.getByRole('heading', { level: 1, name: 'Tuo taulukko' }).waitFor();
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Valitse taulukko' }).click();
		const from = await page.evaluate(() => performance.now());
		const t0 = Date.now();
		await (await chooser).setFiles(sheet);
		await page.getByRole('heading', { name: /Vaihe 2\/5/ }).waitFor({ timeout: LONG });
		await page.getByRole('button', { name: 'Jatka' }).click();
		await page.getByLabel('Luo nämä organisaatiot').check({ timeout: LONG });
		await page.getByRole('button', { name: 'Jatka' }).click();
		await page.getByRole('heading', { name: /Vaihe 5\/5/ }).waitFor({ timeout: LONG });
		out.previewMs = Date.now() - t0;
		out.longestTaskMs = await longestSince(page, from);
		const t1 = Date.now();
		await page.getByRole('button', { name: 'Tuo tiedot' }).click();
		await page.getByRole('heading', { name: /^Tuonti valmis/ }).waitFor({ timeout: LONG });
		out.applyMs = Date.now() - t1;

		log('spreadsheet: exporting the same records as JSON');
		await page.goto(`${base}/settings`);
		const download = page.waitForEvent('download', { timeout: LONG });
		await page.getByRole('button', { name: 'Vie kaikki tiedot' }).click();
		await (await download).saveAs(exported);
	} finally {
		await context.close();
	}

	({ context, page } = await withDemo(join(work, 'profile-json'), executablePath, base));
	try {
		log('spreadsheet: the JSON import of the same records');
		await page.goto(`${base}/sharing`);
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Valitse tiedosto' }).click();
		const t0 = Date.now();
		await (await chooser).setFiles(exported);
		await page
			.getByRole('heading', { name: 'Esikatselu: mitä tuonti muuttaisi' })
			.waitFor({ timeout: LONG });
		out.jsonPreviewMs = Date.now() - t0;
		const t1 = Date.now();
		await page.getByRole('button', { name: 'Tuo muutokset' }).click();
		await page.getByText(/^Tuonti valmis/).waitFor({ timeout: LONG });
		out.jsonApplyMs = Date.now() - t1;
	} finally {
		await context.close();
		await rm(exported, { force: true });
		await rm(sheet, { force: true });
	}
	return out;
}
