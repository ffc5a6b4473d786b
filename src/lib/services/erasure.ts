/**
 * What erasing a person must reach besides the record itself: every place
 * this device keeps a copy or a trace of the person's former states. The
 * tombstone is scrubbed by deletion.ts; here:
 * - the sync base: the person's fingerprints are hashes of states with their
 *   phone and e-mail, which every later export would send (a hash of a
 *   record with a phone number can be matched against guessed numbers). Only
 *   the erasure's own fingerprint is kept, so the erasure still travels.
 * - the undo data of the last import: its copy of the person as they were
 *   before the import, and their sync entry, would come back on undo. The
 *   person is dropped from it, so undo leaves the erasure as it is.
 */
import type { EntityOf } from '$lib/domain/entities';
import type { ImportUndo, VerkostoDb } from '$lib/db/database';
import { applySyncChanges, bucketOf } from '$lib/db/sync';
import { LIMITS } from '$lib/exchange/format';
import { stateHash } from '$lib/exchange/hash';

/** Call inside the erasing transaction (tables: persons, sync, importUndo). */
export async function forgetErasedPerson(
	db: VerkostoDb,
	erased: EntityOf<'persons'>
): Promise<void> {
	const { id } = erased;
	const fingerprint = stateHash(erased);
	await applySyncChanges(
		db,
		[{ entity: 'persons', id, add: [fingerprint], withheld: null, replace: true }],
		LIMITS.ancestry
	);
	const undos = await db.importUndo.toArray();
	const changed: ImportUndo[] = [];
	for (const undo of undos) {
		const next = withoutPerson(undo, id, fingerprint);
		if (next) changed.push(next);
	}
	if (changed.length) await db.importUndo.bulkPut(changed);
}

/** The undo data without the person (undefined when it never held them). */
function withoutPerson(undo: ImportUndo, id: string, fingerprint: string): ImportUndo | undefined {
	let touched = false;
	const next: ImportUndo = { ...undo };
	const created = undo.created.persons;
	if (created?.includes(id)) {
		next.created = { ...undo.created, persons: created.filter((x) => x !== id) };
		touched = true;
	}
	const replaced = undo.replaced.persons as { id: string }[] | undefined;
	if (replaced?.some((r) => r.id === id)) {
		next.replaced = { ...undo.replaced, persons: replaced.filter((r) => r.id !== id) };
		touched = true;
	}
	if (undo.syncEntries?.some((e) => e.entity === 'persons' && e.id === id)) {
		next.syncEntries = undo.syncEntries.filter((e) => !(e.entity === 'persons' && e.id === id));
		touched = true;
	}
	// Undo data of an older app version held whole sync rows.
	if (undo.syncBefore) {
		const bucket = bucketOf(id);
		next.syncBefore = undo.syncBefore.map((b) => {
			if (b.entity !== 'persons' || b.bucket !== bucket || !b.row?.entries[id]) return b;
			touched = true;
			return {
				...b,
				row: { ...b.row, entries: { ...b.row.entries, [id]: { seen: [fingerprint] } } }
			};
		});
	}
	return touched ? next : undefined;
}
