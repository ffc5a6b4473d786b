import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { defaultThemeId } from '$lib/domain/defaults/assessmentThemes';
import type { Action, Goal } from '$lib/domain/entities';
import { buildRoundReport, type ReportInput } from '$lib/domain/rules/roundReport';
import { catalogue } from '$lib/testing/messages';
import { barChartLayout } from './chart';
import { renderReportHtml, reportFileName } from './reportHtml';

const T = '2024-09-25T12:00:00.000Z';
const demo = buildDemoNetwork();
const m = catalogue.fi;
const labels = { noRegion: 'Koko alue', unknown: '(poistettu)' };

function input(
	round = demoId('round:2024'),
	goals: Goal[] = [],
	actions: Action[] = []
): ReportInput {
	const r = demo.assessmentRounds.find((x) => x.id === round)!;
	return {
		round: r,
		previousRound: demo.assessmentRounds.find((x) => x.id === r.previousRoundId),
		themes: demo.assessmentThemes,
		discussions: demo.discussions,
		goals,
		actions,
		bodies: demo.bodies,
		regions: demo.regions,
		familyCentres: demo.familyCentres,
		organisations: demo.organisations,
		persons: demo.persons,
		meetings: demo.meetings
	};
}

const west1 = demo.discussions.find((d) => d.id === demoId('discussion:regional-west:1'))!;
const goal: Goal = {
	id: demoId('test:goal'),
	createdAt: T,
	updatedAt: T,
	version: 1,
	roundId: demoId('round:2024'),
	themeId: defaultThemeId(1),
	title: 'Yhteinen hakemisto <script>alert(1)</script>',
	sourcePointIds: [west1.points[2].id, west1.points[3].id],
	status: 'active'
};
const action: Action = {
	id: demoId('test:action'),
	createdAt: T,
	updatedAt: T,
	version: 1,
	goalId: goal.id,
	roundId: goal.roundId,
	title: 'Hakemisto käyttöön & "julki"',
	responsibleBodyId: demoId('body:ngo-coop'),
	dueDate: '2025-03-31',
	status: 'open'
};

describe('buildRoundReport', () => {
	it('gathers the demo 2024 round per theme with names resolved', () => {
		const report = buildRoundReport(input(undefined, [goal], [action]), 'fi', '2025-06-01', labels);
		expect(report.themes.map((t) => t.title)).toEqual([
			'Järjestöjen työn tunnettuus',
			'Yhteisen työn rakenteet',
			'Monitoimijainen yhteistyö'
		]);
		const t1 = report.themes[0];
		expect(t1.needs[0].points.map((p) => p.group)).toContain('Eteläisen alueen koordinaatioryhmä');
		expect(t1.byGroup).toEqual([
			{ label: 'Läntisen alueen koordinaatioryhmä', value: 2 },
			{ label: 'Eteläisen alueen koordinaatioryhmä', value: 2 },
			{ label: 'Pirkanmaan lapsi- ja perhejärjestöjen verkosto', value: 2 }
		]);
		// Regions in Finnish alphabetical order, area-wide groups last.
		expect(t1.byRegion.map((r) => r.label)).toEqual([
			'Eteläinen alue',
			'Läntinen alue',
			'Koko alue'
		]);
		expect(t1.goals[0].sources.map((s) => s.text)).toEqual([
			'Yhteyshenkilöiden nimiä ja yhteystietoja on vaikea löytää.',
			'Yhteinen ajantasainen hakemisto palveluista ja yhteyshenkilöistä.'
		]);
		expect(t1.goals[0].actions[0]).toMatchObject({
			responsible: ['Maakunnallinen järjestöyhteistyöryhmä'],
			state: 'late'
		});
		// The NGO network's unsubmitted theme-5 discussion is not in the report.
		expect(report.themes[2].needs.flatMap((c) => c.points.map((p) => p.text))).not.toContain(
			'Pienten järjestöjen on vaikea osallistua kaikkiin verkostoihin.'
		);
		expect(report.workshop?.start).toBe('2024-09-25T12:00');
		expect(report.comparison).toBeUndefined();
	});

	it('compares the 2026 follow-up with 2024, including the 2024 goals', () => {
		const report = buildRoundReport(
			input(demoId('round:2026'), [goal], [action]),
			'en',
			'2025-06-01',
			labels
		);
		expect(report.themes[0].title).toBe('Awareness of NGO work');
		const c = report.comparison!;
		expect(c.previousName).toMatch(/Pirkanmaa 2024/);
		expect(c.themes[0]).toMatchObject({
			title: 'Awareness of NGO work',
			previous: { mean: 2 },
			current: { mean: 3 },
			change: 1
		});
		expect(c.previousGoals).toEqual([
			expect.objectContaining({ total: 1, actions: { open: 0, late: 1, done: 0, cancelled: 0 } })
		]);
	});
});

