/**
 * Reading an untrusted export file. Nothing here touches the database: the
 * text is parsed, its shape checked (depth, forbidden keys), its format
 * version recognised and older versions upgraded, the envelope and then every
 * record checked against its schema, and the checksum verified. Any failure
 * refuses the whole file with problems that name the record and field.
 */
import {
	ENTITY_NAMES,
	entitySchemas,
	type AnyEntity,
	type DataSet,
	type EntityName,
	type EntityOf
} from '$lib/domain/entities';
import type { z } from 'zod';
import {
	checksumInput,
	envelopeSchema,
	FORMAT_NAME,
	FORMAT_VERSION,
	LIMITS,
	sha256Hex,
	type ExportFile,
	type SyncSection
} from './format';
import { recordLabel } from './labels';
import { ImportRefused, type ImportProblem } from './problems';
import { withholdable } from './privacy';
import { upgradeFile } from './upgrade';

export type ParseStage = 'parse' | 'check' | 'records';
export type Progress = (stage: string, done: number, total: number) => void;

/** The record times a merge compares ("take the newer"). */
const TIMES = ['createdAt', 'updatedAt', 'deletedAt'] as const;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isObject = (v: unknown): v is Record<string, unknown> =>
	!!v && typeof v === 'object' && !Array.isArray(v);
const refuse = (p: ImportProblem): never => {
	throw new ImportRefused([p]);
};

/** Where a path into the file lands: in a record (entity, id, label, field) or in the envelope. */
function locate(raw: unknown, path: (string | number)[]): ImportProblem {
	const [top, entity, index, ...rest] = path;
	if (top === 'data' && typeof index === 'number' && isObject(raw) && isObject(raw.data)) {
		const records = raw.data[entity as string];
		const record = Array.isArray(records) ? records[index] : undefined;
		const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
		return {
			code: 'record',
			entity: entity as EntityName,
			id,
			label: recordLabel(record) || `#${index + 1}`,
			path: rest.join('.')
		};
	}
	return { code: 'envelope', path: path.join('.') };
}

/** The first place the value nests too deep or uses a key that could reach a prototype. */
function checkShape(raw: unknown): ImportProblem | undefined {
	const path: (string | number)[] = [];
	const visit = (v: unknown, depth: number): ImportProblem | undefined => {
		if (v === null || typeof v !== 'object') return undefined;
		if (depth >= LIMITS.depth) return { ...locate(raw, path), code: 'tooDeep' };
		if (Array.isArray(v)) {
			for (let i = 0; i < v.length; i++) {
				const item = v[i];
				if (item === null || typeof item !== 'object') continue;
				path.push(i);
				const p = visit(item, depth + 1);
				path.pop();
				if (p) return p;
			}
			return undefined;
		}
		for (const key of Object.keys(v)) {
			path.push(key);
			if (FORBIDDEN.has(key)) return { ...locate(raw, path), code: 'forbiddenKey', value: key };
			const p = visit((v as Record<string, unknown>)[key], depth + 1);
			path.pop();
			if (p) return p;
		}
		return undefined;
	};
	return visit(raw, 0);
}

function jsonError(text: string, e: unknown): ImportProblem {
	const msg = e instanceof Error ? e.message : '';
	const pos = /position (\d+)/.exec(msg);
	if (!pos) return { code: 'notJson' };
	const at = Math.min(Number(pos[1]), text.length);
	let line = 1;
	for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
	return { code: 'notJson', value: line };
}

/** A schema issue as data; an unknown key is named as the field at fault. */
function issueOf(i: z.core.$ZodIssue) {
	const path = i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]] : i.path;
	return { path: path.join('.'), code: i.code, message: i.message };
}

/**
 * Parses and checks an export file's text. Returns the validated content or
 * throws ImportRefused. `byteSize` is the file's size when known (else the text's length).
 */
