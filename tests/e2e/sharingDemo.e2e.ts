/**
 * Two new coordinators who both start from the demo network: their first
 * exchange shows only real edits, the preview speaks in names and labels,
 * and reloading the demo leaves no import to undo over the new data.
 */
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { loadDemo, open } from './helpers';
import { chooseFile, coordinator, counts, edit, exportFile, read, records } from './sharingSteps';
import { expectAccessible } from './axe';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** The totals row of the preview: new, changed, deleted, conflicts, older, unchanged. */
const totals = (page: Page) => page.locator('table.counts tfoot td');

type Row = { id: string; name?: string; title?: string; deletedAt?: string } & Record<
	string,
	unknown
>;

test('both loaded the demo: A’s one edit arrives at B as exactly 1 change and 0 conflicts', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const a = await coordinator(browser);
	const b = await coordinator(browser);
	await loadDemo(a.page);
	await loadDemo(b.page);

	// A changes a person's job title in the person's edit form (A has sent nothing before).
	const person = (await records<Row>(a.page, 'persons')).find((p) => p.title && !p.deletedAt)!;
	await open(a.page, `/directory/persons/${person.id}/edit`);
	await a.page.getByLabel('Tehtävänimike').fill('Perhekeskuksen uusi nimike');
	await a.page.getByRole('button', { name: 'Tallenna', exact: true }).click();
	await expect(a.page).toHaveURL(new RegExp(`/directory/persons/${person.id}$`));
	const fromA = await exportFile(a.page);

	await chooseFile(b.page, 'a.json', fromA.text);
	await expect(counts(b.page, 'Henkilöt').nth(1)).toHaveText('1');
	await expect(totals(b.page).nth(0)).toHaveText('0');
	await expect(totals(b.page).nth(1)).toHaveText('1');
	await expect(totals(b.page).nth(2)).toHaveText('0');
	await expect(totals(b.page).nth(3)).toHaveText('0');
	await expect(b.page.getByRole('group', { name: /Kumpi jää/ })).toHaveCount(0);
	// The change is shown with the field's label for a person.
	await b.page.getByText('Muuttuneita: Henkilöt (1)').click();
	const row = b.page.getByRole('row', { name: /tehtävänimike/ });
	await expect(row.getByRole('cell').nth(0)).toHaveText(person.title!);
	await expect(row.getByRole('cell').nth(1)).toHaveText('Perhekeskuksen uusi nimike');

	await b.page.getByRole('button', { name: 'Tuo muutokset' }).click();
	await expect(
		b.page.getByText(/^Tuonti valmis: 0 uutta, 1 muuttunutta, 0 poistettua/)
	).toBeVisible();
	expect(await read(b.page, 'persons', person.id)).toMatchObject({
		title: 'Perhekeskuksen uusi nimike'
	});
	await a.context.close();
	await b.context.close();
});

