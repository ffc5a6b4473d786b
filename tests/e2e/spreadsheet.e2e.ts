/**
 * The spreadsheet import as a coordinator uses it: an .xlsx list of NGO contacts
 * with a Finnish header mapped by the suggestions alone, three planted
 * duplicates reviewed, applied, found in the directory and undone to exactly
 * the state before; the app's own directory CSV imported back as "no
 * changes"; a file with bad rows shown row by row with nothing written.
 * Every new screen is checked with axe and, at 1366×768 and 390×844, for
 * sideways scrolling (screenshots in the test output).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { loadDemo, open } from './helpers';
import { records } from './sharingSteps';
import { writeXlsx } from '../../src/lib/importers/spreadsheet/testing';

interface Person {
	id: string;
	name: string;
	email?: string;
	title?: string;
	organisationId?: string;
	deletedAt?: string;
}
interface Organisation {
	id: string;
	name: string;
	deletedAt?: string;
}

/** Every store of the database except the import history and settings (which an import and its undo write by design). */
async function dump(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve) => {
			const req = indexedDB.open('verkosto');
			req.onsuccess = () => resolve(req.result);
		});
		const out: Record<string, unknown[]> = {};
		for (const name of Array.from(db.objectStoreNames)) {
			if (['imports', 'importUndo', 'meta'].includes(name)) continue;
			out[name] = await new Promise<unknown[]>((resolve) => {
				const all = db.transaction(name).objectStore(name).getAll();
				all.onsuccess = () => resolve(all.result);
			});
		}
		db.close();
		return out;
	});
}

const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][]) => rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';

/** Checks a screen with axe, and at a laptop's and a phone's size that nothing scrolls sideways. */
async function look(page: Page, info: TestInfo, name: string) {
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		axe.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
	for (const [w, h] of [
		[1366, 768],
		[390, 844]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: info.outputPath(`${name}-${w}.png`), fullPage: true });
		const sideways = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(sideways, `${name} at ${w} px scrolls sideways`).toBeLessThanOrEqual(0);
	}
	await page.setViewportSize({ width: 1366, height: 768 });
}

