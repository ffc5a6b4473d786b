/**
 * Every data row of a mapped sheet checked before anything is written: each
 * cell parsed with the same field rules the forms use (e-mail, phone,
 * Y-tunnus with its check digit, web address), municipalities and groups
 * found among the existing ones. A problem names the row as the spreadsheet
 * numbers it, the column and what is wrong; a value that does not parse is
 * reported, never dropped. Pure.
 */
import type { z } from 'zod';
import {
	MEMBERSHIP_ROLES,
	organisationSchema,
	personSchema,
	SERVICE_KINDS,
	SERVICE_STATUSES,
	serviceSchema,
	type Membership,
	type Organisation,
	type Person,
	type Service
} from '$lib/domain/entities';
import { id as idField, SECTORS } from '$lib/domain/fields';
import type { Sheet } from './types';
import { fieldOf, fold, foldName, partOf, type FieldKey, type Mapping } from './mapping';

export type ProblemCode =
	| 'email'
	| 'phone'
	| 'businessId'
	| 'url'
	| 'tooLong'
	| 'invalid'
	| 'id'
	| 'municipality'
	| 'sector'
	| 'kind'
	| 'status'
	| 'role'
	| 'body'
	| 'nameMissing'
	| 'serviceWithoutOrganisation'
	| 'membershipWithoutPerson';

export interface RowProblem {
	/** The row number the spreadsheet shows (1 = the first row). */
	row: number;
	/** 0-based column index; the header is `header`. */
	column: number;
	header: string;
	code: ProblemCode;
	/** The cell's text, or the part of it that is wrong (an unknown municipality). */
	value: string;
	/** The whole cell, when `value` is only a part of it. */
	cell?: string;
}

type OrgFields = Partial<Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'version'>>;
type PersonFields = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'version'>>;
type ServiceFields = Partial<Omit<Service, 'id' | 'createdAt' | 'updatedAt' | 'version'>>;

export interface RowPart<F> {
	id?: string;
	/** Only the fields the row has a value for: a blank cell never clears a stored value. */
	fields: F;
}
export interface ParsedRow {
	row: number;
	organisation?: RowPart<OrgFields>;
	person?: RowPart<PersonFields>;
	service?: RowPart<ServiceFields>;
	membership?: { bodyId: string; role: Membership['role'] };
}

/** What the rows are checked against: this device's municipalities and groups, and the labels of the vocabularies. */
export interface RowContext {
	municipalities: { id: string; code: string; name: string; nameSv?: string }[];
	bodies: { id: string; name: string; deletedAt?: string }[];
	/** Labels (any language) → value, folded; see labels.ts. */
	labels: {
		sector: Map<string, string>;
		kind: Map<string, string>;
		status: Map<string, string>;
		role: Map<string, string>;
		/** Texts that mean "no municipality" (the directory export's label for area-free records). */
		noArea: Set<string>;
	};
}

export interface CheckResult {
	rows: ParsedRow[];
	problems: RowProblem[];
	/** Data rows below the header (blank rows not counted). */
	dataRows: number;
	/** Rows the user left out. */
	excluded: number;
}

/** A cell edited in place: `row:column` → new text. */
export type Edits = Record<string, string>;
export const cellKey = (row: number, column: number) => `${row}:${column}`;

/**
 * The apostrophe Verkosto's (and OWASP-following) CSV exports put before a
 * cell that a spreadsheet would run as a formula; read back, the value is the
 * text after it. The text itself is kept as text (never evaluated).
 */
const ESCAPED = /^'(?=[=+\-@\t\r])/;
export const unescapeCell = (v: string) => (v.charCodeAt(0) === 39 ? v.replace(ESCAPED, '') : v);

const SHAPES = {
	organisation: organisationSchema.shape,
	person: personSchema.shape,
	service: serviceSchema.shape
} as const;

const CODE_BY_FIELD: Record<string, ProblemCode> = {
	email: 'email',
	phone: 'phone',
	businessId: 'businessId',
	website: 'url'
};

