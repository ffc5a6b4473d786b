/**
 * The reads behind the sharing and settings pages and the backup reminder:
 * who this device exports as, when data was last exported or backed up, the
 * import history, and the records an export can be limited to. Read-only, so
 * each can run in a live query.
 */
import { z } from 'zod';
import { db } from '$lib/db/connection';
import type { ImportRecord, VerkostoDb } from '$lib/db/database';
import { getMeta } from '$lib/db/meta';
import type { BaseRecord } from '$lib/domain/base';
import { shortText } from '$lib/domain/fields';
import { fiCollator, isLive } from '$lib/domain/records';
import { DEFAULT_REMINDER_DAYS } from '$lib/domain/rules/backup';
import { recordLabel } from '$lib/exchange/labels';

export type { ImportRecord };

export const exporterSchema = z.strictObject({
	name: shortText.optional(),
	organisation: shortText.optional()
});
export type Exporter = z.infer<typeof exporterSchema>;

/** Who this device's files name as their sender (nothing when unset or unreadable). */
export async function getExporter(database: VerkostoDb = db()): Promise<Exporter> {
	const parsed = exporterSchema.safeParse((await getMeta(database, 'exporter')) ?? {});
	return parsed.success ? parsed.data : {};
}

export interface BackupInfo {
	lastExportAt?: string;
	lastBackupAt?: string;
	lastChangeAt?: string;
	unsavedSince?: string;
	days: number;
}

export async function backupInfo(database: VerkostoDb = db()): Promise<BackupInfo> {
	const rows = await database.meta.bulkGet([
		'lastExportAt',
		'lastBackupAt',
		'lastChangeAt',
		'unsavedSince',
		'backupReminderDays'
	]);
	const [lastExportAt, lastBackupAt, lastChangeAt, unsavedSince, days] = rows.map((r) => r?.value);
	return {
		lastExportAt: lastExportAt as string | undefined,
		lastBackupAt: lastBackupAt as string | undefined,
		lastChangeAt: lastChangeAt as string | undefined,
		unsavedSince: unsavedSince as string | undefined,
		days: typeof days === 'number' ? days : DEFAULT_REMINDER_DAYS
	};
}

/** Every import, newest first. */
export const importHistory = (database: VerkostoDb = db()): Promise<ImportRecord[]> =>
	database.imports.orderBy('at').reverse().toArray();

export interface ScopeOption {
	id: string;
	label: string;
}
export interface ScopeOptions {
	region: ScopeOption[];
	familyCentre: ScopeOption[];
	body: ScopeOption[];
	assessmentRound: ScopeOption[];
}

/** The live records an export can be limited to, each kind by label in Finnish order. */
export async function scopeOptions(database: VerkostoDb = db()): Promise<ScopeOptions> {
	const options = (records: BaseRecord[]): ScopeOption[] =>
		records
			.filter(isLive)
			.map((r) => ({ id: r.id, label: recordLabel(r) }))
			.sort((a, b) => fiCollator.compare(a.label, b.label));
	const [regions, familyCentres, bodies, rounds] = await Promise.all([
		database.regions.toArray(),
		database.familyCentres.toArray(),
		database.bodies.toArray(),
		database.assessmentRounds.toArray()
	]);
	return {
		region: options(regions),
		familyCentre: options(familyCentres),
		body: options(bodies),
		assessmentRound: options(rounds)
	};
}
