import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import {
	attendanceCounts,
	matchesQuery,
	membersOnDate,
	nameMatch,
	prefixDistance,
	sameName
} from './attendance';

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

describe('nameMatch (the door search)', () => {
	it('is exact where matchesQuery is', () => {
		expect(nameMatch('aino v', 'Aino Virtanen')).toBe('exact');
		expect(nameMatch('mll', 'Aino Virtanen', 'MLL Hämeen piiri')).toBe('exact');
	});
	it('tolerates a typo or missing diacritics, but not in short words', () => {
		expect(nameMatch('virtnen', 'Aino Virtanen')).toBe('typo');
		expect(nameMatch('aino virtsnen', 'Aino Virtanen')).toBe('typo');
		expect(nameMatch('hamalainen', 'Päivi Hämäläinen')).toBe('typo');
		expect(nameMatch('hämälänen', 'Päivi Hämäläinen')).toBe('typo');
		expect(nameMatch('aimo', 'Aino Virtanen')).toBe('typo');
		expect(nameMatch('ano', 'Aino Virtanen')).toBeUndefined();
		expect(nameMatch('korhonen', 'Aino Virtanen')).toBeUndefined();
		// Every word must match, with or without a typo.
		expect(nameMatch('virtnen korhonen', 'Aino Virtanen')).toBeUndefined();
	});
	it('measures edits to the whole word or a start at least as long as the query', () => {
		expect(prefixDistance('virtnen', 'virtanen', 2)).toBe(1);
		expect(prefixDistance('parisuhe', 'parisuhdeneuvonta', 2)).toBe(1);
		expect(prefixDistance('ainoo', 'aino', 2)).toBe(1);
		expect(prefixDistance('xyz', 'aino', 1)).toBe(2);
	});
});

describe('sameName', () => {
	it('compares names by their letters, case and spacing ignored', () => {
		expect(sameName('Aino  Virtanen ', 'aino virtanen')).toBe(true);
		expect(sameName('Aino Virtanen', 'Aino Virtanen-Koski')).toBe(false);
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