function splitList(v: string): string[] {
	return v
		.split(/[,;\n/]+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

export function checkRows(
	sheet: Sheet,
	headerRow: number,
	mapping: Mapping,
	ctx: RowContext,
	{ edits = {}, excluded = [] }: { edits?: Edits; excluded?: readonly number[] } = {}
): CheckResult {
	const headers = sheet.rows[headerRow] ?? [];
	const muni = new Map<string, string>();
	for (const m of ctx.municipalities) {
		muni.set(m.code, m.id);
		muni.set(fold(m.name), m.id);
		if (m.nameSv) muni.set(fold(m.nameSv), m.id);
	}
	const bodies = new Map<string, string>();
	for (const b of ctx.bodies) if (!b.deletedAt) bodies.set(foldName(b.name), b.id);
	const left = new Set(excluded);
	const mapped = mapping.columns
		.map((f, column) => ({ f, column }))
		.filter((c): c is { f: FieldKey; column: number } => !!c.f);
	const out: CheckResult = { rows: [], problems: [], dataRows: 0, excluded: 0 };
	// Most imports have no edits: no key string per cell then (10,000 rows × every column).
	const edited = Object.keys(edits).length > 0;

	for (let i = headerRow + 1; i < sheet.rows.length; i++) {
		const row = i + 1;
		const cells = sheet.rows[i];
		const cell = (column: number) => {
			const k = edited ? cellKey(row, column) : '';
			const raw = edited && Object.hasOwn(edits, k) ? edits[k] : (cells[column] ?? '');
			return unescapeCell(raw).trim();
		};
		const values = mapped.map((c) => cell(c.column));
		if (!values.some(Boolean)) continue;
		out.dataRows++;
		if (left.has(row)) {
			out.excluded++;
			continue;
		}
		const problems: RowProblem[] = [];
		const problem = (column: number, code: ProblemCode, value = cell(column)) =>
			problems.push({
				row,
				column,
				header: headers[column] ?? '',
				code,
				value,
				...(value && value !== cell(column) ? { cell: cell(column) } : {})
			});
		const parts = {
			organisation: {
				fields: {} as Record<string, unknown>,
				id: undefined as string | undefined,
				col: -1
			},
			person: {
				fields: {} as Record<string, unknown>,
				id: undefined as string | undefined,
				col: -1
			},
			service: {
				fields: {} as Record<string, unknown>,
				id: undefined as string | undefined,
				col: -1
			}
		};
		let body: { id: string } | undefined;
		let bodyCol = -1;
		let role: Membership['role'] | undefined;

		for (let n = 0; n < mapped.length; n++) {
			const { f, column } = mapped[n];
			const v = values[n];
			const part = partOf(f);
			const field = fieldOf(f);
			if (part === 'membership') {
				if (bodyCol < 0 && field === 'body') bodyCol = column;
				if (!v) continue;
				if (field === 'body') {
					const b = bodies.get(foldName(v));
					if (b) body = { id: b };
					else problem(column, 'body');
				} else {
					const r = ctx.labels.role.get(fold(v));
					if (r) role = r as Membership['role'];
					else problem(column, 'role');
				}
				continue;
			}
			const p = parts[part];
			if (p.col < 0) p.col = column;
			if (!v) continue;
			if (field === 'id') {
				const parsed = idField.safeParse(v);
				if (parsed.success) p.id = parsed.data;
				else problem(column, 'id');
				continue;
			}
			if (field === 'municipalities') {
				if (ctx.labels.noArea.has(fold(v))) {
					p.fields.municipalityIds = [];
					continue;
				}
				const ids: string[] = [];
				for (const token of splitList(v)) {
					const found = muni.get(/^\d{1,3}$/.test(token) ? token.padStart(3, '0') : fold(token));
					if (found) {
						if (!ids.includes(found)) ids.push(found);
					} else problem(column, 'municipality', token);
				}
				p.fields.municipalityIds = ids;
				continue;
			}
			if (field === 'sector' || field === 'kind' || field === 'status') {
				const value = ctx.labels[field].get(fold(v));
				if (value) p.fields[field] = value;
				else problem(column, field);
				continue;
			}
			const schema = (SHAPES[part] as Record<string, z.ZodType>)[field];
			const parsed = schema.safeParse(v);
			if (parsed.success) p.fields[field] = parsed.data;
			else {
				const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
				problem(column, tooLong ? 'tooLong' : (CODE_BY_FIELD[field] ?? 'invalid'));
			}
		}

		const present = (p: (typeof parts)['person']) => !!p.id || Object.keys(p.fields).length > 0;
		const parsed: ParsedRow = { row };
		for (const part of ['organisation', 'person', 'service'] as const) {
			const p = parts[part];
			if (!present(p)) continue;
			if (!p.id && !p.fields.name) {
				const nameCol = mapping.columns.indexOf(`${part}.name`);
				problem(nameCol >= 0 ? nameCol : p.col, 'nameMissing', '');
				continue;
			}
			(parsed as unknown as Record<string, unknown>)[part] = { id: p.id, fields: p.fields };
		}
		if (parsed.service && !parsed.organisation && !parts.organisation.id)
			problem(parts.service.col, 'serviceWithoutOrganisation', '');
		if (body) {
			if (parsed.person) parsed.membership = { bodyId: body.id, role: role ?? 'member' };
			else problem(bodyCol, 'membershipWithoutPerson', '');
		}
		if (problems.length) out.problems.push(...problems);
		else out.rows.push(parsed);
	}
	return out;
}

/** Builds the label lookups from the vocabularies' labels in every language. */
export function labelMaps(
	vocabs: readonly {
		representation: Record<string, string>;
		serviceKind: Record<string, string>;
		serviceStatus: Record<string, string>;
		role: Record<string, string>;
	}[],
	noArea: readonly string[]
): RowContext['labels'] {
	const map = (
		keys: readonly string[],
		pick: (v: (typeof vocabs)[number]) => Record<string, string>
	) => {
		const m = new Map<string, string>();
		for (const k of keys) m.set(fold(k), k);
		for (const v of vocabs) for (const k of keys) m.set(fold(pick(v)[k]), k);
		return m;
	};
	return {
		sector: map(SECTORS, (v) => v.representation),
		kind: map(SERVICE_KINDS, (v) => v.serviceKind),
		status: map(SERVICE_STATUSES, (v) => v.serviceStatus),
		role: map(MEMBERSHIP_ROLES, (v) => v.role),
		noArea: new Set(noArea.map(fold))
	};
}
