/**
 * The export file format: a JSON envelope around the records.
 *
 * {
 *   "format": "verkosto-export", "formatVersion": 2,
 *   "appVersion": "0.1.0", "exportedAt": "2026-10-01T12:00:00.000Z",
 *   "exporter": { "name": "…", "organisation": "…" },
 *   "scope": { "kind": "region", "id": "…", "label": "Läntinen alue", "personalData": "full" },
 *   "counts": { "organisations": 120, … },
 *   "checksum": { "algorithm": "SHA-256", "value": "<hex of SHA-256 of JSON.stringify({ data, sync })>" },
 *   "data": { "<entity>": [records, tombstones included] },
 *   "sync": { "ancestry": { "<entity>": { "<id>": ["<state hash>", …] } },
 *             "withheld": { "<entity>": { "<id>": ["email", …] } } }
 * }
 *
 * The version is bumped whenever the envelope or a record schema changes in a
 * way an older app could not read; `upgrade.ts` turns every older version into
 * the current one by named steps, so old files keep importing.
 */
import { z } from 'zod';
import { ENTITY_NAMES, type DataSet, type EntityName } from '$lib/domain/entities';
import { id, shortText, timestamp } from '$lib/domain/fields';
import { HASH_PATTERN } from './hash';
import { PERSONAL_DATA } from './privacy';

export const FORMAT_NAME = 'verkosto-export';
export const FORMAT_VERSION = 2;

/** Limits for untrusted files; a whole country's network is about 95 MB. */
export const LIMITS = {
	fileBytes: 200 * 1024 * 1024,
	/** The deepest legitimate value sits 8 levels down (data.entity[i].field[j].label.fi). */
	depth: 12,
	recordsPerEntity: 1_000_000,
	/** State hashes kept per record; older ones are dropped (at worst a needless conflict). */
	ancestry: 64,
	/** Issues listed when a file is refused. */
	issues: 20,
	/**
	 * How far a time in a file may lie ahead of the file's export time (and the
	 * export time ahead of this device's clock): laptops' clocks drift and time
	 * zones get misset, but a record written after its file was exported is a
	 * forged time that would win every "take the newer" choice.
	 */
	clockSkewMs: 24 * 60 * 60 * 1000
} as const;

export const SCOPE_KINDS = [
	'all',
	'directory',
	'region',
	'familyCentre',
	'body',
	'assessmentRound'
] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
/** Scope kinds that name one record, and the entity it is. */
export const SCOPE_TARGET: Partial<Record<ScopeKind, EntityName>> = {
	region: 'regions',
	familyCentre: 'familyCentres',
	body: 'bodies',
	assessmentRound: 'assessmentRounds'
};

export const scopeSchema = z
	.strictObject({
		kind: z.enum(SCOPE_KINDS),
		id: id.optional(),
		/** The named record's name when exported, for the receiver's preview. */
		label: shortText.optional(),
		personalData: z.enum(PERSONAL_DATA)
	})
	.refine((s) => (SCOPE_TARGET[s.kind] ? !!s.id : !s.id), { message: 'scope', path: ['id'] });
export type Scope = z.infer<typeof scopeSchema>;

const entityName = z.enum(ENTITY_NAMES as [EntityName, ...EntityName[]]);
const perEntity = <T extends z.ZodType>(value: T) => z.partialRecord(entityName, value);
const hashList = z.array(z.string().regex(HASH_PATTERN)).max(LIMITS.ancestry);

export const syncSectionSchema = z.strictObject({
	ancestry: perEntity(z.record(id, hashList)),
	withheld: perEntity(z.record(id, z.array(z.string().max(50)).max(10)))
});
export type SyncSection = z.infer<typeof syncSectionSchema>;

/** The envelope; records are checked one by one afterwards (to name the failing one). */
export const envelopeSchema = z.strictObject({
	format: z.literal(FORMAT_NAME),
	formatVersion: z.literal(FORMAT_VERSION),
	appVersion: z.string().max(50),
	exportedAt: timestamp,
	exporter: z.strictObject({ name: shortText.optional(), organisation: shortText.optional() }),
	scope: scopeSchema,
	counts: perEntity(z.number().int().min(0)),
	checksum: z.strictObject({
		algorithm: z.literal('SHA-256'),
		value: z.string().regex(/^[0-9a-f]{64}$/)
	}),
	data: perEntity(z.array(z.unknown()).max(LIMITS.recordsPerEntity)),
	sync: syncSectionSchema
});
export type Envelope = z.infer<typeof envelopeSchema>;
export type EnvelopeHeader = Omit<Envelope, 'data' | 'sync'>;

/** A file that passed every check: records valid, checksum right. */
export interface ExportFile {
	header: EnvelopeHeader;
	data: Partial<DataSet>;
	sync: SyncSection;
}

/** The text the checksum is computed over: the content exactly as written in the file. */
export const checksumInput = (content: { data: unknown; sync: unknown }) =>
	JSON.stringify({ data: content.data, sync: content.sync });

export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