test('the preview names records, labels fields, lists participants and says which copy is deleted', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const a = await coordinator(browser);
	const b = await coordinator(browser);
	await loadDemo(a.page);
	await loadDemo(b.page);
	const demo = await exportFile(a.page);
	const meeting = (demo.json.data.meetings as Row[]).find(
		(m) => (m.participants as unknown[]).length > 2
	)!;
	type Participant = {
		personId: string;
		attendance: string;
		walkIn: boolean;
		inputGathered: boolean;
		reportedBack: boolean;
	};
	const participants = meeting.participants as Participant[];
	const names = new Map((demo.json.data.persons as Row[]).map((p) => [p.id, p.name!]));
	const membership = (demo.json.data.memberships as Row[]).find((m) => m.role === 'member')!;
	const body = (demo.json.data.bodies as Row[]).find((x) => x.id === membership.bodyId)!;

	// Elsewhere in the app, A marks who came to a meeting and makes a member the chair.
	const marked = participants.map((p, i) => ({ ...p, attendance: i ? 'absent' : 'present' }));
	await edit(a.page, 'meetings', meeting.id, { participants: marked });
	await edit(a.page, 'memberships', membership.id, { role: 'chair' });
	const file = JSON.parse((await exportFile(a.page)).text);
	// And, as in a copy that never travelled between them, the file deletes an
	// organisation that B has changed: nobody knows who changed what.
	const org = file.data.organisations[5];
	Object.assign(org, { deletedAt: new Date().toISOString(), version: org.version + 1 });
	file.sync.ancestry.organisations[org.id] = [];
	file.checksum.value = createHash('sha256')
		.update(JSON.stringify({ data: file.data, sync: file.sync }))
		.digest('hex');
	await edit(b.page, 'organisations', org.id, { description: 'Täällä muutettu' });

	await chooseFile(b.page, 'muutettu.json', JSON.stringify(file));
	const conflict = b.page.getByRole('group', { name: `Kumpi jää: Organisaatio «${org.name}»` });
	await expect(
		conflict.getByText('Tiedostossa tämä on poistettu, sinun tiedoissasi ei.')
	).toBeVisible();
	await expect(b.page.getByText(/Sinä olet poistanut|sinä olet muuttanut/)).toHaveCount(0);

	await b.page.getByText('Muuttuneita: Kokoukset ja tapahtumat (1)').click();
	const yesNo = (v: boolean) => (v ? 'Kyllä' : 'Ei');
	const line = (p: Participant, attendance: string) =>
		`henkilö: ${names.get(p.personId)}; läsnäolo: ${attendance}; lisätty paikalla: ${yesNo(p.walkIn)}; ` +
		`koonnut näkemykset ennen: ${yesNo(p.inputGathered)}; raportoinut jälkeen: ${yesNo(p.reportedBack)}`;
	const theirs = b.page
		.getByRole('row', { name: /osallistujat/ })
		.getByRole('cell')
		.nth(1)
		.getByRole('listitem');
	await expect(theirs).toHaveCount(participants.length);
	await expect(theirs.nth(0)).toHaveText(line(participants[0], 'Paikalla'));
	await expect(theirs.nth(1)).toHaveText(line(participants[1], 'Poissa'));

	await b.page.getByText('Muuttuneita: Jäsenyydet (1)').click();
	await expect(
		b.page.getByText(`${names.get(membership.personId as string)} – ${body.name}`)
	).toBeVisible();
	await expect(b.page.getByRole('row', { name: /rooli/ }).getByRole('cell').nth(1)).toHaveText(
		'Puheenjohtaja'
	);

	const preview = await b.page.locator('section.preview').innerText();
	expect(preview).not.toMatch(UUID);
	expect(preview).not.toMatch(/personId|attendance|walkIn|bodyId|role:/);
	// The lists inside the field view (and in the conflict's radio labels) stay accessible.
	await conflict.getByRole('radio', { name: 'Pidä omani' }).check();
	await expectAccessible(b.page);
	await a.context.close();
	await b.context.close();
});

test('reloading the demo leaves no import to undo; history times in the UI language', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const a = await coordinator(browser);
	const b = await coordinator(browser);
	await loadDemo(a.page);
	await loadDemo(b.page);
	const org = (await records<Row>(a.page, 'organisations'))[3];
	await edit(a.page, 'organisations', org.id, { description: 'A:n kuvaus' });
	const fromA = await exportFile(a.page);

	await chooseFile(b.page, 'a.json', fromA.text);
	await b.page.getByRole('button', { name: 'Tuo muutokset' }).click();
	await expect(b.page.getByText(/^Tuonti valmis/)).toBeVisible();
	const when = b.page
		.getByRole('row', { name: /a\.json/ })
		.getByRole('cell')
		.first();
	await expect(when).toHaveText(/^\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/);
	await b.page.getByRole('combobox', { name: 'Kieli' }).first().selectOption('sv');
	await expect(when).toHaveText(/^\d{1,2}\.\d{1,2}\.\d{4} kl\. \d{1,2}\.\d{2}$/);
	await b.page.getByRole('combobox', { name: 'Språk' }).first().selectOption('fi');
	await expect(b.page.getByRole('button', { name: 'Peru viimeisin tuonti' })).toBeVisible();

	// B loads the demo again over the imported data.
	await open(b.page, '/');
	await b.page.getByRole('button', { name: 'Lataa esimerkkiverkosto uudelleen' }).click();
	const dialog = b.page.getByRole('dialog', { name: 'Korvataanko nykyiset tiedot?' });
	await expect(dialog.getByText(/tyhjentää tuontihistorian/)).toBeVisible();
	await dialog.getByRole('button', { name: 'Korvaa ja lataa esimerkki' }).click();
	await expect(b.page.getByText('Esimerkkiverkosto ladattu.')).toBeVisible({ timeout: 20_000 });
	expect(await read(b.page, 'organisations', org.id)).toMatchObject({
		description: org.description
	});

	// Nothing is left to undo over the new data.
	await open(b.page, '/sharing');
	await expect(b.page.getByText('Tiedostoja ei ole vielä tuotu.')).toBeVisible();
	await expect(b.page.getByRole('button', { name: 'Peru viimeisin tuonti' })).toHaveCount(0);
	// And the demo is a shared base again: A's file is one change, no conflict.
	await chooseFile(b.page, 'a.json', fromA.text);
	await expect(totals(b.page).nth(1)).toHaveText('1');
	await expect(totals(b.page).nth(3)).toHaveText('0');
	await a.context.close();
	await b.context.close();
});
