/**
 * Test helpers for sharing: a device is a fresh fake-indexeddb database; files
 * travel between devices as text, exactly as the browser would save them.
 */
import { createDb, type VerkostoDb } from '$lib/db/database';
import { ENTITY_NAMES, type DataSet } from '$lib/domain/entities';
import type { Clock } from '$lib/domain/records';
import { checksumInput, sha256Hex, type Scope } from '$lib/exchange/format';
import { buildExport, serializeExport } from '$lib/exchange/build';
import type { Decisions } from '$lib/exchange/resolve';
import { applyImport, exportData, previewImport } from '$lib/services/sharing';

export async function device(name = 'device'): Promise<VerkostoDb> {
	const db = createDb(`${name}-${crypto.randomUUID()}`);
	await db.open();
	return db;
}

/** A clock that moves one second per call, so every write has its own time. */
export function testClock(start = '2026-09-01T08:00:00.000Z'): Clock & { tick(): string } {
	let t = Date.parse(start);
	let n = 0;
	const next = () => new Date((t += 1000)).toISOString();
	return {
		now: next,
		tick: next,
		newId: () => `10000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`
	};
}

export async function exportText(
	db: VerkostoDb,
	scope: Omit<Scope, 'label'> = { kind: 'all', personalData: 'full' },
	now?: string
): Promise<string> {
	const result = await exportData(db, { scope, appVersion: 'test', now });
	return result.parts.join('');
}

export async function importText(
	db: VerkostoDb,
	text: string,
	decisions: Decisions = {},
	clock?: Clock
) {
	const preview = await previewImport(db, text, { fileName: 'test.json' });
	const record = await applyImport(db, preview, decisions, { clock });
	return { preview, record };
}

/** Every table's rows, for "nothing changed" assertions. */
export async function snapshot(db: VerkostoDb): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const t of [...ENTITY_NAMES, 'sync', 'imports', 'importUndo', 'meta'])
		out[t] = await db.table(t).toArray();
	return out;
}

/** An export file's text for `data`, built as the app builds it (no database involved). */
export async function fileFor(
	data: DataSet,
	scope: Omit<Scope, 'label'> = { kind: 'all', personalData: 'full' }
): Promise<string> {
	const built = buildExport(data, () => undefined, {
		scope,
		exporter: { name: 'Testi' },
		appVersion: 'test',
		now: '2026-09-01T08:00:00.000Z'
	});
	return (await serializeExport(built)).parts.join('');
}

/** Recomputes the checksum of a changed file, as a hostile sender would. */
export async function withChecksum(file: Record<string, unknown>): Promise<string> {
	const value = await sha256Hex(checksumInput(file as { data: unknown; sync: unknown }));
	return JSON.stringify({ ...file, checksum: { algorithm: 'SHA-256', value } });
}