describe('renderReportHtml', () => {
	const report = buildRoundReport(input(undefined, [goal], [action]), 'fi', '2025-06-01', labels);
	const html = renderReportHtml(report, m, 'fi', { generatedOn: '2025-06-01' });

	it('is a standalone document: no scripts, no external resources, inline CSS', () => {
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(html).toContain('<html lang="fi">');
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/(src|href)=/i);
		expect(html).toContain("default-src 'none'");
		expect(html).toContain('<style>');
	});

	it('escapes every user text', () => {
		expect(html).toContain('Yhteinen hakemisto &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('Hakemisto käyttöön &amp; &quot;julki&quot;');
	});

	it('has the goal, its next step and the per-theme sections', () => {
		expect(html).toContain('Teema 1: Järjestöjen työn tunnettuus');
		expect(html).toContain('Maakunnallinen järjestöyhteistyöryhmä');
		expect(html).toContain('31.3.2025');
		expect(html).toContain('Myöhässä');
		expect(html).toContain('Koottu Verkostossa 1.6.2025.');
	});

	it('draws charts as inline SVG with a title, a description and a data table', () => {
		const svgs = html.match(/<svg[^>]*>/g) ?? [];
		expect(svgs.length).toBe(1 + 3 * 2);
		for (const s of svgs)
			expect(s).toMatch(/role="img" aria-labelledby="(ch-[\w-]+)-t" aria-describedby="\1-d"/);
		expect(html).toContain(
			'<title id="ch-g0-t">Nykytilan arviot ryhmittäin: Järjestöjen työn tunnettuus</title>'
		);
		expect(html).toMatch(/<desc id="ch-g0-d">Pylväskaavio\. Läntisen alueen koordinaatioryhmä: 2;/);
		expect(html).toContain(
			'<caption>Nykytilan arviot alueittain: Järjestöjen työn tunnettuus</caption>'
		);
		// Means with a Finnish decimal comma.
		expect(html).toContain('<th scope="row">5. Monitoimijainen yhteistyö</th><td>3</td>');
		expect(html).toContain('<th scope="row">2. Yhteisen työn rakenteet</th><td>2,5</td>');
	});

	it('names the file after the round', () => {
		expect(reportFileName(report, m)).toBe(
			'arviointiraportti-jarjestot-ja-seurakunnat-osana-perhekeskusta-pirkanmaa-2024.html'
		);
	});
});

describe('barChartLayout', () => {
	it('scales bars to the maximum and leaves unrated rows without a bar', () => {
		const l = barChartLayout(
			[
				{ label: 'A', value: 5, valueText: '5' },
				{ label: 'B', value: 2.5, valueText: '2,5' },
				{ label: 'C', valueText: 'ei arviota' }
			],
			5
		);
		expect(l.rows[0].barWidth).toBe(l.plotWidth);
		expect(l.rows[1].barWidth).toBe(l.plotWidth / 2);
		expect(l.rows[2].barWidth).toBe(0);
		expect(l.ticks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4', '5']);
		expect(l.rows[1].barY).toBeGreaterThan(l.rows[0].barY);
	});
});
