// What a new user trying the app tripped over: search typos, workshop next steps,
// removing meeting participants, the door view, pickers and count wording.
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, open } from './helpers';
import { demoId } from '../../src/lib/demo/ids';

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
	await expect(results(page).getByRole('link', { name: 'MLL:n Nokian yhdistys' })).toBeVisible();
	await expect(
		results(page).getByRole('link', { name: 'Parisuhdekeskus Kataja ry' })
	).toBeVisible();
});

test('a workshop step refuses a responsible name not in the list, and can be edited afterwards', async ({
	page
}) => {
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

	// The list across rounds edits the same way.
	await open(page, '/codevelopment/actions');
	await page
		.getByRole('button', { name: 'Muokkaa askelta «Hakemisto ajan tasalle keväällä»' })
		.click();
	await page.getByRole('textbox', { name: 'Askel', exact: true }).fill('Hakemisto valmis');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('cell', { name: 'Hakemisto valmis', exact: true })).toBeVisible();
});
