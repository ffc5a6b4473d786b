/**
 * The network section in the browser: the coordinator's walk from the demo
 * data to "these three local steering groups lack an NGO representative" and
 * their printed cards; adding a member closes a gap; ending a term reopens it;
 * the map renders the demo network and works by keyboard; axe on every page.
 */
import { expect, test } from '@playwright/test';
import { loadDemo, open } from './helpers';
import { expectAccessible as axe } from './axe';

const LACKING_NGO = [
	'Juupajoen perhekeskuksen ohjausryhmä',
	'Kihniön perhekeskuksen ohjausryhmä',
	'Punkalaitumen perhekeskuksen ohjausryhmä'
];

/** Pages in a PDF printed by Chromium. */
const pdfPages = (pdf: Buffer) =>
	(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('a coordinator shows the three local steering groups lacking an NGO representative and prints each card', async ({
	page
}) => {
	test.setTimeout(180_000);
	await loadDemo(page);
	await open(page, '/network');
	await page.getByRole('link', { name: /^Järjestö: edustus puuttuu 3 ryhmästä/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Edustus ja puutteet' })).toBeVisible();
	await page.getByLabel('Taso', { exact: true }).selectOption({ label: 'Paikallinen' });
	await page.getByLabel('Laji', { exact: true }).selectOption({ label: 'Ohjausryhmä' });
	await expect(page).toHaveURL(/level=local/);
	await expect(page).toHaveURL(/kind=steering_group/);
	await expect(page).toHaveURL(/gap=ngo/);

	const summary = page.getByRole('region', { name: 'Järjestö: edustus puuttuu 3 ryhmästä' });
	await expect(summary.getByRole('link')).toHaveText(LACKING_NGO);
	// The matrix says the same: the NGO cell of each row is missing.
	const table = page.getByRole('table', { name: 'Edustus 3 ryhmässä sektoreittain' });
	const ngoColumn =
		(await table.getByRole('columnheader').allTextContents()).indexOf('Järjestö') - 1;
	for (const name of LACKING_NGO) {
		const row = table.getByRole('row').filter({ has: page.getByRole('link', { name }) });
		await expect(row.getByRole('cell').nth(ngoColumn)).toContainText('Puuttuu');
	}
	const coverageUrl = page.url();

	for (const name of LACKING_NGO) {
		await open(page, coverageUrl);
		await page
			.getByRole('region', { name: 'Järjestö: edustus puuttuu 3 ryhmästä' })
			.getByRole('link', { name })
			.click();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await page.getByRole('link', { name: 'Ryhmäkortti' }).click();
		const card = page.getByRole('article', { name });
		await expect(card.getByRole('heading', { level: 1, name })).toBeVisible();
		await expect(card.getByRole('heading', { name: 'Tavoitteet' })).toBeVisible();
		await expect(card.getByRole('heading', { name: 'Tehtävät' })).toBeVisible();
		await expect(
			card.getByText('Paikallisen toiminnan linjaaminen ja päätöksenteko')
		).toBeVisible();
		await expect(card.getByRole('heading', { name: /^Jäsenet \(\d+\)$/ })).toBeVisible();
		await expect(card.getByRole('heading', { name: 'Yhteyshenkilö' })).toBeVisible();
		await expect(card.getByRole('row')).not.toHaveCount(0);

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('body > div > header')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Tulosta' })).toBeHidden();
		await expect(card).toBeVisible();
		expect(pdfPages(await page.pdf({ format: 'A4' })), `${name} fits one page`).toBe(1);
		await page.emulateMedia({ media: 'screen' });
	}

	// All 24 local steering groups' cards at once, one page each.
	await open(page, '/network/cards?level=local&kind=steering_group');
	await expect(page.getByRole('article')).toHaveCount(24);
	await expect(page.getByRole('button', { name: 'Tulosta 24 korttia' })).toBeEnabled();
	await page.emulateMedia({ media: 'print' });
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(24);
});

test('adding an NGO member to a steering group closes its gap; ending the term reopens it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await loadDemo(page);
	await open(page, '/network/coverage?level=local&gap=ngo');
	const summary = page.getByRole('region', { name: /^Järjestö: edustus puuttuu \d+ ryhmästä$/ });
	await expect(summary.getByRole('link')).toHaveText(LACKING_NGO);

	await summary.getByRole('link', { name: 'Kihniön perhekeskuksen ohjausryhmä' }).click();
	await page.getByRole('link', { name: 'Lisää jäsen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lisää jäsen' })).toBeVisible();
	await page.getByLabel('Rajaa henkilöitä nimellä').fill('Järjestöagentti');
	const person = page.getByRole('combobox', { name: 'Henkilö', exact: true });
	const agent = (await person.locator('option').nth(1).textContent())!;
	expect(agent).toContain('Järjestöagentti');
	await person.selectOption({ index: 1 });
	await page.getByRole('textbox', { name: 'Edustettava taho sanoin' }).fill('Kihniön järjestöt');
	await page.getByLabel('Kausi alkaa').fill('2025-01-01');
	await page
		.getByRole('combobox', { name: 'Paikka (sektori)' })
		.selectOption({ label: 'Järjestö' });
	await page.getByRole('button', { name: 'Tallenna' }).click();

	await expect(
		page.getByRole('heading', { level: 1, name: 'Kihniön perhekeskuksen ohjausryhmä' })
	).toBeVisible();
	const agentName = agent.split(' – ')[0];
	const members = page.getByRole('table', { name: 'Jäsenet', exact: true });
	const row = members.getByRole('row').filter({ hasText: agentName });
	await expect(row).toContainText('Kihniön järjestöt');
	await expect(row).toContainText('Järjestö');

	await open(page, '/network/coverage?level=local&gap=ngo');
	await expect(
		page.getByRole('region', { name: 'Järjestö: edustus puuttuu 2 ryhmästä' }).getByRole('link')
	).toHaveText([LACKING_NGO[0], LACKING_NGO[2]]);
	await open(page, '/network/coverage?level=local');
	const kihnio = page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('link', { name: 'Kihniön perhekeskuksen ohjausryhmä' }) });
	await expect(kihnio).toContainText(agentName);

	// Ending the term (yesterday as the last day) keeps it as history and the gap returns.
	await kihnio.getByRole('link', { name: 'Kihniön perhekeskuksen ohjausryhmä' }).click();
	await page.getByRole('button', { name: `Päätä kausi: ${agentName}` }).click();
	const dialog = page.getByRole('dialog');
	const yesterday = await page.evaluate(() => {
		const d = new Date(Date.now() - 86_400_000);
		return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(d);
	});
	await dialog.getByLabel('Kauden viimeinen päivä').fill(yesterday);
	await dialog.getByRole('button', { name: 'Päätä kausi' }).click();
	await expect(page.getByText('Kausi päätetty.')).toBeVisible();
	await expect(
		page
			.getByRole('table', { name: 'Aiemmat jäsenet' })
			.getByRole('row')
			.filter({ hasText: agentName })
	).toBeVisible();
	await expect(page.getByRole('table', { name: 'Jäsenet', exact: true })).not.toContainText(
		agentName
	);
	await open(page, '/network/coverage?level=local&gap=ngo');
	await expect(
		page.getByRole('region', { name: 'Järjestö: edustus puuttuu 3 ryhmästä' }).getByRole('listitem')
	).toContainText([
		'Juupajoen',
		'Kihniön perhekeskuksen ohjausryhmä (Kausi päättynyt)',
		'Punkalaitumen'
	]);
});

