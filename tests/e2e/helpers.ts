/** Shared steps for the browser tests. */
import { expect, type Page } from '@playwright/test';

/** Opens a page and waits until the database is open and the page has rendered. */
export async function open(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.locator('main#main')).toBeVisible();
	await expect(page.getByText(/Avataan tietokantaa/)).toHaveCount(0);
}

/** Waits until the service worker controls the page (so the app works offline). */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		const reg = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
					once: true
				})
			);
		}
		return reg.active?.state;
	});
}

/** Loads the demo network from the first-run screen of an empty database. */
export async function loadDemo(page: Page) {
	await open(page, '/');
	await page.getByRole('button', { name: 'Lataa esimerkkiverkosto (Pirkanmaa)' }).click();
	await expect(page.getByText('Esimerkkiverkosto ladattu.')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('heading', { name: 'Verkoston tiedot' })).toBeVisible();
}

/** The main sections, for tests that visit every page. Sections add their sub-pages here. */
export const PAGES = [
	'/',
	'/directory',
	'/network',
	'/meetings',
	'/meetings/new',
	'/meetings/follow-ups',
	'/codevelopment',
	'/resources',
	'/resources/contributions/new',
	'/resources/knowledge/new',
	'/sharing',
	'/settings',
	'/network/regions',
	'/network/family-centres',
	'/network/municipalities',
	'/network/bodies',
	'/network/coverage',
	'/network/map',
	'/network/cards',
	'/network/regions/new',
	'/network/municipalities/new',
	'/network/family-centres/new',
	'/network/bodies/new',
	'/codevelopment/actions',
	'/codevelopment/rounds/new',
	'/codevelopment/themes/new',
	'/directory/referral',
	'/directory/organisations/new',
	'/directory/services/new',
	'/directory/persons/new',
	'/accessibility',
	'/directory/themes'
];
