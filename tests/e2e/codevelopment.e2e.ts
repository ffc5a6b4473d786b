import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { loadDemo, open } from './helpers';
import { demoId } from '../../src/lib/demo/ids';
import { expectAccessible as expectNoAxeViolations } from './axe';

const saved = (page: Page) =>
	expect(
		page.getByRole('status').filter({ hasText: 'Kaikki muutokset tallennettu.' })
	).toBeVisible();

/** Adds points to one kind of a theme's discussion by typing and pressing Enter. */
async function addPoints(page: Page, theme: string, field: string, texts: string[]) {
	const section = page.getByRole('region', { name: theme });
	for (const text of texts) {
		await section.getByLabel(field, { exact: true }).fill(text);
		await section.getByLabel(field, { exact: true }).press('Enter');
		await expect(section.getByLabel(field, { exact: true })).toHaveValue('');
		await expect
			.poll(() =>
				section
					.locator('textarea')
					.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
			)
			.toContain(text);
	}
}

async function rate(page: Page, theme: string, level: string) {
	await page.getByRole('region', { name: theme }).getByRole('radio', { name: level }).check();
}

test('a user who started empty gets the eight themes once; edits to them stay', async ({
	page
}) => {
	await open(page, '/');
	await page.getByRole('button', { name: 'Aloita tyhjästä' }).click();
	await open(page, '/codevelopment');
	const themes = page.getByRole('region', { name: 'Arviointiteemat' }).getByRole('listitem');
	await expect(themes).toHaveCount(8);
	await expect(themes.nth(5)).toContainText('6. Viestintä');

	await themes.nth(5).getByRole('link').click();
	await expect(page.getByRole('heading', { name: 'Teema 6: Viestintä' })).toBeVisible();
	await page.getByRole('button', { name: 'Muokkaa' }).click();
	const title = page.getByRole('group', { name: 'Otsikko' });
	await title.getByLabel('suomeksi').fill('Viestintä ja näkyvyys');
	await page.getByRole('button', { name: 'Lisää kysymys' }).click();
	await page.getByRole('group', { name: 'Kysymys 2' }).getByLabel('suomeksi').fill('Kuka viestii?');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('heading', { name: 'Teema 6: Viestintä ja näkyvyys' })).toBeVisible();
	await expect(page.getByText('Kuka viestii?')).toBeVisible();

	// Opening the section again neither duplicates the themes nor undoes the edit.
	await open(page, '/codevelopment');
	await expect(themes).toHaveCount(8);
	await expect(themes.nth(5)).toContainText('6. Viestintä ja näkyvyys');

	// Theme texts follow the UI language, Finnish where no translation was written.
	await page.getByRole('combobox', { name: 'Kieli' }).first().selectOption('sv');
	const svThemes = page.getByRole('region', { name: 'Utvärderingsteman' }).getByRole('listitem');
	await expect(svThemes.nth(0)).toContainText('1. Kännedom om organisationernas arbete');
	await expect(svThemes.nth(5)).toContainText('6. Kommunikation');

	// A blank Finnish title is refused with a message naming the field; nothing changes.
	await page.getByRole('combobox', { name: 'Språk' }).first().selectOption('fi');
	await themes.nth(5).getByRole('link').click();
	await page.getByRole('button', { name: 'Muokkaa' }).click();
	await title.getByLabel('suomeksi').fill('');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByText('Otsikko suomeksi: pakollinen tieto puuttuu')).toBeVisible();
	await page.getByRole('button', { name: 'Peruuta' }).click();
	await expect(page.getByRole('heading', { name: 'Teema 6: Viestintä ja näkyvyys' })).toBeVisible();

	// The shipped texts can be restored.
	await page.getByRole('button', { name: 'Palauta oletustekstit' }).click();
	const dialog = page.getByRole('dialog', { name: 'Palautetaanko oletustekstit?' });
	await dialog.getByRole('button', { name: 'Palauta oletustekstit' }).click();
	await expect(page.getByRole('heading', { name: 'Teema 6: Viestintä' })).toBeVisible();
	await expect(page.getByText('Kuka viestii?')).toHaveCount(0);
});

