/**
 * Building an export file from this device's data. Pure apart from hashing:
 * picks the scope's records (tombstones included, so deletions travel), leaves
 * out personal data as asked (from tombstones too), attaches each record's
 * ancestry (see merge.ts), and returns the history this device gains by
 * sending it. The file text is written in parts so that a whole country's
 * data is serialised once.
 */
import { ENTITY_NAMES, type AnyEntity, type DataSet, type EntityName } from '$lib/domain/entities';
import {
	checksumInput,
	FORMAT_NAME,
	FORMAT_VERSION,
	sha256Hex,
	type EnvelopeHeader,
	type Scope,
	type SyncSection
} from './format';
import { stateHash } from './hash';
import type { SyncLookup } from '$lib/domain/sync';
import { capSeen } from './plan';
import { CONTACT_FIELDS, excludesEntity, withheldBy, without } from './privacy';
import { selectScope } from './scope';

export interface ExportOptions {
	scope: Scope;
	exporter: { name?: string; organisation?: string };
	appVersion: string;
	now: string;
}

export interface BuiltExport {
	header: Omit<EnvelopeHeader, 'checksum'>;
	content: { data: Partial<DataSet>; sync: SyncSection };
	/** Fingerprints each exported record's history gains: its state, and its state as sent. */
	seen: { entity: EntityName; id: string; add: string[]; lite?: string[] }[];
	records: number;
}

export type Progress = (stage: string, done: number, total: number) => void;

export function buildExport(
	all: DataSet,
	sync: SyncLookup,
	options: ExportOptions,
	progress?: Progress
): BuiltExport {
	const level = options.scope.personalData;
	const selected = selectScope(all, options.scope);
	const data: Partial<DataSet> = {};
	const syncOut: SyncSection = { ancestry: {}, withheld: {} };
	const seen: BuiltExport['seen'] = [];
	const counts: Partial<Record<EntityName, number>> = {};
	const total = ENTITY_NAMES.reduce((s, n) => s + (selected[n]?.length ?? 0), 0);
	let done = 0;
	for (const n of ENTITY_NAMES) {
		const records = selected[n] as AnyEntity[] | undefined;
		if (!records || excludesEntity(level, n)) continue;
		const strip = withheldBy(level, n);
		const out: AnyEntity[] = new Array(records.length);
		const ancestry: Record<string, string[]> = {};
		const withheld: Record<string, string[]> = {};
		const contact = CONTACT_FIELDS[n];
		for (let i = 0; i < records.length; i++) {
			const r = records[i];
			const entry = sync(n, r.id);
			const sent = strip.length ? without(r, strip) : r;
			const h = stateHash(r);
			const lite = contact ? stateHash(without(r, contact)) : undefined;
			// A file without contact details carries only contact-free fingerprints:
			// a hash of a record with a phone number could be matched against guesses.
			ancestry[r.id] = strip.length
				? capSeen([...(entry?.lite ?? []), lite ?? stateHash(sent)])
				: entry?.seen.length
					? capSeen([...entry.seen, h])
					: [h];
			seen.push({
				entity: n,
				id: r.id,
				add: sent === r ? [h] : [h, stateHash(sent)],
				lite: lite ? [lite] : undefined
			});
			// Left out now, or never known here: either way the receiver keeps its own.
			if (strip.length || entry?.withheld?.length) {
				const unknown = [
					...strip,
					...(entry?.withheld ?? []).filter((f) => !(f in r) && !strip.includes(f))
				];
				if (unknown.length) withheld[r.id] = unknown;
			}
			out[i] = sent;
			if (++done % 5000 === 0) progress?.('hash', done, total);
		}
		(data[n] as AnyEntity[]) = out;
		counts[n] = out.length;
		syncOut.ancestry[n] = ancestry;
		if (Object.keys(withheld).length) syncOut.withheld[n] = withheld;
	}
	progress?.('hash', total, total);
	return {
		header: {
			format: FORMAT_NAME,
			formatVersion: FORMAT_VERSION,
			appVersion: options.appVersion,
			exportedAt: options.now,
			exporter: options.exporter,
			scope: options.scope,
			counts
		},
		content: { data, sync: syncOut },
		seen,
		records: done
	};
}

/**
 * The file's text as parts (for a Blob) and its checksum. The content is
 * serialised once; the header is written in front of it with the checksum.
 */
export async function serializeExport(
	built: BuiltExport
): Promise<{ parts: string[]; checksum: string; length: number }> {
	const content = checksumInput(built.content);
	const checksum = await sha256Hex(content);
	const header = JSON.stringify({
		...built.header,
		checksum: { algorithm: 'SHA-256', value: checksum }
	});
	// '{…header…}' + '{"data":…}' → '{…header…,"data":…}'
	const parts = [header.slice(0, -1), ',', content.slice(1)];
	return { parts, checksum, length: parts.reduce((s, p) => s + p.length, 0) };
}
