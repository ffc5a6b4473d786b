/**
 * Two coordinators sharing files: export in one browser, edit in both, import
 * each other's file, settle a conflict, undo. Plus refused files, privacy
 * options, backup, offline use and accessibility of the preview.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { loadDemo, open, waitForServiceWorker } from './helpers';
import { chooseFile, coordinator, counts, edit, exportFile, read } from './sharingSteps';
import { expectAccessible } from './axe';

test('two coordinators: export, edit in both, import each other’s file, settle a conflict, undo', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const a = await coordinator(browser);
	const b = await coordinator(browser);

	// A names herself, loads the network and sends all of it to B.
	await loadDemo(a.page);
	await open(a.page, '/settings');
	await a.page.getByLabel('Nimi').fill('Aino Koordinaattori');
	await a.page.getByLabel('Organisaatio').fill('Pirkanmaan hyvinvointialue');
	await a.page.getByRole('button', { name: 'Tallenna' }).first().click();
	await expect(a.page.getByText('Tallennettu.')).toBeVisible();
	const first = await exportFile(a.page);
	expect(first.name).toMatch(/^verkosto-kaikki-\d{4}-\d{2}-\d{2}\.json$/);
	expect(first.json.exporter).toEqual({
		name: 'Aino Koordinaattori',
		organisation: 'Pirkanmaan hyvinvointialue'
	});

	await chooseFile(b.page, first.name, first.text);
	await expect(
		b.page.getByRole('heading', { name: 'Esikatselu: mitä tuonti muuttaisi' })
	).toBeVisible();
	await expect(b.page.getByText('Aino Koordinaattori, Pirkanmaan hyvinvointialue')).toBeVisible();
	await expect(counts(b.page, 'Organisaatiot').first()).toHaveText(
		String(first.json.data.organisations.length)
	);
	// Choosing the file changed nothing yet.
	await open(b.page, '/');
	await expect(b.page.getByRole('heading', { name: 'Miten haluat aloittaa?' })).toBeVisible();
	await chooseFile(b.page, first.name, first.text);
	await b.page.getByRole('button', { name: 'Tuo muutokset' }).click();
	const records = Object.values(first.json.data).reduce((n, list) => n + list.length, 0);
	await expect(b.page.getByText(new RegExp(`^Tuonti valmis: ${records} uutta`))).toBeVisible();
	await expect(b.page.getByRole('cell', { name: first.name })).toBeVisible();

	// Both edit the same organisation's description; A also changes another one's phone.
	const [x, y] = first.json.data.organisations.slice(5, 7);
	await edit(a.page, 'organisations', x.id, { description: 'A:n kuvaus' });
	await edit(a.page, 'organisations', y.id, { phone: '040 765 4321' });
	await edit(b.page, 'organisations', x.id, { description: 'B:n kuvaus' });
	const fromA = await exportFile(a.page);
	const fromB = await exportFile(b.page);

	// B imports A's file: one change, one conflict, settled field by field (B keeps its own text).
	await chooseFile(b.page, 'a.json', fromA.text);
	await expect(counts(b.page, 'Organisaatiot').nth(1)).toHaveText('1');
	await expect(counts(b.page, 'Organisaatiot').nth(3)).toHaveText('1');
	await expect(b.page.getByText('Ratkaise vielä 1 ristiriita ennen tuontia.')).toBeVisible();
	await expect(b.page.getByRole('button', { name: 'Tuo muutokset' })).toBeDisabled();
	const conflict = b.page.getByRole('group', { name: `Kumpi jää: Organisaatio «${x.name}»` });
	await expect(conflict.getByRole('cell', { name: 'A:n kuvaus' })).toBeVisible();
	await conflict.getByRole('radio', { name: 'Kenttä kentältä' }).check();
	await conflict.getByRole('radio', { name: /Kenttä kuvaus, Sinun tietosi/ }).check();
	await b.page.getByRole('button', { name: 'Tuo muutokset' }).click();
	await expect(b.page.getByText(/^Tuonti valmis: 0 uutta, 1 muuttunutta/)).toBeVisible();
	expect(await read(b.page, 'organisations', x.id)).toMatchObject({ description: 'B:n kuvaus' });
	expect(await read(b.page, 'organisations', y.id)).toMatchObject({ phone: '040 765 4321' });

	// A imports B's earlier file: the conflict again; A takes B's version.
	await chooseFile(a.page, 'b.json', fromB.text);
	const other = a.page.getByRole('group', { name: `Kumpi jää: Organisaatio «${x.name}»` });
	await other.getByRole('radio', { name: /Ota tiedostosta/ }).check();
	await a.page.getByRole('button', { name: 'Tuo muutokset' }).click();
	await expect(a.page.getByText(/^Tuonti valmis/)).toBeVisible();
	expect(await read(a.page, 'organisations', x.id)).toMatchObject({ description: 'B:n kuvaus' });
	// A's own change to the other organisation was not touched by B's older copy.
	expect(await read(a.page, 'organisations', y.id)).toMatchObject({ phone: '040 765 4321' });

	// B undoes its last import: the phone change goes, B's own text stays.
	await open(b.page, '/sharing');
	await b.page.getByRole('button', { name: 'Peru viimeisin tuonti' }).click();
	const undo = b.page.getByRole('dialog', { name: 'Perutaanko viimeisin tuonti?' });
	await expect(undo.getByText(/palautetaan täsmälleen sellaisiksi/)).toBeVisible();
	await undo.getByRole('button', { name: 'Peru tuonti' }).click();
	await expect(b.page.getByText('Tuonti peruttiin.')).toBeVisible();
	expect(await read(b.page, 'organisations', y.id)).not.toHaveProperty('phone', '040 765 4321');
	expect(await read(b.page, 'organisations', x.id)).toMatchObject({ description: 'B:n kuvaus' });
	await expect(b.page.getByRole('cell', { name: /^Peruttu / })).toBeVisible();

	await a.context.close();
	await b.context.close();
});

test('a damaged or hostile file is refused with a message naming record and field, and changes nothing', async ({
	browser
}) => {
	const a = await coordinator(browser);
	await loadDemo(a.page);
	const file = await exportFile(a.page);

	await chooseFile(a.page, 'rikki.json', file.text.slice(0, 5000));
	await expect(
		a.page.getByRole('heading', { name: 'Tiedostoa rikki.json ei voi tuoda' })
	).toBeVisible();
	await expect(a.page.getByText(/ei ole kelvollista JSON-muotoa/)).toBeVisible();
	await expect(a.page.getByText('Mitään ei muutettu.')).toBeVisible();

	const org = file.json.data.organisations[0];
	const hostile = file.text.replace(
		`"name":"${org.name}"`,
		`"name":"${org.name}","website":"javascript:alert(1)"`
	);
	await chooseFile(a.page, 'paha.json', hostile);
	await expect(
		a.page.getByText(
			`Organisaatio «${org.name}», kenttä verkkosivu: linkin pitää alkaa http:// tai https://`
		)
	).toBeVisible();

	const newer = file.text.replace(/"formatVersion":\d+/, '"formatVersion":7');
	await chooseFile(a.page, 'uusi.json', newer);
	await expect(
		a.page.getByText(/tehty Verkoston uudemmalla versiolla \(tiedostomuoto 7\)/)
	).toBeVisible();

	// The data is as it was and nothing was recorded.
	await expect(a.page.getByText('Tiedostoja ei ole vielä tuotu.')).toBeVisible();
	await open(a.page, '/');
	await expect(
		a.page.locator('.summary div', { hasText: 'Organisaatiot' }).locator('dd')
	).toHaveText(String(file.json.data.organisations.length));
	await a.context.close();
});

test('exports a region without people: no warning, no personal data, a name that says so', async ({
	browser
}) => {
	const a = await coordinator(browser);
	await loadDemo(a.page);
	await open(a.page, '/sharing');
	await a.page.getByRole('radio', { name: /^Yksi alue/ }).check();
	await a.page.getByLabel('Alue', { exact: true }).selectOption({ label: 'Läntinen alue' });
	await a.page.getByRole('radio', { name: /^Ilman henkilöitä/ }).check();
	const download = a.page.waitForEvent('download');
	await a.page.getByRole('button', { name: 'Vie tiedosto', exact: true }).click();
	const d = await download;
	expect(d.suggestedFilename()).toMatch(
		/^verkosto-lantinen-alue-ilman-henkiloita-\d{4}-\d{2}-\d{2}\.json$/
	);
	const json = JSON.parse(await readFile(await d.path(), 'utf8'));
	expect(json.scope).toMatchObject({
		kind: 'region',
		label: 'Läntinen alue',
		personalData: 'noPersons'
	});
	expect(json.data.persons).toBeUndefined();
	expect(JSON.stringify(json)).not.toMatch(/@/);
	await a.context.close();
});

test('settings: one-click backup, last backup shown, reminder days', async ({ browser }) => {
	const a = await coordinator(browser);
	await loadDemo(a.page);
	await open(a.page, '/settings');
	await expect(a.page.getByText('Varmuuskopiota ei ole vielä otettu.')).toBeVisible();
	await expect(a.page.getByText(/^Muutoksia, joita ei ole varmuuskopioitu/)).toBeVisible();
	const download = a.page.waitForEvent('download');
	await a.page.getByRole('button', { name: 'Vie kaikki tiedot' }).click();
	expect((await download).suggestedFilename()).toMatch(/^verkosto-kaikki-/);
	await expect(a.page.getByText(/^Viimeisin varmuuskopio: /)).toBeVisible();
	await expect(a.page.getByText('Kaikki muutokset ovat varmuuskopiossa.')).toBeVisible();
	await a.page.getByLabel(/Muistuta varmuuskopiosta/).fill('3');
	await a.page.getByRole('button', { name: 'Tallenna' }).nth(1).click();
	await expect(a.page.getByText('Tallennettu.')).toBeVisible();
	await a.page.reload();
	await expect(a.page.getByLabel(/Muistuta varmuuskopiosta/)).toHaveValue('3');
	await a.context.close();
});

test('the reminder appears when changes have waited too long for a backup', async ({ page }) => {
	await loadDemo(page);
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve) => {
			const req = indexedDB.open('verkosto');
			req.onsuccess = () => resolve(req.result);
		});
		await new Promise<void>((resolve) => {
			const tx = db.transaction('meta', 'readwrite');
			tx.objectStore('meta').put({ key: 'unsavedSince', value: '2020-01-01T00:00:00.000Z' });
			tx.oncomplete = () => resolve();
		});
		db.close();
	});
	await page.reload();
	await expect(
		page.getByText(/^Tietoja on muutettu \d+ päivän ajan ilman varmuuskopiota/)
	).toBeVisible();
	await page.getByRole('button', { name: 'Myöhemmin' }).click();
	await expect(page.getByText(/ilman varmuuskopiota/)).toHaveCount(0);
});

test('export and import work offline (the worker is part of the installed app)', async ({
	browser
}) => {
	const a = await coordinator(browser);
	await open(a.page, '/');
	await waitForServiceWorker(a.page);
	await loadDemo(a.page);
	await a.context.setOffline(true);
	await a.page.reload();
	const file = await exportFile(a.page);
	await chooseFile(a.page, file.name, file.text);
	await expect(counts(a.page, 'Organisaatiot').last()).toHaveText(
		String(file.json.data.organisations.length)
	);
	await a.page.getByRole('button', { name: 'Tuo muutokset' }).click();
	await expect(a.page.getByText(/^Tuonti valmis: 0 uutta/)).toBeVisible();
	await a.context.close();
});

test('axe finds nothing on the sharing page with a preview and a conflict open', async ({
	browser
}) => {
	const a = await coordinator(browser);
	await loadDemo(a.page);
	const file = await exportFile(a.page);
	const org = file.json.data.organisations[2];
	await edit(a.page, 'organisations', org.id, { description: 'Täällä muutettu' });
	const theirs = JSON.parse(file.text);
	// The same record changed in the file too, with no shared history: a conflict.
	const record = theirs.data.organisations[2];
	Object.assign(record, {
		description: 'Siellä muutettu',
		version: 9,
		updatedAt: new Date().toISOString()
	});
	theirs.sync.ancestry.organisations[record.id] = [];
	// And another one changed only in the file: a plain change with its field view.
	Object.assign(theirs.data.organisations[3], { description: 'Uusi kuvaus', version: 5 });
	const { createHash } = await import('node:crypto');
	theirs.checksum.value = createHash('sha256')
		.update(JSON.stringify({ data: theirs.data, sync: theirs.sync }))
		.digest('hex');
	await chooseFile(a.page, 'muutettu.json', JSON.stringify(theirs));
	const conflict = a.page.getByRole('group', { name: /Kumpi jää/ });
	await expect(conflict).toBeVisible();
	await expect(conflict.getByText(/ei ole aiemmin vaihdettu teidän välillänne/)).toBeVisible();
	await conflict.getByRole('radio', { name: 'Kenttä kentältä' }).check();
	await a.page.getByText('Muuttuneita: Organisaatiot (1)').click();
	await expect(a.page.getByRole('cell', { name: 'Uusi kuvaus' })).toBeVisible();
	await expectAccessible(a.page);
	await a.context.close();
});