async function chooseSheet(page: Page, name: string, bytes: Buffer, mimeType = 'text/csv') {
	await open(page, '/sharing');
	await page.getByRole('link', { name: 'Tuo taulukko' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tuo taulukko' })).toBeVisible();
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Valitse taulukko' }).click();
	await (await chooser).setFiles({ name, mimeType, buffer: bytes });
	await expect(page.getByRole('heading', { name: /Vaihe 2\/5: Sarakkeet/ })).toBeFocused();
}

test('200 NGO contacts: suggestions, three duplicates reviewed, applied, found, undone exactly', async ({
	page
}, info) => {
	test.setTimeout(180_000);
	await loadDemo(page);
	await open(page, '/sharing');
	const persons = (await records<Person>(page, 'persons')).filter((p) => !p.deletedAt);
	const orgs = (await records<Organisation>(page, 'organisations')).filter((o) => !o.deletedAt);
	const orgName = new Map(orgs.map((o) => [o.id, o.name]));
	const uniqueOrg = (id?: string) =>
		!!id && orgs.filter((o) => o.name === orgName.get(id)).length === 1;
	const known = persons.filter(
		(p) =>
			p.email &&
			uniqueOrg(p.organisationId) &&
			persons.filter((q) => q.name === p.name).length === 1
	);
	const [byEmail, byName] = [known[0], known[1]];

	const firsts = [
		'Aava',
		'Eino',
		'Helmi',
		'Onni',
		'Siiri',
		'Väinö',
		'Kerttu',
		'Lauri',
		'Iida',
		'Ilmari'
	];
	const lasts = [
		'Tuontila',
		'Rivinen',
		'Sarakas',
		'Taulunen',
		'Solunen',
		'Listala',
		'Kentälä',
		'Ruutula',
		'Otsala',
		'Arkkinen'
	];
	const places = ['Tampere', 'Nokia', 'Ylöjärvi', 'Kangasala', 'Orivesi'];
	const header = ['Nimi', 'Tehtävänimike', 'Yhdistys', 'Puhelin', 'Sähköposti', 'Kunta'];
	const rows: string[][] = [];
	for (let i = 0; i < 200; i++) {
		const k = i % 20;
		rows.push([
			`${firsts[i % 10]} ${lasts[Math.floor(i / 20)]}`,
			i % 3 ? 'Vapaaehtoinen' : 'Toiminnanjohtaja',
			`Perheyhdistys ${k + 1} ry`,
			`040 555 ${1000 + i}`,
			`yhteys${i}@example.fi`,
			places[k % 5]
		]);
	}
	// Planted: a demo person by e-mail (another title), a row twice in the file
	// (same e-mail, another phone), a demo person by name and organisation.
	rows[9] = [
		byEmail.name,
		'Uusi nimike',
		orgName.get(byEmail.organisationId!)!,
		'',
		byEmail.email!,
		''
	];
	rows[49] = [...rows[19].slice(0, 3), '040 555 9999', rows[19][4], rows[19][5]];
	rows[99] = [
		byName.name,
		'Toinen nimike',
		orgName.get(byName.organisationId!)!,
		'',
		'toinen@example.fi',
		''
	];
	const before = await dump(page);

	const xlsx = writeXlsx({
		format: 'xlsx',
		sheets: [{ name: 'Yhteyshenkilöt', rows: [header, ...rows] }]
	});
	await chooseSheet(
		page,
		'yhteyshenkilot.xlsx',
		Buffer.from(xlsx),
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	);
	// The suggestions alone map every column.
	const selects = page.locator('table.mapping select');
	await expect(selects).toHaveCount(6);
	expect(await selects.evaluateAll((s) => s.map((x) => (x as HTMLSelectElement).value))).toEqual([
		'person.name',
		'person.title',
		'organisation.name',
		'person.phone',
		'person.email',
		'organisation.municipalities'
	]);
	await look(page, info, 'columns');
	await page.getByRole('button', { name: 'Jatka' }).click();

	await expect(page.getByRole('heading', { name: /Vaihe 3\/5: Tarkistus/ })).toBeFocused();
	await expect(page.getByText('200 riviä kunnossa.')).toBeVisible();
	await expect(
		page.getByRole('group', { name: '20 organisaatiota ei ole vielä Verkostossa' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Jatka' })).toBeDisabled();
	await page.getByLabel('Luo nämä organisaatiot').check();
	await look(page, info, 'check');
	await page.getByRole('button', { name: 'Jatka' }).click();

	await expect(page.getByRole('heading', { name: /Vaihe 4\/5: Kaksoiskappaleet/ })).toBeVisible();
	await expect(page.getByText('Ehdokas 1/3')).toBeVisible();
	await expect(page.getByRole('heading', { name: byEmail.name })).toBeFocused();
	const table = page.locator('table').filter({ hasText: 'Verkostossa' });
	await expect(table.getByRole('row', { name: /Tehtävänimike/ })).toContainText('Uusi nimike');
	await page.getByLabel('Yhdistä', { exact: true }).check();
	await expect(page.getByLabel('Ota tiedostosta')).toBeChecked();
	await look(page, info, 'review');
	await page.getByRole('button', { name: 'Jatka' }).click();

	await expect(page.getByText('Ehdokas 2/3')).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Tiedoston rivi 21' })).toBeVisible();
	await page.getByLabel('Luo uusi').check();
	await page.getByRole('button', { name: 'Jatka' }).click();

	await expect(page.getByText('Ehdokas 3/3')).toBeVisible();
	await expect(page.getByRole('heading', { name: byName.name })).toBeFocused();
	await page.getByLabel('Ohita').check();
	await page.getByRole('button', { name: 'Jatka' }).click();

	await expect(page.getByRole('heading', { name: /Vaihe 5\/5: Yhteenveto/ })).toBeFocused();
	await expect(page.getByText('Henkilöt: 198 uutta, 1 muuttuu', { exact: false })).toBeVisible();
	await expect(page.getByText(/^Organisaatiot: 20 uutta, 0 muuttuu/)).toBeVisible();
	// Nothing is written before the user applies.
	expect(await dump(page)).toEqual(before);
	await look(page, info, 'summary');
	await page.getByRole('button', { name: 'Tuo tiedot' }).click();
	await expect(
		page.getByRole('heading', { name: /^Tuonti valmis: 218 uutta tietoa, 1 muuttui\./ })
	).toBeFocused();
	await look(page, info, 'done');

	// The people are found by search.
	await open(page, '/directory?type=persons');
	await page.getByLabel('Hae nimellä, kuvauksella, tehtävällä tai teemalla').fill('Helmi Sarakas');
	await expect(page.getByRole('heading', { name: 'Helmi Sarakas' }).first()).toBeVisible();
	const merged = (await records<Person>(page, 'persons')).find((p) => p.id === byEmail.id);
	expect(merged?.title).toBe('Uusi nimike');

	// Undone from the Sharing page exactly like a JSON import.
	await open(page, '/sharing');
	await expect(page.getByRole('cell', { name: 'yhteyshenkilot.xlsx' })).toBeVisible();
	await page.getByRole('button', { name: 'Peru viimeisin tuonti' }).click();
	const undo = page.getByRole('dialog', { name: 'Perutaanko viimeisin tuonti?' });
	await undo.getByRole('button', { name: 'Peru tuonti' }).click();
	await expect(page.getByRole('cell', { name: /^Peruttu / })).toBeVisible();
	expect(await dump(page)).toEqual(before);
});

test("the app's own directory CSV export imports back as no changes", async ({ page }) => {
	test.setTimeout(120_000);
	await loadDemo(page);
	await open(page, '/directory?type=persons');
	await expect(page.locator('article.contact').first()).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Vie lista (CSV)' }).click();
	const bytes = await readFile((await (await download).path())!);
	const before = await dump(page);

	await chooseSheet(page, 'verkosto-henkilot.csv', bytes);
	await page.getByRole('button', { name: 'Jatka' }).click();
	await expect(page.getByRole('heading', { name: /Vaihe 3\/5: Tarkistus/ })).toBeFocused();
	await page.getByRole('button', { name: 'Jatka' }).click();
	await expect(page.getByRole('heading', { name: /Vaihe 5\/5: Yhteenveto/ })).toBeFocused();
	await expect(
		page.getByText('Ei muutoksia: kaikki taulukon tiedot ovat jo Verkostossa sellaisinaan.')
	).toBeVisible();
	await expect(page.getByText(/^Henkilöt: 0 uutta, 0 muuttuu, \d+ ennallaan$/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Tuo tiedot' })).toBeDisabled();
	expect(await dump(page)).toEqual(before);
});

test('bad rows are named by row and column, can be fixed or left out, and nothing is written', async ({
	page
}, info) => {
	test.setTimeout(120_000);
	await loadDemo(page);
	await open(page, '/sharing');
	const before = await dump(page);
	const file = csv([
		['Yhteystiedot syksy 2026'],
		[],
		['Nimi', 'Yhdistys', 'Sähköposti', 'Puhelin', 'Kunta', 'Y-tunnus'],
		['Hyvä Ihminen', 'Hyvä ry', 'hyva@example.fi', '040 123 4567', 'Tampere', ''],
		['Huono Posti', 'Hyvä ry', 'huono(at)example', '040 123 4568', 'Tampere', ''],
		['Outo Kunta', 'Hyvä ry', 'outo@example.fi', 'soita', 'Atlantis', '1234567-8'],
		['=HYPERLINK("http://evil.example";"klikkaa")', 'Hyvä ry', '', '', '', '']
	]);
	// A file that is no spreadsheet is refused with a reason, and nothing changes.
	await open(page, '/sharing/spreadsheet');
	await look(page, info, 'file');
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Valitse taulukko' }).click();
	await (
		await chooser
	).setFiles({
		name: 'kuva.png',
		mimeType: 'image/png',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
	});
	const refused = page.getByRole('alert').filter({ hasText: 'Tiedostoa kuva.png ei voi tuoda' });
	await expect(refused).toContainText('Tiedosto ei ole taulukko (xlsx, ods tai csv).');
	await expect(refused).toContainText('Mitään ei tallennettu.');
	await look(page, info, 'refused');

	await chooseSheet(page, 'huono.csv', Buffer.from(file));
	// The title line is skipped: the header is found on row 3.
	await expect(page.getByLabel('Otsikkorivi')).toHaveValue('3');
	await page.getByRole('button', { name: 'Jatka' }).click();

	await expect(page.getByRole('heading', { name: /Vaihe 3\/5: Tarkistus/ })).toBeFocused();
	await expect(page.getByText('2 riviä kunnossa, 2 rivissä virheitä.')).toBeVisible();
	await expect(
		page.getByText('Rivi 5, sarake Sähköposti: Sähköpostiosoite ”huono(at)example” ei kelpaa.')
	).toBeVisible();
	await expect(
		page.getByText('Rivi 6, sarake Puhelin: Puhelinnumero ”soita” ei kelpaa.')
	).toBeVisible();
	await expect(
		page.getByText('Rivi 6, sarake Kunta: Kuntaa ”Atlantis” ei ole Verkostossa.')
	).toBeVisible();
	await expect(
		page.getByText(/^Rivi 6, sarake Y-tunnus: Y-tunnus ”1234567-8” ei kelpaa/)
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Jatka' })).toBeDisabled();
	await look(page, info, 'problems');

	// Fixed in place, the other row left out.
	await page.getByLabel('Korjattu arvo, rivi 5, sarake Sähköposti').fill('huono@example.fi');
	await page.getByLabel('Jätä rivi pois (rivi 6)').check();
	await page.getByRole('button', { name: 'Tarkista uudelleen' }).click();
	await expect(page.getByText('3 riviä kunnossa, 1 jätetty pois.')).toBeVisible();
	expect(await dump(page)).toEqual(before);
});
