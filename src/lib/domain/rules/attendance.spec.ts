import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { attendanceCounts, matchesQuery, membersOnDate } from './attendance';

const demo = buildDemoNetwork();

describe('matchesQuery', () => {
	it('finds a name by the beginnings of its words, in any case', () => {
		expect(matchesQuery('aino', 'Aino Virtanen')).toBe(true);
		expect(matchesQuery('virt', 'Aino Virtanen')).toBe(true);
		expect(matchesQuery('AINO V', 'Aino Virtanen')).toBe(true);
		expect(matchesQuery('ino', 'Aino Virtanen')).toBe(false);
		expect(matchesQuery('hämä', 'Päivi Hämäläinen')).toBe(true);
	});
	it('matches the organisation too, and an empty query matches all', () => {
		expect(matchesQuery('mll', 'Aino Virtanen', 'MLL Hämeen piiri')).toBe(true);
		expect(matchesQuery('  ', 'Aino Virtanen')).toBe(true);
		expect(matchesQuery('aino', undefined)).toBe(false);
	});
});

describe('attendanceCounts', () => {
	it('counts invited people, walk-ins and each attendance state', () => {
		const p = (attendance: 'unknown' | 'present' | 'absent', walkIn = false) => ({
			personId: demoId('p'),
			attendance,
			walkIn,
			inputGathered: false,
			reportedBack: false
		});
		expect(attendanceCounts([p('present'), p('absent'), p('unknown'), p('present', true)])).toEqual(
			{
				invited: 3,
				walkIns: 1,
				present: 2,
				absent: 1,
				unknown: 1
			}
		);
	});
});

describe('membersOnDate', () => {
	it('gives the seated members on the day, without deputies or ended terms', () => {
		const nokia = demoId('body:local-536');
		const ids = membersOnDate(demo.memberships, nokia, '2026-11-24');
		expect(ids).toContain(demoId('person:liaison-536'));
		expect(ids).not.toContain(demoId('person:mll-nokia-1')); // the deputy
		// Akaa's family representative sat until 31.12.2024.
		const akaa = demoId('body:local-020');
		const family = demo.memberships.find(
			(s) => s.bodyId === akaa && s.representsCategory === 'families'
		)!;
		expect(membersOnDate(demo.memberships, akaa, '2026-01-01')).not.toContain(family.personId);
		expect(membersOnDate(demo.memberships, akaa, '2024-06-01')).toEqual([family.personId]);
	});
});