export async function parseExportText(
	text: string,
	{
		progress,
		byteSize,
		now = Date.now()
	}: { progress?: Progress; byteSize?: number; now?: number } = {}
): Promise<ExportFile> {
	const size = byteSize ?? text.length;
	if (size > LIMITS.fileBytes) refuse({ code: 'tooLarge', value: size });
	if (text.trim() === '') refuse({ code: 'empty' });
	progress?.('parse', 0, 1);
	let raw: unknown;
	try {
		raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		refuse(jsonError(text, e));
	}
	progress?.('check', 0, 1);
	const shape = checkShape(raw);
	if (shape) refuse(shape);
	if (!isObject(raw) || raw.format !== FORMAT_NAME) return refuse({ code: 'notExport' });
	const version = raw.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		refuse({ code: 'badVersion', value: String(version) });
	if ((version as number) > FORMAT_VERSION)
		refuse({ code: 'newerFormat', value: version as number });

	// The checksum covers the content as the exporter wrote it, before any upgrade.
	const checksum = isObject(raw.checksum) ? raw.checksum.value : undefined;
	const actual =
		isObject(raw.data) && isObject(raw.sync) ? await sha256Hex(checksumInput(raw as never)) : '';

	let file: Record<string, unknown>;
	try {
		file = upgradeFile(raw);
	} catch {
		return refuse({ code: 'badVersion', value: String(version) });
	}
	const envelope = envelopeSchema.safeParse(file);
	if (!envelope.success)
		throw new ImportRefused(
			envelope.error.issues.slice(0, LIMITS.issues).map((i) => ({
				code: 'envelope',
				path: issueOf(i).path,
				issue: issueOf(i)
			})),
			envelope.error.issues.length
		);
	const { data: rawData, sync, ...header } = envelope.data;

	const problems: ImportProblem[] = [];
	let total = 0;
	const report = (p: ImportProblem) => {
		total++;
		if (problems.length < LIMITS.issues) problems.push(p);
	};
	// No time in the file may lie ahead of when it was exported, nor that ahead of now.
	const exportedAt = Date.parse(header.exportedAt);
	if (exportedAt > now + LIMITS.clockSkewMs)
		report({ code: 'futureExport', path: 'exportedAt', value: header.exportedAt });
	const latest = Math.min(exportedAt, now) + LIMITS.clockSkewMs;
	/** Every id in the file and the record that has it: an id names one record of one kind. */
	const owners = new Map<string, { entity: EntityName; label: string }>();
	const codes = new Map<string, { id: string; label: string }>();
	const count = ENTITY_NAMES.reduce((s, n) => s + (rawData[n]?.length ?? 0), 0);
	let done = 0;
	const data: Partial<DataSet> = {};
	progress?.('records', 0, count);
	for (const n of ENTITY_NAMES) {
		const records = rawData[n];
		if (!records) continue;
		const schema = entitySchemas[n] as z.ZodType;
		const out: unknown[] = new Array(records.length);
		const ids = new Set<string>();
		// The parsed file's own array: emptied as records are checked, so a large
		// file is not held in memory twice (parsed and validated).
		const source = (file.data as Record<string, unknown[]>)[n];
		for (let i = 0; i < records.length; i++) {
			const r = schema.safeParse(records[i]);
			if (r.success) {
				const rec = r.data as AnyEntity;
				const id = rec.id;
				const label = recordLabel(rec);
				if (ids.has(id)) report({ code: 'duplicateId', entity: n, id, label });
				ids.add(id);
				const owner = owners.get(id);
				if (owner && owner.entity !== n)
					report({
						code: 'idInOtherEntity',
						entity: n,
						id,
						label,
						other: { entity: owner.entity, id, label: owner.label, local: false }
					});
				else if (!owner) owners.set(id, { entity: n, label });
				for (const field of TIMES) {
					const t = rec[field];
					if (t !== undefined && Date.parse(t) > latest)
						report({
							code: 'futureTime',
							entity: n,
							id,
							label,
							path: field,
							value: header.exportedAt
						});
				}
				if (n === 'municipalities') {
					// The database keeps municipality codes unique, tombstones included.
					const code = (rec as EntityOf<'municipalities'>).code;
					const holder = codes.get(code);
					if (holder && holder.id !== id)
						report({
							code: 'duplicateCode',
							entity: n,
							id,
							label,
							path: 'code',
							value: code,
							other: { entity: n, id: holder.id, label: holder.label, local: false }
						});
					else codes.set(code, { id, label });
				}
				out[i] = r.data;
				records[i] = undefined;
				if (source !== records) source[i] = undefined;
			} else {
				const rec = records[i];
				for (const issue of r.error.issues)
					report({
						code: 'record',
						entity: n,
						id: isObject(rec) && typeof rec.id === 'string' ? rec.id.slice(0, 60) : undefined,
						label: recordLabel(rec) || `#${i + 1}`,
						path: issueOf(issue).path,
						issue: issueOf(issue)
					});
			}
			if (++done % 5000 === 0) progress?.('records', done, count);
		}
		if ((header.counts[n] ?? records.length) !== records.length)
			report({ code: 'counts', entity: n, value: records.length });
		(data[n] as unknown[]) = out;
	}
	for (const n of ENTITY_NAMES)
		if (!rawData[n] && header.counts[n]) report({ code: 'counts', entity: n, value: 0 });
	checkWithheld(sync, data, report);
	progress?.('records', count, count);
	if (checksum !== actual) report({ code: 'checksum' });
	if (problems.length) throw new ImportRefused(problems, total);
	return { header, data, sync };
}

/** Only fields an export may leave out can be marked as left out. */
function checkWithheld(
	sync: SyncSection,
	data: Partial<DataSet>,
	report: (p: ImportProblem) => void
) {
	for (const n of ENTITY_NAMES) {
		const marks = sync.withheld[n];
		if (!marks) continue;
		const allowed = withholdable(n);
		const labels = new Map((data[n] ?? []).map((r) => [r.id, r]));
		for (const [id, fields] of Object.entries(marks))
			for (const f of fields)
				if (!allowed.includes(f))
					report({
						code: 'withheldField',
						entity: n,
						id,
						label: recordLabel(labels.get(id)) || id,
						path: f
					});
	}
}