test('two groups discuss, the workshop sets a goal with a next step, the report shows it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await loadDemo(page);
	await open(page, '/codevelopment');
	await page.getByRole('link', { name: 'Uusi arviointikierros' }).click();

	await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Yhteistyön arviointi 2025');
	await page.getByLabel('Arvioitava alue').fill('Pirkanmaan läntinen alue');
	await page.getByRole('checkbox', { name: '1. Järjestöjen työn tunnettuus' }).check();
	await page.getByRole('checkbox', { name: '6. Viestintä' }).check();
	await page.getByLabel('Yhteiset kysymykset').fill('Mikä toimii?\nMitä kehitetään?');
	const filter = page.getByLabel('Suodata ryhmiä nimellä');
	await filter.fill('Nokian');
	await page.getByRole('checkbox', { name: /^Nokian perhekeskuksen ohjausryhmä/ }).check();
	await filter.fill('Akaan');
	await page.getByRole('checkbox', { name: /^Akaan perhekeskuksen ohjausryhmä/ }).check();
	await page.getByRole('radio', { name: 'Luo uusi työpaja' }).check();
	await page.getByLabel('Työpajan nimi').fill('Läntisen alueen työpaja');
	await page.getByRole('textbox', { name: 'Päivä', exact: true }).fill('2025-03-12');
	await page.getByLabel('Paikka').fill('Nokian kirjasto');
	await page.getByRole('button', { name: 'Luo kierros' }).click();

	await expect(page.getByRole('heading', { name: 'Yhteistyön arviointi 2025' })).toBeVisible();
	await expect(page.getByText('Palauttanut 0, kesken 0, puuttuu 2.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Läntisen alueen työpaja' })).toHaveAttribute(
		'href',
		/^\/meetings\/[0-9a-f-]{36}$/
	);
	const roundUrl = page.url();
	await expectNoAxeViolations(page, 'round');

	// Group 1: Nokia.
	await page
		.getByRole('link', { name: 'Kirjaa keskustelu: Nokian perhekeskuksen ohjausryhmä' })
		.click();
	await expect(
		page.getByRole('heading', { name: 'Nokian perhekeskuksen ohjausryhmä: ryhmäkeskustelu' })
	).toBeVisible();
	await page.getByLabel('Keskustelun päivä').fill('2025-02-10');
	await page.getByLabel('Osallistujia').fill('8');
	await page.getByRole('checkbox', { name: 'Kunta', exact: true }).check();
	await page.getByRole('checkbox', { name: 'Järjestö', exact: true }).check();
	const t1 = 'Teema 1: Järjestöjen työn tunnettuus';
	const t6 = 'Teema 6: Viestintä';
	await addPoints(page, t1, 'Uusi vahvuus', ['Perhekahvila tuo järjestöt näkyviin']);
	await addPoints(page, t1, 'Uusi kehittämistarve', ['Neuvolat eivät tunne järjestöjen ryhmiä']);
	await addPoints(page, t1, 'Uusi idea', ['Järjestöesittely neuvolan tiimissä']);
	await rate(page, t1, '2 Alkuvaiheessa');
	await addPoints(page, t6, 'Uusi kehittämistarve', ['Yhteinen viestintäkanava puuttuu']);
	await rate(page, t6, '3 Osittain toteutunut');
	await saved(page);
	await expectNoAxeViolations(page, 'discussion');
	await page.getByRole('button', { name: 'Palauta koko keskustelu työpajaan' }).click();
	await expect(page.getByText('Kaikki teemat on palautettu.')).toBeVisible();

	// Group 2: Akaa.
	await page.goto(roundUrl);
	await expect(page.getByText('Palauttanut 1, kesken 0, puuttuu 1.')).toBeVisible();
	await page
		.getByRole('link', { name: 'Kirjaa keskustelu: Akaan perhekeskuksen ohjausryhmä' })
		.click();
	await addPoints(page, t1, 'Uusi kehittämistarve', [
		'Terveydenhoitajat eivät tiedä järjestöjen ryhmistä'
	]);
	await addPoints(page, t1, 'Uusi idea', ['Ajantasainen hakemisto järjestöjen ryhmistä']);
	await rate(page, t1, '3 Osittain toteutunut');
	await addPoints(page, t6, 'Uusi vahvuus', ['Kunnan tiedote kertoo järjestöjen tapahtumista']);
	await page
		.getByRole('region', { name: t1 })
		.getByRole('checkbox', { name: 'Teema on käsitelty ja palautettu työpajaan' })
		.check();
	await page
		.getByRole('region', { name: t6 })
		.getByRole('checkbox', { name: 'Teema on käsitelty ja palautettu työpajaan' })
		.check();
	await saved(page);
	await page.goto(roundUrl);
	await expect(page.getByText('Palauttanut 2, kesken 0, puuttuu 0.')).toBeVisible();

	// Workshop: both groups' points side by side; group, mark, turn into a goal with a step.
	await page.getByRole('link', { name: 'Työpajanäkymä' }).first().click();
	await expect(
		page.getByRole('heading', { name: 'Työpaja: Yhteistyön arviointi 2025' })
	).toBeVisible();
	const needs = page.getByRole('region', { name: 'Kehittämistarpeet' });
	await expect(needs.getByText('– Nokian perhekeskuksen ohjausryhmä')).toBeVisible();
	await expect(needs.getByText('– Akaan perhekeskuksen ohjausryhmä')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Neuvolat eivät tunne järjestöjen ryhmiä' }).check();
	await page
		.getByRole('checkbox', { name: 'Terveydenhoitajat eivät tiedä järjestöjen ryhmistä' })
		.check();
	await page.getByRole('checkbox', { name: 'Ajantasainen hakemisto järjestöjen ryhmistä' }).check();
	await page.getByLabel('Ryhmän nimi').fill('Tieto ryhmistä');
	await page.getByRole('button', { name: 'Ryhmittele valitut' }).click();
	await expect(needs.getByRole('heading', { name: 'Tieto ryhmistä (2)' })).toBeVisible();
	await page
		.getByRole('button', { name: 'Tärkeä: Neuvolat eivät tunne järjestöjen ryhmiä' })
		.click();
	await expect(
		page.getByRole('button', { name: 'Tärkeä: Neuvolat eivät tunne järjestöjen ryhmiä' })
	).toHaveAttribute('aria-pressed', 'true');

	await page.getByRole('checkbox', { name: 'Neuvolat eivät tunne järjestöjen ryhmiä' }).check();
	await page.getByRole('checkbox', { name: 'Ajantasainen hakemisto järjestöjen ryhmistä' }).check();
	await page.getByRole('button', { name: 'Muotoile tavoite valituista' }).click();
	await page
		.getByRole('textbox', { name: 'Tavoite', exact: true })
		.fill('Ammattilaiset tuntevat järjestöjen ryhmät');
	await page.getByRole('button', { name: 'Tallenna tavoite' }).click();
	const goal = page.getByRole('article', { name: 'Ammattilaiset tuntevat järjestöjen ryhmät' });
	await expect(goal.getByText('Neuvolat eivät tunne järjestöjen ryhmiä')).toBeVisible();
	await goal
		.getByRole('textbox', { name: 'Askel', exact: true })
		.fill('Järjestöjen ryhmät neuvoloiden tiimipalavereihin');
	await goal
		.getByRole('combobox', { name: 'Vastuussa: ryhmä' })
		.fill('Maakunnallinen järjestöyhteistyöryhmä');
	await goal.getByLabel('Määräpäivä').fill('2025-05-31');
	await goal.getByRole('button', { name: 'Lisää askel' }).click();
	await expect(
		goal.getByRole('cell', {
			name: 'Järjestöjen ryhmät neuvoloiden tiimipalavereihin',
			exact: true
		})
	).toBeVisible();
	await expect(
		goal.getByRole('link', { name: 'Maakunnallinen järjestöyhteistyöryhmä' })
	).toBeVisible();
	await expectNoAxeViolations(page, 'workshop');

	// The report: the goal, its step and who is responsible; charts with text alternatives.
	await page.goto(`${roundUrl}/report`);
	await expect(
		page.getByRole('heading', { name: 'Raportti: Yhteistyön arviointi 2025' })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: /Ammattilaiset tuntevat järjestöjen ryhmät/ })
	).toBeVisible();
	await expect(
		page.getByRole('cell', {
			name: 'Järjestöjen ryhmät neuvoloiden tiimipalavereihin',
			exact: true
		})
	).toBeVisible();
	await expect(
		page.getByRole('cell', { name: 'Maakunnallinen järjestöyhteistyöryhmä', exact: true })
	).toBeVisible();
	const byGroup = page.getByRole('img', {
		name: 'Nykytilan arviot ryhmittäin: Järjestöjen työn tunnettuus'
	});
	await expect(byGroup).toBeVisible();
	await expect(byGroup).toHaveAccessibleDescription(
		/Nokian perhekeskuksen ohjausryhmä: 2; Akaan perhekeskuksen ohjausryhmä: 3/
	);
	await expectNoAxeViolations(page, 'report');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Lataa HTML-tiedostona' }).click()
	]);
	expect(download.suggestedFilename()).toBe('arviointiraportti-yhteistyon-arviointi-2025.html');
	const html = await readFile((await download.path())!, 'utf8');
	expect(html).toContain('Ammattilaiset tuntevat järjestöjen ryhmät');
	expect(html).toContain('Järjestöjen ryhmät neuvoloiden tiimipalavereihin');
	expect(html).not.toMatch(/<script/i);

	// The exported document reads on its own, and is accessible too.
	const doc = await page.context().newPage();
	await doc.setContent(html);
	await expect(
		doc.getByRole('heading', { name: 'Raportti: Yhteistyön arviointi 2025' })
	).toBeVisible();
	await expect(
		doc.getByRole('img', { name: /Nykytilan arviot alueittain: Viestintä/ })
	).toBeVisible();
	await expectNoAxeViolations(doc, 'exported report');
});

