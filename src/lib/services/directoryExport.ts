/**
 * The directory's exports: the current list as CSV (for a spreadsheet) and
 * chosen people as vCard (for an address book). Records are read in chunks so
 * that a list of tens of thousands never holds the main thread for long.
 */
import { db } from '$lib/db/connection';
import type { Organisation, Person, Service } from '$lib/domain/entities';
import { isLive } from '$lib/domain/records';
import type { EntryType } from '$lib/search/entries';
import { toCsv } from '$lib/outputs/csv';
import { toVCards, type VCardContact } from '$lib/outputs/vcard';
import type { Messages } from '$lib/i18n/catalogue';

const CHUNK = 500;

async function readChunked<T>(table: string, ids: string[]): Promise<T[]> {
	const out: T[] = [];
	for (let i = 0; i < ids.length; i += CHUNK) {
		const rows = (await db()
			.table(table)
			.bulkGet(ids.slice(i, i + CHUNK))) as (T | undefined)[];
		for (const r of rows) if (r && isLive(r as never)) out.push(r);
		// Let the page breathe between chunks.
		await new Promise((r) => setTimeout(r, 0));
	}
	return out;
}

/** The rows of a list in display order, as a CSV file's text. */
export async function listCsv(m: Messages, type: EntryType, ids: string[]): Promise<string> {
	const v = m.vocab;
	const d = m.directory;
	const municipalities = new Map((await db().municipalities.toArray()).map((x) => [x.id, x.name]));
	const places = (ids: string[]) =>
		ids.length ? ids.map((i) => municipalities.get(i) ?? '').join(', ') : d.areaFreeLabel;
	const orgNames = async (orgIds: (string | undefined)[]) => {
		const orgs = await readChunked<Organisation>('organisations', [
			...new Set(orgIds.filter((x): x is string => !!x))
		]);
		return new Map(orgs.map((o) => [o.id, o.name]));
	};
	if (type === 'organisations') {
		const rows = await readChunked<Organisation>('organisations', ids);
		return toCsv(
			[
				d.organisation,
				d.sector,
				d.businessId,
				d.municipalities,
				d.website,
				d.email,
				d.phone,
				d.description
			],
			rows.map((o) => [
				o.name,
				v.representation[o.sector],
				o.businessId,
				places(o.municipalityIds),
				o.website,
				o.email,
				o.phone,
				o.description
			])
		);
	}
	if (type === 'services') {
		const rows = await readChunked<Service>('services', ids);
		const orgs = await orgNames(rows.map((s) => s.organisationId));
		return toCsv(
			[
				m.vocab.entityOne.services,
				d.organisation,
				d.kind,
				d.status,
				d.theme,
				d.targetGroup,
				d.municipalities,
				d.address,
				d.phone,
				d.email,
				d.website,
				d.howToGet
			],
			rows.map((s) => [
				s.name,
				orgs.get(s.organisationId),
				v.serviceKind[s.kind],
				v.serviceStatus[s.status],
				s.themes.map((t) => v.theme[t]).join(', '),
				s.targetGroups.map((t) => v.targetGroup[t]).join(', '),
				places(s.municipalityIds),
				[s.address?.street, [s.address?.postalCode, s.address?.city].filter(Boolean).join(' ')]
					.filter(Boolean)
					.join(', '),
				s.phone,
				s.email,
				s.website,
				s.referral
			])
		);
	}
	const rows = await readChunked<Person>('persons', ids);
	const orgs = await orgNames(rows.map((p) => p.organisationId));
	return toCsv(
		[m.vocab.entityOne.persons, d.jobTitle, d.organisation, d.email, d.phone, d.jobDescription],
		rows.map((p) => [
			p.name,
			p.title,
			p.organisationId ? orgs.get(p.organisationId) : '',
			p.email,
			p.phone,
			p.jobDescription
		])
	);
}

/** Chosen people as one .vcf file, with the bodies each sits in as a note. */
export async function contactsVcf(m: Messages, ids: string[]): Promise<string> {
	const persons = await readChunked<Person>('persons', ids);
	const orgs = await readChunked<Organisation>(
		'organisations',
		persons.map((p) => p.organisationId).filter((x): x is string => !!x)
	);
	const orgName = new Map(orgs.map((o) => [o.id, o.name]));
	const memberships = (await db().memberships.where('personId').anyOf(ids).toArray()).filter(
		(x) => isLive(x) && !x.termEnd
	);
	const bodies = new Map(
		(
			await readChunked<{ id: string; name: string }>(
				'bodies',
				memberships.map((x) => x.bodyId)
			)
		).map((b) => [b.id, b.name])
	);
	return toVCards(
		persons.map((p): VCardContact => {
			const sits = memberships
				.filter((x) => x.personId === p.id && bodies.has(x.bodyId))
				.map((x) => `${bodies.get(x.bodyId)} (${m.vocab.role[x.role]})`);
			const note = [
				p.jobDescription,
				sits.length ? `${m.directory.bodies}: ${sits.join(', ')}` : ''
			]
				.filter(Boolean)
				.join('\n');
			return {
				id: p.id,
				name: p.name,
				title: p.title,
				organisation: p.organisationId ? orgName.get(p.organisationId) : undefined,
				department: p.department,
				email: p.email,
				phone: p.phone,
				note: note || undefined,
				updatedAt: p.updatedAt
			};
		})
	);
}
