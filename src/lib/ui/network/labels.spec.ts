import { describe, expect, it } from 'vitest';
import type { Membership } from '$lib/domain/entities';
import { orderMembers, representsLabel } from './labels';
import { catalogue } from '$lib/testing/messages';

const ms = (id: string, role: Membership['role'], deputyForId?: string) =>
	({ id, role, deputyForId, personId: id, bodyId: 'b' }) as Membership;

describe('orderMembers', () => {
	it('puts the chair first, members by name, and each deputy under their member', () => {
		const list = [
			ms('Veikko', 'member'),
			ms('Aino', 'deputy', 'Veikko'),
			ms('Pekka', 'chair'),
			ms('Bertta', 'member'),
			ms('Outi', 'deputy')
		];
		expect(orderMembers(list, (x) => x.id).map((x) => `${x.ms.id}${x.deputy ? '*' : ''}`)).toEqual([
			'Pekka',
			'Bertta',
			'Veikko',
			'Aino*',
			'Outi'
		]);
	});
});

describe('representsLabel', () => {
	const orgs = new Map([['o1', { name: 'MLL Nokia' }]]);
	const fi = catalogue.fi;
	it('names the organisation, else the seat; beside a seat badge the seat is not repeated', () => {
		expect(representsLabel({ representsOrganisationId: 'o1' }, orgs, fi)).toBe('MLL Nokia');
		expect(representsLabel({ representsCategory: 'ngo' }, orgs, fi)).toBe('Järjestö');
		expect(representsLabel({ representsCategory: 'ngo' }, orgs, fi, false)).toBe('');
	});
});