test('the demo’s Pirkanmaa 2024 round runs end to end: invitation, discussions, workshop, goals, report, follow-up', async ({
	page
}) => {
	test.setTimeout(180_000);
	// "Today" for the follow-up: the spring after the workshop.
	await page.clock.setFixedTime(new Date('2025-06-01T10:00:00+03:00'));
	await loadDemo(page);
	await open(page, '/codevelopment');
	const name = 'Järjestöt ja seurakunnat osana perhekeskusta – Pirkanmaa 2024';
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
	const roundUrl = page.url();

	// Where phase 1 stands in the demo.
	await expect(page.getByText('Palauttanut 2, kesken 1, puuttuu 2.')).toBeVisible();
	await expect(
		page.getByText(
			'Puuttuvat: Pohjoisen alueen koordinaatioryhmä, Maakunnallinen järjestöyhteistyöryhmä.'
		)
	).toBeVisible();

	// Invitation: a text to send and a mail link to the missing group's members.
	await page.locator('summary', { hasText: 'Kutsuteksti' }).click();
	const invitation = page.getByRole('textbox', { name: 'Kutsuteksti' });
	await expect(invitation).toHaveValue(/5\. Monitoimijainen yhteistyö/);
	await expect(invitation).toHaveValue(/työpajassa 25\.9\.2024 klo 12\.00/);
	await expect(
		page.getByRole('link', {
			name: /Sähköposti ryhmän Pohjoisen alueen koordinaatioryhmä jäsenille/
		})
	).toHaveAttribute('href', /^mailto:\?bcc=.+&subject=Kutsu%20ryhm%C3%A4keskusteluun/);

	const t1 = 'Teema 1: Järjestöjen työn tunnettuus';
	const t2 = 'Teema 2: Yhteisen työn rakenteet';
	const t5 = 'Teema 5: Monitoimijainen yhteistyö';

	// The northern coordination group's discussion.
	await page
		.getByRole('link', { name: 'Kirjaa keskustelu: Pohjoisen alueen koordinaatioryhmä' })
		.click();
	await page.getByLabel('Keskustelun päivä').fill('2024-09-03');
	for (const sector of ['Kunta', 'Hyvinvointialue', 'Järjestö', 'Kela'])
		await page.getByRole('checkbox', { name: sector, exact: true }).check();
	await addPoints(page, t1, 'Uusi vahvuus', ['Järjestöagentti käy kuntien perhekeskustiimeissä.']);
	await addPoints(page, t1, 'Uusi kehittämistarve', [
		'Pienten kuntien ammattilaiset eivät tunne maakunnallisia järjestöjä.'
	]);
	await rate(page, t1, '1 Ei vielä alkanut');
	await addPoints(page, t2, 'Uusi kehittämistarve', [
		'Järjestöillä ei ole paikkaa pohjoisen ohjausryhmissä.'
	]);
	await rate(page, t2, '2 Alkuvaiheessa');
	await addPoints(page, t5, 'Uusi idea', ['Yhteinen perhetapahtuma Oriveden ja Ruoveden kanssa.']);
	await rate(page, t5, '2 Alkuvaiheessa');
	await page.getByRole('button', { name: 'Palauta koko keskustelu työpajaan' }).click();
	await expect(page.getByText('Kaikki teemat on palautettu.')).toBeVisible();

	// The NGO cooperation group's discussion.
	await page.goto(roundUrl);
	await page
		.getByRole('link', { name: 'Kirjaa keskustelu: Maakunnallinen järjestöyhteistyöryhmä' })
		.click();
	await addPoints(page, t1, 'Uusi idea', [
		'Järjestöjen yhteinen esittelymateriaali ammattilaisille.'
	]);
	await rate(page, t1, '2 Alkuvaiheessa');
	await addPoints(page, t2, 'Uusi vahvuus', [
		'Järjestöedustajat on nimetty kaikkiin koordinaatioryhmiin.'
	]);
	await addPoints(page, t5, 'Uusi kehittämistarve', [
		'Yhteistyö jää yksittäisten työntekijöiden varaan.'
	]);
	await page.getByRole('button', { name: 'Palauta koko keskustelu työpajaan' }).click();
	await expect(page.getByText('Kaikki teemat on palautettu.')).toBeVisible();

	// The child and family NGO network finishes what it started.
	await page.goto(roundUrl);
	await page
		.getByRole('link', {
			name: 'Kirjaa keskustelu: Pirkanmaan lapsi- ja perhejärjestöjen verkosto'
		})
		.click();
	await expect
		.poll(() => page.getByRole('region', { name: t5 }).locator('textarea').first().inputValue())
		.toBe('Pienten järjestöjen on vaikea osallistua kaikkiin verkostoihin.');
	await addPoints(page, t2, 'Uusi kehittämistarve', [
		'Lapsiperhejärjestöillä ei ole omaa edustajaa.'
	]);
	await page.getByRole('button', { name: 'Palauta koko keskustelu työpajaan' }).click();
	await expect(page.getByText('Kaikki teemat on palautettu.')).toBeVisible();

	await page.goto(roundUrl);
	await expect(page.getByText('Palauttanut 5, kesken 0, puuttuu 0.')).toBeVisible();
	await page.getByRole('combobox', { name: 'Vaihda vaihe' }).selectOption('workshop');
	await expect(page.getByText('Vaihe vaihdettu.')).toBeVisible();

	// Phase 2: the workshop of 25.9.
	await page.getByRole('link', { name: 'Työpajanäkymä' }).first().click();
	await expect(
		page.getByRole('link', { name: 'Järjestöt ja seurakunnat osana perhekeskusta – työpaja' })
	).toBeVisible();
	// The northern group's message is there beside the others'.
	await expect(
		page.getByRole('checkbox', {
			name: 'Pienten kuntien ammattilaiset eivät tunne maakunnallisia järjestöjä.'
		})
	).toBeVisible();
	for (const text of [
		'Yhteyshenkilöiden nimiä ja yhteystietoja on vaikea löytää.',
		'Tieto järjestöjen ryhmistä vanhenee nopeasti.',
		'Yhteinen ajantasainen hakemisto palveluista ja yhteyshenkilöistä.'
	])
		await page.getByRole('checkbox', { name: text }).check();
	await page.getByLabel('Ryhmän nimi').fill('Ajantasainen tieto');
	await page.getByRole('button', { name: 'Ryhmittele valitut' }).click();
	await page
		.getByRole('button', {
			name: 'Tärkeä: Yhteyshenkilöiden nimiä ja yhteystietoja on vaikea löytää.'
		})
		.click();
	for (const text of [
		'Yhteyshenkilöiden nimiä ja yhteystietoja on vaikea löytää.',
		'Yhteinen ajantasainen hakemisto palveluista ja yhteyshenkilöistä.'
	])
		await page.getByRole('checkbox', { name: text }).check();
	await page.getByRole('button', { name: 'Muotoile tavoite valituista' }).click();
	const goal1 = 'Ajantasainen hakemisto järjestöjen ja seurakuntien palveluista';
	await page.getByRole('textbox', { name: 'Tavoite', exact: true }).fill(goal1);
	await page.getByRole('button', { name: 'Tallenna tavoite' }).click();
	const g1 = page.getByRole('article', { name: goal1 });
	await g1
		.getByRole('textbox', { name: 'Askel', exact: true })
		.fill('Verkosto-hakemisto käyttöön kaikilla alueilla');
	await g1
		.getByRole('combobox', { name: 'Vastuussa: organisaatio' })
		.fill('Pirkanmaan hyvinvointialue');
	await g1
		.getByRole('combobox', { name: 'Vastuussa: ryhmä' })
		.fill('Maakunnallinen järjestöyhteistyöryhmä');
	await g1.getByLabel('Määräpäivä').fill('2025-03-31');
	await g1.getByRole('button', { name: 'Lisää askel' }).click();
	// The points behind the goal are marked as such in the columns.
	await expect(
		page.getByRole('region', { name: 'Kehittämistarpeet' }).getByText('Tavoitteessa')
	).toHaveCount(1);
	await expect(
		page.getByRole('region', { name: 'Ideat ja ehdotukset' }).getByText('Tavoitteessa')
	).toHaveCount(1);
	// Due on 31.3.2025 and not done: late on 1.6.2025.
	await expect(g1.getByRole('row', { name: /Verkosto-hakemisto käyttöön/ })).toContainText(
		'Myöhässä'
	);

	await page.getByRole('link', { name: '5. Monitoimijainen yhteistyö' }).click();
	await expect(page.getByRole('heading', { name: t5 })).toBeVisible();
	await page
		.getByRole('checkbox', { name: 'Järjestötori kerran vuodessa jokaisella alueella.' })
		.check();
	await page
		.getByRole('checkbox', { name: 'Yhteinen perhetapahtuma Oriveden ja Ruoveden kanssa.' })
		.check();
	await page.getByRole('button', { name: 'Muotoile tavoite valituista' }).click();
	const goal2 = 'Järjestötori joka alueella vuosittain';
	await page.getByRole('textbox', { name: 'Tavoite', exact: true }).fill(goal2);
	await page.getByRole('button', { name: 'Tallenna tavoite' }).click();
	const g2 = page.getByRole('article', { name: goal2 });
	await g2
		.getByRole('textbox', { name: 'Askel', exact: true })
		.fill('Syksyn järjestötorin suunnittelu');
	await g2
		.getByRole('combobox', { name: 'Vastuussa: ryhmä' })
		.fill('Pirkanmaan lapsi- ja perhejärjestöjen verkosto');
	await g2.getByLabel('Määräpäivä').fill('2025-09-30');
	await g2.getByRole('button', { name: 'Lisää askel' }).click();
	await expect(
		g2.getByRole('cell', { name: 'Syksyn järjestötorin suunnittelu', exact: true })
	).toBeVisible();

	// The report.
	await page.goto(`${roundUrl}/report`);
	await expect(page.getByRole('heading', { name: `Raportti: ${name}` })).toBeVisible();
	for (const text of [goal1, goal2])
		await expect(page.getByRole('heading', { name: new RegExp(text) })).toBeVisible();
	await expect(
		page.getByRole('cell', { name: 'Verkosto-hakemisto käyttöön kaikilla alueilla', exact: true })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Ajantasainen tieto' }).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Muut', exact: true }).first()).toBeVisible();
	await expect(
		page.getByRole('img', { name: 'Nykytilan arviot alueittain: Järjestöjen työn tunnettuus' })
	).toHaveAccessibleDescription(
		/Eteläinen alue: 2; Läntinen alue: 2; Pohjoinen alue: 1; Koko alue \(ei aluetta\): 2/
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Lataa HTML-tiedostona' }).click()
	]);
	const html = await readFile((await download.path())!, 'utf8');
	expect(html).toContain(goal1);
	expect(html).toContain('Pohjoisen alueen koordinaatioryhmä');

	// Follow-up: the round moves on, the steps are tracked across rounds.
	await page.goto(roundUrl);
	await page.getByRole('combobox', { name: 'Vaihda vaihe' }).selectOption('follow_up');
	await expect(page.getByText('Vaihe vaihdettu.')).toBeVisible();
	await open(page, '/codevelopment/actions');
	await page.getByRole('radio', { name: /Myöhässä/ }).check();
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(1)).toContainText('Verkosto-hakemisto käyttöön kaikilla alueilla');
	await expectNoAxeViolations(page, 'actions');
	await page
		.getByRole('combobox', { name: 'Tila: Verkosto-hakemisto käyttöön kaikilla alueilla' })
		.selectOption('done');
	await expect(page.getByText('Ei toimenpiteitä tällä rajauksella.')).toBeVisible();
	await page.getByRole('radio', { name: /Valmiit/ }).check();
	await expect(rows.nth(1)).toContainText('Verkosto-hakemisto käyttöön kaikilla alueilla');
	await page.getByRole('radio', { name: /Avoimet/ }).check();
	await expect(rows.nth(1)).toContainText('Syksyn järjestötorin suunnittelu');

	// The 2026 follow-up round compares its ratings and the 2024 goals.
	await open(page, '/codevelopment');
	await page.getByRole('link', { name: /seuranta 2026/ }).click();
	const comparison = page.getByRole('region', { name: `Vertailu aiempaan kierrokseen: ${name}` });
	await expect(comparison.getByRole('row', { name: /Järjestöjen työn tunnettuus/ })).toContainText(
		'+1,2'
	);
	await expect(comparison.getByRole('listitem').filter({ hasText: goal1 })).toContainText(
		'1/1 askelta valmiina'
	);
	await expect(comparison.getByRole('listitem').filter({ hasText: goal2 })).toContainText(
		'0/1 askelta valmiina'
	);
});

