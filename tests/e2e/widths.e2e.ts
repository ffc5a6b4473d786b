// Phones at the door and wide screens: every page of the app, with the demo
// network, fits the window at 390 px (a phone) and 1024 px (a small laptop)
// with no sideways scroll, and the referral cards keep their text inside.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, open } from './helpers';
import { demoId } from '../../src/lib/demo/ids';
import { defaultThemeId } from '../../src/lib/domain/defaults/assessmentThemes';

const WIDTHS = [
	{ width: 390, height: 844 },
	{ width: 1024, height: 640 }
];

const id = demoId;
const body = id('body:provincial');
const meeting = id('meeting:provincial-2026-09');
const round = id('round:2024');
/** The family's need from the issue: couple relationship support in Nokia. */
const REFERRAL = `/directory/referral?municipalityId=${id('municipality:536')}&theme=couple_relationship`;

/**
 * One address per page of the app, each [id] a real demo record with plenty in
 * it (the provincial steering group, a held meeting, the 2024 round…).
 */
const ADDRESSES: Record<string, string> = {
	'/': '/',
	'/accessibility': '/accessibility',
	'/codevelopment': '/codevelopment',
	'/codevelopment/actions': '/codevelopment/actions',
	'/codevelopment/rounds/[id]': `/codevelopment/rounds/${round}`,
	'/codevelopment/rounds/[id]/discussions/[bodyId]': `/codevelopment/rounds/${round}/discussions/${id('body:regional-north')}`,
	'/codevelopment/rounds/[id]/edit': `/codevelopment/rounds/${round}/edit`,
	'/codevelopment/rounds/[id]/report': `/codevelopment/rounds/${round}/report`,
	'/codevelopment/rounds/[id]/workshop': `/codevelopment/rounds/${round}/workshop`,
	'/codevelopment/rounds/new': '/codevelopment/rounds/new',
	'/codevelopment/themes/[id]': `/codevelopment/themes/${defaultThemeId(1)}`,
	'/codevelopment/themes/new': '/codevelopment/themes/new',
	'/directory': '/directory',
	'/directory/organisations/[id]': `/directory/organisations/${id('organisation:pirha')}`,
	'/directory/organisations/[id]/edit': `/directory/organisations/${id('organisation:pirha')}/edit`,
	'/directory/organisations/new': '/directory/organisations/new',
	'/directory/persons/[id]': `/directory/persons/${id('person:pirha-coordinator')}`,
	'/directory/persons/[id]/edit': `/directory/persons/${id('person:pirha-coordinator')}/edit`,
	'/directory/persons/new': '/directory/persons/new',
	'/directory/referral': REFERRAL,
	'/directory/services/[id]': `/directory/services/${id('service:kataja-counselling')}`,
	'/directory/services/[id]/edit': `/directory/services/${id('service:kataja-counselling')}/edit`,
	'/directory/services/new': '/directory/services/new',
	'/directory/themes': '/directory/themes',
	'/meetings': '/meetings',
	'/meetings/[id]': `/meetings/${meeting}`,
	'/meetings/[id]/attendance': `/meetings/${meeting}/attendance`,
	'/meetings/[id]/summary': `/meetings/${meeting}/summary`,
	'/meetings/follow-ups': '/meetings/follow-ups',
	'/meetings/new': '/meetings/new',
	'/network': '/network',
	'/network/bodies': '/network/bodies',
	'/network/bodies/[id]': `/network/bodies/${body}`,
	'/network/bodies/[id]/card': `/network/bodies/${body}/card`,
	'/network/bodies/[id]/edit': `/network/bodies/${body}/edit`,
	'/network/bodies/[id]/members/[membershipId]/edit': `/network/bodies/${body}/members/${id('membership:provincial:pirha-director')}/edit`,
	'/network/bodies/[id]/members/new': `/network/bodies/${body}/members/new`,
	'/network/bodies/new': '/network/bodies/new',
	'/network/cards': '/network/cards',
	'/network/coverage': '/network/coverage',
	'/network/family-centres': '/network/family-centres',
	'/network/family-centres/[id]': `/network/family-centres/${id('familyCentre:837-west')}`,
	'/network/family-centres/[id]/edit': `/network/family-centres/${id('familyCentre:837-west')}/edit`,
	'/network/family-centres/new': '/network/family-centres/new',
	'/network/map': '/network/map',
	'/network/municipalities': '/network/municipalities',
	'/network/municipalities/[id]': `/network/municipalities/${id('municipality:837')}`,
	'/network/municipalities/[id]/edit': `/network/municipalities/${id('municipality:837')}/edit`,
	'/network/municipalities/new': '/network/municipalities/new',
	'/network/regions': '/network/regions',
	'/network/regions/[id]': `/network/regions/${id('region:west')}`,
	'/network/regions/[id]/edit': `/network/regions/${id('region:west')}/edit`,
	'/network/regions/new': '/network/regions/new',
	'/resources': '/resources',
	'/resources/contributions/[id]': `/resources/contributions/${id('contribution:pirha-coord')}`,
	'/resources/contributions/new': '/resources/contributions/new',
	'/resources/knowledge/[id]': `/resources/knowledge/${id('knowledge:kouluterveyskysely')}`,
	'/resources/knowledge/new': '/resources/knowledge/new',
	'/settings': '/settings',
	'/sharing': '/sharing',
	'/sharing/spreadsheet': '/sharing/spreadsheet'
};

