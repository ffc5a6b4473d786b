/** Short descriptions of bodies and people shared by the network pages. */
import type { Body, Membership, Organisation, Person } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';

/** "Paikallinen ohjausryhmä · Kihniön perhekeskus" */
export function bodyDetail(
	body: Pick<Body, 'level' | 'kind'>,
	m: Messages,
	scopeName?: string
): string {
	const kind = `${m.vocab.bodyLevel[body.level]} ${m.vocab.bodyKind[body.kind].toLocaleLowerCase()}`;
	return scopeName ? `${kind} · ${scopeName}` : kind;
}

/**
 * Whom a member speaks for, in words: the organisation, the group, else the
 * sector. Where the seat shows beside it anyway (the members table's badge),
 * `withSeat: false` leaves the sector out, so it does not read twice
 * ("Järjestö Järjestö").
 */
export function representsLabel(
	ms: Pick<Membership, 'representsOrganisationId' | 'representsText' | 'representsCategory'>,
	organisations: Map<string, Pick<Organisation, 'name'>>,
	m: Messages,
	withSeat = true
): string {
	const parts: string[] = [];
	const org = ms.representsOrganisationId && organisations.get(ms.representsOrganisationId);
	if (org) parts.push(org.name);
	if (ms.representsText) parts.push(ms.representsText);
	if (withSeat && !parts.length && ms.representsCategory)
		parts.push(m.vocab.representation[ms.representsCategory]);
	return parts.join(' – ');
}

/** "Perhetyöntekijä, Nokian seurakunta" */
export function personDetail(
	p: Pick<Person, 'title' | 'organisationId'>,
	organisations: Map<string, Pick<Organisation, 'name'>>
): string {
	const org = p.organisationId ? organisations.get(p.organisationId)?.name : undefined;
	return [p.title, org].filter(Boolean).join(', ');
}

const ROLE_ORDER: Membership['role'][] = ['chair', 'vice_chair', 'secretary', 'member', 'deputy'];

/**
 * Members in the order a reader expects: chair, vice chair, secretary, members
 * (by name), each member followed by the deputies who stand in for them.
 */
export function orderMembers(
	memberships: readonly Membership[],
	nameOf: (ms: Membership) => string
): { ms: Membership; deputy: boolean }[] {
	const ids = new Set(memberships.map((x) => x.id));
	const under = (x: Membership) =>
		x.role === 'deputy' && !!x.deputyForId && x.deputyForId !== x.id && ids.has(x.deputyForId);
	const main = memberships
		.filter((x) => !under(x))
		.sort(
			(a, b) =>
				ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
				nameOf(a).localeCompare(nameOf(b), 'fi')
		);
	return main.flatMap((x) => [
		{ ms: x, deputy: false },
		...memberships
			.filter((d) => under(d) && d.deputyForId === x.id)
			.map((d) => ({ ms: d, deputy: true }))
	]);
}
