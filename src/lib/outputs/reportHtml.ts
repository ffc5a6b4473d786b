/**
 * A round's report as one standalone HTML document that anyone can open in a
 * browser without the app: inline CSS, no scripts (and a Content-Security-Policy
 * that forbids them and any request), every user text escaped, charts as inline
 * SVG with a title, a description and the data as a table beside them.
 */
import { slug } from '$lib/domain/slug';
import type { Messages } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/catalogue';
import { formatDate, formatLocalDateTime, formatNumber } from '$lib/i18n/format';
import type {
	ReportAction,
	ReportBar,
	ReportCluster,
	ReportGoal,
	ReportTheme,
	RoundReport
} from '$lib/domain/rules/roundReport';
import { barChartLayout, barChartSvg, escapeHtml as e, type BarRow } from './chart';

export interface ReportChart {
	id: string;
	title: string;
	description: string;
	rows: BarRow[];
	max: number;
	/** Column header of the values in the data table. */
	valueHeader: string;
	/** Rows of the data table: label, value text and (for means) the count. */
	table: { label: string; value: string; count?: string }[];
}

const num = (n: number | undefined, locale: Locale, none: string) =>
	n === undefined ? none : formatNumber(n, locale);

function chart(
	id: string,
	title: string,
	bars: ReportBar[],
	max: number,
	m: Messages,
	locale: Locale,
	withCount: boolean
): ReportChart {
	const r = m.codev.report;
	const rows = bars.map((b) => ({
		label: b.label,
		...(b.value !== undefined ? { value: b.value } : {}),
		valueText: num(b.value, locale, r.noRating)
	}));
	const summary = rows.map((x) => r.chartRow(x.label, x.valueText)).join('; ');
	return {
		id,
		title,
		description: `${r.chartSummary(summary)} ${r.scaleMax(formatNumber(max, locale))}`,
		rows,
		max,
		valueHeader: withCount ? r.mean : r.value,
		table: bars.map((b) => ({
			label: b.label,
			value: num(b.value, locale, r.noRating),
			...(withCount ? { count: formatNumber(b.count ?? 0, locale) } : {})
		}))
	};
}

/** The charts of one theme: ratings by group and by region. */
export function themeCharts(
	t: ReportTheme,
	index: number,
	m: Messages,
	locale: Locale
): { byGroup: ReportChart; byRegion: ReportChart } {
	const r = m.codev.report;
	return {
		byGroup: chart(`ch-g${index}`, r.chartGroup(t.title), t.byGroup, t.scaleMax, m, locale, false),
		byRegion: chart(`ch-r${index}`, r.chartRegion(t.title), t.byRegion, t.scaleMax, m, locale, true)
	};
}

/** The overview chart: each theme's mean rating. */
export function overviewChart(report: RoundReport, m: Messages, locale: Locale): ReportChart {
	const max = Math.max(1, ...report.themes.map((t) => t.scaleMax));
	return chart(
		'ch-themes',
		m.codev.report.chartThemes,
		report.themes.map((t) => ({
			label: `${t.number}. ${t.title}`,
			...(t.rating.mean !== undefined ? { value: t.rating.mean } : {}),
			count: t.rating.count
		})),
		max,
		m,
		locale,
		true
	);
}

