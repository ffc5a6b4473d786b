import { describe, expect, it } from 'vitest';
import type { Body, Membership } from '../entities';
import type { Representation, Sector } from '../fields';
import {
	suggestedSeat,
	bodyCoverage,
	coverageOf,
	fills,
	gapsByCategory,
	matrixColumns,
	memberCategory,
	termState
} from './representation';
import { buildDemoNetwork, DEMO_NO_NGO_SEAT } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';

const TODAY = '2026-11-24';
const T = '2020-01-01T00:00:00.000Z';
let n = 0;
const uid = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

const body = (fields: Partial<Body> = {}): Body => ({
	id: 'body-1',
	createdAt: T,
	updatedAt: T,
	version: 1,
	name: 'Ohjausryhmä',
	level: 'local',
	kind: 'steering_group',
	goals: ['Tavoite'],
	tasks: ['Tehtävä'],
	meetingsPerYear: 0,
	requiredRepresentation: ['municipality', 'ngo'],
	status: 'active',
	...fields
});
const member = (fields: Partial<Membership> = {}): Membership => ({
	id: uid(),
	createdAt: T,
	updatedAt: T,
	version: 1,
	bodyId: 'body-1',
	personId: uid(),
	role: 'member',
	...fields
});
const cat = (c: Representation, fields: Partial<Membership> = {}) =>
	member({ representsCategory: c, ...fields });
const noSectors = () => undefined;
const cover = (
	b: Body,
	ms: Membership[],
	sectorOf: (id: string) => Sector | undefined = noSectors
) => bodyCoverage(b, ms, [], sectorOf, TODAY);
const seat = (b: Body, ms: Membership[], c: Representation) =>
	cover(b, ms).seats.find((s) => s.category === c)!;

describe('termState', () => {
	it('is current from the start date through the end date, inclusive', () => {
		expect(termState({}, TODAY)).toBe('current');
		expect(termState({ termStart: TODAY, termEnd: TODAY }, TODAY)).toBe('current');
		expect(termState({ termEnd: '2026-11-23' }, TODAY)).toBe('ended');
		expect(termState({ termStart: '2026-11-25' }, TODAY)).toBe('upcoming');
	});
});

describe('suggestedSeat (the membership form)', () => {
	const blank = { current: '', suggestedBefore: '' };
	it("suggests a new member's seat from their own organisation's sector", () => {
		expect(suggestedSeat(blank, { ownOrganisation: 'ngo', adding: true })).toBe('ngo');
		// Not when editing a stored membership: its seat was stated (or left blank) on purpose.
		expect(suggestedSeat(blank, { ownOrganisation: 'ngo', adding: false })).toBeUndefined();
	});
	it('prefers the represented organisation, and follows the form as the person changes', () => {
		expect(
			suggestedSeat(blank, { represented: 'parish', ownOrganisation: 'ngo', adding: true })
		).toBe('parish');
		// Another person chosen: the earlier suggestion is replaced.
		expect(
			suggestedSeat(
				{ current: 'ngo', suggestedBefore: 'ngo' },
				{ ownOrganisation: 'municipality', adding: true }
			)
		).toBe('municipality');
	});
	it('never overwrites a seat the user chose', () => {
		expect(
			suggestedSeat(
				{ current: 'families', suggestedBefore: 'ngo' },
				{ ownOrganisation: 'municipality', adding: true }
			)
		).toBeUndefined();
		expect(
			suggestedSeat(
				{ current: 'families', suggestedBefore: '' },
				{ represented: 'ngo', adding: true }
			)
		).toBeUndefined();
	});
});

describe('memberCategory and fills', () => {
	it('takes the stated category first, else the represented organisation’s sector', () => {
		const sectorOf = (id: string) => (id === 'org-ngo' ? ('ngo' as const) : undefined);
		expect(memberCategory({ representsCategory: 'families' }, sectorOf)).toBe('families');
		expect(memberCategory({ representsOrganisationId: 'org-ngo' }, sectorOf)).toBe('ngo');
		expect(
			memberCategory(
				{ representsCategory: 'parish', representsOrganisationId: 'org-ngo' },
				sectorOf
			)
		).toBe('parish');
		expect(memberCategory({}, sectorOf)).toBeUndefined();
	});

	it('lets parishes and other religious communities fill each other’s seats, nothing else', () => {
		expect(fills('parish', 'religious_community')).toBe(true);
		expect(fills('religious_community', 'parish')).toBe(true);
		expect(fills('ngo', 'parish')).toBe(false);
		expect(fills('municipality', 'wellbeing_county')).toBe(false);
		expect(fills(undefined, 'ngo')).toBe(false);
	});
});

