import { describe, expect, it } from 'vitest';
import type { Membership } from '$lib/domain/entities';
import type { Sector } from '$lib/domain/fields';
import { refuse } from '$lib/services/records';
import { catalogue } from '$lib/testing/messages';
import {
	membershipErrors,
	membershipFields,
	membershipToForm,
	newMembershipForm,
	organisationToSuggest,
	principalOptions,
	seatToSuggest
} from './membershipForm';

const fi = catalogue.fi;
const TODAY = '2026-03-10';
const member = (id: string, over: Partial<Membership> = {}): Membership =>
	({
		id,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		version: 1,
		bodyId: 'b1',
		personId: `p-${id}`,
		role: 'member',
		...over
	}) as Membership;

describe('the form and what it saves', () => {
	it('a new member starts as an ordinary member from today, no one chosen', () => {
		expect(newMembershipForm(TODAY)).toMatchObject({
			personMode: 'existing',
			personId: '',
			role: 'member',
			termStart: TODAY,
			termEnd: '',
			representsCategory: ''
		});
	});

	it('blank inputs are cleared fields; a deputy’s principal only for a deputy', () => {
		const f = {
			...membershipToForm(member('m1', { deputyForId: 'm0', role: 'deputy' })),
			role: 'chair',
			representsText: '  ',
			termEnd: ''
		};
		const { fields, newPerson } = membershipFields(f, 'b1');
		expect(newPerson).toBeUndefined();
		expect(fields).toMatchObject({ bodyId: 'b1', personId: 'p-m1', role: 'chair' });
		expect(fields.deputyForId).toBeUndefined();
		expect(fields.representsText).toBeUndefined();
		expect(fields.termEnd).toBeUndefined();
	});

	it('a person written in goes with the membership, and no directory person is named', () => {
		const f = {
			...newMembershipForm(TODAY),
			personMode: 'new' as const,
			personId: 'p-left-over',
			newName: 'Uusi Jäsen',
			newEmail: ' uusi@example.fi ',
			newTitle: ''
		};
		const { fields, newPerson } = membershipFields(f, 'b1');
		expect(fields.personId).toBeUndefined();
		expect(newPerson).toEqual({
			name: 'Uusi Jäsen',
			title: undefined,
			organisationId: undefined,
			email: 'uusi@example.fi',
			phone: undefined
		});
	});
});

describe('whom a deputy may stand in for', () => {
	it('current members who are not deputies, never the membership itself', () => {
		const all = [
			member('m1'),
			member('m2', { role: 'deputy', deputyForId: 'm1' }),
			member('m3', { termEnd: '2026-03-09' }),
			member('m4', { role: 'chair', termStart: '2026-04-01' }),
			member('m5')
		];
		const names: Record<string, string> = { 'p-m1': 'Aino', 'p-m4': 'Eino' };
		const options = principalOptions(all, (p) => names[p], 'm5', TODAY, fi);
		expect(options).toEqual([
			{ value: 'm1', label: `Aino (${fi.vocab.role.member})` },
			{ value: 'm4', label: `Eino (${fi.vocab.role.chair})` }
		]);
	});
});

describe('the seat the form suggests', () => {
	const sectorOf = new Map<string, Sector>([
		['org-ngo', 'ngo'],
		['org-parish', 'parish']
	]);
	const orgOfPerson = new Map([['p1', 'org-parish']]);
	const form = (over: Partial<ReturnType<typeof newMembershipForm>> = {}) => ({
		...newMembershipForm(TODAY),
		...over
	});

	it('follows the represented organisation, else a new member’s own organisation', () => {
		expect(
			seatToSuggest(form({ representsOrganisationId: 'org-ngo' }), '', sectorOf, orgOfPerson, true)
		).toBe('ngo');
		expect(seatToSuggest(form({ personId: 'p1' }), '', sectorOf, orgOfPerson, true)).toBe('parish');
		// An existing membership's seat is not guessed from the employer.
		expect(seatToSuggest(form({ personId: 'p1' }), '', sectorOf, orgOfPerson, false)).toBe(
			undefined
		);
	});

	it('replaces its own earlier suggestion, never a seat the user chose', () => {
		const f = form({ personId: 'p1', representsOrganisationId: 'org-ngo' });
		expect(
			seatToSuggest({ ...f, representsCategory: 'parish' }, 'parish', sectorOf, orgOfPerson, true)
		).toBe('ngo');
		expect(
			seatToSuggest({ ...f, representsCategory: 'families' }, 'parish', sectorOf, orgOfPerson, true)
		).toBe(undefined);
	});
});

describe('errors of a refused save', () => {
	const refused = (entity: 'persons' | 'memberships') => {
		try {
			refuse(entity, undefined, [{ path: 'name', code: 'custom', message: 'required' }]);
		} catch (e) {
			return e;
		}
	};

	it('a new person’s go to the new person’s fields; the membership’s stay where they are', () => {
		expect(membershipErrors(fi, refused('persons'))).toEqual({
			'new.name': fi.common.validation.required
		});
		expect(membershipErrors(fi, refused('memberships'))).toEqual({
			name: fi.common.validation.required
		});
		expect(membershipErrors(fi, new Error('disk'))).toBeUndefined();
	});
});

describe('the represented organisation the form fills in', () => {
	const orgOf = new Map([
		['p-ngo', 'o-ngo'],
		['p-parish', 'o-parish'],
		['p-none', undefined]
	]);
	const form = (over: Partial<ReturnType<typeof newMembershipForm>>) => ({
		...newMembershipForm(TODAY),
		...over
	});

	it("is the chosen person's own organisation, for a new member", () => {
		expect(organisationToSuggest(form({ personId: 'p-ngo' }), '', orgOf, true)).toBe('o-ngo');
		expect(
			organisationToSuggest(form({ personMode: 'new', newOrganisationId: 'o-x' }), '', orgOf, true)
		).toBe('o-x');
	});

	it('follows another person while it is still its own suggestion, and clears for one with none', () => {
		const f = form({ personId: 'p-parish', representsOrganisationId: 'o-ngo' });
		expect(organisationToSuggest(f, 'o-ngo', orgOf, true)).toBe('o-parish');
		const g = form({ personId: 'p-none', representsOrganisationId: 'o-ngo' });
		expect(organisationToSuggest(g, 'o-ngo', orgOf, true)).toBe('');
	});

	it("never replaces the user's choice, and leaves an existing membership alone", () => {
		const f = form({ personId: 'p-parish', representsOrganisationId: 'o-chosen' });
		expect(organisationToSuggest(f, 'o-ngo', orgOf, true)).toBeUndefined();
		expect(organisationToSuggest(form({ personId: 'p-ngo' }), '', orgOf, false)).toBeUndefined();
	});
});
