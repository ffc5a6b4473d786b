/**
 * A live query as rune state: `current` updates whenever the tables it
 * read change, in this tab or another (Dexie broadcasts changes between tabs).
 * Create it during component initialisation; `deps` is read in an effect so the
 * query re-runs when the reactive values it depends on change.
 */
import { observe } from '$lib/queries/observe';

export class Live<T, D = void> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(undefined);
	loading = $state(true);

	constructor(query: (deps: D) => Promise<T> | T, deps: () => D = () => undefined as D) {
		$effect(() => {
			const d = deps();
			this.loading = true;
			const sub = observe(() => query(d), {
				next: (v) => {
					this.current = v;
					this.loading = false;
					this.error = undefined;
				},
				error: (e) => {
					this.error = e;
					this.loading = false;
				}
			});
			return () => sub.unsubscribe();
		});
	}
}