describe('bodyCoverage: seats', () => {
	it('a required seat with a current member is filled; one with nobody is missing', () => {
		const c = cover(body(), [cat('municipality')]);
		expect(c.seats.map((s) => [s.category, s.status])).toEqual([
			['municipality', 'filled'],
			['ngo', 'missing']
		]);
		expect(c.gaps.map((g) => g.category)).toEqual(['ngo']);
	});

	it('fills a seat from the represented organisation’s sector when no category is stated', () => {
		const c = cover(
			body(),
			[cat('municipality'), member({ representsOrganisationId: 'org-1' })],
			(id) => (id === 'org-1' ? 'ngo' : undefined)
		);
		expect(c.gaps).toEqual([]);
	});

	it('an ended term fills nothing: the seat has lapsed and the member is history', () => {
		const old = cat('ngo', { termStart: '2023-01-01', termEnd: '2024-12-31' });
		const s = seat(body(), [cat('municipality'), old], 'ngo');
		expect(s).toMatchObject({ status: 'lapsed', members: [], ended: [old] });
		expect(cover(body(), [cat('municipality'), old]).gaps).toHaveLength(1);
	});

	it('a successor closes the lapsed seat; the ended term stays listed, newest first', () => {
		const older = cat('ngo', { termStart: '2021-01-01', termEnd: '2022-12-31' });
		const old = cat('ngo', { termStart: '2023-01-01', termEnd: '2024-12-31' });
		const next = cat('ngo', { termStart: '2025-01-01' });
		const s = seat(body(), [older, next, old], 'ngo');
		expect(s.status).toBe('filled');
		expect(s.ended).toEqual([old, older]);
	});

	it('a member whose term starts later leaves the seat upcoming, still a gap', () => {
		const c = cover(body(), [cat('municipality'), cat('ngo', { termStart: '2027-01-01' })]);
		expect(c.gaps.map((g) => [g.category, g.status])).toEqual([['ngo', 'upcoming']]);
	});

	it('a deputy alone does not fill a seat (deputy_only is a gap); with the member it does', () => {
		const principal = cat('ngo', { termEnd: '2025-06-30' });
		const deputy = member({ role: 'deputy', deputyForId: principal.id });
		const c = cover(body(), [cat('municipality'), principal, deputy]);
		// The deputy has no category of their own and takes the principal's.
		expect(c.gaps.map((g) => [g.category, g.status])).toEqual([['ngo', 'deputy_only']]);
		expect(c.gaps[0].deputies).toEqual([deputy]);

		const current = cat('ngo');
		const d2 = member({ role: 'deputy', deputyForId: current.id });
		const s = seat(body(), [cat('municipality'), current, d2], 'ngo');
		expect(s).toMatchObject({ status: 'filled', members: [current], deputies: [d2] });
	});

	it('a parish member fills a religious-community seat and the reverse, marked as equivalent', () => {
		const b = body({ requiredRepresentation: ['religious_community'] });
		const s = seat(b, [cat('parish')], 'religious_community');
		expect(s).toMatchObject({ status: 'filled', byEquivalent: true });
		const b2 = body({ requiredRepresentation: ['parish'] });
		expect(seat(b2, [cat('religious_community')], 'parish')).toMatchObject({
			status: 'filled',
			byEquivalent: true
		});
		expect(seat(b2, [cat('parish')], 'parish').byEquivalent).toBe(false);
	});

	it('keeps parish and religious community apart when a body requires both', () => {
		const b = body({ requiredRepresentation: ['parish', 'religious_community'] });
		const c = cover(b, [cat('parish')]);
		expect(c.gaps.map((g) => g.category)).toEqual(['religious_community']);
	});

	it('shows seats that are held but not required, and never counts them as gaps', () => {
		const c = cover(body({ requiredRepresentation: [] }), [cat('kela', { termEnd: '2024-01-01' })]);
		expect(c.seats.map((s) => [s.category, s.required, s.status])).toEqual([
			['kela', false, 'lapsed']
		]);
		expect(c.gaps).toEqual([]);
	});

	it('warns when every current member’s term ends within the warning period', () => {
		expect(seat(body(), [cat('ngo', { termEnd: '2026-12-31' })], 'ngo').endingSoon).toBe(true);
		expect(seat(body(), [cat('ngo', { termEnd: '2027-06-30' })], 'ngo').endingSoon).toBe(false);
		expect(
			seat(body(), [cat('ngo', { termEnd: '2026-12-31' }), cat('ngo')], 'ngo').endingSoon
		).toBe(false);
	});

	it('ignores deleted memberships and other bodies’ members', () => {
		const c = cover(body(), [
			cat('municipality'),
			cat('ngo', { deletedAt: T }),
			cat('ngo', { bodyId: 'body-2' })
		]);
		expect(c.gaps.map((g) => g.category)).toEqual(['ngo']);
	});
});