test('a discussion saves as you type and keeps edits made at the same time in another tab', async ({
	page,
	context
}) => {
	await loadDemo(page);
	await open(page, '/codevelopment');
	await page.getByRole('link', { name: /Pirkanmaa 2024/ }).click();
	await page
		.getByRole('link', { name: 'Kirjaa keskustelu: Pohjoisen alueen koordinaatioryhmä' })
		.click();
	await expect(
		page.getByRole('heading', { name: 'Pohjoisen alueen koordinaatioryhmä: ryhmäkeskustelu' })
	).toBeVisible();
	const url = page.url();
	const other = await context.newPage();
	await open(other, url);

	const t1 = 'Teema 1: Järjestöjen työn tunnettuus';
	await addPoints(page, t1, 'Uusi vahvuus', ['Ensimmäinen välilehti']);
	await addPoints(other, t1, 'Uusi kehittämistarve', ['Toinen välilehti']);
	// Each tab sees the other's point, and neither was lost.
	for (const p of [page, other])
		await expect
			.poll(() =>
				p
					.getByRole('region', { name: t1 })
					.getByRole('listitem')
					.locator('textarea')
					.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
			)
			.toEqual(['Ensimmäinen välilehti', 'Toinen välilehti']);

	// Editing a point in place is saved after a pause in typing, without leaving the field.
	const first = page.getByRole('textbox', {
		name: 'Järjestöjen työn tunnettuus: Vahvuudet, kohta 1'
	});
	await first.fill('Ensimmäinen välilehti, muokattu');
	await saved(page);
	await expect(
		other.getByRole('textbox', { name: 'Järjestöjen työn tunnettuus: Vahvuudet, kohta 1' })
	).toHaveValue('Ensimmäinen välilehti, muokattu');

	// Notes typed and the page reloaded at once: the pending save is flushed on leaving.
	const notes = page.getByRole('textbox', {
		name: `Muut muistiinpanot: Järjestöjen työn tunnettuus`
	});
	await notes.fill('Seuraava tapaaminen lokakuussa');
	await page.reload();
	await expect(notes).toHaveValue('Seuraava tapaaminen lokakuussa');

	// Removing a point in one tab removes it in the other.
	await other
		.getByRole('button', { name: 'Järjestöjen työn tunnettuus: Poista kehittämistarpeet, kohta 1' })
		.click();
	await expect(
		page.getByRole('textbox', { name: 'Järjestöjen työn tunnettuus: Kehittämistarpeet, kohta 1' })
	).toHaveCount(0);
	await expect(
		page.getByRole('textbox', { name: 'Järjestöjen työn tunnettuus: Vahvuudet, kohta 1' })
	).toHaveValue('Ensimmäinen välilehti, muokattu');
});

