import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, open, waitForServiceWorker } from './helpers';
import { expectAccessible as axe } from './axe';

const search = (page: Page) => page.getByLabel('Hae nimellä, kuvauksella, tehtävällä tai teemalla');
const results = (page: Page) => page.locator('section[aria-labelledby="results-title"]');

/** Picks an option in a record picker (combobox) by typing part of its name. */
async function pick(page: Page, label: string, typed: string, option: string) {
	const box = page.getByRole('combobox', { name: label });
	await box.fill(typed);
	await page
		.getByRole('option', { name: new RegExp(option) })
		.first()
		.click();
}

test('creates an organisation, a person and a service, then finds them with a typo and by municipality', async ({
	page
}) => {
	test.setTimeout(120_000);
	await loadDemo(page);

	// Organisation: errors appear next to the fields, in Finnish, and nothing is saved.
	await open(page, '/directory/organisations/new');
	await page.getByLabel('Y-tunnus').fill('1234567-8');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Tietoja ei tallennettu. Korjaa merkityt kentät.'
	);
	const name = page.getByRole('textbox', { name: 'Nimi', exact: true });
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription('pakollinen tieto puuttuu');
	await expect(page.getByRole('textbox', { name: 'Y-tunnus' })).toHaveAccessibleDescription(
		/Y-tunnus ei kelpaa/
	);
	await name.fill('Perhekerho Kukkaro ry');
	await page.getByLabel('Y-tunnus').fill('');
	await page.getByRole('checkbox', { name: 'Nokia' }).check();
	await page.getByLabel('Verkkosivu').fill('https://kukkaro.example/');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Perhekerho Kukkaro ry' })
	).toBeVisible();
	await expect(page.getByText('Lisätty.')).toBeVisible();
	await axe(page, 'organisation page');

	// A person of that organisation, from the organisation's page.
	await page.getByRole('link', { name: 'Lisää henkilö' }).click();
	await expect(page.getByRole('combobox', { name: 'Organisaatio' })).toHaveValue(
		'Perhekerho Kukkaro ry'
	);
	await axe(page, 'new person form');
	await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Tuulikki Väänänen');
	await page.getByLabel('Tehtävänimike').fill('Toiminnanohjaaja');
	await page.getByLabel('Sähköposti').fill('tuulikki@kukkaro.example');
	await page.getByLabel('Puhelin').fill('+358 40 555 0101');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tuulikki Väänänen' })).toBeVisible();
	await expect(page.getByRole('link', { name: '+358 40 555 0101' })).toHaveAttribute(
		'href',
		'tel:+358405550101'
	);
	await expect(page.getByRole('link', { name: 'tuulikki@kukkaro.example' })).toHaveAttribute(
		'href',
		'mailto:tuulikki@kukkaro.example'
	);
	await axe(page, 'person page');

	// A service with the organisation and the person picked by typing.
	await open(page, '/directory/services/new');
	await axe(page, 'new service form');
	await pick(page, 'Organisaatio', 'kukkaro', 'Perhekerho Kukkaro ry');
	await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Vauvamuskari Kukkaro');
	await page
		.getByLabel('Kuvaus', { exact: true })
		.fill('Laulua ja leikkiä vauvoille ja vanhemmille.');
	await page.getByRole('checkbox', { name: 'Vauvaperheet' }).check();
	await page.getByRole('checkbox', { name: 'Vanhemmuus' }).check();
	await page.getByRole('checkbox', { name: 'Nokia', exact: true }).check();
	await page.getByLabel('Yläikäraja (v.)').fill('kaksi');
	await pick(page, 'Yhteyshenkilöt', 'väänä', 'Tuulikki Väänänen');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('textbox', { name: 'Yläikäraja (v.)' })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await page.getByLabel('Yläikäraja (v.)').fill('2');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Vauvamuskari Kukkaro' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Tuulikki Väänänen' })).toBeVisible();
	await axe(page, 'service page');
	await page.getByRole('link', { name: 'Muokkaa' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Muokkaa/ })).toBeVisible();
	await axe(page, 'service edit form');

	// The organisation's page links to both.
	await open(page, '/directory');
	await search(page).fill('kukaro');
	await expect(results(page).getByRole('link', { name: 'Vauvamuskari Kukkaro' })).toBeVisible();
	await page.getByRole('button', { name: /^Organisaatiot/ }).click();
	await results(page).getByRole('link', { name: 'Perhekerho Kukkaro ry' }).click();
	await expect(page.getByRole('link', { name: 'Vauvamuskari Kukkaro' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Tuulikki Väänänen' })).toBeVisible();

	// Search with a typo finds the person by name and by title.
	await open(page, '/directory');
	await search(page).fill('tuulikki vaananen');
	await page.getByRole('button', { name: /^Henkilöt/ }).click();
	await expect(results(page).getByRole('link', { name: 'Tuulikki Väänänen' })).toBeVisible();
	await search(page).fill('toiminnanohjaja');
	await expect(results(page).getByRole('link', { name: 'Tuulikki Väänänen' })).toBeVisible();

	// Filter by municipality: in Nokia, not in Kangasala.
	await page.getByRole('button', { name: /^Palvelut/ }).click();
	await search(page).fill('muskari');
	await page.locator('summary', { hasText: 'Suodata' }).click();
	await page.getByLabel('Kunta', { exact: true }).selectOption({ label: 'Nokia' });
	await expect(results(page).getByRole('link', { name: 'Vauvamuskari Kukkaro' })).toBeVisible();
	await page.getByLabel('Kunta', { exact: true }).selectOption({ label: 'Kangasala' });
	await expect(results(page).getByText('Ei osumia.')).toBeVisible();
	// The search and filters are in the address (once typing pauses), so Back from a
	// record returns to them.
	await expect(page).toHaveURL(/q=muskari/);
});

test('answers, offline: which NGOs offer couple-relationship support in Nokia, and whom do I call?', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await loadDemo(page);
	await open(page, '/directory');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Hakemisto' })).toBeVisible();

	await page.locator('summary', { hasText: 'Suodata' }).click();
	await page.getByLabel('Kunta', { exact: true }).selectOption({ label: 'Nokia' });
	await page.getByLabel('Sektori').selectOption({ label: 'Järjestö' });
	await page.getByLabel('Teema', { exact: true }).selectOption({ label: 'Parisuhde' });
	const list = results(page);
	await expect(list.getByRole('link', { name: 'Parisuhdeilta vanhemmille' })).toBeVisible();
	await expect(list.getByRole('link', { name: 'MLL:n Nokian yhdistys' })).toBeVisible();
	await expect(list.getByRole('link', { name: 'Parisuhdeneuvonta' })).toBeVisible();
	await axe(page, 'directory, filtered services');
	// A parish is not an NGO.
	await expect(
		list.getByRole('link', { name: 'Parisuhdekurssi Nokian seurakunnassa' })
	).toHaveCount(0);

	await list.getByRole('link', { name: 'Parisuhdeilta vanhemmille' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Parisuhdeilta vanhemmille' })
	).toBeVisible();
	const card = page.locator('article.contact').first();
	await expect(card.getByRole('link', { name: /^\+358/ })).toHaveAttribute('href', /^tel:\+358/);
	await expect(card.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
	// The card also tells which groups the person sits in.
	await expect(card).toContainText('Ryhmät ja verkostot: ');
	await expect(card).toContainText('Maakunnallinen parisuhdeverkosto');

	// The same question as a referral for a family.
	await open(page, '/directory/referral');
	await page.getByLabel('Kunta').selectOption({ label: 'Nokia' });
	await page.getByLabel('Teema').selectOption({ label: 'Parisuhde' });
	await expect(page.getByRole('heading', { name: 'Palvelut: Nokia' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Parisuhdeilta vanhemmille' })).toBeVisible();
});

test('the referral view prints on one page and copies as plain text', async ({
	page,
	context,
	browserName
}) => {
	test.setTimeout(90_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await loadDemo(page);
	await open(page, '/directory/referral');
	await expect(page.getByText('Valitse ensin kunta.')).toBeVisible();
	await page.getByLabel('Kunta').selectOption({ label: 'Nokia' });
	await page.getByLabel('Teema').selectOption({ label: 'Parisuhde' });
	await page.getByLabel('Kohderyhmä').selectOption({ label: 'Pariskunnat' });
	await expect(page.getByText(/^\d+ sopivaa palvelua$/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Palvelut: Nokia' })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Valtakunnalliset, verkko- ja puhelinpalvelut' })
	).toBeVisible();
	await axe(page, 'referral');

	// Age filter: an 18+ service drops out for a 10-year-old.
	await page.getByLabel('Ikä (v.)').fill('10');
	await expect(page.getByRole('link', { name: 'Parisuhdeneuvonta' })).toHaveCount(0);
	await page.getByLabel('Ikä (v.)').fill('');
	await expect(page.getByRole('link', { name: 'Parisuhdeneuvonta' })).toBeVisible();

	await page.getByRole('button', { name: 'Kopioi tekstinä' }).click();
	await expect(page.getByText('Kopioitu leikepöydälle.')).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toContain('PALVELUT: NOKIA');
	expect(text).toContain('Parisuhdeilta vanhemmille – MLL:n Nokian yhdistys');
	expect(text).toMatch(/Yhteyshenkilö: .+\+358/);

	// Back from a service returns to the same choices.
	await page.getByRole('link', { name: 'Parisuhdeilta vanhemmille' }).first().click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Parisuhdeilta vanhemmille' })
	).toBeVisible();
	await page.goBack();
	await expect(page.getByLabel('Kunta')).toHaveValue(/.+/);
	await expect(page.getByRole('heading', { name: 'Palvelut: Nokia' })).toBeVisible();
	await expect(page.getByLabel('Kohderyhmä')).not.toHaveValue('');

	if (browserName === 'chromium') {
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages).toHaveLength(1);
	}
});

test('deleting an organisation shows what goes with it, and the search forgets it', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await open(page, '/directory?type=organisations');
	await search(page).fill('MLL:n Nokian');
	await results(page).getByRole('link', { name: 'MLL:n Nokian yhdistys' }).click();
	await page.getByRole('button', { name: 'Poista' }).click();
	const dialog = page.getByRole('dialog', {
		name: 'Poistetaanko organisaatio «MLL:n Nokian yhdistys»?'
	});
	await expect(dialog).toBeVisible();
	await expect(dialog.getByText('Palvelu: Parisuhdeilta vanhemmille')).toBeVisible();
	await expect(dialog.getByText(/Henkilö: /).first()).toBeVisible();
	await axe(page, 'delete dialog');
	await dialog.getByRole('button', { name: 'Poista' }).click();
	await expect(page.getByText('Poistettu.', { exact: true })).toBeVisible();
	await expect(page).toHaveURL(/\/directory$/);

	await search(page).fill('parisuhdeilta');
	await expect(results(page).getByText('Ei osumia.')).toBeVisible();
});

test('a person can be erased everywhere', async ({ page }) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await open(page, '/directory?type=persons');
	await search(page).fill('parisuhdeneuvoja');
	const card = results(page).locator('article.contact').first();
	const name = (await card.getByRole('heading').textContent())!.trim();
	await card.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	const url = page.url();
	await page.getByRole('button', { name: 'Poista henkilötiedot kaikkialta' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('pyyhitään');
	await dialog.getByRole('button', { name: 'Poista henkilötiedot kaikkialta' }).click();
	await expect(page.getByText('Henkilötiedot poistettu.')).toBeVisible();

	await open(page, url.replace(/^https?:\/\/[^/]+/, ''));
	await expect(page.getByText('Tietoa ei löydy – se on ehkä poistettu.')).toBeVisible();
	await open(page, '/directory?type=persons');
	await search(page).fill(name);
	await expect(results(page).getByRole('link', { name })).toHaveCount(0);
	// The service they were the contact for no longer names them.
	await open(page, '/directory');
	await search(page).fill('parisuhdeneuvonta');
	await results(page).getByRole('link', { name: 'Parisuhdeneuvonta' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Parisuhdeneuvonta' })).toBeVisible();
	await expect(page.getByText(name)).toHaveCount(0);
});

test('an edit in another tab reaches this tab’s search', async ({ context }) => {
	test.setTimeout(90_000);
	const a = await context.newPage();
	await loadDemo(a);
	await open(a, '/directory');
	await search(a).fill('kahvipannu');
	await expect(results(a).getByText('Ei osumia.')).toBeVisible();

	const b = await context.newPage();
	await open(b, '/directory');
	await search(b).fill('erokahvila');
	await results(b).getByRole('link', { name: 'Erokahvila' }).click();
	await b.getByRole('link', { name: 'Muokkaa' }).click();
	await b.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Erokahvila Kahvipannu');
	await b.getByRole('button', { name: 'Tallenna' }).click();
	await expect(b.getByRole('heading', { level: 1, name: 'Erokahvila Kahvipannu' })).toBeVisible();

	// Tab A was not touched: its open search now finds the new name.
	await expect(results(a).getByRole('link', { name: 'Erokahvila Kahvipannu' })).toBeVisible();
});

test('a bulk write (the demo loaded in another tab) reaches an open directory', async ({
	context
}) => {
	test.setTimeout(90_000);
	const a = await context.newPage();
	await open(a, '/directory');
	await expect(a.getByText(/Hakemisto on tyhjä/)).toBeVisible();
	await search(a).fill('erokahvla');
	await expect(results(a).getByText('Ei osumia.')).toBeVisible();

	const b = await context.newPage();
	await loadDemo(b);
	await expect(results(a).getByRole('link', { name: 'Erokahvila' })).toBeVisible();
});

test('exports the list as CSV and chosen contacts as vCard', async ({ page }) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await open(page, '/directory?type=persons');
	await search(page).fill('järjestöagentti');
	await expect(results(page).locator('article.contact').first()).toBeVisible();
	const cards = results(page).locator('article.contact');
	const first = (await cards.nth(0).getByRole('heading').textContent())!.trim();
	await cards.nth(0).getByRole('checkbox').check();
	await cards.nth(1).getByRole('checkbox').check();
	await axe(page, 'directory, people');

	const vcf = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Vie valitut yhteystiedot (2) vCard-tiedostona' }).click();
	const vcard = await readFile((await (await vcf).path())!, 'utf8');
	expect(vcard.match(/BEGIN:VCARD\r\nVERSION:3.0\r\n/g)).toHaveLength(2);
	expect(vcard.replace(/\r\n /g, '')).toContain(`FN:${first}`);
	expect(vcard).toMatch(/TEL;TYPE=WORK,VOICE:\+358/);

	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Vie lista (CSV)' }).click();
	const download = await csv;
	// Named in the UI language, like every file the app writes (main's 6903415).
	expect(download.suggestedFilename()).toBe('verkosto-henkilot.csv');
	const bytes = await readFile((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.toString('utf8');
	expect(text).toContain('Henkilö;Tehtävänimike;Organisaatio;Sähköposti;Puhelin;Tehtävänkuvaus');
	expect(text).toContain(first);
	// Phone numbers start with + and are neutralised against formula injection.
	expect(text).toMatch(/;'\+358/);

	// One person's card from their page.
	await cards.nth(0).getByRole('link', { name: first }).click();
	const one = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Lataa yhteystieto (vCard)' }).click();
	const card = await one;
	expect(card.suggestedFilename()).toMatch(/\.vcf$/);
	const single = await readFile((await card.path())!, 'utf8');
	expect(single.match(/BEGIN:VCARD/g)).toHaveLength(1);
	expect(single.replace(/\r\n /g, '')).toContain(`FN:${first}`);
});

test('deleting a person can hand their seats over to someone else', async ({ page }) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await open(page, '/network/bodies');
	await page.getByLabel('Tila', { exact: true }).selectOption({ label: 'Kaikki' });
	await page.getByRole('link', { name: 'Perhekeskuksen käsikirjan työryhmä' }).click();
	const chairRow = page.getByRole('row').filter({ hasText: 'Puheenjohtaja' }).first();
	const chair = (await chairRow.getByRole('link').first().textContent())!.trim();
	await chairRow.getByRole('link', { name: chair, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: chair })).toBeVisible();

	await page.getByRole('button', { name: 'Poista', exact: true }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('radio', { name: 'Siirrä viittaukset toiseen tietoon' }).check();
	const to = dialog.getByRole('combobox', { name: 'Siirrä kohteeseen' });
	const heir = (await to.locator('option').nth(1).textContent())!.trim();
	await to.selectOption({ index: 1 });
	await dialog.getByRole('button', { name: 'Poista' }).click();
	// Exact: the person's page may say "… se on ehkä poistettu." for a moment before it leaves.
	await expect(page.getByText('Poistettu.', { exact: true })).toBeVisible();

	await open(page, '/network/bodies');
	await page.getByLabel('Tila', { exact: true }).selectOption({ label: 'Kaikki' });
	await page.getByRole('link', { name: 'Perhekeskuksen käsikirjan työryhmä' }).click();
	const newChair = page.getByRole('row').filter({ hasText: 'Puheenjohtaja' }).first();
	await expect(newChair.getByRole('link', { name: heir, exact: true }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: chair, exact: true })).toHaveCount(0);
});

test('Back returns to the search, even when a result is opened the moment it shows', async ({
	page
}) => {
	await loadDemo(page);
	await open(page, '/directory');
	await expect(page.locator('.tabs .count').first()).toBeVisible();
	// The address follows typing once it pauses; opening a result before that
	// must still leave the search in the address Back returns to.
	await search(page).fill('parisuhdeilta');
	const hit = results(page).getByRole('link', { name: 'Parisuhdeilta vanhemmille' });
	await hit.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Parisuhdeilta vanhemmille' })
	).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\/directory\?q=parisuhdeilta$/);
	await expect(search(page)).toHaveValue('parisuhdeilta');
	await expect(hit).toBeVisible();
});

test.describe('before the search index is ready', () => {
	// No service worker: the page's own request for the search worker's script is held back.
	test.use({ serviceWorkers: 'block' });

	test('the list shows straight from the database, then how many there are', async ({ page }) => {
		await loadDemo(page);
		let held = false;
		await page.route('**/workers/search.worker-*.js', (route) => ((held = true), route.abort()));
		await open(page, '/directory');
		// What IndexedDB holds: the number of services and the first by the name index.
		const expected = await page.evaluate(
			() =>
				new Promise<{ total: number; first: string }>((resolve, reject) => {
					const req = indexedDB.open('verkosto');
					req.onerror = () => reject(req.error);
					req.onsuccess = () => {
						const tx = req.result.transaction('services');
						const store = tx.objectStore('services');
						const count = store.count();
						const first = store.index('name').openCursor();
						tx.oncomplete = () => resolve({ total: count.result, first: first.result!.value.name });
						tx.onerror = () => reject(tx.error);
					};
				})
		);
		await expect(results(page).locator('ul.rows > li').first()).toContainText(expected.first);
		await expect(results(page).getByRole('status')).toHaveText(
			`Näytetään 1–${Math.min(50, expected.total)} / ${expected.total}`
		);
		// The page asked for its search worker after the list, and got none: the
		// tabs count only what the index answered.
		await expect.poll(() => held).toBe(true);
		await expect(page.locator('.tabs .count')).toHaveCount(0);
	});
});