describe('bodyCoverage: flags', () => {
	it('flags a body with no goals, no tasks, no members', () => {
		expect(cover(body({ goals: [], tasks: [] }), []).flags).toEqual([
			'no_goals',
			'no_tasks',
			'no_members'
		]);
	});

	it('flags current members whose representation is unknown', () => {
		const unknown = member();
		const c = cover(body(), [cat('municipality'), cat('ngo'), unknown]);
		expect(c.flags).toEqual(['unstated_representation']);
		expect(c.unstated).toEqual([unknown]);
	});

	it('flags a body that met less often than its cadence in the last twelve months', () => {
		const b = body({ meetingsPerYear: 4 });
		const ms = [cat('municipality'), cat('ngo')];
		const met = (dates: string[]) =>
			bodyCoverage(
				b,
				ms,
				dates.map((d) => ({ bodyId: b.id, start: `${d}T13:00` })),
				noSectors,
				TODAY
			);
		expect(met(['2026-02-01', '2026-05-01']).flags).toEqual(['behind_cadence']);
		expect(met(['2026-02-01', '2026-05-01']).cadence.heldLastYear).toBe(2);
		expect(met(['2026-01-10', '2026-04-10', '2026-07-10', '2026-10-10']).flags).toEqual([]);
	});

	it('an ended body is history: no gaps, no flags', () => {
		const c = cover(body({ status: 'ended', goals: [] }), []);
		expect(c).toMatchObject({ active: false, gaps: [], flags: [] });
	});
});

describe('on the demo network', () => {
	const data = buildDemoNetwork();
	const sector = new Map(data.organisations.map((o) => [o.id, o.sector]));
	const coverage = coverageOf(
		data.bodies,
		data.memberships,
		data.meetings,
		(id) => sector.get(id),
		TODAY
	);
	const name = (id: string) => data.bodies.find((b) => b.id === id)!.name;
	const gaps = gapsByCategory(coverage.values());
	const localSteering = new Set(
		data.bodies.filter((b) => b.level === 'local' && b.kind === 'steering_group').map((b) => b.id)
	);

	it('finds exactly three local steering groups without an NGO representative', () => {
		const lacking = (gaps.get('ngo') ?? []).filter((c) => localSteering.has(c.bodyId));
		expect(lacking.map((c) => name(c.bodyId)).sort()).toEqual([
			'Juupajoen perhekeskuksen ohjausryhmä',
			'Kihniön perhekeskuksen ohjausryhmä',
			'Punkalaitumen perhekeskuksen ohjausryhmä'
		]);
		expect(lacking).toHaveLength(DEMO_NO_NGO_SEAT.length);
	});

	it('finds the local steering groups with no parish and Akaa’s lapsed family seat', () => {
		const noParish = (gaps.get('parish') ?? []).map((c) => name(c.bodyId)).sort();
		expect(noParish).toContain('Kuhmoisten perhekeskuksen ohjausryhmä');
		const akaa = coverage.get(demoId('body:local-020'))!;
		expect(akaa.gaps.map((g) => [g.category, g.status])).toContainEqual(['families', 'lapsed']);
	});

	it('flags Kuhmoinen’s steering group for stating no goals or tasks', () => {
		const flagged = [...coverage.values()].filter((c) => c.flags.includes('no_goals'));
		expect(flagged.map((c) => name(c.bodyId))).toEqual(['Kuhmoisten perhekeskuksen ohjausryhmä']);
	});

	it('leaves the ended handbook working group out of the gaps', () => {
		expect(coverage.get(demoId('body:handbook-wg'))).toMatchObject({ active: false, gaps: [] });
	});

	it('uses as matrix columns only the categories that occur', () => {
		const cols = matrixColumns(coverage.values());
		expect(cols).toContain('ngo');
		expect(cols).toContain('families');
		expect(cols).not.toContain('company');
	});
});
