/**
 * The everyday screens of issue 13: overdue meetings that are really overdue,
 * focus that follows what the user opened, small things (deleting a decision,
 * a service's area, accessible names, unreadable times) and the accessibility
 * statement.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoId } from '../../src/lib/demo/ids';
import { expectAccessible as axe } from './axe';
import { loadDemo, open, waitForServiceWorker } from './helpers';
import { chooseFile, exportFile } from './sharingSteps';

/** The day the issue was filed, noon in Helsinki: the demo's routine meetings were then 3 in the last 12 months. */
const ISSUE_DAY = new Date('2026-12-07T10:00:00Z');
const PROVINCIAL = 'Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä';
const KIHNIO = 'Kihniön perhekeskuksen ohjausryhmä';

/** What has the focus: its tag and its text (or value), from document.activeElement. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			tag: el?.tagName.toLowerCase(),
			id: el?.id,
			text: (el?.textContent ?? '').trim().replace(/\s+/g, ' ')
		};
	});

test.describe('3. overdue meetings', () => {
	test('the overview flags only groups really overdue, not the provincial steering group', async ({
		page
	}) => {
		await page.clock.setFixedTime(ISSUE_DAY);
		await loadDemo(page);
		await open(page, '/network');
		const line = page.getByRole('link', { name: /ryhmän kokous on myöhässä/ });
		await expect(line).toBeVisible();
		const count = Number((await line.innerText()).match(/^\d+/)![0]);
		expect(count).toBeGreaterThan(0);
		expect(count).toBeLessThanOrEqual(8); // of 37 groups with a cadence

		await line.click();
		const late = page.getByRole('region', { name: /^Kokous myöhässä/ });
		await expect(late.getByRole('heading', { name: `Kokous myöhässä (${count})` })).toBeVisible();
		await expect(late.getByRole('link', { name: KIHNIO })).toBeVisible();
		await expect(late.getByRole('link', { name: PROVINCIAL })).toHaveCount(0);
		await expect(late.getByRole('listitem').filter({ hasText: KIHNIO })).toContainText(
			'ei kirjattuja kokouksia'
		);

		// The meetings calendar: the same rule; Kihniö gets no made-up deadline.
		await open(page, '/meetings');
		const due = page.locator('section.due');
		await expect(due.getByRole('heading', { name: `Kokous erääntynyt (${count})` })).toBeVisible();
		if (count > 5) await due.getByRole('button', { name: /Näytä kaikki/ }).click();
		await expect(due.getByRole('link', { name: PROVINCIAL })).toHaveCount(0);
		const kihnio = due.getByRole('listitem').filter({ hasText: KIHNIO });
		await expect(kihnio).toContainText('2 kertaa vuodessa · ei yhtään kokousta');
		await expect(kihnio).not.toContainText('erääntyi');

		await open(page, `/network/bodies/${demoId('body:local-216')}`);
		await expect(
			page.getByText('Seuraava kokous on myöhässä, eikä uutta ole sovittu.')
		).toBeVisible();
		await expect(page.locator('main')).not.toContainText('3.12.2024');

		await open(page, `/network/bodies/${demoId('body:provincial')}`);
		await expect(page.getByRole('heading', { level: 1, name: PROVINCIAL })).toBeVisible();
		await expect(page.getByText(/Seuraava kokous on myöhässä/)).toHaveCount(0);
	});
});

test.describe('4. focus goes where the action took the user', () => {
	test('after navigation the page heading has the focus, not the body', async ({ page }) => {
		await page.clock.setFixedTime(ISSUE_DAY);
		await loadDemo(page);
		const nav = page.getByRole('navigation', { name: 'Päävalikko' });
		for (const [link, heading] of [
			['Kokoukset', 'Kokoukset ja tapahtumat'],
			['Verkosto', 'Verkoston rakenne'],
			['Asetukset', 'Asetukset']
		]) {
			await nav.getByRole('link', { name: link, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
			expect(await focused(page)).toMatchObject({ tag: 'h1', text: heading });
		}
		// A page that renders its heading with its data (a meeting) still gets it.
		await open(page, '/meetings');
		await page.getByRole('link', { name: 'Maakunnallisen ohjausryhmän kokous 4/2026' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Maakunnallisen ohjausryhmän kokous 4/2026' })
		).toBeFocused();
		// A page that focuses a field itself keeps it: the door's search box.
		await page
			.getByRole('link', { name: /Läsnäolo/ })
			.first()
			.click();
		await expect(page.getByRole('searchbox')).toBeFocused();
		expect((await focused(page)).tag).toBe('input');
	});

	test('"Muotoile tavoite valituista" moves focus to the goal form, in view', async ({ page }) => {
		await loadDemo(page);
		await open(page, '/codevelopment');
		await page.getByRole('link', { name: /Pirkanmaa 2024/ }).click();
		await page.getByRole('link', { name: 'Työpajanäkymä' }).first().click();
		await page
			.getByRole('checkbox', { name: 'Tieto järjestöjen ryhmistä vanhenee nopeasti.' })
			.check();
		await page.getByRole('button', { name: 'Muotoile tavoite valituista' }).click();
		const title = page.locator('#goal-title');
		await expect(title).toBeFocused();
		await expect(title).toBeInViewport();
		expect(await focused(page)).toMatchObject({ tag: 'input', id: 'goal-title' });
	});

	test('the walk-in form at the door takes the focus when it opens', async ({ page }) => {
		await loadDemo(page);
		await open(page, `/meetings/${demoId('meeting:workshop-2024')}/attendance`);
		await page.getByRole('button', { name: 'Lisää uusi henkilö paikan päällä' }).click();
		const name = page.locator('#wi-name');
		await expect(name).toBeFocused();
		await expect(name).toBeInViewport();
		expect(await focused(page)).toMatchObject({ tag: 'input', id: 'wi-name' });
	});

	test('the import preview takes the focus when the file has been read', async ({ page }) => {
		await loadDemo(page);
		const file = await exportFile(page);
		await chooseFile(page, file.name, file.text);
		const heading = page.getByRole('heading', { name: 'Esikatselu: mitä tuonti muuttaisi' });
		await expect(heading).toBeFocused();
		await expect(heading).toBeInViewport();
		expect(await focused(page)).toMatchObject({
			tag: 'h2',
			text: 'Esikatselu: mitä tuonti muuttaisi'
		});
	});

	test('"Lisää aika" puts the focus on the new row’s first field', async ({ page }) => {
		await loadDemo(page);
		await open(page, '/directory/services/new');
		const add = page.getByRole('button', { name: 'Lisää aika' });
		await add.click();
		const rows = page.locator('.schedule');
		await expect(rows).toHaveCount(1);
		await expect(rows.nth(0).getByRole('combobox', { name: /^Toistuu/ })).toBeFocused();
		await add.click();
		await expect(rows.nth(1).getByRole('combobox', { name: /^Toistuu/ })).toBeFocused();
		expect((await focused(page)).tag).toBe('select');
		// The next Tab goes on in the new row, not 111 stops away.
		await page.keyboard.press('Tab');
		await expect(rows.nth(1).getByRole('checkbox').first()).toBeFocused();
	});
});

test.describe('9. small ones', () => {
	test('deleting a decision asks first; cancel keeps it', async ({ page }) => {
		await loadDemo(page);
		await open(page, `/meetings/${demoId('meeting:provincial-2026-02')}`);
		const decision = page.getByRole('textbox', { name: 'Päätös 1' });
		await expect(decision).toHaveValue(
			'Hyväksyttiin perhekeskuksen toimintasuunnitelma vuodelle 2026.'
		);
		await page.getByRole('button', { name: 'Poista päätös 1' }).click();
		const dialog = page.getByRole('dialog', { name: 'Poistetaanko päätös 1?' });
		await expect(dialog).toContainText('Hyväksyttiin perhekeskuksen toimintasuunnitelma');
		await dialog.getByRole('button', { name: 'Peruuta' }).click();
		await expect(dialog).toBeHidden();
		await expect(decision).toBeVisible();
		await page.getByRole('button', { name: 'Poista päätös 1' }).click();
		await dialog.getByRole('button', { name: 'Poista päätös' }).click();
		await expect(page.getByRole('textbox', { name: 'Päätös 1' })).toHaveCount(0);
		await page.reload();
		await expect(page.getByText('Ei päätöksiä.').first()).toBeVisible();
	});

	test('a new service takes its area from the organisation picked', async ({ page }) => {
		await loadDemo(page);
		await open(page, '/directory/services/new');
		const nokia = page.getByRole('checkbox', { name: 'Nokia', exact: true });
		await expect(nokia).not.toBeChecked();
		await page.getByRole('combobox', { name: 'Organisaatio' }).fill('MLL:n Nokian');
		await page
			.getByRole('option', { name: /MLL:n Nokian yhdistys/ })
			.first()
			.click();
		await expect(nokia).toBeChecked();
		await expect(
			page
				.locator('fieldset')
				.filter({ hasText: 'Toiminta-alue' })
				.getByRole('checkbox', { checked: true })
		).toHaveCount(1);
	});

	test('"Kirjaa keskustelu": every labelled link and button says its visible text (WCAG 2.5.3)', async ({
		page
	}) => {
		await loadDemo(page);
		await open(page, `/codevelopment/rounds/${demoId('round:2024')}`);
		const record = page.getByRole('link', { name: /^Kirjaa keskustelu: / });
		await expect(record.first()).toBeVisible();
		await expect(
			page.getByRole('link', { name: 'Kirjaa keskustelu: Pohjoisen alueen koordinaatioryhmä' })
		).toBeVisible();
		const mismatched = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('main a, main button')]
				.filter((el) => el.getAttribute('aria-label') && el.innerText.trim())
				.filter(
					(el) =>
						!el
							.getAttribute('aria-label')!
							.toLowerCase()
							.includes(el.innerText.trim().toLowerCase())
				)
				.map((el) => `${el.innerText.trim()} ≠ ${el.getAttribute('aria-label')}`)
		);
		expect(mismatched).toEqual([]);
	});

	test('a time the browser cannot read is refused with a message, not saved empty', async ({
		page
	}) => {
		await loadDemo(page);
		// A service's opening time: the form is not submitted.
		await open(page, '/directory/services/new');
		await page.getByRole('combobox', { name: 'Organisaatio' }).fill('MLL:n Nokian');
		await page
			.getByRole('option', { name: /MLL:n Nokian yhdistys/ })
			.first()
			.click();
		await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Iltaperhekahvila');
		await page.getByRole('button', { name: 'Lisää aika' }).click();
		const opens = page.locator('.schedule input[type="time"]').first();
		await opens.click();
		await page.keyboard.type('1');
		expect(await opens.evaluate((i: HTMLInputElement) => i.validity.badInput)).toBe(true);
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByText(/^Alkaa: selain ei pystynyt lukemaan/)).toBeVisible();
		await expect(opens).toBeFocused();
		await expect(page.getByRole('heading', { level: 1, name: 'Uusi palvelu' })).toBeVisible();
		await open(page, '/directory');
		await page.getByRole('searchbox').first().fill('Iltaperhekahvila');
		await expect(page.getByRole('link', { name: 'Iltaperhekahvila' })).toHaveCount(0);

		// A meeting's start, saved as typed: the field says so and the stored time stays.
		const url = `/meetings/${demoId('meeting:provincial-2026-02')}`;
		await open(page, url);
		const start = page.getByLabel(/^Alkaa/);
		await expect(start).toHaveValue('2026-02-11T13:00');
		await start.click({ position: { x: 8, y: 8 } });
		await page.keyboard.press('Backspace');
		expect(await start.evaluate((i: HTMLInputElement) => i.validity.badInput)).toBe(true);
		await expect(
			page.getByText(/Selain ei pystynyt lukemaan kirjoitettua päivää tai aikaa/)
		).toBeVisible();
		await page.getByLabel('Paikka').click();
		await open(page, url);
		await expect(page.getByLabel(/^Alkaa/)).toHaveValue('2026-02-11T13:00');
	});
});

test.describe('10. accessibility statement', () => {
	test('linked from every view, unfilled until Settings fills it, in fi/sv/en, offline', async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		await open(page, '/');
		await waitForServiceWorker(page);
		await loadDemo(page);
		for (const path of [
			'/',
			'/directory',
			'/meetings',
			`/meetings/${demoId('meeting:workshop-2024')}/attendance`,
			'/network/coverage',
			'/settings'
		]) {
			await open(page, path);
			await expect(
				page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuusseloste' })
			).toBeVisible();
		}
		await page
			.getByRole('contentinfo')
			.getByRole('link', { name: 'Saavutettavuusseloste' })
			.click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })
		).toBeFocused();
		const main = page.locator('main');
		// Provider (in the intro and in its own line), shortcomings, assessment date, e-mail.
		await expect(main.getByText('[ei vielä täytetty]')).toHaveCount(5);
		await expect(main).toContainText('Vastaamme 14 päivän kuluessa.');
		await expect(main).toContainText(
			'Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta'
		);
		await expect(main).toContainText('306/2019');
		await axe(page, 'accessibility statement, unfilled');

		// The deploying county fills in its parts in Settings; a bad address is refused first.
		await open(page, '/settings');
		const form = page.getByRole('region', { name: 'Saavutettavuusseloste' });
		await form.getByLabel('Palvelun tarjoaja').fill('Pirkanmaan hyvinvointialue');
		await form.getByLabel('Saavutettavuuspalautteen sähköpostiosoite').fill('palaute at pirha');
		await form.getByLabel('Saavutettavuuden arviointipäivä').fill('2026-11-30');
		await form
			.getByLabel('Tunnetut saavutettavuuspuutteet')
			.fill(
				'Verkostokartta ei ole käytettävissä ruudunlukijalla.\nTulostettava kortti ei skaalaudu.'
			);
		await form.getByRole('button', { name: 'Tallenna' }).click();
		const email = form.getByLabel('Saavutettavuuspalautteen sähköpostiosoite');
		await expect(email).toHaveAttribute('aria-invalid', 'true');
		await expect(email).toBeFocused();
		await email.fill('saavutettavuus@pirha.example');
		await form.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByText('Tallennettu.')).toBeVisible();

		await open(page, '/accessibility');
		await expect(main.getByText('[ei vielä täytetty]')).toHaveCount(0);
		await expect(main).toContainText('jolla Pirkanmaan hyvinvointialue ylläpitää');
		await expect(main.getByRole('link', { name: 'saavutettavuus@pirha.example' })).toHaveAttribute(
			'href',
			'mailto:saavutettavuus@pirha.example'
		);
		await expect(main).toContainText('30.11.2026');
		await expect(main.getByRole('listitem')).toHaveCount(2);
		await axe(page, 'accessibility statement, filled in');

		// Offline, as the rest of the app.
		await context.setOffline(true);
		await page.goto('/accessibility');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })
		).toBeVisible();
		await expect(page.locator('main')).toContainText('Pirkanmaan hyvinvointialue');

		// In Swedish and English.
		await open(page, '/settings');
		await page.getByRole('combobox', { name: 'Kieli' }).first().selectOption('sv');
		await page
			.getByRole('contentinfo')
			.getByRole('link', { name: 'Tillgänglighetsutlåtande' })
			.click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Tillgänglighetsutlåtande' })
		).toBeVisible();
		await expect(page.locator('main')).toContainText('Vi svarar inom 14 dagar.');
		await page.getByRole('combobox', { name: 'Språk' }).first().selectOption('en');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Accessibility statement' })
		).toBeVisible();
		await expect(page.locator('main')).toContainText('We answer within 14 days.');
		await context.setOffline(false);
	});
});
