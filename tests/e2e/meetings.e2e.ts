import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, open, waitForServiceWorker } from './helpers';
import { expectAccessible as axe } from './axe';

const WORKSHOP = 'Järjestöt ja seurakunnat osana perhekeskusta – työpaja';
/** 11.30 in Helsinki on the workshop's day (EEST, +03:00). */
const WORKSHOP_MORNING = new Date('2024-09-25T08:30:00Z');
/** The demo's "today": 24.11.2026 at noon in Helsinki. */
const DEMO_TODAY = new Date('2026-11-24T10:00:00Z');

const row = (page: Page, name: string) =>
	page.locator('ul.people li').filter({ has: page.getByText(name, { exact: true }) });

async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('a coordinator runs the 25.9. workshop with the network off and hands out its summary', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.clock.setFixedTime(WORKSHOP_MORNING);
	await open(page, '/');
	await waitForServiceWorker(page);
	await loadDemo(page);

	// On the day, the workshop is today's event in the calendar.
	await open(page, '/meetings');
	const today = page.locator('li.item.today');
	await expect(today).toHaveCount(1);
	await expect(today).toContainText(WORKSHOP);
	await expect(today).toContainText('25.9.2024 klo 12.00–15.00');
	await today.getByRole('link', { name: WORKSHOP }).click();
	await expect(page.getByRole('heading', { level: 1, name: WORKSHOP })).toBeVisible();
	await page.getByRole('link', { name: 'Läsnäolo ovella' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Läsnäolo: ${WORKSHOP}`);
	await expect(page.getByText('0 paikalla · 0 poissa · 24 merkitsemättä')).toBeVisible();

	// The venue has no network.
	await context.setOffline(true);
	await expect(page.getByText('Ei verkkoyhteyttä – kaikki toimii silti')).toBeVisible();

	const names = await page.locator('ul.people li .name').allTextContents();
	expect(names).toHaveLength(24);
	const [first, second, third] = [names[0], names[5], names[9]];

	// Type a name and press Enter: the only match is marked present.
	const search = page.getByLabel('Hae nimellä');
	await expect(search).toBeFocused();
	await search.fill(first);
	await expect(page.locator('ul.people').first().locator('li')).toHaveCount(1);
	await search.press('Enter');
	await expect(
		row(page, first).getByRole('button', { name: `Paikalla: ${first}` })
	).toHaveAttribute('aria-pressed', 'true');
	await search.fill('');
	await page.getByRole('button', { name: `Paikalla: ${second}` }).click();
	await page.getByRole('button', { name: `Poissa: ${third}` }).click();
	await expect(page.getByText('2 paikalla · 1 poissa · 21 merkitsemättä')).toBeVisible();

	// Someone who was not invited arrives: added on the spot, with minimal details.
	await search.fill('Vieno Vierailija');
	await expect(page.getByText('Kukaan osallistujista ei vastaa hakua.')).toBeVisible();
	await page.getByRole('button', { name: 'Lisää uusi henkilö paikan päällä' }).click();
	await expect(page.getByLabel('Nimi')).toHaveValue('Vieno Vierailija');
	await page.getByRole('combobox', { name: 'Organisaatio' }).fill('Kataja');
	await page.getByRole('option', { name: 'Parisuhdekeskus Kataja ry' }).click();
	await page.getByLabel('Sähköposti').fill('vieno@example.fi');
	await page.getByRole('button', { name: 'Lisää paikalla olevaksi' }).click();
	await expect(page.getByText('Vieno Vierailija lisätty paikalla olevaksi.')).toBeVisible();
	await expect(row(page, 'Vieno Vierailija')).toContainText('lisätty paikalla');
	await expect(page.getByText('3 paikalla · 1 poissa · 21 merkitsemättä')).toBeVisible();

	// Quick notes under an agenda item, while people talk.
	const notes = page.getByLabel(
		'3. Pienryhmät: vahvuudet, kehittämistarpeet ja yhteiset tavoitteet'
	);
	await notes.fill('Vahvuus: yhteiset tilat.\nKehittämistarve: tiedonkulku edustajilta.');
	await expect(page.getByText('Kaikki muutokset tallennettu')).toBeVisible();

	// The decision and a follow-up go on the meeting's page.
	await page.getByRole('link', { name: 'Takaisin kokoukseen' }).click();
	await page
		.getByLabel('Uusi päätös')
		.fill('Järjestöjen toiminta kytketään perhekeskuksen palvelupolkuihin.');
	await page
		.locator('form', { has: page.getByLabel('Uusi päätös') })
		.getByLabel('Asiakohta')
		.selectOption({ label: '4. Seuraavat askeleet ja vastuut' });
	await page.getByRole('button', { name: 'Lisää päätös' }).click();
	await expect(page.getByRole('textbox', { name: 'Päätös 1', exact: true })).toHaveValue(
		'Järjestöjen toiminta kytketään perhekeskuksen palvelupolkuihin.'
	);
	await page.getByLabel('Uusi tehtävä').fill('Työpajan tulosten kokoaminen ohjausryhmälle');
	const addTask = page.locator('form', { has: page.getByLabel('Uusi tehtävä') });
	await addTask.getByRole('combobox', { name: 'Vastuuhenkilö' }).fill(first);
	await addTask.getByRole('option', { name: first }).click();
	await addTask.getByLabel('Määräpäivä').fill('2024-10-15');
	await page.getByRole('button', { name: 'Lisää tehtävä' }).click();
	await expect(page.getByRole('textbox', { name: 'Tehtävä 1', exact: true })).toHaveValue(
		'Työpajan tulosten kokoaminen ohjausryhmälle'
	);
	await expect(page.getByText('Kaikki muutokset tallennettu')).toBeVisible();

	// Reload with the network still off: everything is there.
	const res = await page.reload();
	expect(res?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1, name: WORKSHOP })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Päätös 1', exact: true })).toHaveValue(
		'Järjestöjen toiminta kytketään perhekeskuksen palvelupolkuihin.'
	);
	await expect(page.getByRole('textbox', { name: 'Tehtävä 1', exact: true })).toHaveValue(
		'Työpajan tulosten kokoaminen ohjausryhmälle'
	);
	await expect(page.getByText('3 paikalla · 1 poissa · 21 merkitsemättä')).toBeVisible();
	await expect(page.getByRole('combobox', { name: `Läsnäolo: ${third}` })).toHaveValue('absent');
	await expect(page.getByRole('link', { name: 'Vieno Vierailija' })).toBeVisible();
	await axe(page, 'meeting page');

	await page.getByRole('link', { name: 'Läsnäolo ovella' }).click();
	await expect(page.getByRole('button', { name: `Paikalla: ${second}` })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(notes).toHaveValue(
		'Vahvuus: yhteiset tilat.\nKehittämistarve: tiedonkulku edustajilta.'
	);
	await axe(page, 'attendance page');

	// Afterwards: the summary to forward, printable and as text.
	await page.getByRole('link', { name: 'Takaisin kokoukseen' }).click();
	await page.getByRole('link', { name: 'Yhteenveto' }).click();
	await expect(page.getByRole('heading', { level: 1, name: WORKSHOP })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Paikalla (3)' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Tulosta' })).toBeVisible();
	await axe(page, 'summary page');
	const txt = await download(page, () =>
		page.getByRole('button', { name: 'Lataa tekstinä (.txt)' }).click()
	);
	expect(txt.name).toBe('jarjestot-ja-seurakunnat-osana-perhekeskusta-tyopaja-2024-09-25.txt');
	expect(txt.text).toContain('Työpaja, 25.9.2024 klo 12.00–15.00');
	expect(txt.text).toContain('PAIKALLA (3)');
	expect(txt.text).toContain(
		'- Vieno Vierailija (Parisuhdekeskus Kataja ry) – tuli paikalle ilman kutsua'
	);
	expect(txt.text).toContain(`POISSA (1)\n- ${third}`);
	expect(txt.text).toContain(
		'   Muistiinpanot:\n   Vahvuus: yhteiset tilat.\n   Kehittämistarve: tiedonkulku edustajilta.'
	);
	expect(txt.text).toContain(
		'4. Seuraavat askeleet ja vastuut\n   Päätös: Järjestöjen toiminta kytketään'
	);
	expect(txt.text).toContain(
		`- Työpajan tulosten kokoaminen ohjausryhmälle (vastuu: ${first}, määräpäivä: 15.10.2024)`
	);

	// And into calendars, at Helsinki time.
	await page.getByRole('link', { name: 'Takaisin kokoukseen' }).click();
	const ics = await download(page, () =>
		page.getByRole('button', { name: 'Vie kalenteriin (.ics)' }).click()
	);
	expect(ics.name).toBe('jarjestot-ja-seurakunnat-osana-perhekeskusta-tyopaja-2024-09-25.ics');
	expect(ics.text).toContain('DTSTART;TZID=Europe/Helsinki:20240925T120000\r\n');
	expect(ics.text).toContain('DTEND;TZID=Europe/Helsinki:20240925T150000\r\n');
	expect(ics.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki');
});

test('what was typed survives a reload at once, before any pause; a bad value is refused with a clear message', async ({
	page
}) => {
	await page.clock.setFixedTime(DEMO_TODAY);
	await loadDemo(page);
	await open(page, '/meetings');
	await page.getByRole('link', { name: 'Maakunnallisen ohjausryhmän kokous 4/2026' }).click();
	const notes = page.getByRole('textbox', { name: 'Yleiset muistiinpanot' });
	await notes.click();
	await page.keyboard.type('Kirjoitettu juuri ennen latausta');
	// No blur, no waiting for the debounce: reload straight away.
	await page.reload();
	await expect(notes).toHaveValue('Kirjoitettu juuri ennen latausta');

	const title = page.getByRole('textbox', { name: 'Otsikko', exact: true });
	await title.fill('');
	await title.blur();
	await expect(page.getByText('Kaikkia muutoksia ei tallennettu')).toBeVisible();
	await expect(
		page.getByText(/Kokous «Maakunnallisen ohjausryhmän kokous 4\/2026», kenttä otsikko/)
	).toBeVisible();
	await page.reload();
	await expect(title).toHaveValue('Maakunnallisen ohjausryhmän kokous 4/2026');
});

test('the agenda is edited in place: add, reorder, and remove an item (with its notes) only after asking', async ({
	page
}) => {
	await page.clock.setFixedTime(DEMO_TODAY);
	await loadDemo(page);
	await open(page, '/meetings');
	await page.getByRole('link', { name: 'Järjestötori 2027' }).click();
	const titles = () =>
		page
			.getByRole('textbox', { name: /^Asiakohta \d+: Otsikko$/ })
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	await expect.poll(titles).toEqual(['Esittelypöydät', 'Verkostoituminen']);
	await page.getByLabel('Uusi asiakohta').fill('Avaus');
	await page.getByRole('button', { name: 'Lisää asiakohta' }).click();
	await expect.poll(titles).toEqual(['Esittelypöydät', 'Verkostoituminen', 'Avaus']);
	await page.getByRole('button', { name: 'Siirrä ylös: Avaus' }).click();
	await page.getByRole('button', { name: 'Siirrä ylös: Avaus' }).click();
	await expect.poll(titles).toEqual(['Avaus', 'Esittelypöydät', 'Verkostoituminen']);

	await page.getByRole('textbox', { name: 'Muistiinpanot' }).first().fill('Koordinaattori avaa.');
	await page.getByRole('button', { name: 'Poista asiakohta: Avaus' }).click();
	const dialog = page.getByRole('dialog', { name: 'Poistetaanko asiakohta «Avaus»?' });
	await dialog.getByRole('button', { name: 'Peruuta' }).click();
	await expect.poll(titles).toEqual(['Avaus', 'Esittelypöydät', 'Verkostoituminen']);
	await page.getByRole('button', { name: 'Poista asiakohta: Avaus' }).click();
	await dialog.getByRole('button', { name: 'Poista asiakohta' }).click();
	await expect.poll(titles).toEqual(['Esittelypöydät', 'Verkostoituminen']);
	await page.getByRole('button', { name: 'Poista asiakohta: Verkostoituminen' }).click();
	await page
		.getByRole('dialog', { name: 'Poistetaanko asiakohta «Verkostoituminen»?' })
		.getByRole('button', { name: 'Poista asiakohta' })
		.click();
	await expect.poll(titles).toEqual(['Esittelypöydät']);
	await page.reload();
	await expect.poll(titles).toEqual(['Esittelypöydät']);
});

test('two tabs on the same meeting keep each other’s changes', async ({ context }) => {
	const a = await context.newPage();
	await a.clock.setFixedTime(DEMO_TODAY);
	await loadDemo(a);
	await open(a, '/meetings');
	await a.getByRole('link', { name: 'Maakunnallisen ohjausryhmän kokous 4/2026' }).click();
	await expect(
		a.getByRole('heading', { level: 1, name: 'Maakunnallisen ohjausryhmän kokous 4/2026' })
	).toBeVisible();
	const url = a.url();
	const b = await context.newPage();
	await b.clock.setFixedTime(DEMO_TODAY);
	await open(b, `${new URL(url).pathname}/attendance`);

	// Tab A writes a note while tab B marks people at the door.
	const note = a.getByLabel('Muistiinpanot').first();
	await note.fill('Avattiin klo 13.02.');
	await expect(b.locator('ul.people li .name').first()).toBeVisible();
	const names = await b.locator('ul.people li .name').allTextContents();
	await b.getByRole('button', { name: `Paikalla: ${names[0]}` }).click();
	await b.getByRole('button', { name: `Poissa: ${names[1]}` }).click();
	await note.blur();
	await expect(a.getByText('Kaikki muutokset tallennettu')).toBeVisible();
	await expect(b.getByText('Kaikki muutokset tallennettu')).toBeVisible();

	for (const p of [a, b]) await p.reload();
	await expect(note).toHaveValue('Avattiin klo 13.02.');
	await expect(a.getByRole('combobox', { name: `Läsnäolo: ${names[0]}` })).toHaveValue('present');
	await expect(a.getByRole('combobox', { name: `Läsnäolo: ${names[1]}` })).toHaveValue('absent');
	await expect(b.getByLabel('1. Kokouksen avaus')).toHaveValue('Avattiin klo 13.02.');
});

test('a body’s meeting tracks the representatives’ information flow, and who has not reported back', async ({
	page
}) => {
	await page.clock.setFixedTime(DEMO_TODAY);
	await loadDemo(page);
	await open(page, '/meetings');
	// With the provincial steering group chosen, its pending report-backs show.
	await page
		.getByRole('combobox', { name: 'Ryhmä', exact: true })
		.selectOption({ label: 'Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä' });
	const panel = page.locator('section.report-back');
	await expect(
		panel.getByRole('heading', { name: 'Raportointi edustetuille organisaatioille' })
	).toBeVisible();
	const pending = panel.locator('tbody tr');
	await expect(pending).toHaveCount(4);
	const firstName = (await pending.first().locator('td').first().textContent())!.trim();
	await expect(pending.first()).toContainText('Maakunnallisen ohjausryhmän kokous 3/2026');

	// On the meeting's page the representative's "reported back" is ticked…
	await pending
		.first()
		.getByRole('link', { name: /kokous 3\/2026/ })
		.click();
	const reported = page.getByRole('checkbox', {
		name: `${firstName}: raportoinut kokouksesta jälkeen`
	});
	await expect(reported).not.toBeChecked();
	await expect(
		page.getByText(/8 edustajaa paikalla: 8 koonnut näkemykset ennen, 6 raportoinut jälkeen\./)
	).toBeVisible();
	await reported.check();
	await expect(
		page.getByText(/8 edustajaa paikalla: 8 koonnut näkemykset ennen, 7 raportoinut jälkeen\./)
	).toBeVisible();

	// …and the list has one fewer.
	await page.getByRole('link', { name: 'Kaikki kokoukset' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Kokoukset ja tapahtumat' })
	).toBeVisible();
	await page
		.getByRole('combobox', { name: 'Ryhmä', exact: true })
		.selectOption({ label: 'Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä' });
	await expect(pending).toHaveCount(3);
	await pending
		.first()
		.getByRole('button', { name: /^Merkitse raportoiduksi: / })
		.click();
	await expect(pending).toHaveCount(2);
	await axe(page, 'calendar with a body chosen');

	// The body's own page shows the same: who has not reported back.
	await pending
		.first()
		.getByRole('link', { name: /kokous/ })
		.click();
	await page
		.getByRole('link', { name: 'Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä' })
		.click();
	await expect(
		page.getByRole('heading', {
			level: 1,
			name: 'Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä'
		})
	).toBeVisible();
	const onBody = page.locator('section.report-back tbody tr');
	await expect(onBody).toHaveCount(2);
	await onBody
		.first()
		.getByRole('button', { name: /^Merkitse raportoiduksi: / })
		.click();
	await expect(onBody).toHaveCount(1);
	await axe(page, 'body page with the report-back panel');
});

test('plan a meeting for a body that is due, invite its members, then delete it', async ({
	page
}) => {
	await page.clock.setFixedTime(DEMO_TODAY);
	await loadDemo(page);
	await open(page, '/meetings');
	const due = page.locator('section.due');
	await expect(due.getByRole('heading', { name: /Kokous erääntynyt/ })).toBeVisible();
	// The south region last met 10.3.2026 and meets four times a year.
	await due.getByRole('button', { name: /Näytä kaikki/ }).click();
	const south = due.locator('li', { hasText: 'Eteläisen alueen koordinaatioryhmä' });
	await expect(south).toContainText('4 kertaa vuodessa · edellinen 10.3.2026 · erääntyi 9.6.2026');
	await south.getByRole('link', { name: /Suunnittele kokous/ }).click();

	await expect(page.getByRole('heading', { name: 'Uusi kokous tai tapahtuma' })).toBeVisible();
	await expect(page.getByLabel('Otsikko')).toHaveValue('Eteläisen alueen koordinaatioryhmä');
	await page.getByLabel('Otsikko').fill('Eteläisen alueen koordinaatioryhmä 2/2026');
	await page.getByLabel('Alkaa').fill('2026-12-15T13:00');
	await expect(page.getByLabel('Päättyy')).toHaveValue('2026-12-15T15:00');
	await page.getByLabel('Paikka').fill('Lempäälän kunnantalo');
	await expect(page.getByLabel('Kutsu ryhmän nykyiset jäsenet (8)')).toBeChecked();
	await axe(page, 'new meeting');
	await page.getByRole('button', { name: 'Luo kokous' }).click();

	await expect(
		page.getByRole('heading', { level: 1, name: 'Eteläisen alueen koordinaatioryhmä 2/2026' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Osallistujat (8)' })).toBeVisible();
	// Anyone from the directory can be invited too.
	await page.getByLabel('Kutsu henkilö hakemistosta').fill('a');
	const invite = page.getByRole('button', { name: /^Kutsu: / }).first();
	await invite.click();
	await expect(page.getByRole('heading', { name: 'Osallistujat (9)' })).toBeVisible();

	// Now planned, the body is no longer due.
	await page.getByRole('link', { name: 'Kaikki kokoukset' }).click();
	await expect(
		page.locator('section.due li', { hasText: 'Eteläisen alueen koordinaatioryhmä' })
	).toHaveCount(0);
	await page.getByRole('link', { name: 'Eteläisen alueen koordinaatioryhmä 2/2026' }).click();

	await page.getByRole('button', { name: 'Poista kokous' }).click();
	const dialog = page.getByRole('dialog', {
		name: 'Poistetaanko kokous «Eteläisen alueen koordinaatioryhmä 2/2026»?'
	});
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Poista' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Kokoukset ja tapahtumat' })
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Eteläisen alueen koordinaatioryhmä 2/2026' })
	).toHaveCount(0);
});

test('the calendar filters by body, region and month and exports the list as iCalendar', async ({
	page
}) => {
	await page.clock.setFixedTime(DEMO_TODAY);
	await loadDemo(page);
	await open(page, '/meetings');
	await expect(page.getByRole('heading', { name: 'Tulevat (2)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Menneet (117)' })).toBeVisible();

	await page.getByLabel('Alue').selectOption({ label: 'Läntinen alue' });
	await expect(page.getByRole('heading', { name: 'Tulevat (0)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Menneet (27)' })).toBeVisible();
	await page.getByLabel('Kuukausi').selectOption({ label: 'Helmikuu 2026' });
	await expect(page.getByRole('heading', { name: 'Menneet (2)' })).toBeVisible();
	const ics = await download(page, () =>
		page.getByRole('button', { name: 'Vie 2 kokousta kalenteriin (.ics)' }).click()
	);
	expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
	expect(ics.text).toContain('SUMMARY:Läntisen alueen koordinaatioryhmä 1/2026');
	expect(ics.text).toContain('DTSTART;TZID=Europe/Helsinki:20260217T130000');
	expect(ics.text).toContain('SUMMARY:Nokian perhekeskuksen ohjausryhmä');
	for (const line of ics.text.split('\r\n'))
		expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

	await page.getByRole('button', { name: 'Tyhjennä rajaukset' }).click();
	await page
		.getByRole('combobox', { name: 'Ryhmä', exact: true })
		.selectOption({ label: 'Vain erilliset tapahtumat' });
	await page.getByLabel('Laji').selectOption({ label: 'Järjestötori' });
	await expect(page.locator('li.item')).toHaveCount(2);
});

test('open follow-ups across meetings, by owner and due date, can be marked done', async ({
	page
}) => {
	await page.clock.setFixedTime(DEMO_TODAY);
	await loadDemo(page);
	await open(page, '/meetings/follow-ups');
	await expect(page.getByText('4 avointa tehtävää, joista 4 myöhässä.')).toBeVisible();
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(4);
	await expect(rows.first()).toContainText('Uuden perheiden edustajan kutsuminen');
	await expect(rows.first()).toContainText('31.1.2026');

	await page.getByLabel('Järjestys').selectOption({ label: 'Vastuuhenkilöittäin' });
	await expect(page.locator('main h2')).toHaveCount(4);
	await page.getByLabel('Järjestys').selectOption({ label: 'Määräpäivän mukaan' });

	// A click, not check(): the row leaves the list of open tasks as soon as it is done.
	await page.getByRole('checkbox', { name: 'Tehty: Palvelupolun päivitys' }).click();
	await expect(page.getByText('3 avointa tehtävää, joista 3 myöhässä.')).toBeVisible();
	await expect(rows).toHaveCount(3);
	await page.getByLabel('Näytä myös tehdyt').check();
	await expect(page.getByRole('checkbox', { name: 'Tehty: Palvelupolun päivitys' })).toBeChecked();
	await expect(rows).toHaveCount(6);
	await axe(page, 'follow-ups');

	// The owner filter.
	const owner = (await rows.first().locator('td').nth(2).textContent())!.trim();
	await page.getByLabel('Vastuuhenkilö').selectOption({ label: owner });
	await expect(rows).toHaveCount(1);
	await page.reload();
	await expect(page.getByText('3 avointa tehtävää, joista 3 myöhässä.')).toBeVisible();
});
