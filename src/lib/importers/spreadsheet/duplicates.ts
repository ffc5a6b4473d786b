/**
 * Which rows of a spreadsheet may be records that already exist, here or
 * earlier in the same file. Reviewed, not guessed: a row is linked to an
 * existing record without asking only when it carries that record's Verkosto
 * id, or when nothing it says differs from the record (it adds nothing and
 * changes nothing). Every other match is a candidate the user decides on.
 *
 * Candidates: organisations by Y-tunnus, then by folded name and municipality;
 * persons by e-mail, then by folded name and organisation; services by folded
 * name and organisation. Pure.
 */
import type { Organisation, Person, Service } from '$lib/domain/entities';
import { canonicalJson } from '$lib/exchange/hash';
import { foldName } from './mapping';
import type { ParsedRow, RowPart } from './rows';
import { isLive } from '$lib/domain/records';

export type PartName = 'organisation' | 'person' | 'service';
export const PARTS: readonly PartName[] = ['organisation', 'person', 'service'];
export const ENTITY_OF = {
	organisation: 'organisations',
	person: 'persons',
	service: 'services'
} as const;

/** A record a row part matched: one stored here, or the one an earlier row of the file makes. */
export type Target = { existing: string } | { row: number };
export type MatchReason = 'id' | 'businessId' | 'name' | 'email';

export interface FieldView {
	field: string;
	existing?: string;
	file?: string;
	/** Both have a value and they differ: the user chooses one when merging. */
	both: boolean;
	/** The file's value would change the record (it differs, or the record has none). */
	changes: boolean;
}

export interface Candidate {
	/** `part:row`, the key of its decision. */
	key: string;
	part: PartName;
	row: number;
	reason: MatchReason;
	target: Target;
	/** The row the target came from, when it is in the file. */
	targetLabel: string;
	fileLabel: string;
	fields: FieldView[];
}

export interface LocalData {
	organisations: Organisation[];
	persons: Person[];
	services: Service[];
	municipalities: { id: string; name: string }[];
}

export interface MatchResult {
	candidates: Candidate[];
	/** Row parts (`part:row`) linked without review: same id, or nothing differs. */
	links: Map<string, Target>;
	/**
	 * Organisations that rows with people or services name but that do not
	 * exist yet: created only when the user agrees.
	 */
	newOrganisations: { name: string; row: number }[];
}

export const partKey = (part: PartName, row: number) => `${part}:${row}`;

type Fields = Record<string, unknown>;
type Local = Fields & { id: string; deletedAt?: string };

const sameValue = (a: unknown, b: unknown) =>
	Array.isArray(a) && Array.isArray(b)
		? canonicalJson([...a].sort()) === canonicalJson([...b].sort())
		: canonicalJson(a ?? null) === canonicalJson(b ?? null);
const hasValue = (v: unknown) =>
	v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
const mail = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : '');
const overlaps = (a: unknown, b: unknown) => {
	const x = (a as string[] | undefined) ?? [];
	const y = (b as string[] | undefined) ?? [];
	return x.length === 0 || y.length === 0 || x.some((v) => y.includes(v));
};

/** Fields of a row part compared with a record: what merging would change. */
export function compareFields(
	file: Fields,
	existing: Fields,
	show: (field: string, v: unknown) => string
): FieldView[] {
	const keys = [...new Set([...Object.keys(file), ...Object.keys(existing)])].filter(
		(k) => !['id', 'createdAt', 'updatedAt', 'version', 'deletedAt'].includes(k)
	);
	const out: FieldView[] = [];
	for (const field of keys) {
		const f = file[field];
		const e = existing[field];
		if (!hasValue(f) && !hasValue(e)) continue;
		// Lists and flags a spreadsheet never sets are not shown.
		if (!hasValue(f) && typeof e !== 'string' && !Array.isArray(e)) continue;
		if (!hasValue(f) && Array.isArray(e) && field !== 'municipalityIds') continue;
		// A name typed in another case or spacing, or an e-mail in capitals, is the same value.
		const same =
			field === 'name'
				? foldName(String(f ?? '')) === foldName(String(e ?? ''))
				: field === 'email'
					? mail(f) === mail(e)
					: sameValue(f, e);
		const changes = hasValue(f) && !same;
		out.push({
			field,
			existing: hasValue(e) ? show(field, e) : undefined,
			file: hasValue(f) ? show(field, f) : undefined,
			both: changes && hasValue(e),
			changes
		});
	}
	return out;
}

