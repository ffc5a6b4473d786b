// What a new user trying the app tripped over: search typos, workshop next steps,
// removing meeting participants, the door view, pickers and count wording.
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, open } from './helpers';
import { demoId } from '../../src/lib/demo/ids';
import { expectAccessible as axe } from './axe';

const results = (page: Page) => page.locator('section[aria-labelledby="results-title"]');

test('search tolerates a typo in a Finnish compound and lists the NGOs behind matching services', async ({
	page
}) => {
	await loadDemo(page);
	await open(page, '/directory');
	await page.getByLabel('Hae nimellä, kuvauksella, tehtävällä tai teemalla').fill('parisuhe');
	await expect(results(page).getByRole('link', { name: 'Parisuhdeneuvonta' })).toBeVisible();
	await expect(
		results(page).getByRole('link', { name: 'Parisuhdekurssi pikkulapsiperheille' })
	).toBeVisible();

	// "parisuhde" in Nokia, organisations: the NGOs offering couple services there.
	await page.getByLabel('Hae nimellä, kuvauksella, tehtävällä tai teemalla').fill('parisuhde');
	await page.locator('summary', { hasText: 'Suodata' }).click();
	await page.getByLabel('Kunta', { exact: true }).selectOption({ label: 'Nokia' });
	await page.getByLabel('Sektori').selectOption({ label: 'Järjestö' });
	await page.getByRole('button', { name: /^Organisaatiot/ }).click();
	// The services are gone from the list (the organisations tab shows), and each NGO is listed once.
	await expect(results(page).getByRole('link', { name: 'Parisuhdeilta vanhemmille' })).toHaveCount(
		0
	);
	await expect(results(page).getByRole('link', { name: 'MLL:n Nokian yhdistys' })).toHaveCount(1);
	await expect(results(page).getByRole('link', { name: 'Parisuhdekeskus Kataja ry' })).toHaveCount(
		1
	);
});

test('a workshop step refuses a responsible name not in the list, and can be edited afterwards', async ({
	page
}) => {
	// Spring 2025: a step due at the end of April is open, not late.
	await page.clock.setFixedTime(new Date('2025-03-03T10:00:00Z'));
	await loadDemo(page);
	await open(page, `/codevelopment/rounds/${demoId('round:2024')}/workshop`);
	await page
		.getByRole('checkbox', { name: 'Yhteyshenkilöiden nimiä ja yhteystietoja on vaikea löytää.' })
		.check();
	await page.getByRole('button', { name: 'Muotoile tavoite valituista' }).click();
	await page.getByRole('textbox', { name: 'Tavoite', exact: true }).fill('Yhteystiedot löytyvät');
	await page.getByRole('button', { name: 'Tallenna tavoite' }).click();
	const goal = page.getByRole('article', { name: 'Yhteystiedot löytyvät' });

	// A name that is no one in the network: not saved without a word.
	await goal.getByRole('textbox', { name: 'Askel', exact: true }).fill('Hakemisto ajan tasalle');
	const person = goal.getByRole('combobox', { name: 'Vastuussa: henkilö' });
	await person.fill('Matti Meikäläinen');
	await goal.getByRole('button', { name: 'Lisää askel' }).click();
	await expect(
		goal.getByText('«Matti Meikäläinen» ei ole valittu listasta, joten sitä ei tallenneta.', {
			exact: false
		})
	).toBeVisible();
	await expect(person).toHaveAttribute('aria-invalid', 'true');
	await axe(page, 'workshop, a name not chosen');
	await expect(goal.getByRole('cell', { name: 'Hakemisto ajan tasalle', exact: true })).toHaveCount(
		0
	);
	// Picking a real organisation instead, the step is saved.
	await person.fill('');
	const org = goal.getByRole('combobox', { name: 'Vastuussa: organisaatio' });
	await org.fill('Pirkanmaan hyvinvointi');
	await goal.getByRole('option', { name: 'Pirkanmaan hyvinvointialue', exact: true }).click();
	await goal.getByRole('button', { name: 'Lisää askel' }).click();
	await expect(
		goal.getByRole('cell', { name: 'Hakemisto ajan tasalle', exact: true })
	).toBeVisible();
	await expect(goal.getByRole('link', { name: 'Pirkanmaan hyvinvointialue' })).toBeVisible();

	// Edited afterwards: text, responsible, due date and status.
	await goal.getByRole('button', { name: 'Muokkaa askelta «Hakemisto ajan tasalle»' }).click();
	const form = goal.getByRole('form', { name: 'Muokkaa askelta «Hakemisto ajan tasalle»' });
	await axe(page, 'workshop, editing a step');
	await form
		.getByRole('textbox', { name: 'Askel', exact: true })
		.fill('Hakemisto ajan tasalle keväällä');
	await form.getByRole('combobox', { name: 'Vastuussa: organisaatio' }).fill('');
	await form
		.getByRole('combobox', { name: 'Vastuussa: ryhmä' })
		.fill('Maakunnallinen järjestöyhteistyöryhmä');
	await form.getByLabel('Määräpäivä').fill('2025-04-30');
	await form.getByRole('combobox', { name: 'Tila' }).selectOption({ label: 'Käynnissä' });
	await form.getByRole('button', { name: 'Tallenna' }).click();
	const row = goal.getByRole('row', { name: /Hakemisto ajan tasalle keväällä/ });
	await expect(row).toContainText('Maakunnallinen järjestöyhteistyöryhmä');
	await expect(row).not.toContainText('Pirkanmaan hyvinvointialue');
	await expect(row).toContainText('30.4.2025');
	await expect(
		row.getByRole('combobox', { name: 'Tila: Hakemisto ajan tasalle keväällä' })
	).toHaveValue('in_progress');

	// Counts read as Finnish: one goal, one step, one open; a theme's points counted in words.
	await open(page, `/codevelopment/rounds/${demoId('round:2024')}`);
	await expect(page.getByText('1 tavoite, 1 askel', { exact: false })).toBeVisible();
	await expect(page.getByText('1 avoin, 0 myöhässä, 0 valmista', { exact: false })).toBeVisible();
	await expect(page.getByRole('cell', { name: /^palautettu, \d+ kohtaa?$/ }).first()).toBeVisible();
	await expect(page.getByRole('cell', { name: /^palautettu, \d+$/ })).toHaveCount(0);

	// The list across rounds edits the same way.
	await open(page, '/codevelopment/actions');
	await page
		.getByRole('button', { name: 'Muokkaa askelta «Hakemisto ajan tasalle keväällä»' })
		.click();
	await page.getByRole('textbox', { name: 'Askel', exact: true }).fill('Hakemisto valmis');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('cell', { name: 'Hakemisto valmis', exact: true })).toBeVisible();
});

