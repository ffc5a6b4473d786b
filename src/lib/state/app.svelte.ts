/**
 * App-wide state: the database connection's status, network status, the
 * service worker's update offer and transient notices. Rune class instances.
 */
import {
	onDbState,
	openDb,
	requestPersistence,
	type DbState,
	type StorageError
} from '$lib/services/storage';

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
		void this.checkConnection();
		addEventListener('online', () => void this.checkConnection());
		addEventListener('offline', () => (this.online = false));
		setInterval(() => void this.checkConnection(), 60_000);
		const s = await openDb();
		if (s.status === 'ready') this.persisted = await requestPersistence();
	}

	/**
	 * navigator.onLine says only that some network is attached (a venue's Wi-Fi
	 * without internet counts as online), so ask our own origin. HEAD requests
	 * pass the service worker untouched and fail when the network is gone.
	 */
	async checkConnection() {
		if (!navigator.onLine) {
			this.online = false;
			return;
		}
		try {
			await fetch(`/connectivity-check?${Date.now()}`, { method: 'HEAD', cache: 'no-store' });
			this.online = true;
		} catch {
			this.online = false;
		}
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
export type { DbState, StorageError };
