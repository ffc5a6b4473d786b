/**
 * The app's single database connection: opens it, asks for persistent storage,
 * and reports the states a user must hear about (blocked upgrade, outdated tab,
 * failed open) through a listener instead of leaving a blank page.
 */
import { createDb, type VerkostoDb } from './database';
import { classifyStorageError, StorageError } from './errors';
import { CURRENT_VERSION } from './migrations';
import { Repository } from './repository';
import { ENTITY_NAMES, type EntityName } from '$lib/domain/entities';

export type DbState =
	| { status: 'opening' }
	| { status: 'blocked' }
	| { status: 'ready' }
	| { status: 'outdated' }
	| { status: 'failed'; error: StorageError };

type Listener = (s: DbState) => void;

let instance: VerkostoDb | undefined;
let state: DbState = { status: 'opening' };
const listeners = new Set<Listener>();

function setState(s: DbState) {
	state = s;
	for (const l of listeners) l(s);
}

export function onDbState(l: Listener): () => void {
	listeners.add(l);
	l(state);
	return () => listeners.delete(l);
}

export function db(): VerkostoDb {
	if (!instance) {
		instance = createDb();
		instance.on('blocked', () => setState({ status: 'blocked' }));
		// Another tab is upgrading: let it proceed, and tell this tab's user to reload.
		instance.on('versionchange', () => {
			instance?.close();
			setState({ status: 'outdated' });
			return false;
		});
	}
	return instance;
}

/** The version of the stored database without upgrading it (0 when there is none). */
function storedVersion(name: string): Promise<number> {
	return new Promise((resolve) => {
		const req = indexedDB.open(name);
		req.onsuccess = () => {
			const v = req.result.version;
			req.result.close();
			resolve(v);
		};
		req.onerror = () => resolve(0);
	});
}

export async function openDb(): Promise<DbState> {
	try {
		// Dexie 4 opens a database saved by a newer app (or fails obscurely on it);
		// this app's code would misread records a later migration reshaped.
		const stored = typeof indexedDB === 'undefined' ? 0 : await storedVersion(db().name);
		if (stored > CURRENT_VERSION * 10)
			throw new StorageError(
				'version',
				`stored version ${stored} is newer than ${CURRENT_VERSION * 10}`
			);
		await db().open();
		setState({ status: 'ready' });
	} catch (e) {
		setState({ status: 'failed', error: classifyStorageError(e) });
	}
	return state;
}

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistence(): Promise<boolean | undefined> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined;
	try {
		return (await navigator.storage.persisted()) || (await navigator.storage.persist());
	} catch {
		return false;
	}
}

const repos = new Map<EntityName, Repository<EntityName>>();
export function repo<N extends EntityName>(entity: N): Repository<N> {
	let r = repos.get(entity);
	if (!r) repos.set(entity, (r = new Repository(db(), entity)));
	return r as unknown as Repository<N>;
}

export { ENTITY_NAMES };