test('removing a meeting participant asks first and says what goes with them', async ({ page }) => {
	await loadDemo(page);
	const url = `/meetings/${demoId('meeting:provincial-2026-09')}`;
	await open(page, url);
	const remove = page.getByRole('button', { name: /^Poista osallistuja / }).first();
	const name = (await remove.getAttribute('aria-label'))!.replace('Poista osallistuja ', '');
	const count = await page.getByRole('button', { name: /^Poista osallistuja / }).count();

	await remove.click();
	const dialog = page.getByRole('dialog', { name: `Poistetaanko ${name} osallistujista?` });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('läsnäolo');
	await axe(page, 'meeting, removing a participant');
	await dialog.getByRole('button', { name: 'Peruuta' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: `Poista osallistuja ${name}` })).toBeVisible();

	await page.getByRole('button', { name: `Poista osallistuja ${name}` }).click();
	await dialog.getByRole('button', { name: 'Poista osallistuja' }).click();
	await expect(page.getByRole('button', { name: /^Poista osallistuja / })).toHaveCount(count - 1);
	await expect(page.getByText('Kaikki muutokset tallennettu')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: /^Poista osallistuja / })).toHaveCount(count - 1);
	await expect(page.getByRole('button', { name: `Poista osallistuja ${name}` })).toHaveCount(0);
});

test('at the door: Enter says whom it marked and empties the box; typos and namesakes are handled', async ({
	page
}) => {
	await loadDemo(page);
	await open(page, `/directory/persons/${demoId('person:kataja-1')}`);
	const outsider = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

	await open(page, `/meetings/${demoId('meeting:provincial-2026-12')}/attendance`);
	await expect(page.locator('ul.people li .name').first()).toBeVisible();
	const names = await page.locator('ul.people li .name').allTextContents();
	expect(names).not.toContain(outsider);
	const search = page.getByLabel('Hae nimellä');
	const status = page.locator('p.announce');

	// A typo in the surname: no exact match, the nearest name is offered and Enter marks it.
	const target = names.find((n) => n.split(' ')[1]?.length >= 6)!;
	const [first, last] = target.split(' ');
	await search.fill(`${first} ${last.slice(0, 2)}${last.slice(3)}`);
	await expect(page.getByText('Ei täsmällistä osumaa. Lähimmät nimet:')).toBeVisible();
	await expect(page.locator('ul.people').first().locator('li')).toHaveCount(1);
	await search.press('Enter');
	await expect(status).toHaveText(`${target} merkitty paikalla olevaksi.`);
	await expect(status).toHaveAttribute('role', 'status');
	await expect(search).toHaveValue('');
	await expect(search).toBeFocused();
	await expect(page.getByRole('button', { name: `Paikalla: ${target}` })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByText(/^1 paikalla/)).toBeVisible();

	// Several matches: Enter marks nobody and says so.
	const initials = names.flatMap((n) => n.split(' ').map((w) => w[0].toLowerCase()));
	const common = initials.find((c, i) => initials.indexOf(c) !== i)!;
	await search.fill(common);
	const shown = await page.locator('ul.people').first().locator('li').count();
	expect(shown).toBeGreaterThan(1);
	await search.press('Enter');
	await expect(status).toHaveText(
		`${shown} osumaa – tarkenna nimeä, niin Enter merkitsee oikean henkilön.`
	);
	await expect(page.getByText(/^1 paikalla/)).toBeVisible();

	// A walk-in with the name of someone in the directory: offered the existing person.
	await search.fill('');
	await page.getByRole('button', { name: 'Lisää uusi henkilö paikan päällä' }).click();
	await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill(outsider);
	await page.getByRole('button', { name: 'Lisää paikalla olevaksi' }).click();
	const warning = page.getByRole('alert').filter({ hasText: 'Hakemistossa on jo' });
	await expect(warning).toBeVisible();
	await axe(page, 'door, a walk-in namesake');
	await warning
		.getByRole('button', { name: `Valitse ${outsider} (Parisuhdekeskus Kataja ry)` })
		.click();
	await expect(page.getByRole('button', { name: `Paikalla: ${outsider}` })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByText(/^2 paikalla/)).toBeVisible();
	// The participant is the directory's person, not a new copy of them.
	await page.getByRole('link', { name: /Takaisin kokoukseen/ }).click();
	await expect(page.getByRole('link', { name: outsider, exact: true })).toHaveAttribute(
		'href',
		`/directory/persons/${demoId('person:kataja-1')}`
	);
});