test('the workshop works from the keyboard, in presentation mode', async ({ page }) => {
	await loadDemo(page);
	await open(page, '/codevelopment');
	await page.getByRole('link', { name: /Pirkanmaa 2024/ }).click();
	await page.getByRole('link', { name: 'Työpajanäkymä' }).first().click();
	const present = page.getByRole('button', { name: 'Esitystila' });
	await present.focus();
	await page.keyboard.press('Enter');
	await expect(present).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeHidden();

	// Select a point with Space, mark it important with Enter, label it and press Enter.
	const text = 'Tieto järjestöjen ryhmistä vanhenee nopeasti.';
	await page.getByRole('checkbox', { name: text }).focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('checkbox', { name: text })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: `Tärkeä: ${text}` })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: `Tärkeä: ${text}` })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('combobox', { name: `Ryhmä: ${text}` })).toBeFocused();
	await page.keyboard.type('Ajantasainen tieto');
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('region', { name: 'Kehittämistarpeet' }).getByRole('heading', {
			name: 'Ajantasainen tieto (1)'
		})
	).toBeVisible();
	// The point moved into its cluster, and the focus went with it.
	await expect(page.getByRole('combobox', { name: `Ryhmä: ${text}` })).toBeFocused();

	// Another theme by keyboard: the theme links are in the tab order.
	await page.getByRole('link', { name: '2. Yhteisen työn rakenteet' }).focus();
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { name: 'Teema 2: Yhteisen työn rakenteet' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Esitystila' }).click();
	await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
});