test('a member form refuses a second seat for the same person and says why', async ({ page }) => {
	await loadDemo(page);
	await open(page, '/network/bodies');
	await page.getByRole('link', { name: 'Nokian perhekeskuksen ohjausryhmä' }).click();
	const chair = (await page
		.getByRole('table', { name: 'Jäsenet', exact: true })
		.getByRole('row')
		.filter({ hasText: 'Puheenjohtaja' })
		.getByRole('link')
		.first()
		.textContent())!.trim();
	await page.getByRole('link', { name: 'Lisää jäsen' }).click();
	await page.getByLabel('Rajaa henkilöitä nimellä').fill(chair);
	await page.getByRole('combobox', { name: 'Henkilö', exact: true }).selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByText('henkilö on jo ryhmän jäsen tällä kaudella').first()).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Lisää jäsen' })).toBeVisible();
});

test('a new local steering group starts with the seats the seeds require and shows its gaps', async ({
	page
}) => {
	await loadDemo(page);
	await open(page, '/network/family-centres');
	await page.getByRole('link', { name: 'Kihniön perhekeskus' }).click();
	await page.getByRole('link', { name: 'Lisää perhekeskukselle ryhmä' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Uusi ryhmä tai verkosto' })
	).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Perhekeskus' })).toHaveValue(/.+/);
	for (const seat of ['Kunta', 'Hyvinvointialue', 'Järjestö', 'Seurakunta', 'Perheet'])
		await expect(
			page
				.getByRole('group', { name: 'Vaadittu edustus' })
				.getByRole('checkbox', { name: seat, exact: true })
		).toBeChecked();
	// Without a name the form says so at the field and saves nothing.
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('textbox', { name: 'Nimi' })).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('textbox', { name: 'Nimi' }).fill('Kihniön perheverkosto');
	await page.getByRole('textbox', { name: 'Tavoitteet' }).fill('Yhteinen suunta\nPerheiden ääni');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Kihniön perheverkosto' })
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Tavoitteet' }).getByRole('listitem')).toHaveText([
		'Yhteinen suunta',
		'Perheiden ääni'
	]);
	await expect(page.getByText('Tehtäviä ei ole kirjattu.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Edustus' })).toContainText('Puuttuu');
});

