/**
 * A round's page data as two live queries joined: the round's own records,
 * which change with every edit in a workshop, and the network's records,
 * which rarely do, so an edit does not re-read the whole network.
 */
import { Live } from './live.svelte';
import { loadNetworkRecords, loadRoundRecords, type RoundData } from '$lib/queries/codev';

export class RoundLive {
	private records: Live<Awaited<ReturnType<typeof loadRoundRecords>>, string>;
	private network: Live<Awaited<ReturnType<typeof loadNetworkRecords>>>;
	/** Undefined while loading or when the round does not exist (see `loading`). */
	current = $derived.by((): RoundData | undefined => {
		const r = this.records.current;
		const n = this.network.current;
		return r && n ? { ...r, ...n } : undefined;
	});

	constructor(id: () => string) {
		this.records = new Live((roundId: string) => loadRoundRecords(roundId), id);
		this.network = new Live(() => loadNetworkRecords());
	}

	get loading(): boolean {
		return this.records.loading || this.network.loading;
	}
}
