/**
 * App-wide state: the database connection's status, network status, the
 * service worker's update offer and transient notices. Rune class instances.
 */
import { onDbState, openDb, requestPersistence, type DbState } from '$lib/db/connection';
import type { StorageError } from '$lib/db/errors';

export type NoticeKind = 'info' | 'success' | 'error';
export interface Notice {
	id: number;
	kind: NoticeKind;
	text: string;
}

class AppState {
	db = $state<DbState>({ status: 'opening' });
	online = $state(true);
	persisted = $state<boolean | undefined>(undefined);
	updateReady = $state<(() => void) | undefined>(undefined);
	notices = $state<Notice[]>([]);
	private nextId = 1;

	async start() {
		onDbState((s) => (this.db = s));
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
		const s = await openDb();
		if (s.status === 'ready') this.persisted = await requestPersistence();
	}

	notify(kind: NoticeKind, text: string, ms = kind === 'error' ? 10_000 : 5_000) {
		const id = this.nextId++;
		this.notices = [...this.notices, { id, kind, text }];
		setTimeout(() => this.dismiss(id), ms);
	}

	dismiss(id: number) {
		this.notices = this.notices.filter((n) => n.id !== id);
	}
}

export const app = new AppState();
export type { StorageError };