test('editing a family centre: its status and a new liaison show on its page', async ({ page }) => {
	await loadDemo(page);
	await open(page, '/network/family-centres');
	await page.getByRole('link', { name: 'Kihniön perhekeskus' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kihniön perhekeskus' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: 'Kehitteillä' })).toBeVisible();
	await page.getByRole('link', { name: 'Muokkaa' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Muokkaa perhekeskusta' })
	).toBeVisible();
	await page
		.getByRole('combobox', { name: 'Tila', exact: true })
		.selectOption({ label: 'Toiminnassa' });
	await page.getByLabel('Rajaa henkilöitä nimellä').fill('Järjestöagentti');
	const picker = page.getByRole('combobox', { name: 'Lisää yhdyshenkilö' });
	const agent = (await picker.locator('option').nth(1).textContent())!.split(' – ')[0];
	await picker.selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Lisää', exact: true }).click();
	await expect(page.getByRole('button', { name: `Poista ${agent}` })).toBeVisible();
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kihniön perhekeskus' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: 'Toiminnassa' })).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: 'Perhekeskusyhdyshenkilöt' })
			.getByRole('link', { name: agent })
	).toBeVisible();
});

test('deleting a body asks first, shows what goes with it, and removes it', async ({ page }) => {
	await loadDemo(page);
	await open(page, '/network/bodies');
	await page.getByLabel('Tila', { exact: true }).selectOption({ label: 'Kaikki' });
	await page.getByRole('link', { name: 'Perhekeskuksen käsikirjan työryhmä' }).click();
	await page.getByRole('button', { name: 'Poista', exact: true }).click();
	const dialog = page.getByRole('dialog', {
		name: 'Poistetaanko ryhmä «Perhekeskuksen käsikirjan työryhmä»?'
	});
	await expect(dialog).toContainText(/Myös nämä \d+ tietoa poistetaan/);
	// Each membership named by whose seat it is, not by its id.
	const seats = dialog.getByRole('listitem').filter({ hasText: 'Jäsenyys' });
	await expect(seats).toHaveCount(4);
	await expect(seats.filter({ hasText: '(puheenjohtaja)' })).toHaveCount(1);
	await expect(dialog).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
	await dialog.getByRole('button', { name: 'Peruuta' }).click();
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: 'Poista', exact: true }).click();
	await dialog.getByRole('button', { name: 'Poista' }).click();
	await expect(page.getByText('Poistettu.', { exact: true })).toBeVisible();
	await expect(page).toHaveURL(/\/network\/bodies$/);
	await page.getByLabel('Tila', { exact: true }).selectOption({ label: 'Kaikki' });
	await expect(page.getByRole('link', { name: 'Perhekeskuksen käsikirjan työryhmä' })).toHaveCount(
		0
	);
});