test('a round can be edited to invite another group, and deleted with its discussions', async ({
	page
}) => {
	await loadDemo(page);
	await open(page, '/codevelopment');
	await page.getByRole('link', { name: /seuranta 2026/ }).click();
	await expect(page.getByText('Palauttanut 1, kesken 1, puuttuu 2.')).toBeVisible();
	await page.getByRole('link', { name: 'Muokkaa kierrosta' }).click();
	await page.getByLabel('Suodata ryhmiä nimellä').fill('lapsi- ja perhe');
	await page
		.getByRole('checkbox', { name: /^Pirkanmaan lapsi- ja perhejärjestöjen verkosto/ })
		.check();
	await page.getByRole('radio', { name: 'Valitse olemassa oleva kokous tai tapahtuma' }).check();
	await page.getByRole('combobox', { name: 'Kokous tai tapahtuma' }).selectOption({
		label: '25.9.2024 klo 12.00 – Järjestöt ja seurakunnat osana perhekeskusta – työpaja'
	});
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByText('Palauttanut 1, kesken 1, puuttuu 3.')).toBeVisible();
	await expect(
		page.getByRole('row', { name: /Pirkanmaan lapsi- ja perhejärjestöjen verkosto/ })
	).toContainText('Puuttuu');

	await page.getByRole('button', { name: 'Poista kierros' }).click();
	const dialog = page.getByRole('dialog', { name: /Poistetaanko arviointikierros/ });
	await expect(dialog).toContainText('Myös nämä 4 tietoa poistetaan');
	await expect(dialog).toContainText('Ryhmäkeskustelu');
	await dialog.getByRole('button', { name: 'Poista' }).click();
	await expect(page.getByRole('heading', { name: 'Yhteiskehittäminen', level: 1 })).toBeVisible();
	await expect(page.getByRole('link', { name: /seuranta 2026/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /Pirkanmaa 2024/ })).toBeVisible();
});

test('a discussion date changed twice in quick succession is saved', async ({ page }) => {
	await loadDemo(page);
	const url = `/codevelopment/rounds/${demoId('round:2024')}/discussions/${demoId('body:regional-north')}`;
	await open(page, url);
	const date = page.locator('#d-date');
	// Each change queues a save behind the previous one, as when a date is typed digit by digit.
	await date.fill('2024-09-10');
	await date.fill('2024-09-11');
	await date.blur();
	// Group-wide fields save when the field is left (not journaled): wait for it, as the page says.
	await expect(page.getByText('Kaikki muutokset tallennettu.')).toBeVisible();
	await expect(page.getByText('Tallennus epäonnistui')).toHaveCount(0);
	await page.reload();
	await expect(page.locator('#d-date')).toHaveValue('2024-09-11');
});
