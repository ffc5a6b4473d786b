/**
 * Finding people in the directory as the user types: asks after a short pause
 * (not on every keystroke of a long name), and only the latest answer counts.
 * `results` is undefined while the text is too short to search.
 */
import type { PersonInfo } from '$lib/queries/meetings';

export class PersonLookup {
	results = $state<PersonInfo[] | undefined>(undefined);
	private timer: ReturnType<typeof setTimeout> | undefined;
	private seq = 0;

	constructor(
		private readonly search: (text: string) => Promise<PersonInfo[]>,
		private readonly options: { delay: number; minLength: number }
	) {}

	/** Looks for `text` after the pause (an earlier wait is cancelled). */
	find(text: string) {
		this.cancel();
		const mine = this.seq;
		if (text.trim().length < this.options.minLength) {
			this.results = undefined;
			return;
		}
		this.timer = setTimeout(async () => {
			const found = await this.search(text);
			if (mine === this.seq) this.results = found;
		}, this.options.delay);
	}

	/** Forgets a search still waiting or under way (the text changed, or the page closes). */
	cancel() {
		clearTimeout(this.timer);
		this.seq++;
	}
}
