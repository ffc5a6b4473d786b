/**
 * The body of scripts/bench-meetings.mjs: the meetings section's pure work
 * at the generator's sizes. Bundled first (as the browser gets it), so the
 * figures are not those of a module runner's import indirection.
 */
import { generateNetwork, SIZES } from '$lib/generator/network';
import { meetingEvent, writeIcs } from '$lib/exchange/ics';
import {
	dueBodies,
	filterMeetings,
	groupByMonth,
	monthsWithMeetings,
	regionResolver,
	splitByTime
} from '$lib/domain/rules/calendar';
import { followUpRows, groupByOwner } from '$lib/domain/rules/followUps';
import { pendingReportBacks } from '$lib/domain/rules/reportBack';

const TODAY = '2026-11-24';

function median(fn: () => unknown, runs: number): number {
	fn(); // warm up
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		times.push(performance.now() - t);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export function run(args: string[]) {
	const size = (args.find((a) => a in SIZES) ?? 'national') as keyof typeof SIZES;
	const data = generateNetwork(SIZES[size]);
	const { meetings, bodies, familyCentres, memberships } = data;
	const regionOf = regionResolver(bodies, familyCentres);
	const labels = { kind: (k: string) => k, agendaHeading: 'Asialista:' };
	const runs = 9;
	let icsBytes = 0;
	const rows: [string, () => unknown][] = [
		[
			'calendar: filter by region',
			() => filterMeetings(meetings, { regionId: data.regions[0].id }, regionOf)
		],
		[
			'calendar: upcoming/past and months',
			() => {
				const s = splitByTime(meetings, TODAY);
				groupByMonth(s.upcoming);
				groupByMonth(s.past);
				monthsWithMeetings(meetings);
			}
		],
		['due bodies (cadence of every body)', () => dueBodies(bodies, meetings, TODAY)],
		[
			'open follow-ups grouped by owner',
			() => groupByOwner(followUpRows(meetings, TODAY), (id) => id)
		],
		[
			'report-back of one body',
			() => pendingReportBacks(bodies[0].id, meetings, memberships, TODAY)
		],
		[
			`.ics of all ${meetings.length} meetings`,
			() => (icsBytes = writeIcs(meetings.map((m) => meetingEvent(m, labels))).length)
		]
	];
	console.log(
		`meetings bench, ${size}: ${meetings.length} meetings, ${bodies.length} bodies, ` +
			`${memberships.length} memberships; median of ${runs} runs after a warm-up, ms`
	);
	for (const [what, fn] of rows)
		console.log(`  ${what.padEnd(40)} ${median(fn, runs).toFixed(1).padStart(8)}`);
	console.log(`  (.ics file size ${(icsBytes / 1e6).toFixed(1)} MB)`);
}
