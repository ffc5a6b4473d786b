import { describe, expect, it } from 'vitest';
import { fi } from '$lib/i18n/catalogue';
import {
	needFromFilters,
	referralFilters,
	referralHeading,
	splitByArea,
	typedAge,
	type ReferralNeed
} from './referral';

const MUNI = '0b4c1e6a-54f0-4c3e-9d0f-111111111111';
const none: ReferralNeed = needFromFilters({});

describe('a family’s need as the search’s filters', () => {
	it('asks only for services in operation, and nothing else until something is chosen', () => {
		expect(none).toEqual({
			municipalityId: '',
			targetGroup: '',
			theme: '',
			language: '',
			free: false,
			age: ''
		});
		expect(referralFilters(none)).toEqual({ status: 'active' });
	});

	it('carries each choice, and reads back from the address what it wrote', () => {
		const need: ReferralNeed = {
			municipalityId: MUNI,
			targetGroup: 'couples',
			theme: 'couple_relationship',
			language: 'sv',
			free: true,
			age: ' 10 '
		};
		const filters = referralFilters(need);
		expect(filters).toEqual({
			municipalityId: MUNI,
			targetGroup: 'couples',
			theme: 'couple_relationship',
			language: 'sv',
			free: true,
			age: 10,
			status: 'active'
		});
		expect(needFromFilters(filters)).toEqual({ ...need, age: '10' });
	});

	it('ignores an age that is not a whole number of years a person can have', () => {
		expect(typedAge('4')).toBe(4);
		expect(typedAge('0')).toBe(0);
		for (const bad of ['', 'neljä', '4.5', '-1', '121', '1000'])
			expect(typedAge(bad), bad).toBeUndefined();
		expect(referralFilters({ ...none, age: 'x' })).toEqual({ status: 'active' });
	});
});

describe('the answer', () => {
	const item = (id: string, municipalityIds: string[]) => ({ id, service: { municipalityIds } });

	it('lists the municipality’s services, then those bound to no area, and drops the rest', () => {
		const items = [
			item('nokia', [MUNI]),
			item('online', []),
			item('elsewhere', ['other']),
			item('shared', ['other', MUNI])
		];
		const { local, national } = splitByArea(items, MUNI);
		expect(local.map((x) => x.id)).toEqual(['nokia', 'shared']);
		expect(national.map((x) => x.id)).toEqual(['online']);
	});

	it('is headed with the municipality and each need chosen, as printed', () => {
		const d = fi.directory;
		const v = fi.vocab;
		const words = {
			referral: d.referral,
			targetGroup: (t: string) => v.targetGroup[t as never],
			theme: (t: string) => v.theme[t as never],
			language: (t: string) => v.language[t as never],
			freeOnly: d.freeOnly,
			age: d.age
		};
		expect(referralHeading({ ...none, municipalityId: MUNI }, 'Nokia', words)).toBe(
			'Ohjaa perhe: Nokia'
		);
		expect(
			referralHeading(
				{ ...none, municipalityId: MUNI, theme: 'couple_relationship', free: true, age: '10' },
				'Nokia',
				words
			)
		).toBe(`Ohjaa perhe: Nokia · ${v.theme.couple_relationship} · vain maksuttomat · ${d.age} 10`);
	});
});