/** Finds, for every part of every row, the record it may be. */
export function matchRows(rows: readonly ParsedRow[], local: LocalData): MatchResult {
	const live = <T extends { deletedAt?: string }>(xs: T[]) => xs.filter(isLive);
	const muniName = new Map(local.municipalities.map((m) => [m.id, m.name]));
	const orgName = new Map(local.organisations.map((o) => [o.id, o.name]));
	const rowOrg = new Map<number, string>();
	for (const r of rows)
		if (r.organisation?.fields.name) rowOrg.set(r.row, r.organisation.fields.name);
	const show = (field: string, v: unknown): string => {
		if (field === 'municipalityIds')
			return (v as string[]).map((id) => muniName.get(id) ?? id).join(', ');
		if (field === 'organisationId') {
			const s = v as string;
			return s.startsWith('row:') ? (rowOrg.get(Number(s.slice(4))) ?? '') : (orgName.get(s) ?? s);
		}
		return String(v);
	};

	const index = <T extends Local>(records: T[], keys: (r: T) => string[]) => {
		const m = new Map<string, T[]>();
		for (const r of records)
			for (const k of keys(r))
				if (k) {
					const list = m.get(k) ?? [];
					list.push(r);
					m.set(k, list);
				}
		return m;
	};
	const orgs = live(local.organisations) as unknown as Local[];
	const persons = live(local.persons) as unknown as Local[];
	const services = live(local.services) as unknown as Local[];
	const byId = {
		organisation: new Map(local.organisations.map((r) => [r.id, r as unknown as Local])),
		person: new Map(local.persons.map((r) => [r.id, r as unknown as Local])),
		service: new Map(local.services.map((r) => [r.id, r as unknown as Local]))
	};
	const orgIndex = index(orgs, (o) => [
		o.businessId ? `b:${o.businessId}` : '',
		`n:${foldName(o.name as string)}`
	]);
	const personIndex = index(persons, (p) => [
		p.email ? `e:${mail(p.email)}` : '',
		`n:${foldName(p.name as string)}|${p.organisationId ?? ''}`
	]);
	const serviceIndex = index(services, (s) => [
		`n:${foldName(s.name as string)}|${s.organisationId ?? ''}`
	]);

	const result: MatchResult = { candidates: [], links: new Map(), newOrganisations: [] };
	/** The first row that makes each record of the file, by the same keys. */
	const fileIndex = new Map<string, { row: number; fields: Fields }>();
	/** Each row's organisation, as a reference key for matching people and services. */
	const orgRef = new Map<number, string>();
	const refOf = (t: Target | undefined, row: number) =>
		!t ? `row:${row}` : 'existing' in t ? t.existing : `row:${t.row}`;

	for (const part of PARTS) {
		for (const r of rows) {
			const p = r[part] as RowPart<Fields> | undefined;
			if (!p) continue;
			const key = partKey(part, r.row);
			const fields: Fields = { ...p.fields };
			if (part !== 'organisation' && r.organisation) fields.organisationId = orgRef.get(r.row);
			const fileLabel = String(fields.name ?? '');
			// A Verkosto id names the record: no review.
			if (p.id) {
				const firstRow = fileIndex.get(`${part}:id:${p.id}`);
				const target: Target | undefined = byId[part].has(p.id)
					? { existing: p.id }
					: firstRow
						? { row: firstRow.row }
						: undefined;
				if (target) result.links.set(key, target);
				else fileIndex.set(`${part}:id:${p.id}`, { row: r.row, fields });
				if (part === 'organisation') orgRef.set(r.row, refOf(target, r.row));
				continue;
			}
			const keys: [string, MatchReason][] =
				part === 'organisation'
					? [
							[fields.businessId ? `b:${fields.businessId}` : '', 'businessId'],
							[`n:${foldName(fileLabel)}`, 'name']
						]
					: part === 'person'
						? [
								[fields.email ? `e:${mail(fields.email)}` : '', 'email'],
								[`n:${foldName(fileLabel)}|${fields.organisationId ?? ''}`, 'name']
							]
						: [[`n:${foldName(fileLabel)}|${fields.organisationId ?? ''}`, 'name']];
			const idx =
				part === 'organisation' ? orgIndex : part === 'person' ? personIndex : serviceIndex;
			const fits = (candidate: Fields, reason: MatchReason) =>
				part !== 'organisation' ||
				reason !== 'name' ||
				overlaps(fields.municipalityIds, candidate.municipalityIds);
			let target: Target | undefined;
			let reason: MatchReason = 'name';
			let targetFields: Fields | undefined;
			let targetLabel = '';
			for (const [k, why] of keys) {
				if (!k) continue;
				const found = (idx.get(k) ?? []).find((c) => fits(c, why));
				if (found) {
					target = { existing: found.id };
					targetFields = found;
					targetLabel = String(found.name ?? '');
					reason = why;
					break;
				}
				const earlier = fileIndex.get(`${part}:${k}`);
				if (earlier && fits(earlier.fields, why)) {
					target = { row: earlier.row };
					targetFields = earlier.fields;
					targetLabel = String(earlier.fields.name ?? '');
					reason = why;
					break;
				}
			}
			if (part === 'organisation') orgRef.set(r.row, refOf(target, r.row));
			if (!target || !targetFields) {
				for (const [k] of keys) if (k) fileIndex.set(`${part}:${k}`, { row: r.row, fields });
				if (part === 'organisation' && (r.person || r.service))
					result.newOrganisations.push({ name: fileLabel, row: r.row });
				continue;
			}
			const views = compareFields(fields, targetFields, show);
			if (!views.some((v) => v.changes)) {
				result.links.set(key, target);
				continue;
			}
			result.candidates.push({
				key,
				part,
				row: r.row,
				reason,
				target,
				targetLabel,
				fileLabel,
				fields: views
			});
		}
	}
	return result;
}
