/** Small app-state values kept beside the data (settings, last export, last change). */
import type { VerkostoDb } from './database';

export async function getMeta<T>(db: VerkostoDb, key: string): Promise<T | undefined> {
	return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: VerkostoDb, key: string, value: unknown): Promise<void> {
	await db.meta.put({ key, value });
}