/** Every page of the app as its route, read from src/routes. */
function routes(dir = 'src/routes'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return routes(path);
		if (name !== '+page.svelte') return [];
		return ['/' + relative('src/routes', dir).split(sep).filter(Boolean).join('/')];
	});
}

/** Waits until the page has stopped changing for a moment (its live queries have answered). */
function quiet(page: Page) {
	return page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const done = () => {
					observer.disconnect();
					clearTimeout(limit);
					resolve();
				};
				let timer = setTimeout(done, 150);
				const limit = setTimeout(done, 5000);
				const observer = new MutationObserver(() => {
					clearTimeout(timer);
					timer = setTimeout(done, 150);
				});
				observer.observe(document.body, { subtree: true, childList: true, characterData: true });
			})
	);
}

/**
 * Opens a page the way a click on a link does (the app's router, no reload):
 * the demo and the database stay open, so visiting every page takes seconds.
 */
async function follow(page: Page, address: string) {
	await page.evaluate((href) => {
		const link = Object.assign(document.createElement('a'), { href });
		document.body.append(link);
		link.click();
		link.remove();
	}, address);
	await page.waitForURL(address);
}

/** Waits for the layout after a resize. */
const frames = (page: Page) =>
	page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** What sticks out to the right of the window, to name in a failure. */
function overflow(page: Page) {
	return page.evaluate(() => {
		const root = document.documentElement;
		const width = root.clientWidth;
		const culprits: string[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.right <= width + 0.5) continue;
			// Clipped by a box that scrolls or hides its overflow (and fits itself).
			let clipped = false;
			for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
				if (getComputedStyle(a).overflowX !== 'visible') {
					clipped = a.getBoundingClientRect().right <= width + 0.5;
					break;
				}
			}
			if (clipped) continue;
			// Only the outermost: a child of something already named sticks out with it.
			if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5)
				continue;
			const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
			culprits.push(
				`${el.tagName.toLowerCase()}${cls} ${Math.round(box.right - width)}px: ${(el.textContent ?? '').trim().slice(0, 40)}`
			);
		}
		return { scroll: root.scrollWidth, client: width, culprits };
	});
}

test('every page of the app has an address in this test', () => {
	expect(routes().sort()).toEqual(Object.keys(ADDRESSES).sort());
});

test('every page fits a phone (390 px) and a small laptop (1024 px) with no sideways scroll', async ({
	page
}) => {
	test.setTimeout(150_000);
	await loadDemo(page);
	const failures: string[] = [];
	for (const [route, address] of Object.entries(ADDRESSES)) {
		await follow(page, address);
		await expect(page.locator('main#main h1').first()).toBeVisible();
		await quiet(page);
		for (const size of WIDTHS) {
			await page.setViewportSize(size);
			await frames(page);
			const o = await overflow(page);
			if (o.scroll > o.client)
				failures.push(
					`${route} at ${size.width}: ${o.scroll}px wide\n    ${o.culprits.join('\n    ')}`
				);
		}
	}
	expect(failures.join('\n')).toBe('');
});

test('every text of a referral card stays inside its card on a phone and on wide screens', async ({
	page
}) => {
	await loadDemo(page);
	await open(page, REFERRAL);
	await expect(page.getByRole('heading', { name: 'Palvelut: Nokia' })).toBeVisible();
	const cards = page.locator('main ol > li');
	// Nokia + couple relationship: the six cards (five local services and one national),
	// and the services that name the theme by a synonym after them.
	await expect(cards.nth(5)).toBeVisible();
	expect(await cards.count()).toBeGreaterThanOrEqual(6);
	for (const size of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 },
		{ width: 1920, height: 1080 }
	]) {
		await page.setViewportSize(size);
		await frames(page);
		const outside = await cards.evaluateAll((items) =>
			items.flatMap((card) => {
				const box = card.getBoundingClientRect();
				const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
				const out: string[] = [];
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					if (!n.textContent?.trim()) continue;
					const range = document.createRange();
					range.selectNodeContents(n);
					for (const r of range.getClientRects())
						if (r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
							out.push(
								`"${n.textContent.trim().slice(0, 40)}" by ${Math.round(r.right - box.right)}px`
							);
				}
				return out;
			})
		);
		expect(outside, `at ${size.width} px`).toEqual([]);
		const width = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			document.documentElement.clientWidth
		]);
		expect(width[0], `page width at ${size.width} px`).toBeLessThanOrEqual(width[1]);
	}
});
