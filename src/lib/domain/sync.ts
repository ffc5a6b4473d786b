/**
 * Sync history types: what each device remembers of the states a record has
 * travelled in (files today, a sync server later). Stored by db/sync.ts,
 * computed by the exchange's merge.
 */
import type { EntityName } from './entities';

/** One record's exchange history, as stored in the sync table. */
export interface SyncEntry {
	/** Fingerprints of the states its current state descends from, oldest first. */
	seen: string[];
	/**
	 * For records with contact details (persons): fingerprints of those states
	 * without the contact details. A file that leaves contact details out
	 * carries only these, so no fingerprint in it depends on a phone or e-mail.
	 */
	lite?: string[];
	/** Fields this device was never told (it got the record from a file that left them out). */
	withheld?: string[];
}
/** A change to one record's sync entry (db/sync.ts applies it). */
export interface SyncChange {
	entity: EntityName;
	id: string;
	/** Fingerprints to add to the record's history. */
	add: string[];
	/** Contact-free fingerprints to add (records with contact details). */
	lite?: string[];
	/** New withheld fields; null clears them, undefined leaves them. */
	withheld?: string[] | null;
	/**
	 * The history is replaced, not added to: an erased person keeps only the
	 * fingerprint of the erasure (the others are hashes of states with a phone number).
	 */
	replace?: boolean;
}
export type SyncLookup = (entity: EntityName, id: string) => SyncEntry | undefined;

/** One record's sync entry as it was before a change (null: it had none). */
export interface SyncEntryBefore {
	entity: EntityName;
	id: string;
	entry: SyncEntry | null;
}
