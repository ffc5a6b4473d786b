// Lighthouse 12 (desktop preset) on the main pages, with the demo network
// loaded, in Debian Chromium. Run by bench/run.mjs; returns one row per page.
// Lighthouse 13 needs Node 22, so 12.8.2 is fetched with npx at bench time
// (not a dependency: the test suite does not need it).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';

const run = promisify(execFile);
export const LIGHTHOUSE_PAGES = [
	'/',
	'/directory',
	'/network',
	'/meetings',
	'/codevelopment',
	'/resources',
	'/sharing',
	'/settings'
];

export async function lighthouse({
	baseURL,
	executablePath,
	flags,
	port = 9333,
	pages = LIGHTHOUSE_PAGES
}) {
	const profile = await mkdtemp(join(tmpdir(), 'verkosto-lh-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		args: [...flags, `--remote-debugging-port=${port}`],
		// Playwright turns the back/forward cache off by default; Lighthouse's
		// bf-cache audit would then only report that flag, not the app.
		ignoreDefaultArgs: ['--disable-back-forward-cache'],
		locale: 'fi-FI'
	});
	const results = [];
	try {
		const page = await context.newPage();
		await page.goto(baseURL);
		await page.getByRole('button', { name: 'Lataa esimerkkiverkosto (Pirkanmaa)' }).click();
		await page.getByText('Esimerkkiverkosto ladattu.').waitFor({ timeout: 60_000 });
		for (const path of pages) {
			const { stdout } = await run(
				'npx',
				[
					'-y',
					'lighthouse@12.8.2',
					baseURL + path,
					`--port=${port}`,
					'--preset=desktop',
					'--disable-storage-reset',
					'--only-categories=performance,accessibility,best-practices',
					'--output=json',
					'--quiet'
				],
				{ maxBuffer: 64 * 1024 * 1024 }
			);
			const report = JSON.parse(stdout);
			const score = (k) => Math.round((report.categories[k]?.score ?? 0) * 100);
			// Every audit below full marks that weighs in a category's score, with
			// Lighthouse's own words on why; the insights that weigh nothing
			// (unused JavaScript, render-blocking CSS …) are only counted.
			const weighted = new Set(
				Object.values(report.categories).flatMap((c) =>
					c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)
				)
			);
			const below = Object.values(report.audits).filter(
				(a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative'
			);
			const failed = below
				.filter((a) => weighted.has(a.id))
				.map((a) => ({ id: a.id, score: a.score, why: reasons(a) }));
			const bfCache = report.audits['bf-cache'];
			results.push({
				path,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				failed,
				hints: below.filter((a) => !weighted.has(a.id)).map((a) => a.id),
				bfCache: bfCache?.score === 1 ? 'restored' : bfCache ? reasons(bfCache) : '–'
			});
		}
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
	return results;
}

/** Lighthouse's explanation of a failed audit: the items of its table (e.g. bf-cache's reasons). */
function reasons(audit) {
	const items = audit.details?.items ?? [];
	const text = items
		.slice(0, 5)
		.map((i) => i.reason ?? i.failureType ?? i.node?.snippet ?? i.url ?? i.source?.url ?? '')
		.filter(Boolean)
		.map((t) => (typeof t === 'string' ? t : JSON.stringify(t)));
	return text.length ? text.join('; ') : (audit.displayValue ?? '');
}