test('the map renders the demo network and is usable by keyboard', async ({ page }) => {
	await loadDemo(page);
	await open(page, '/network/map');
	const tree = page.getByRole('tree', { name: 'Verkostokartta: Pirkanmaan hyvinvointialue' });
	await expect(tree).toBeVisible();
	await expect(page.getByText('24 perhekeskusta, 37 ryhmää')).toBeVisible();
	// Open by default: province, its 10 own bodies, 3 regions with their coordination
	// groups, 24 family centres with their 24 steering groups.
	await expect(tree.getByRole('treeitem')).toHaveCount(65);
	await expect(
		tree.getByRole('treeitem', { name: /^Nokian perhekeskus, Perhekeskus/ })
	).toBeVisible();
	for (const name of LACKING_NGO)
		await expect(
			tree.getByRole('treeitem', { name: new RegExp(`^${name}, .*puuttuu: .*järjestö`) })
		).toHaveCount(1);

	// Keyboard: one tab stop, arrows move, Right/Left open and close, Enter opens the page.
	const root = tree.getByRole('treeitem', { name: /^Pirkanmaan hyvinvointialue, Maakunta/ });
	await root.focus();
	await expect(root).toBeFocused();
	await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
	await page.keyboard.press('ArrowDown');
	const provincial = tree.getByRole('treeitem', {
		name: /^Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä, Ohjausryhmä/
	});
	await expect(provincial).toBeFocused();
	await expect(provincial).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('ArrowRight');
	await expect(provincial).toHaveAttribute('aria-expanded', 'true');
	// The seven organisations sitting in it.
	await expect(tree.getByRole('treeitem')).toHaveCount(65 + 7);
	await page.keyboard.press('ArrowRight');
	await expect(
		tree.getByRole('treeitem', { name: /^Kela, Organisaatio, Kela/ }).first()
	).toBeVisible();
	await expect(page.locator(':focus')).toHaveAttribute('aria-level', '3');
	await page.keyboard.press('ArrowLeft');
	await expect(provincial).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(provincial).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('End');
	await expect(page.locator(':focus')).toHaveAttribute(
		'aria-label',
		/^Virtain perhekeskuksen ohjausryhmä/
	);
	await page.keyboard.press('Home');
	await expect(root).toBeFocused();
	// Type-ahead jumps by name.
	await page.keyboard.type('Poh');
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Pohjoinen alue, Alue/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Pohjoinen alue' })).toBeVisible();

	// Filters: one region; NGOs only.
	await open(page, '/network/map');
	await page.getByLabel('Alue', { exact: true }).selectOption({ label: 'Pohjoinen alue' });
	await expect(page.getByText(/^6 perhekeskusta/)).toBeVisible();
	await page.getByLabel('Sektori', { exact: true }).selectOption({ label: 'Järjestö' });
	await expect(page).toHaveURL(/sector=ngo/);
	const orgs = page.getByRole('treeitem', { name: /, Organisaatio, / });
	await expect(orgs.first()).toBeVisible();
	for (const label of await orgs.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
		expect(label).toMatch(/, Organisaatio, Järjestö$/);

	// The text alternative has the same structure as nested lists.
	await page.getByRole('button', { name: 'Luettelona' }).click();
	await expect(page.getByRole('tree')).toHaveCount(0);
	const list = page.locator('ul.structure');
	await expect(list.getByRole('link', { name: 'Pohjoinen alue' })).toBeVisible();
	await expect(list.getByRole('link', { name: /perhekeskus$/ })).toHaveCount(6);
	await expect(
		list.getByRole('listitem').filter({ hasText: /^Juupajoen perhekeskuksen ohjausryhmä/ })
	).toContainText('puuttuu: järjestö');
});

test('axe finds nothing on the network detail, edit, card and map pages', async ({ page }) => {
	test.setTimeout(180_000);
	await loadDemo(page);
	const visit = async (path: string, what = path) => {
		await open(page, path);
		await expect(page.locator('main#main h1').first()).toBeVisible();
		await axe(page, what);
	};
	const follow = async (list: string, name: string) => {
		await open(page, list);
		await page.getByRole('link', { name, exact: true }).first().click();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		return new URL(page.url()).pathname;
	};
	const region = await follow('/network/regions', 'Läntinen alue');
	const municipality = await follow('/network/municipalities', 'Tampere');
	const centre = await follow('/network/family-centres', 'Nokian perhekeskus');
	const body = await follow('/network/bodies', 'Nokian perhekeskuksen ohjausryhmä');
	for (const path of [region, municipality, centre, body])
		for (const sub of ['', '/edit']) await visit(path + sub);
	await visit(`${body}/card`);
	await visit(`${body}/members/new`);
	await open(page, body);
	await page
		.getByRole('table', { name: 'Jäsenet', exact: true })
		.getByRole('link', { name: /^Muokkaa: / })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa jäsenyyttä' })).toBeVisible();
	await axe(page, 'membership edit');
	await visit('/network/bodies/new?familyCentre=x', 'new body');
	await visit('/network/coverage?level=local');
	await visit('/network/map?sector=ngo');
	await page.getByRole('button', { name: 'Avaa kaikki' }).click();
	await axe(page, 'map, all open');
	await visit('/network/map?view=list');
	await visit('/network/cards?level=regional');
	await visit('/network/bodies/00000000-0000-4000-8000-000000000000', 'missing body');
});
