/**
 * Storage failures sorted into the few cases a user can act on. The UI turns
 * each kind into a message in the user's language; nothing here is user-facing text.
 */
import Dexie from 'dexie';

export type StorageErrorKind =
	| 'quota' // disk full or storage quota exceeded
	| 'blocked' // an upgrade waits for another tab to close
	| 'outdated' // another tab upgraded the database; this tab must reload
	| 'version' // the stored database is newer than this app
	| 'unavailable' // IndexedDB missing or refused (private mode, policy)
	| 'validation' // a record failed its schema; nothing was written
	| 'missing' // the record to change does not exist
	| 'conflict' // a form's fields were changed elsewhere since it opened; nothing was written
	| 'unknown';

export class StorageError extends Error {
	constructor(
		readonly kind: StorageErrorKind,
		message: string,
		readonly cause?: unknown,
		/** For validation errors and conflicts: which record and which fields. */
		readonly details?: {
			entity: string;
			id?: string;
			issues: { path: string; code: string; message: string }[];
			/** For a conflict: the record as stored now. */
			stored?: Record<string, unknown>;
		}
	) {
		super(message);
		this.name = 'StorageError';
	}
}

const names = (e: unknown): string[] => {
	const out: string[] = [];
	let cur: unknown = e;
	for (let i = 0; cur && i < 5; i++) {
		const n = (cur as { name?: string }).name;
		if (n) out.push(n);
		cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
	}
	return out;
};

export function classifyStorageError(e: unknown): StorageError {
	if (e instanceof StorageError) return e;
	const n = names(e);
	const msg = e instanceof Error ? e.message : String(e);
	if (n.some((x) => x === 'QuotaExceededError' || x === Dexie.errnames.QuotaExceeded))
		return new StorageError('quota', msg, e);
	if (n.includes(Dexie.errnames.Version) || n.includes('VersionError'))
		return new StorageError('version', msg, e);
	if (n.includes(Dexie.errnames.DatabaseClosed)) return new StorageError('outdated', msg, e);
	if (n.includes(Dexie.errnames.MissingAPI) || n.includes(Dexie.errnames.InvalidState))
		return new StorageError('unavailable', msg, e);
	if (n.includes(Dexie.errnames.OpenFailed)) return new StorageError('unavailable', msg, e);
	return new StorageError('unknown', msg, e);
}
