/**
 * Horizontal bar charts as geometry and as standalone SVG markup. The app's
 * chart component draws the same layout, so a chart in the app and in an
 * exported report look alike. Each row's label sits above its bar, so long
 * group names need no truncation. The SVG carries a title and a description
 * (role="img"); the data always goes with it as a table, too.
 */
export interface BarRow {
	label: string;
	/** Undefined draws no bar (e.g. a group that did not rate). */
	value?: number;
	/** The value as text, e.g. "2,5" or "ei arviota". */
	valueText: string;
}

export interface BarLayout {
	width: number;
	height: number;
	plotWidth: number;
	rows: {
		label: string;
		labelY: number;
		barY: number;
		barWidth: number;
		barHeight: number;
		valueText: string;
		valueX: number;
		valueY: number;
	}[];
	ticks: { x: number; label: string }[];
	axisY: number;
	top: number;
	/** Where bars start (room for the first tick's label). */
	left: number;
}

const LABEL = 18;
const BAR = 16;
const GAP = 12;
const VALUE_ROOM = 90;

export function barChartLayout(
	rows: readonly BarRow[],
	max: number,
	formatTick: (n: number) => string = String,
	width = 640
): BarLayout {
	const left = 8;
	const plotWidth = width - VALUE_ROOM - left;
	const top = 4;
	const scale = (v: number) => (max > 0 ? Math.max(0, Math.min(1, v / max)) * plotWidth : 0);
	const laid = rows.map((r, i) => {
		const y = top + i * (LABEL + BAR + GAP);
		const barWidth = r.value === undefined ? 0 : Math.max(r.value > 0 ? 2 : 0, scale(r.value));
		return {
			label: r.label,
			labelY: y + 14,
			barY: y + LABEL,
			barWidth,
			barHeight: BAR,
			valueText: r.valueText,
			valueX: left + barWidth + 6,
			valueY: y + LABEL + 13
		};
	});
	const axisY = top + rows.length * (LABEL + BAR + GAP);
	const step = max <= 10 ? 1 : Math.ceil(max / 10);
	const ticks: BarLayout['ticks'] = [];
	for (let v = 0; v <= max; v += step) ticks.push({ x: left + scale(v), label: formatTick(v) });
	return { width, height: axisY + 22, plotWidth, rows: laid, ticks, axisY, top, left };
}

export function escapeHtml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** The chart as an SVG element string; every text is escaped. */
export function barChartSvg(
	layout: BarLayout,
	{ id, title, description }: { id: string; title: string; description: string }
): string {
	const e = escapeHtml;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${e(id)}-t" aria-describedby="${e(id)}-d" viewBox="0 0 ${layout.width} ${layout.height}" width="100%" style="max-width:${layout.width}px">`,
		`<title id="${e(id)}-t">${e(title)}</title>`,
		`<desc id="${e(id)}-d">${e(description)}</desc>`
	];
	for (const t of layout.ticks)
		parts.push(
			`<line x1="${t.x}" x2="${t.x}" y1="${layout.top}" y2="${layout.axisY}" stroke="#c3ccd5" stroke-width="1"/>`,
			`<text x="${t.x}" y="${layout.axisY + 16}" font-size="12" text-anchor="middle" fill="#4a5560">${e(t.label)}</text>`
		);
	for (const r of layout.rows) {
		parts.push(
			`<text x="${layout.left}" y="${r.labelY}" font-size="14" fill="#1a1f24">${e(r.label)}</text>`
		);
		if (r.barWidth > 0)
			parts.push(
				`<rect x="${layout.left}" y="${r.barY}" width="${r.barWidth}" height="${r.barHeight}" fill="#1d4f73"/>`
			);
		parts.push(
			`<text x="${r.valueX}" y="${r.valueY}" font-size="13" font-weight="bold" fill="#1a1f24">${e(r.valueText)}</text>`
		);
	}
	parts.push('</svg>');
	return parts.join('');
}
