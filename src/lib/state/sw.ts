/**
 * Registers SvelteKit's service worker with workbox-window. A new version
 * waits until the user chooses to reload, so an open tab never swaps code
 * under someone who is typing.
 */
import { Workbox } from 'workbox-window';
import { dev } from '$app/environment';

export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
	if (!('serviceWorker' in navigator)) return;
	const wb = new Workbox('/service-worker.js', { scope: '/', type: dev ? 'module' : 'classic' });
	wb.addEventListener('waiting', () => {
		onUpdate(() => {
			wb.addEventListener('controlling', () => location.reload());
			wb.messageSkipWaiting();
		});
	});
	wb.register().catch(() => {
		// No service worker (e.g. a private window): the app still works online.
	});
}
