/**
 * The membership form's logic, apart from its markup: the form's values from
 * a membership and back to the fields services/network saves (with a new
 * person written in the same transaction), whom a deputy may stand in for,
 * the seat the form suggests from the organisations involved, and a new
 * person's field errors shown at the new person's fields.
 */
import type { Membership } from '$lib/domain/entities';
import type { Representation, Sector } from '$lib/domain/fields';
import { suggestedSeat, termState } from '$lib/domain/rules/representation';
import type { Messages } from '$lib/i18n/catalogue';
import { saveRefusal } from '$lib/services/records';
import type { NewPerson } from '$lib/services/network';
import { fieldErrors, type FieldErrors } from './forms';
import { opt } from './formSessionValues';

export function membershipToForm(x: Membership) {
	return {
		personMode: 'existing' as 'existing' | 'new',
		personId: x.personId,
		newName: '',
		newTitle: '',
		newOrganisationId: '',
		newEmail: '',
		newPhone: '',
		role: x.role as string,
		representsOrganisationId: x.representsOrganisationId ?? '',
		representsCategory: (x.representsCategory ?? '') as string,
		representsText: x.representsText ?? '',
		deputyForId: x.deputyForId ?? '',
		termStart: x.termStart ?? '',
		termEnd: x.termEnd ?? '',
		responsibilities: x.responsibilities ?? ''
	};
}
export type MembershipForm = ReturnType<typeof membershipToForm>;

/** A new member: no one chosen yet, an ordinary member from today. */
export const newMembershipForm = (today: string): MembershipForm =>
	membershipToForm({ role: 'member', personId: '', termStart: today } as Membership);

/** What the form saves: the membership's fields, and a new person when one is written in. */
export function membershipFields(f: MembershipForm, bodyId: string) {
	const newPerson: NewPerson | undefined =
		f.personMode === 'new'
			? {
					name: f.newName,
					title: opt(f.newTitle),
					organisationId: opt(f.newOrganisationId),
					email: opt(f.newEmail),
					phone: opt(f.newPhone)
				}
			: undefined;
	return {
		fields: {
			bodyId,
			personId: f.personMode === 'existing' ? opt(f.personId) : undefined,
			role: f.role as Membership['role'],
			representsOrganisationId: opt(f.representsOrganisationId),
			representsCategory: opt(f.representsCategory) as Representation | undefined,
			representsText: opt(f.representsText),
			deputyForId: f.role === 'deputy' ? opt(f.deputyForId) : undefined,
			termStart: opt(f.termStart),
			termEnd: opt(f.termEnd),
			responsibilities: opt(f.responsibilities)
		},
		newPerson
	};
}

/** Members this one could stand in for: current, not deputies, not this membership. */
export function principalOptions(
	memberships: readonly Membership[],
	nameOf: (personId: string) => string | undefined,
	membershipId: string | undefined,
	today: string,
	m: Messages
): { value: string; label: string }[] {
	return memberships
		.filter((x) => x.id !== membershipId && x.role !== 'deputy' && termState(x, today) !== 'ended')
		.map((x) => ({
			value: x.id,
			label: `${nameOf(x.personId) ?? x.personId} (${m.vocab.role[x.role]})`
		}));
}

/**
 * The seat to put in the form now, or undefined to leave it: it follows the
 * represented organisation's sector, else for a new member their own
 * organisation's (rules/representation suggestedSeat); a seat the user chose
 * is never replaced.
 */
export function seatToSuggest(
	f: MembershipForm,
	suggestedBefore: string,
	sectorOf: ReadonlyMap<string, Sector>,
	orgOfPerson: ReadonlyMap<string, string | undefined>,
	adding: boolean
): Representation | undefined {
	const own = f.personMode === 'new' ? f.newOrganisationId : orgOfPerson.get(f.personId);
	return suggestedSeat(
		{ current: f.representsCategory, suggestedBefore },
		{
			represented: sectorOf.get(f.representsOrganisationId),
			ownOrganisation: own ? sectorOf.get(own) : undefined,
			adding
		}
	);
}

/**
 * The represented organisation to put in the form now, or undefined to leave
 * it: for a new member, the person's own organisation (chosen from the
 * directory, or the one written in for a new person). It replaces only a
 * blank field or the form's own earlier suggestion, never the user's choice;
 * a member then reads "Nokian seurakunta" in the table rather than only a seat.
 */
export function organisationToSuggest(
	f: MembershipForm,
	suggestedBefore: string,
	orgOfPerson: ReadonlyMap<string, string | undefined>,
	adding: boolean
): string | undefined {
	if (!adding) return undefined;
	const own = (f.personMode === 'new' ? f.newOrganisationId : orgOfPerson.get(f.personId)) ?? '';
	if (own === f.representsOrganisationId) return undefined;
	return !f.representsOrganisationId || f.representsOrganisationId === suggestedBefore
		? own
		: undefined;
}

/**
 * Field errors of a refused save: a new person's (the person failed its
 * schema) go to the new person's fields, `new.name` and so on.
 */
export function membershipErrors(m: Messages, e: unknown): FieldErrors | undefined {
	const errors = fieldErrors(m, e);
	if (!errors || saveRefusal(e)?.entity !== 'persons') return errors;
	return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`new.${k}`, v]));
}