test('the follow-up owner is picked by name like elsewhere, and a half-typed name is not dropped', async ({
	page
}) => {
	await loadDemo(page);
	await open(page, `/meetings/${demoId('meeting:provincial-2026-09')}`);
	const someone = (await page
		.getByRole('button', { name: /^Poista osallistuja / })
		.first()
		.getAttribute('aria-label'))!.replace('Poista osallistuja ', '');
	const other = (await page
		.getByRole('button', { name: /^Poista osallistuja / })
		.nth(1)
		.getAttribute('aria-label'))!.replace('Poista osallistuja ', '');

	const addTask = page.locator('form', { has: page.getByLabel('Uusi tehtävä') });
	await page.getByLabel('Uusi tehtävä').fill('Muistion lähetys');
	const owner = addTask.getByRole('combobox', { name: 'Vastuuhenkilö' });
	await owner.fill(someone.slice(0, 4));
	await addTask.getByRole('option', { name: someone }).click();
	await addTask.getByRole('button', { name: 'Lisää tehtävä' }).click();
	const tasks = page.getByRole('textbox', { name: /^Tehtävä \d+$/ });
	await expect(tasks.last()).toHaveValue('Muistion lähetys');
	const n = await tasks.count();
	const rowOwner = page.getByRole('combobox', { name: `Vastuuhenkilö (Tehtävä ${n})` });
	await expect(rowOwner).toHaveValue(someone);

	// Changing the owner in place; a half-typed name keeps the owner and says why.
	await rowOwner.fill('zzzz');
	await page.getByLabel('Uusi tehtävä').click();
	await expect(page.getByText('«zzzz» ei ole valittu listasta', { exact: false })).toBeVisible();
	await rowOwner.fill(other.slice(0, 5));
	await page.getByRole('option', { name: other }).click();
	await expect(page.getByText('Kaikki muutokset tallennettu')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('combobox', { name: `Vastuuhenkilö (Tehtävä ${n})` })).toHaveValue(
		other
	);
});

test("adding a member to a body suggests the seat from the person's organisation", async ({
	page
}) => {
	await loadDemo(page);
	await open(page, `/directory/persons/${demoId('person:kataja-1')}`);
	const ngoWorker = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	await open(page, `/network/bodies/${demoId('body:provincial')}/members/new`);
	const seat = page.getByRole('combobox', { name: 'Paikka (sektori)' });
	await expect(seat).toHaveValue('');
	await page.getByLabel('Rajaa henkilöitä nimellä').fill(ngoWorker);
	await page.getByRole('combobox', { name: 'Henkilö', exact: true }).selectOption({ index: 1 });
	await expect(seat).toHaveValue('ngo');
	await expect(
		page.getByText('Esitäytetty edustettavan tai henkilön oman organisaation sektorista', {
			exact: false
		})
	).toBeVisible();

	// A new person from a parish: the suggestion follows.
	await page.getByRole('radio', { name: 'Uusi henkilö' }).check();
	await page.getByLabel('Rajaa organisaatioita nimellä').first().fill('Nokian seurakunta');
	await page
		.getByRole('combobox', { name: 'Organisaatio, jossa henkilö työskentelee' })
		.selectOption({ index: 1 });
	await expect(seat).toHaveValue('parish');
	// The user's own choice is kept when the person changes.
	await seat.selectOption({ label: 'Perheet' });
	await page.getByRole('radio', { name: 'Henkilö hakemistosta' }).check();
	await expect(seat).toHaveValue('families');
	await axe(page, 'adding a member');
});

test('a body with no meetings does not claim that everyone has reported back', async ({ page }) => {
	await loadDemo(page);
	await open(page, '/network/bodies');
	await page.getByRole('link', { name: 'Kihniön perhekeskuksen ohjausryhmä' }).click();
	const panel = page.getByRole('region', { name: 'Raportointi edustetuille organisaatioille' });
	await expect(panel).toContainText(
		'Ryhmällä ei ole ollut kokouksia viimeisen vuoden aikana, joten raportoitavaa ei ole.'
	);
	await expect(panel).not.toContainText('Kaikki edustajat ovat raportoineet');
});