function chartHtml(c: ReportChart, locale: Locale): string {
	const layout = barChartLayout(c.rows, c.max, (n) => formatNumber(n, locale));
	const head = `<tr><th scope="col">&nbsp;</th><th scope="col">${e(c.valueHeader)}</th>${
		c.table.some((x) => x.count !== undefined) ? `<th scope="col">#</th>` : ''
	}</tr>`;
	const body = c.table
		.map(
			(x) =>
				`<tr><th scope="row">${e(x.label)}</th><td>${e(x.value)}</td>${
					x.count !== undefined ? `<td>${e(x.count)}</td>` : ''
				}</tr>`
		)
		.join('');
	return `<figure><figcaption>${e(c.title)}</figcaption>${barChartSvg(layout, c)}<table class="data"><caption>${e(c.title)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></figure>`;
}

function clustersHtml(cs: ReportCluster[], m: Messages): string {
	const r = m.codev.report;
	if (!cs.length) return `<p class="muted">${e(r.noPoints)}</p>`;
	const anyLabel = cs.some((c) => c.label);
	return cs
		.map(
			(c) =>
				`${c.label ? `<h4>${e(c.label)}</h4>` : anyLabel ? `<h4>${e(r.otherPoints)}</h4>` : ''}<ul>${c.points
					.map(
						(p) =>
							`<li>${p.important ? `<strong>${e(p.text)}</strong> <span class="tag">${e(r.important)}</span>` : e(p.text)} <span class="muted">– ${e(p.group)}</span></li>`
					)
					.join('')}</ul>`
		)
		.join('');
}

function actionsHtml(actions: ReportAction[], m: Messages, locale: Locale): string {
	const a = m.codev.actionsPage;
	if (!actions.length) return `<p class="muted">${e(m.codev.workshop.noSteps)}</p>`;
	const rows = actions
		.map(
			(x) =>
				`<tr><td>${e(x.title)}${x.description ? `<br><span class="muted">${e(x.description)}</span>` : ''}</td><td>${e(x.responsible.join(', ') || '—')}</td><td>${e(formatDate(x.dueDate, locale) || '—')}</td><td>${e(a.state[x.state])}</td></tr>`
		)
		.join('');
	return `<table><thead><tr><th scope="col">${e(a.step)}</th><th scope="col">${e(a.responsible)}</th><th scope="col">${e(a.due)}</th><th scope="col">${e(a.status)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function goalHtml(g: ReportGoal, m: Messages, locale: Locale): string {
	const w = m.codev.workshop;
	const sources = g.sources.length
		? `<p class="label">${e(w.sources)}</p><ul class="sources">${g.sources
				.map((s) => `<li>${e(s.text)} <span class="muted">– ${e(s.group)}</span></li>`)
				.join('')}</ul>`
		: '';
	return `<div class="goal"><h4>${e(g.title)} <span class="tag">${e(m.vocab.goalStatus[g.status])}</span></h4>${
		g.description ? `<p>${e(g.description)}</p>` : ''
	}${sources}<p class="label">${e(w.steps)}</p>${actionsHtml(g.actions, m, locale)}</div>`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;line-height:1.5;color:#1a1f24;background:#fff;margin:0}
main{max-width:50rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.7rem;margin:0 0 .5rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid #1d4f73;padding-bottom:.2rem}
h3{font-size:1.1rem;margin:1.25rem 0 .25rem}h4{font-size:1rem;margin:.75rem 0 .25rem}
.muted{color:#4a5560}.label{font-weight:600;margin:.5rem 0 .2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #c3ccd5;vertical-align:top}
caption{text-align:left;font-weight:600;padding:.25rem 0}
figure{margin:1rem 0;break-inside:avoid}figcaption{font-weight:600;font-size:.95rem}
table.data{font-size:.9rem;max-width:32rem}
.tag{display:inline-block;font-size:.8rem;font-weight:normal;padding:0 .45rem;border-radius:999px;background:#e3e8ee}
.goal{border-left:4px solid #1d4f73;padding:.1rem 0 .1rem .75rem;margin:.75rem 0;break-inside:avoid}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
section.theme{break-before:page}
@media print{main{padding:0}section.theme{break-before:page}}
`;

export interface ReportDocumentOptions {
	/** The date the report was made (YYYY-MM-DD). */
	generatedOn: string;
}

export function renderReportHtml(
	report: RoundReport,
	m: Messages,
	locale: Locale,
	{ generatedOn }: ReportDocumentOptions
): string {
	const r = m.codev.report;
	const rp = m.codev.roundPage;
	const period = [formatDate(report.periodStart, locale), formatDate(report.periodEnd, locale)]
		.filter(Boolean)
		.join('–');
	const details = [
		report.area ? [rp.area, report.area] : undefined,
		report.regions.length ? [rp.regions, report.regions.join(', ')] : undefined,
		[m.codev.period, period],
		[m.codev.phase, m.vocab.roundStatus[report.status]],
		report.workshop
			? [
					rp.workshop,
					`${report.workshop.title}, ${formatLocalDateTime(report.workshop.start, locale)}${report.workshop.place ? `, ${report.workshop.place}` : ''}`
				]
			: undefined
	].filter((x): x is string[] => !!x);

	const out: string[] = [];
	out.push(`<h1>${e(r.heading(report.name))}</h1>`);
	if (report.description) out.push(`<p>${e(report.description)}</p>`);
	out.push(
		`<h2>${e(r.overview)}</h2><dl>${details.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`
	);
	if (report.sharedQuestions.length)
		out.push(
			`<h3>${e(rp.sharedQuestions)}</h3><ul>${report.sharedQuestions.map((q) => `<li>${e(q)}</li>`).join('')}</ul>`
		);
	out.push(
		`<h2>${e(r.groups)}</h2><table><thead><tr><th scope="col">${e(rp.group)}</th><th scope="col">${e(rp.status)}</th><th scope="col">${e(rp.date)}</th></tr></thead><tbody>${report.groups
			.map(
				(g) =>
					`<tr><td>${e(g.name)}</td><td>${e(rp.groupStatus[g.status])}</td><td>${e(formatDate(g.date, locale) || '—')}</td></tr>`
			)
			.join('')}</tbody></table>`
	);
	out.push(`<h2>${e(r.ratingsTitle)}</h2>${chartHtml(overviewChart(report, m, locale), locale)}`);

	report.themes.forEach((t, i) => {
		const charts = themeCharts(t, i, m, locale);
		out.push(
			`<section class="theme"><h2>${e(m.codev.theme.heading(t.number, t.title))}</h2>`,
			t.description ? `<p>${e(t.description)}</p>` : '',
			`<h3>${e(r.strengths)}</h3>${clustersHtml(t.strengths, m)}`,
			`<h3>${e(r.needs)}</h3>${clustersHtml(t.needs, m)}`,
			`<h3>${e(r.ideas)}</h3>${clustersHtml(t.ideas, m)}`,
			`<h3>${e(r.goals)}</h3>`,
			t.goals.length
				? t.goals.map((g) => goalHtml(g, m, locale)).join('')
				: `<p class="muted">${e(r.noGoals)}</p>`,
			`<h3>${e(r.byGroup)}</h3>`,
			t.byGroup.length
				? chartHtml(charts.byGroup, locale)
				: `<p class="muted">${e(r.noRatings)}</p>`,
			`<h3>${e(r.byRegion)}</h3>`,
			t.byRegion.length
				? chartHtml(charts.byRegion, locale)
				: `<p class="muted">${e(r.noRatings)}</p>`,
			t.scale.length
				? `<p class="muted">${e(r.scale)}: ${t.scale.map((l) => `${e(formatNumber(l.value, locale))} = ${e(l.label)}`).join('; ')}</p>`
				: '',
			`</section>`
		);
	});

	if (report.otherGoals.length)
		out.push(
			`<h2>${e(m.codev.workshop.otherGoals)}</h2>${report.otherGoals.map((g) => goalHtml(g, m, locale)).join('')}`
		);
	if (report.otherActions.length)
		out.push(`<h2>${e(r.otherActions)}</h2>${actionsHtml(report.otherActions, m, locale)}`);

	if (report.comparison) {
		const c = report.comparison;
		out.push(
			`<h2>${e(r.comparison(c.previousName))}</h2><table><thead><tr><th scope="col">${e(m.codev.themes)}</th><th scope="col">${e(rp.previousMean)}</th><th scope="col">${e(rp.currentMean)}</th><th scope="col">${e(rp.change)}</th></tr></thead><tbody>${c.themes
				.map(
					(t) =>
						`<tr><th scope="row">${e(t.title)}</th><td>${e(num(t.previous.mean, locale, '—'))}</td><td>${e(num(t.current.mean, locale, '—'))}</td><td>${e(t.change === undefined ? '—' : `${t.change > 0 ? '+' : ''}${formatNumber(t.change, locale)}`)}</td></tr>`
				)
				.join('')}</tbody></table>`,
			`<h3>${e(rp.previousGoals)}</h3>`,
			c.previousGoals.length
				? `<ul>${c.previousGoals
						.map(
							(g) =>
								`<li>${e(g.title)} <span class="tag">${e(m.vocab.goalStatus[g.status])}</span> <span class="muted">${e(rp.stepsDone(g.actions.done, g.total, g.actions.late))}</span></li>`
						)
						.join('')}</ul>`
				: `<p class="muted">${e(rp.noPreviousGoals)}</p>`
		);
	}
	out.push(
		`<footer><p class="muted">${e(r.generated(formatDate(generatedOn, locale)))}</p></footer>`
	);

	return `<!doctype html>
<html lang="${e(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(r.heading(report.name))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${out.join('\n')}
</main>
</body>
</html>
`;
}

/** A file name for the report: "arviointiraportti-pirkanmaa-2024.html". */
export function reportFileName(report: RoundReport, m: Messages): string {
	const name = slug(report.name);
	return `${m.codev.report.fileName}${name ? `-${name}` : ''}.html`;
}
